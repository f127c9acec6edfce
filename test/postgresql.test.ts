/**
 * Cloud SQL for PostgreSQL: a platform whose instance runs PostgreSQL (test/fixtures/postgres-platform.ts)
 * gets, for each service that declares `uses.postgresql` and for no other, the Cloud SQL Auth Proxy on
 * PostgreSQL's port, its own database and user (libpq's variables), its password from Secret Manager,
 * and the network and mesh rules to the instance; the docs name the engine. Every expectation is
 * derived from the description, so the fixture can change without this file.
 */
import { loadPlatform } from '../lib/config/load';
import type { EnvironmentInput, PlatformInput } from '../lib/config/schema';
import { environmentDoc } from '../lib/docs';
import type { EnvironmentModel } from '../lib/model';
import type { ManifestFile } from '../lib/synth';
import type { KubeObject } from '../lib/validate';
import { postgresEnvironments, postgresPlatform } from './fixtures/postgres-platform';
import { allObjects, configProblems, find, ofKind, synthFresh } from './helpers';

/** What PostgreSQL's drivers default to, and where the proxy listens for them. */
const POSTGRES_PORT = 5432;
/** The port the Auth Proxy reaches every Cloud SQL instance on, whatever its engine. */
const CLOUD_SQL_SERVER_PORT = 3307;

const platform = postgresPlatform as PlatformInput & { services: { name: string; uses?: object }[] };
const cloudSql = postgresPlatform.backingServices.cloudSql!;
const clients = platform.services.filter((s) => (s.uses as { postgresql?: boolean } | undefined)?.postgresql);
const others = [...platform.services, ...postgresPlatform.gateways].filter((w) => !clients.includes(w));

const models = loadPlatform(postgresPlatform, postgresEnvironments).environments;
const synthesized = new Map<EnvironmentModel, ManifestFile[]>(models.map((env) => [env, synthFresh(env)]));

/** `<project>:<region>:<instance>` of an environment, from the description. */
const connectionName = (env: string) =>
  `${postgresPlatform.gcpProject.replace('{env}', env)}:${cloudSql.region ?? postgresPlatform.cluster.region}:${cloudSql.instance.replace('{env}', env)}`;

