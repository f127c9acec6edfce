/**
 * Cloud SQL as a backing service: one managed instance per environment, one database and one user per
 * client, reached through the Cloud SQL Auth Proxy as a native sidecar of each client (Workload
 * Identity, the instance's private address).
 */
import { expand, gcpProjectOf } from '../../../lib/config/common';
import type { EnvironmentModel } from '../../../lib/model';
import type { ExternalService } from '../../mesh-defaults';
import type { BackingService, BackingTypes } from '../types';
import type { CloudSqlAccess } from './model';
import { CLOUD_SQL_PROXY_HEALTH_PORT, CLOUD_SQL_PROXY_PORT } from './proxy';
import { cloudSqlEnvironmentShape, cloudSqlSchema } from './schema';

/** The types Cloud SQL adds to the input formats and the model. */
export interface CloudSqlTypes extends BackingTypes {
  readonly name: 'cloudSql';
  readonly uses: 'mysql';
  readonly platform: typeof cloudSqlSchema;
  readonly environment: typeof cloudSqlEnvironmentShape;
  readonly storage: Record<never, never>;
  readonly service: Record<never, never>;
  readonly operators: Record<never, never>;
  readonly surroundings: Record<never, never>;
  readonly model: Record<never, never>;
  /** The Cloud SQL instance and proxy, when the workload uses MySQL. */
  readonly workload: { readonly cloudSql?: CloudSqlAccess };
}

/** Cloud SQL instance ids: lower-case letters, digits and hyphens, starting with a letter. */
const CLOUD_SQL_INSTANCE = /^[a-z]([-a-z0-9]{0,96}[a-z0-9])?$/;
/** Cloud SQL's server-side port, which the Auth Proxy connects to. */
const CLOUD_SQL_SERVER_PORT = 3307;

/** The instance's private address (in the private services range) and the SQL Admin API the proxy calls. */
function managedServices(env: EnvironmentModel) {
  return {
    cloudSql: {
      name: 'cloud-sql',
      hosts: ['cloud-sql.private-services.internal'],
      addresses: [env.surroundings.privateServicesCidr],
      ports: [{ number: CLOUD_SQL_SERVER_PORT, protocol: 'TCP' }],
      resolution: 'NONE',
    },
    googleApis: {
      name: 'google-apis',
      hosts: ['sqladmin.googleapis.com'],
      ports: [{ number: 443, protocol: 'TLS' }],
      resolution: 'DNS',
    },
  } satisfies Record<string, ExternalService>;
}

export const cloudSql: BackingService<CloudSqlTypes> = {
  name: 'cloudSql',
  uses: 'mysql',
  schema: { platform: cloudSqlSchema, environment: cloudSqlEnvironmentShape },
  secretKey: 'mysql-password',
  check: {
    platform: (platform, report) => {
      if (platform.backingServices.cloudSql.instance.includes('{service}')) {
        report(
          ['backingServices', 'cloudSql', 'instance'],
          'must not contain "{service}": one instance per environment serves every service (one database and one user each)',
        );
      }
      platform.services.forEach((spec, i) => {
        if (spec.uses.mysql && (spec.port === CLOUD_SQL_PROXY_PORT || spec.port === CLOUD_SQL_PROXY_HEALTH_PORT)) {
          report(
            ['services', i, 'port'],
            `${spec.port} is the port of the Cloud SQL Auth Proxy in the same pod (${CLOUD_SQL_PROXY_PORT}, and ${CLOUD_SQL_PROXY_HEALTH_PORT} for its health checks): choose another port`,
          );
        }
      });
    },
    environment: (platform, env, report) => {
      if (platform === undefined) return;
      const { instance } = platform.backingServices.cloudSql;
      const id = expand(instance, '', env.name);
      const used = platform.services.some((s) => s.uses.mysql);
      if (!instance.includes('{service}') && used && !CLOUD_SQL_INSTANCE.test(id)) {
        report(['name'], `gives the Cloud SQL instance id "${id}", which is not valid`);
      }
      if (env.cloudSqlProxy === undefined && used) {
        report(['cloudSqlProxy'], 'is required: some services use MySQL through the Cloud SQL Auth Proxy');
      }
    },
    images: (platform) => [
      [['backingServices', 'cloudSql', 'proxyImage'], platform.backingServices.cloudSql.proxyImage],
    ],
  },
  model: {
    client: ({ platform, env }, spec) => {
      const { cloudSql } = platform.backingServices;
      const region = cloudSql.region ?? platform.cluster.region;
      const instanceConnectionName = `${gcpProjectOf(platform, env)}:${region}:${expand(cloudSql.instance, '', env.name)}`;
      return {
        // The Cloud SQL Auth Proxy sidecar listens on the pod's loopback. One database and one user per service.
        config: {
          CLOUD_SQL_INSTANCE_CONNECTION_NAME: instanceConnectionName,
          MYSQL_HOST: '127.0.0.1',
          MYSQL_PORT: String(CLOUD_SQL_PROXY_PORT),
          MYSQL_DATABASE: spec.name.replaceAll('-', '_'),
          MYSQL_USER: spec.name,
        },
        ...(env.cloudSqlProxy
          ? {
              workload: {
                cloudSql: {
                  instanceConnectionName,
                  proxyImage: cloudSql.proxyImage,
                  proxyResources: env.cloudSqlProxy,
                },
              },
            }
          : {}),
      };
    },
  },
  charts: {
    workloadProps: (_env, workload) =>
      workload.cloudSql
        ? {
            cloudSqlProxy: {
              image: workload.cloudSql.proxyImage,
              instanceConnectionName: workload.cloudSql.instanceConnectionName,
              resources: workload.cloudSql.proxyResources,
            },
          }
        : {},
    clientRules: (env, workload) => {
      if (!workload.cloudSql) return {};
      const { cloudSql, googleApis } = managedServices(env);
      return {
        egress: [
          { peer: { cidr: env.surroundings.privateServicesCidr }, ports: [{ port: CLOUD_SQL_SERVER_PORT }] },
          { peer: { cidr: env.surroundings.googleApisCidr }, ports: [{ port: 443 }] },
        ],
        services: [cloudSql, googleApis],
      };
    },
    serviceEntries: (env) => Object.values(managedServices(env)),
  },
  parity: [
    {
      why: 'GCP project',
      kinds: ['ConfigMap'],
      // The instance connection name `<project>:<region>:<instance>` (the checksum of the ConfigMap that
      // holds it, and the proxy's arguments, are the core's Deployment rule).
      paths: ['data.CLOUD_SQL_INSTANCE_CONNECTION_NAME'],
    },
  ],
  docs: { diagram: { id: 'cloudsql', label: 'Cloud SQL MySQL' } },
};
