import { JsonPatch } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
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
 * @see https://cloud.google.com/sql/docs/mysql/connect-kubernetes-engine
 * @see https://cloud.google.com/sql/docs/postgres/connect-kubernetes-engine
 */
export function cloudSqlProxyContainer(props: CloudSqlProxyContainerProps): kplus.ContainerProps {
  return {
    ...hardenedContainer(),
    name: 'cloud-sql-proxy',
    image: props.image,
    restartPolicy: kplus.ContainerRestartPolicy.ALWAYS,
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
  };
}

/**
 * The proxy's startup and liveness probes, as patches of the rendered pod (cdk8s-plus-28 drops
 * plain-number probe ports). No readiness probe: a database outage must not take the pod out of
 * its Service, the application reports that itself.
 * @param container JSON pointer of the proxy container in the rendered object
 */
export function cloudSqlProxyProbes(container: string): JsonPatch[] {
  const check = (path: string) => ({ httpGet: { path, port: CLOUD_SQL_PROXY_HEALTH_PORT, scheme: 'HTTP' } });
  return [
    JsonPatch.add(`${container}/startupProbe`, { ...check('/startup'), periodSeconds: 1, failureThreshold: 60 }),
    JsonPatch.add(`${container}/livenessProbe`, { ...check('/liveness'), periodSeconds: 10, failureThreshold: 3 }),
  ];
}