type Container = {
  name: string;
  image: string;
  args?: string[];
  env?: { name: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
  resources: unknown;
};
const podOf = (files: ManifestFile[], name: string) =>
  (
    find(files, 'Deployment', name).spec as {
      template: { spec: { initContainers?: Container[]; containers: Container[] } };
    }
  ).template.spec;
const environmentOf = (env: EnvironmentModel) => postgresEnvironments.find((e) => e.name === env.name)!;

test('the fixture has clients and a workload without a database', () => {
  expect(clients.length).toBeGreaterThan(0);
  expect(others.length).toBeGreaterThan(0);
  expect(cloudSql.engine).toMatch(/^POSTGRES_/);
});

describe.each(models.map((env) => [env.name, env] as const))('%s', (_name, env) => {
  const files = synthesized.get(env)!;

  test.each(clients.map((c) => c.name))('%s: the Auth Proxy on PostgreSQL’s port, for its instance', (name) => {
    const proxies = podOf(files, name).initContainers ?? [];
    expect(proxies.map((c) => [c.name, c.image])).toEqual([['cloud-sql-proxy', cloudSql.proxyImage]]);
    expect(proxies[0]!.args).toEqual(expect.arrayContaining([`--port=${POSTGRES_PORT}`, connectionName(env.name)]));
    const size = environmentOf(env).cloudSqlProxy!;
    expect(proxies[0]!.resources).toEqual({
      requests: { cpu: `${size.requests.cpuMillis}m`, memory: `${size.requests.memoryMiB}Mi` },
      limits: { cpu: `${size.limits.cpuMillis}m`, memory: `${size.limits.memoryMiB}Mi` },
    });
  });

  test.each(clients.map((c) => c.name))('%s: its own database and user, as libpq reads them', (name) => {
    const data = find(files, 'ConfigMap', name).data as Record<string, string>;
    expect(data).toMatchObject({
      CLOUD_SQL_INSTANCE_CONNECTION_NAME: connectionName(env.name),
      PGHOST: '127.0.0.1',
      PGPORT: String(POSTGRES_PORT),
      PGDATABASE: name.replaceAll('-', '_'),
      PGUSER: name,
      PGSSLMODE: 'disable',
    });
    expect(Object.keys(data).filter((k) => k.startsWith('MYSQL_'))).toEqual([]);
  });

  test.each(clients.map((c) => c.name))('%s: its password, from its own Secret Manager key', (name) => {
    const secret = find(files, 'ExternalSecret', name).spec as {
      target: { name: string };
      data: { secretKey: string; remoteRef: { key: string } }[];
    };
    expect(secret.data).toContainEqual(
      expect.objectContaining({
        secretKey: 'pgpassword',
        remoteRef: expect.objectContaining({ key: `${name}-pgpassword` }),
      }),
    );
    const app = podOf(files, name).containers[0]!;
    expect(app.env).toContainEqual({
      name: 'PGPASSWORD',
      valueFrom: { secretKeyRef: { name: secret.target.name, key: 'pgpassword' } },
    });
  });

  /** The proxy's connections: the instance's server port in the private services range, the SQL Admin API. */
  const egressTo = (name: string) => {
    const policy = allObjects(files).find(
      (o) => o.kind === 'NetworkPolicy' && o.metadata.name === name && o.metadata.namespace !== undefined,
    ) as KubeObject & { spec: { egress: { ports: { port: number }[]; to: { ipBlock?: { cidr: string } }[] }[] } };
    return policy.spec.egress.flatMap((rule) =>
      rule.to.flatMap((to) => (to.ipBlock ? rule.ports.map((p) => `${to.ipBlock!.cidr}:${p.port}`) : [])),
    );
  };
  const sidecarHosts = (name: string) =>
    (find(files, 'Sidecar', name).spec as { egress: { hosts: string[] }[] }).egress.flatMap((e) => e.hosts);
  const instanceRules = [
    `${postgresPlatform.backingServices.privateServicesCidr}:${CLOUD_SQL_SERVER_PORT}`,
    `${env.surroundings.googleApisCidr}:443`,
  ];

  test.each(clients.map((c) => c.name))('%s: the network and the mesh let the proxy reach the instance', (name) => {
    expect(egressTo(name)).toEqual(expect.arrayContaining(instanceRules));
    expect(sidecarHosts(name)).toEqual(
      expect.arrayContaining(['./cloud-sql.private-services.internal', './sqladmin.googleapis.com']),
    );
  });

  test.each(others.map((w) => w.name))('%s: uses no database, gets none of it', (name) => {
    expect(podOf(files, name).initContainers ?? []).toEqual([]);
    // Its ConfigMap, if it has settings at all, names no database.
    const config = ofKind(files, 'ConfigMap').find((c) => c.metadata.name === name) as { data?: object } | undefined;
    expect(Object.keys(config?.data ?? {}).filter((k) => k.startsWith('PG'))).toEqual([]);
    expect(egressTo(name).filter((rule) => instanceRules.includes(rule))).toEqual([]);
    expect(sidecarHosts(name)).not.toContain('./cloud-sql.private-services.internal');
  });

  test('the model: the instance, one database and one user per client', () => {
    expect(env.cloudSql).toEqual({
      instanceConnectionName: connectionName(env.name),
      version: cloudSql.engine,
      engine: 'postgresql',
      databases: clients
        .map((c) => c.name)
        .sort()
        .map((name) => ({ service: name, database: name.replaceAll('-', '_'), user: name })),
    });
  });

  test('the docs name the engine, link its clients and list their password keys', () => {
    const doc = environmentDoc(env, allObjects(files)).content;
    expect(doc).toContain('cloudsql[("Cloud SQL PostgreSQL")]');
    for (const { name } of clients) {
      expect(doc).toContain(`${name.replace(/[^A-Za-z0-9]/g, '_')} --> cloudsql`);
      expect(doc).toContain(`\`${name}-pgpassword\``);
    }
    expect(doc).not.toContain('Cloud SQL MySQL');
  });
});

describe('config errors', () => {
  /** The problems reported after `mutate` broke a copy of the fixture. */
  function problemsAfter(mutate: (p: PlatformInput, envs: EnvironmentInput[]) => void): readonly string[] {
    const p = structuredClone(postgresPlatform);
    const envs = structuredClone(postgresEnvironments);
    mutate(p, envs);
    const problems = configProblems(p, envs);
    if (problems.length === 0) throw new Error('expected a ConfigError');
    return problems;
  }
  const client = clients[0]!.name;
  const at = (p: PlatformInput) => p.services.findIndex((s) => s.name === client);

  test('an engine Cloud SQL does not offer', () => {
    const problems = problemsAfter((p) => {
      (p.backingServices.cloudSql as { engine: string }).engine = 'POSTGRES_99';
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^platform: backingServices\.cloudSql\.engine: must be one of .*"POSTGRES_16".* \(got "POSTGRES_99"\)$/,
    );
  });

  test('a client of the other engine', () => {
    expect(
      problemsAfter((p) => {
        p.services[at(p)]!.uses = { mysql: true };
      }),
    ).toEqual([
      `platform: services.${client}.uses.mysql: uses MySQL, but the Cloud SQL instance is ${cloudSql.engine} (backingServices.cloudSql.engine): use uses.postgresql`,
    ]);
  });

  test('both engines on one service', () => {
    expect(
      problemsAfter((p) => {
        p.services[at(p)]!.uses = { mysql: true, postgresql: true };
      }),
    ).toContain(
      `platform: services.${client}.uses: uses both MySQL and PostgreSQL, but the platform has one Cloud SQL instance (${cloudSql.engine}): one database per service`,
    );
  });

  test('a client serving on the proxy’s port', () => {
    expect(
      problemsAfter((p) => {
        p.services[at(p)]!.port = POSTGRES_PORT;
      }),
    ).toEqual([
      `platform: services.${client}.port: ${POSTGRES_PORT} is the port of the Cloud SQL Auth Proxy in the same pod (${POSTGRES_PORT}, and 9801 for its health checks): choose another port`,
    ]);
  });

  test('no proxy size in an environment', () => {
    expect(
      problemsAfter((_p, envs) => {
        delete envs[0]!.cloudSqlProxy;
      }),
    ).toEqual([
      `${postgresEnvironments[0]!.name}: cloudSqlProxy: is required: some services use PostgreSQL through the Cloud SQL Auth Proxy`,
    ]);
  });

  test('the password key listed again', () => {
    expect(
      problemsAfter((p) => {
        p.services[at(p)]!.secrets = ['pgpassword'];
      }),
    ).toEqual([`platform: services.${client}.secrets.0: "pgpassword" is already implied by uses.postgresql`]);
  });
});
