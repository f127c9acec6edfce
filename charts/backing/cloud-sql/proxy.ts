import type { IContainer } from 'kubernetes-models/v1/Container';
import type { ResourceSize } from '../../../lib/model';
import { containerResources, hardenedContainer } from '../../hardening';

/** Port of the proxy's health endpoints (`/startup`, `/liveness`). */
export const CLOUD_SQL_PROXY_HEALTH_PORT = 9801;
/**
 * Where the application connects, by engine: the proxy listens on the pod's loopback only, on the
 * engine's usual port (the one its drivers default to).
 */
export const CLOUD_SQL_PROXY_PORTS = { mysql: 3306, postgresql: 5432 } as const;
/** Where a MySQL client connects. */
export const CLOUD_SQL_PROXY_PORT = CLOUD_SQL_PROXY_PORTS.mysql;

/** The Cloud SQL Auth Proxy sidecar of a workload that uses Cloud SQL (MySQL or PostgreSQL). */
export interface CloudSqlProxyContainerProps {
  /** Image of the Cloud SQL Auth Proxy v2, with its tag. */
  readonly image: string;
  /** `<project>:<region>:<instance>`. */
  readonly instanceConnectionName: string;
  /**
   * Port the proxy listens on, on the pod's loopback: the engine's (`CLOUD_SQL_PROXY_PORTS`).
   * @default 3306 (MySQL)
   */
  readonly port?: number;
  /** CPU and memory requests and limits of the proxy's container. */
  readonly resources: ResourceSize;
}

/**
 * The Cloud SQL Auth Proxy as a native sidecar: an init container with `restartPolicy: Always`, so it
 * starts before the application and stops after it. It authenticates with the pod's Workload Identity
 * (no key file), connects over the instance's private IP, and is hardened like every other container.
 * Startup and liveness probes on its health port; no readiness probe: a database outage must not take
 * the pod out of its Service, the application reports that itself.
 * @see https://cloud.google.com/sql/docs/mysql/connect-kubernetes-engine
 * @see https://cloud.google.com/sql/docs/postgres/connect-kubernetes-engine
 */
export function cloudSqlProxyContainer(props: CloudSqlProxyContainerProps): IContainer {
  const check = (path: string) => ({ httpGet: { path, port: CLOUD_SQL_PROXY_HEALTH_PORT, scheme: 'HTTP' as const } });
  return {
    ...hardenedContainer(),
    name: 'cloud-sql-proxy',
    image: props.image,
    restartPolicy: 'Always',
    args: [
      '--private-ip',
      '--structured-logs',
      `--port=${props.port ?? CLOUD_SQL_PROXY_PORT}`,
      '--health-check',
      '--http-address=0.0.0.0',
      `--http-port=${CLOUD_SQL_PROXY_HEALTH_PORT}`,
      '--exit-zero-on-sigterm',
      props.instanceConnectionName,
    ],
    resources: containerResources(props.resources),
    startupProbe: { ...check('/startup'), periodSeconds: 1, failureThreshold: 60 },
    livenessProbe: { ...check('/liveness'), periodSeconds: 10, failureThreshold: 3 },
  };
}
