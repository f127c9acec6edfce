import type { EnvironmentInput } from '../../lib/config/schema';
import { OPERATOR_CHARTS } from '../../environments/operators';

/**
 * production: the seed's one GKE environment ("Option A: Production (Terraform + GKE)"; option B is
 * Docker Compose on a laptop, outside this repository). Sizes are the platform team's to set: the seed
 * gives none.
 */
export const production: EnvironmentInput = {
  name: 'production',
  domain: 'shop.example.com',
  highAvailability: true,
  zoneRedundant: true,
  imageTagScheme: { prefix: 'prod', version: 'semver' },
  imageTag: 'prod-v1.0.0',
  replicas: { min: 3, max: 10 },
  sizes: {
    small: { requests: { cpuMillis: 250, memoryMiB: 256 }, limits: { cpuMillis: 1000, memoryMiB: 512 } },
  },
  mesh: {
    maxConnections: 1024,
    maxPendingRequests: 512,
    maxRequests: 2048,
    consecutive5xxErrors: 5,
    baseEjectionSeconds: 30,
    maxEjectionPercent: 30,
  },
  // "Golden Signal Observability": latency, traffic, errors and saturation, alerted on.
  alerts: { errorRatePercent: 1, latencyP99Ms: 500, saturationPercent: 85 },
  // The seed's observability tools beside Grafana and Prometheus: Jaeger (tracing) and Kiali (the mesh),
  // each the newest chart release at the time of writing (Jaeger 2.19.0; Kiali 2.29.0). Neither chart is
  // among ../shared/charts: built from source, they render and every claim holds (docs/design/gitops.md).
  operators: {
    ...OPERATOR_CHARTS,
    jaeger: { repoURL: 'https://jaegertracing.github.io/helm-charts', chart: 'jaeger', version: '4.11.1' },
    kiali: { repoURL: 'https://kiali.org/helm-charts', chart: 'kiali-server', version: '2.29.0' },
  },
  cloudSqlProxy: { requests: { cpuMillis: 100, memoryMiB: 128 }, limits: { cpuMillis: 500, memoryMiB: 256 } },
  storage: { kafkaBrokerGiB: 100 },
  kafka: {
    resources: { requests: { cpuMillis: 1000, memoryMiB: 4096 }, limits: { cpuMillis: 2000, memoryMiB: 4096 } },
    retentionHours: 168,
  },
};
