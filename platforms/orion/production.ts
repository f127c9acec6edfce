import type { EnvironmentInput } from '../../lib/config/schema';
import { OPERATOR_CHARTS } from '../../environments/operators';
import { RABBITMQ_OPERATORS } from './operators';

/**
 * production: "Live traffic, Kubernetes (5+ replicas)", with the seed's deployments: auth and user 3 to
 * 10 replicas, notification 2 to 5 (its HorizontalPodAutoscaler example: 3 to 10). Sizes are the
 * platform team's: the seed gives none.
 */
export const production: EnvironmentInput = {
  name: 'production',
  domain: 'orion.example.com',
  highAvailability: true,
  zoneRedundant: true,
  imageTagScheme: { prefix: 'prod', version: 'semver' },
  imageTag: 'prod-v1.0.0',
  replicas: { min: 5, max: 10 },
  sizes: {
    small: { requests: { cpuMillis: 250, memoryMiB: 512 }, limits: { cpuMillis: 1000, memoryMiB: 1024 } },
  },
  mesh: {
    maxConnections: 1024,
    maxPendingRequests: 512,
    maxRequests: 2048,
    consecutive5xxErrors: 5,
    baseEjectionSeconds: 30,
    maxEjectionPercent: 30,
  },
  alerts: { errorRatePercent: 2, latencyP99Ms: 500, saturationPercent: 80 },
  // RabbitMQ's two operators (cluster and messaging topology), as Bitnami's chart installs them.
  operators: { ...OPERATOR_CHARTS, rabbitmqOperator: RABBITMQ_OPERATORS },
  rabbitmq: {
    replicas: 3,
    resources: { requests: { cpuMillis: 1000, memoryMiB: 4096 }, limits: { cpuMillis: 2000, memoryMiB: 4096 } },
    storageGiB: 50,
  },
  cloudSqlProxy: { requests: { cpuMillis: 100, memoryMiB: 128 }, limits: { cpuMillis: 500, memoryMiB: 256 } },
  workloads: {
    'auth-service': { replicas: { min: 3, max: 10 } },
    'user-service': { replicas: { min: 3, max: 10 } },
    'notification-service': { replicas: { min: 2, max: 5 } },
  },
};
