/**
 * Cloud SQL as a backing service: one managed instance per environment, MySQL or PostgreSQL (its
 * `engine`), one database and one user per client, reached through the Cloud SQL Auth Proxy as a native
 * sidecar of each client (Workload Identity, the instance's private address), which listens on the
 * pod's loopback on the engine's port.
 */
import { byName, expand, gcpProjectOf } from '../../../lib/config/common';
import type { PlatformSpec, ServiceSpec } from '../../../lib/config/schema';
import type { EnvironmentModel } from '../../../lib/model';
import type { ExternalService } from '../../mesh-defaults';
import type { BackingService, BackingTypes, ResolveContext } from '../types';
import type { CloudSqlAccess, CloudSqlModel } from './model';
import { CLOUD_SQL_PROXY_HEALTH_PORT, CLOUD_SQL_PROXY_PORTS } from './proxy';
import { cloudSqlEnvironmentShape, cloudSqlSchema, type CloudSqlEngine, engineOf } from './schema';

/** The types Cloud SQL adds to the input formats and the model. */
export interface CloudSqlTypes extends BackingTypes {
  readonly name: 'cloudSql';
  /** One flag per engine: a client names the engine it speaks. */
  readonly uses: CloudSqlEngine;
  readonly platform: typeof cloudSqlSchema;
  readonly environment: typeof cloudSqlEnvironmentShape;
  readonly storage: Record<never, never>;
  readonly service: Record<never, never>;
  readonly operators: Record<never, never>;
  readonly surroundings: Record<never, never>;
  /** The instance and its databases, when some workload uses Cloud SQL. */
  readonly model: { readonly cloudSql?: CloudSqlModel };
  /** The Cloud SQL instance and proxy, when the workload uses Cloud SQL. */
  readonly workload: { readonly cloudSql?: CloudSqlAccess };
}

/** What each engine's clients are told, and how the docs name it. */
const ENGINES: Readonly<
  Record<
    CloudSqlEngine,
    {
      readonly name: string;
      /** The Secret key of a client's password (`<service>-<key>` in Secret Manager). */
      readonly secretKey: string;
      /** The client's settings: where the proxy listens, its database and its user. */
      readonly config: (port: number, database: string, user: string) => Record<string, string>;
    }
  >
> = {
  mysql: {
    name: 'MySQL',
    secretKey: 'mysql-password',
    config: (port, database, user) => ({
      MYSQL_HOST: '127.0.0.1',
      MYSQL_PORT: String(port),
      MYSQL_DATABASE: database,
      MYSQL_USER: user,
    }),
  },
  // libpq's own variables, which PostgreSQL drivers read with no code (PGPASSWORD from the Secret). The
  // proxy encrypts to the instance; the loopback leg is plain, so no TLS is negotiated there.
  postgresql: {
    name: 'PostgreSQL',
    secretKey: 'pgpassword',
    config: (port, database, user) => ({
      PGHOST: '127.0.0.1',
      PGPORT: String(port),
      PGDATABASE: database,
      PGUSER: user,
      PGSSLMODE: 'disable',
    }),
  },
};

/** One database and one user per service: the database is its name with `-` replaced by `_`. */
const databaseOf = (service: string) => service.replaceAll('-', '_');

/** The engine a service speaks (its first `uses` flag of Cloud SQL's), if any. */
const engineUsedBy = (spec: { readonly uses: Readonly<Record<string, boolean>> }): CloudSqlEngine | undefined =>
  (Object.keys(ENGINES) as CloudSqlEngine[]).find((engine) => spec.uses[engine]);

/** `backingServices.cloudSql`; its hooks run only when the description declares it (lib/config/load.ts). */
const cloudSqlOf = (platform: PlatformSpec) => platform.backingServices.cloudSql!;

