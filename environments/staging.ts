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
  // Every image pinned by digest: a tag alone is a config error here.
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
  // The digest of each workload's image of that tag, written by the build that pushed it. PLACEHOLDERS:
  // the sha256 of "placeholder digest of <workload>:<tag>", not a registry's digest (written offline).
  workloads: {
    'api-gateway-public': { imageDigest: 'sha256:9e1bcb7b2298d5644c62e7ec92d7909245c2299b83b99bd3db3e276fd49d75d1' },
    'api-gateway-account': { imageDigest: 'sha256:467f2080ae2f4dd5c7a3f04a8789bb5e9e1c437dd46b1e38f2fffc1a78e2ba77' },
    'api-gateway-oro': { imageDigest: 'sha256:0829f0d0402aa9fb4a2aee36e913bcc1f65cc46a726e654de250b7f7dc0aa182' },
    'api-gateway-admin-dashboard': {
      imageDigest: 'sha256:154a65b6adaa518b3b21934a8d9d39576f0024efd25775117713488880fd59e4',
    },
    'microservice-communication': {
      imageDigest: 'sha256:71a36dbe99659cce297daddfcdfd073150f974a7e9c394c97ca2ab4f73a16120',
    },
    'microservice-identity': { imageDigest: 'sha256:e5bd0068578c0f1de72ef90371fc329a48995f3823ec7842c8bf43f92c4ee3e3' },
    'microservice-monolith': { imageDigest: 'sha256:5b0a93de2968e978533ad55b5563fc13350065b28f2d2f844dbaae5a17952d04' },
    'microservice-analytics': {
      imageDigest: 'sha256:e7201f51ad47d8ded6a1e3bca7187bfdc05f7d8b070324121c48d4a130b6670e',
    },
  },
};
