import type { EnvironmentInput } from '../../lib/config/schema';
import { OPERATOR_CHARTS } from '../../environments/operators';
import { RABBITMQ_OPERATORS } from './operators';

/** staging: "Testing, Kubernetes (2 replicas)". Sizes are the platform team's: the seed gives none. */
export const staging: EnvironmentInput = {
  name: 'staging',
  domain: 'staging.orion.example.com',
  highAvailability: true,
  imageTagScheme: { prefix: 'staging', version: 'semver' },
  imageTag: 'staging-v1.0.0',
  replicas: { min: 2, max: 2 },
  sizes: {
    small: { requests: { cpuMillis: 100, memoryMiB: 256 }, limits: { cpuMillis: 500, memoryMiB: 512 } },
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
  // RabbitMQ's two operators (cluster and messaging topology), as Bitnami's chart installs them.
  operators: { ...OPERATOR_CHARTS, rabbitmqOperator: RABBITMQ_OPERATORS },
  rabbitmq: {
    replicas: 3,
    resources: { requests: { cpuMillis: 250, memoryMiB: 1024 }, limits: { cpuMillis: 500, memoryMiB: 1024 } },
    storageGiB: 10,
  },
  cloudSqlProxy: { requests: { cpuMillis: 50, memoryMiB: 64 }, limits: { cpuMillis: 200, memoryMiB: 128 } },
};