function instanceConnectionName({ platform, env }: ResolveContext): string {
  const cloudSql = cloudSqlOf(platform);
  const region = cloudSql.region ?? platform.cluster.region;
  return `${gcpProjectOf(platform, env)}:${region}:${expand(cloudSql.instance, '', env.name)}`;
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
  uses: ['mysql', 'postgresql'],
  schema: { platform: cloudSqlSchema, environment: cloudSqlEnvironmentShape },
  secretKeys: { mysql: ENGINES.mysql.secretKey, postgresql: ENGINES.postgresql.secretKey },
  check: {
    platform: (platform, report) => {
      const { instance, engine: version } = cloudSqlOf(platform);
      const engine = engineOf(version);
      if (instance.includes('{service}')) {
        report(
          ['backingServices', 'cloudSql', 'instance'],
          'must not contain "{service}": one instance per environment serves every service (one database and one user each)',
        );
      }
      platform.services.forEach((spec, i) => {
        const used = (Object.keys(ENGINES) as CloudSqlEngine[]).filter((e) => spec.uses[e]);
        if (used.length > 1) {
          report(
            ['services', i, 'uses'],
            `uses both ${used.map((e) => ENGINES[e].name).join(' and ')}, but the platform has one Cloud SQL instance (${version}): one database per service`,
          );
        }
        for (const other of used.filter((e) => e !== engine)) {
          report(
            ['services', i, 'uses', other],
            `uses ${ENGINES[other].name}, but the Cloud SQL instance is ${version} (backingServices.cloudSql.engine): use uses.${engine}`,
          );
        }
        if (used.length === 0) return;
        const proxyPort = CLOUD_SQL_PROXY_PORTS[engine];
        if (spec.port === proxyPort || spec.port === CLOUD_SQL_PROXY_HEALTH_PORT) {
          report(
            ['services', i, 'port'],
            `${spec.port} is the port of the Cloud SQL Auth Proxy in the same pod (${proxyPort}, and ${CLOUD_SQL_PROXY_HEALTH_PORT} for its health checks): choose another port`,
          );
        }
      });
    },
    environment: (platform, env, report) => {
      if (platform === undefined) return;
      const { instance, engine } = cloudSqlOf(platform);
      const id = expand(instance, '', env.name);
      const used = platform.services.some((s) => engineUsedBy(s) !== undefined);
      if (!instance.includes('{service}') && used && !CLOUD_SQL_INSTANCE.test(id)) {
        report(['name'], `gives the Cloud SQL instance id "${id}", which is not valid`);
      }
      if (env.cloudSqlProxy === undefined && used) {
        report(
          ['cloudSqlProxy'],
          `is required: some services use ${ENGINES[engineOf(engine)].name} through the Cloud SQL Auth Proxy`,
        );
      }
    },
    images: (platform) => [[['backingServices', 'cloudSql', 'proxyImage'], cloudSqlOf(platform).proxyImage]],
  },
  model: {
    client: (ctx, spec) => {
      const cloudSql = cloudSqlOf(ctx.platform);
      const engine = engineOf(cloudSql.engine);
      const port = CLOUD_SQL_PROXY_PORTS[engine];
      const connectionName = instanceConnectionName(ctx);
      return {
        // The Cloud SQL Auth Proxy sidecar listens on the pod's loopback. One database and one user per service.
        config: {
          CLOUD_SQL_INSTANCE_CONNECTION_NAME: connectionName,
          ...ENGINES[engine].config(port, databaseOf(spec.name), spec.name),
        },
        ...(ctx.env.cloudSqlProxy
          ? {
              workload: {
                cloudSql: {
                  instanceConnectionName: connectionName,
                  proxyImage: cloudSql.proxyImage,
                  proxyResources: ctx.env.cloudSqlProxy,
                  engine,
                  port,
                },
              },
            }
          : {}),
      };
    },
    environment: (ctx) => {
      const clients = ctx.platform.services.filter((s: ServiceSpec) => engineUsedBy(s) !== undefined).sort(byName);
      if (clients.length === 0) return {};
      const version = cloudSqlOf(ctx.platform).engine;
      return {
        cloudSql: {
          instanceConnectionName: instanceConnectionName(ctx),
          version,
          engine: engineOf(version),
          databases: clients.map((s) => ({ service: s.name, database: databaseOf(s.name), user: s.name })),
        },
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
              // MySQL's is the construct's default.
              ...(workload.cloudSql.engine === 'mysql' ? {} : { port: workload.cloudSql.port }),
            },
          }
        : {},
    clientRules: (env, workload) => {
      if (!workload.cloudSql) return {};
      const { cloudSql, googleApis } = managedServices(env);
      return {
        // The proxy reaches the instance on its server port (3307, whatever the engine) and the SQL Admin API.
        egress: [
          { peer: { cidr: env.surroundings.privateServicesCidr }, ports: [{ port: CLOUD_SQL_SERVER_PORT }] },
          { peer: { cidr: env.surroundings.googleApisCidr }, ports: [{ port: 443 }] },
        ],
        services: [cloudSql, googleApis],
      };
    },
    serviceEntries: (env) => (env.cloudSql ? Object.values(managedServices(env)) : []),
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
  docs: {
    diagram: {
      id: 'cloudsql',
      label: (env) => `Cloud SQL ${ENGINES[env.cloudSql?.engine ?? 'mysql'].name}`,
    },
  },
};
