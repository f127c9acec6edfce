import type { EnvironmentInput } from '../lib/config/schema';
import { OPERATOR_CHARTS } from './operators';

/** production: the public hosts at the zone apex, at least 3 replicas where it matters. */
export const production: EnvironmentInput = {
  name: 'production',
  domain: 'orofi.xyz',
  highAvailability: true,
  // The reserved static address of the ingress load balancer (Terraform's); RFC 5737 placeholder until known.
  ingressAddress: '192.0.2.30',
  imageTagScheme: { prefix: 'prod', version: 'semver' },
  imageTag: 'prod-v1.7.2',
  // Every image pinned by digest: a tag alone is a config error here.
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
  // The digest of each workload's image of that tag, written by the build that pushed it. PLACEHOLDERS:
  // the sha256 of "placeholder digest of <workload>:<tag>", not a registry's digest (written offline).
  workloads: {
    'api-gateway-public': {
      replicas: { min: 3, max: 12 },
      imageDigest: 'sha256:62ebeba340bb17401afbea0909e3358d14216a995864f41924c7fafcd614720a',
    },
    'api-gateway-account': { imageDigest: 'sha256:7093f32b52296592254974ea683c9924129db858e7e9d0c90fc899032d79dfcc' },
    'api-gateway-oro': { imageDigest: 'sha256:9d26226ad5a62c5227f4a9ecfa4603fcd20636c53ead248cfd1468be59c76b46' },
    'api-gateway-admin-dashboard': {
      imageDigest: 'sha256:abc7e2d8927c57f62d52eb15cf108c55b58874165ecaeb66cabb345d1eb7183b',
    },
    'microservice-communication': {
      imageDigest: 'sha256:d06f6fe0f220eb2a91069414aaf465e75d91f562dc4c249968d763441346972b',
    },
    'microservice-identity': {
      replicas: { min: 3, max: 10 },
      imageDigest: 'sha256:89b94f29298e2794967c5d3abc9e892f3713fa046d1ece57673d25611f71d3f2',
    },
    'microservice-monolith': {
      replicas: { min: 3, max: 12 },
      imageDigest: 'sha256:e16f085ade97e4b98d13946c4df32c9d70b50c3df2993850b29070e21dabb9cb',
    },
    'microservice-analytics': {
      imageDigest: 'sha256:75fb0ffcdf18c622c11c3651a3528eec22d7ef5bc152e83500ae320332e6cad7',
    },
  },
};
