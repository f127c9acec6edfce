import type { EnvironmentInput } from '../lib/config/schema';
import { OPERATOR_CHARTS } from './operators';

/** staging: production's shape at a smaller scale. */
export const staging: EnvironmentInput = {
  name: 'staging',
  domain: 'staging.orofi.xyz',
  highAvailability: true,
  // The reserved static address of the ingress load balancer (Terraform's); RFC 5737 placeholder until known.
  ingressAddress: '192.0.2.20',
  imageTagScheme: { prefix: 'staging', version: 'semver' },
  imageTag: 'staging-v1.8.0',
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
};
