import type { EnvironmentInput } from '../lib/config/schema';
import { OPERATOR_CHARTS } from './operators';
import { released } from './release';
import release from './releases/staging.json';

/** staging: production's shape at a smaller scale. */
export const staging: EnvironmentInput = {
  name: 'staging',
  domain: 'staging.orofi.xyz',
  highAvailability: true,
  // The reserved static address of the ingress load balancer (Terraform's); RFC 5737 placeholder until known.
  ingressAddress: '192.0.2.20',
  imageTagScheme: { prefix: 'staging', version: 'semver' },
  // Every image pinned by digest: a tag alone is a config error here. The tag and each workload's
  // digest are the release pipeline's (environments/releases/staging.json, npm run release:record).
  requireImageDigests: true,
  // The internal hosts (the admin dashboard) admit only the office and VPN egress ranges (RFC 5737
  // documentation ranges standing in for them).
  internalAllowList: ['198.51.100.0/24', '203.0.113.10/32'],
  replicas: { min: 2, max: 4 },
  sizes: {
    small: { requests: { cpuMillis: 100, memoryMiB: 256 }, limits: { cpuMillis: 500, memoryMiB: 512 } },
    medium: { requests: { cpuMillis: 250, memoryMiB: 512 }, limits: { cpuMillis: 1000, memoryMiB: 1024 } },
    large: { requests: { cpuMillis: 500, memoryMiB: 1024 }, limits: { cpuMillis: 2000, memoryMiB: 2048 } },
  },
  mesh: {
    maxConnections: 256,
    maxPendingRequests: 128,
    maxRequests: 512,
    consecutive5xxErrors: 5,
    baseEjectionSeconds: 30,
    maxEjectionPercent: 30,
  },
  alerts: { errorRatePercent: 5, latencyP99Ms: 1000, saturationPercent: 90 },
  operators: OPERATOR_CHARTS,
  cloudSqlProxy: { requests: { cpuMillis: 50, memoryMiB: 64 }, limits: { cpuMillis: 200, memoryMiB: 128 } },
  storage: { kafkaBrokerGiB: 50, mongodbGiB: 50 },
  kafka: {
    resources: { requests: { cpuMillis: 500, memoryMiB: 4096 }, limits: { cpuMillis: 2000, memoryMiB: 4096 } },
    retentionHours: 72,
    topicRetentionHours: { 'audit.action-recorded': 168 },
    controllers: {
      resources: { requests: { cpuMillis: 250, memoryMiB: 1024 }, limits: { cpuMillis: 500, memoryMiB: 1024 } },
      storageGiB: 10,
    },
  },
  mongodb: {
    resources: { requests: { cpuMillis: 500, memoryMiB: 2048 }, limits: { cpuMillis: 2000, memoryMiB: 2048 } },
    backup: { keep: 7 },
  },
  ...released(release),
};
