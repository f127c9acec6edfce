import type { EnvironmentInput } from '../lib/config/schema';
import { OPERATOR_CHARTS } from './operators';
import { released } from './release';
import release from './releases/production.json';

/** production: the public hosts at the zone apex, at least 3 replicas where it matters. */
export const production: EnvironmentInput = {
  name: 'production',
  domain: 'orofi.xyz',
  highAvailability: true,
  // The reserved static address of the ingress load balancer (Terraform's); RFC 5737 placeholder until known.
  ingressAddress: '192.0.2.30',
  imageTagScheme: { prefix: 'prod', version: 'semver' },
  // Every image pinned by digest: a tag alone is a config error here. The tag and each workload's
  // digest are the release pipeline's (environments/releases/production.json, npm run release:record).
  requireImageDigests: true,
  // The internal hosts (the admin dashboard) admit only the office and VPN egress ranges (RFC 5737
  // documentation ranges standing in for them).
  internalAllowList: ['198.51.100.0/24', '203.0.113.10/32'],
  replicas: { min: 2, max: 6 },
  sizes: {
    small: { requests: { cpuMillis: 250, memoryMiB: 512 }, limits: { cpuMillis: 1000, memoryMiB: 1024 } },
    medium: { requests: { cpuMillis: 500, memoryMiB: 1024 }, limits: { cpuMillis: 2000, memoryMiB: 2048 } },
    large: { requests: { cpuMillis: 1000, memoryMiB: 2048 }, limits: { cpuMillis: 4000, memoryMiB: 4096 } },
  },
  mesh: {
    maxConnections: 1024,
    maxPendingRequests: 512,
    maxRequests: 2048,
    consecutive5xxErrors: 5,
    baseEjectionSeconds: 30,
    maxEjectionPercent: 30,
  },
  alerts: { errorRatePercent: 2, latencyP99Ms: 500, saturationPercent: 85 },
  operators: OPERATOR_CHARTS,
  // Promoted, not pushed: production follows the release branch (fast-forwarded from main after staging),
  // and syncs by itself only Monday to Thursday, 09:00 to 17:00 UTC (a person may sync at any time).
  gitops: {
    targetRevision: 'release/production',
    syncWindows: [{ kind: 'allow', schedule: '0 9 * * 1-4', duration: '8h', timeZone: 'UTC', manualSync: true }],
  },
  cloudSqlProxy: { requests: { cpuMillis: 100, memoryMiB: 128 }, limits: { cpuMillis: 500, memoryMiB: 256 } },
  storage: { kafkaBrokerGiB: 200, mongodbGiB: 100 },
  kafka: {
    resources: { requests: { cpuMillis: 1000, memoryMiB: 8192 }, limits: { cpuMillis: 4000, memoryMiB: 8192 } },
    retentionHours: 168,
    topicRetentionHours: { 'audit.action-recorded': 720 },
    controllers: {
      resources: { requests: { cpuMillis: 500, memoryMiB: 2048 }, limits: { cpuMillis: 1000, memoryMiB: 2048 } },
      storageGiB: 20,
    },
  },
  mongodb: {
    resources: { requests: { cpuMillis: 1000, memoryMiB: 8192 }, limits: { cpuMillis: 4000, memoryMiB: 8192 } },
    backup: { keep: 14 },
  },
  ...released(release, {
    'api-gateway-public': { replicas: { min: 3, max: 12 } },
    'microservice-identity': { replicas: { min: 3, max: 10 } },
    'microservice-monolith': { replicas: { min: 3, max: 12 } },
  }),
};
