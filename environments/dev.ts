import type { EnvironmentInput } from '../lib/config/schema';
import { OPERATOR_CHARTS } from './operators';

/**
 * dev: small sizes, two replicas each (what a production-readiness review accepts; one could not be
 * drained), and an ingress open only to the allow-listed office and VPN ranges.
 */
export const dev: EnvironmentInput = {
  name: 'dev',
  domain: 'dev.orofi.xyz',
  highAvailability: false,
  // The reserved static address of the ingress load balancer (Terraform's); RFC 5737 placeholder until known.
  ingressAddress: '192.0.2.10',
  imageTagScheme: { prefix: 'dev', version: 'commit' },
  imageTag: 'dev-4f1c2a9',
  // Documentation ranges (RFC 5737) standing in for the team's office and VPN egress addresses.
  ingressAllowList: ['198.51.100.0/24', '203.0.113.10/32'],
  // The internal hosts (the admin dashboard): the same office and VPN ranges.
  internalAllowList: ['198.51.100.0/24', '203.0.113.10/32'],
  replicas: { min: 2, max: 3 },
  sizes: {
    small: { requests: { cpuMillis: 50, memoryMiB: 128 }, limits: { cpuMillis: 250, memoryMiB: 256 } },
    medium: { requests: { cpuMillis: 100, memoryMiB: 256 }, limits: { cpuMillis: 500, memoryMiB: 512 } },
    large: { requests: { cpuMillis: 200, memoryMiB: 512 }, limits: { cpuMillis: 1000, memoryMiB: 1024 } },
  },
  mesh: {
    maxConnections: 64,
    maxPendingRequests: 32,
    maxRequests: 128,
    consecutive5xxErrors: 5,
    baseEjectionSeconds: 30,
    maxEjectionPercent: 30,
  },
  alerts: { errorRatePercent: 10, latencyP99Ms: 2000, saturationPercent: 95 },
  operators: OPERATOR_CHARTS,
  cloudSqlProxy: { requests: { cpuMillis: 25, memoryMiB: 64 }, limits: { cpuMillis: 100, memoryMiB: 128 } },
  storage: { kafkaBrokerGiB: 10, mongodbGiB: 10 },
  kafka: {
    resources: { requests: { cpuMillis: 250, memoryMiB: 2048 }, limits: { cpuMillis: 1000, memoryMiB: 2048 } },
    retentionHours: 24,
    topicRetentionHours: { 'audit.action-recorded': 72 },
    controllers: {
      resources: { requests: { cpuMillis: 100, memoryMiB: 512 }, limits: { cpuMillis: 500, memoryMiB: 512 } },
      storageGiB: 5,
    },
  },
  mongodb: {
    resources: { requests: { cpuMillis: 250, memoryMiB: 1024 }, limits: { cpuMillis: 1000, memoryMiB: 1024 } },
    backup: { keep: 3 },
  },
  workloads: {
    'microservice-identity': { imageTag: 'dev-9b7e3d2' },
  },
};
