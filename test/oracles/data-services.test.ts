/**
 * The data services (Kafka, MongoDB, Cloud SQL, Memorystore) as synthesized, on every platform of the
 * repository, computed from the descriptions alone: the managed services' clients and their mesh entries,
 * what each platform has of each data service, and what the documents say of them.
 */
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import { BACKING } from '../../charts/backing';
import { platform } from '../../environments';
import { parityProblems } from '../../lib/parity';
import { platforms } from '../../platforms';
import { allObjects, find, HARDENED_CONTAINER, ofKind, orofiModel, platformModel, synth } from '../helpers';
import { environmentDoc } from '../../lib/docs';

/*
 * Orofi's one Cloud SQL for MySQL 8.0 instance (the seed's): the model, and each client's own database
 * and user.
 */
const outputs = [...orofiModel().values()].map((env) => [env.name, synth(env)] as const);
const cloudSql = platform.backingServices.cloudSql!;
const services = platform.services;
const sqlClients = services.filter((s) => s.uses?.mysql);
const namespacesOf = (clients: readonly { namespace: string }[]) =>
  [...new Set(clients.map((c) => c.namespace))].sort();

test('the description has SQL clients (else this part checks nothing)', () => {
  expect(sqlClients.length).toBeGreaterThan(0);
  // One MySQL 8.0 instance (the seed's), its engine the schema's default when not named.
  expect(cloudSql.engine ?? 'MYSQL_8_0').toBe('MYSQL_8_0');
});

describe.each(outputs)('%s', (envName, files) => {
  const project = platform.gcpProject.replace('{env}', envName);
  const connectionName = `${project}:${cloudSql.region ?? platform.cluster.region}:${cloudSql.instance.replace('{env}', envName)}`;

  test('the model: the one MySQL 8.0 instance, one database and one user per client, by service name', () => {
    expect(orofiModel().get(envName)!.cloudSql).toEqual({
      instanceConnectionName: connectionName,
      version: 'MYSQL_8_0',
      engine: 'mysql',
      databases: sqlClients
        .map((s) => s.name)
        .sort()
        .map((name) => ({ service: name, database: name.replaceAll('-', '_'), user: name })),
    });
  });

  test('each SQL client: its own database and user, through the proxy on the loopback', () => {
    for (const client of sqlClients) {
      expect(find(files, 'ConfigMap', client.name).data).toMatchObject({
        CLOUD_SQL_INSTANCE_CONNECTION_NAME: connectionName,
        MYSQL_HOST: '127.0.0.1',
        MYSQL_PORT: '3306',
        MYSQL_DATABASE: client.name.replaceAll('-', '_'),
        MYSQL_USER: client.name,
      });
    }
  });
});

test("Cloud SQL's parity rule: between two environments, each SQL client's instance connection name differs (its project)", () => {
  const [[first, a], [last, b]] = [outputs[0]!, outputs.at(-1)!];
  const name = (env: string) =>
    `${platform.gcpProject.replace('{env}', env)}:${cloudSql.region ?? platform.cluster.region}:${cloudSql.instance.replace('{env}', env)}`;
  const configMaps = (env: string, files: typeof a) => ({
    name: env,
    objects: ofKind(files, 'ConfigMap').filter((c) => sqlClients.some((s) => s.name === c.metadata.name)),
  });
  const others = BACKING.map((s) => s.name).filter((kind) => kind !== 'cloudSql');
  const field = 'data.CLOUD_SQL_INSTANCE_CONNECTION_NAME';
  expect(
    parityProblems(configMaps(first, a), configMaps(last, b), others).filter((p) => p.includes(`: ${field}: `)),
  ).toEqual(
    sqlClients.map(
      (s) => `${first} vs ${last}: ConfigMap ${s.namespace}/${s.name}: ${field}: "${name(first)}" vs "${name(last)}"`,
    ),
  );
  expect(parityProblems(configMaps(first, a), configMaps(last, b)).filter((p) => p.includes(`: ${field}: `))).toEqual(
    [],
  );
});

/**
 * On every platform (the shop has Kafka, no MongoDB; orion neither; Orofi both; all three Cloud SQL,
 * MySQL or PostgreSQL, and Memorystore, both made by Terraform), computed from its description and
 * compared whole:
 * - a data service's objects, its operator and its namespace exist exactly where a service uses it;
 * - the mesh's entries for the instances' private addresses and the SQL Admin API;
 * - the copy of the Memorystore server CA in each Redis client namespace, through a store of its own;
 * - the Cloud SQL Auth Proxy beside each SQL client (Google's documented sidecar: private IP, Workload
 *   Identity, health checks on its own port, a clean exit on SIGTERM), and nowhere else.
 */
describe.each(
  platforms.flatMap((source) =>
    [...platformModel(source).values()].map((env) => [`${source.name}/${env.name}`, source, env] as const),
  ),
)('%s: the data services it uses, and only those', (_, source, env) => {
  const files = synth(env);
  const uses = (flag: 'kafka' | 'mongodb') => source.platform.services.some((s) => s.uses?.[flag]);
  const kinds = new Set(allObjects(files).map((o) => o.kind));
  const applications = ofKind(files, 'Application').map((a) => a.metadata.name);
  const namespaces = ofKind(files, 'Namespace').map((n) => n.metadata.name);

  const project = source.platform.gcpProject.replace('{env}', env.name);
  const redis = source.platform.backingServices.redis;
  const sqlClients = source.platform.services.filter((s) => s.uses?.mysql || s.uses?.postgresql);
  const redisClients = source.platform.services.filter((s) => s.uses?.redis);

  test("the mesh's entries for the instances and the SQL Admin API: whole, in every application namespace", () => {
    const managed = ['cloud-sql', 'google-apis', 'memorystore'];
    const entries = ofKind(files, 'ServiceEntry').filter((e) => managed.includes(e.metadata.name));
    // Declared in each application namespace (visible there only); each workload's Sidecar then lets
    // only the clients reach them (mesh.test.ts).
    const expected = source.platform.namespaces.flatMap((ns) => [
      ...(sqlClients.length > 0 ? [`${ns}/cloud-sql`, `${ns}/google-apis`] : []),
      ...(redisClients.length > 0 ? [`${ns}/memorystore`] : []),
    ]);
    expect(entries.map((e) => `${e.metadata.namespace}/${e.metadata.name}`).sort()).toEqual(expected.sort());
    const common = { location: 'MESH_EXTERNAL', exportTo: ['.'] };
    const specs: Record<string, unknown> = {
      // The instance's private address, on Cloud SQL's server port (the proxy's only way in).
      'cloud-sql': {
        ...common,
        hosts: ['cloud-sql.private-services.internal'],
        addresses: [source.platform.backingServices.privateServicesCidr],
        ports: [{ name: 'tcp-3307', number: 3307, protocol: 'TCP' }],
        resolution: 'NONE',
      },
      'google-apis': {
        ...common,
        hosts: ['sqladmin.googleapis.com'],
        ports: [{ name: 'tls-443', number: 443, protocol: 'TLS' }],
        resolution: 'DNS',
      },
      memorystore: {
        ...common,
        hosts: ['memorystore.private-services.internal'],
        addresses: [source.platform.backingServices.privateServicesCidr],
        ports: [{ name: `tcp-${redis!.port ?? 6378}`, number: redis!.port ?? 6378, protocol: 'TCP' }],
        resolution: 'NONE',
      },
    };
    for (const entry of entries)
      expect([entry.metadata.name, entry.spec]).toEqual([entry.metadata.name, specs[entry.metadata.name]]);
  });

  test('the Memorystore server CA, copied into each Redis client namespace through a store of its own, and nowhere else', () => {
    const named = (kind: string, name: string) =>
      ofKind(files, kind)
        .filter((o) => o.metadata.name === name)
        .map((o) => o.metadata.namespace)
        .sort();
    const namespaces = namespacesOf(redisClients);
    expect(named('ServiceAccount', 'redis-ca-reader')).toEqual(namespaces);
    expect(named('SecretStore', 'redis-ca-source')).toEqual(namespaces);
    expect(named('ExternalSecret', 'redis-ca')).toEqual(namespaces);
    const at = <T>(kind: string, name: string, namespace: string) =>
      ofKind(files, kind).find((o) => o.metadata.name === name && o.metadata.namespace === namespace) as unknown as T;
    for (const namespace of namespaces) {
      const account = at<{ metadata: { annotations: Record<string, string> } }>(
        'ServiceAccount',
        'redis-ca-reader',
        namespace,
      );
      expect(account.metadata.annotations['iam.gke.io/gcp-service-account']).toBe(
        `redis-ca-reader@${project}.iam.gserviceaccount.com`,
      );
      expect(at<{ spec: unknown }>('SecretStore', 'redis-ca-source', namespace).spec).toEqual({
        provider: {
          gcpsm: { projectID: project, auth: { workloadIdentity: { serviceAccountRef: { name: 'redis-ca-reader' } } } },
        },
      });
      expect(at<{ spec: unknown }>('ExternalSecret', 'redis-ca', namespace).spec).toEqual({
        secretStoreRef: { kind: 'SecretStore', name: 'redis-ca-source' },
        refreshInterval: '1h',
        target: { name: 'redis-ca', creationPolicy: 'Owner', deletionPolicy: 'Retain' },
        data: [{ secretKey: 'ca.crt', remoteRef: { key: redis!.serverCaKey ?? 'redis-server-ca', version: 'latest' } }],
      });
    }
    // Each Redis client mounts it, and no other workload does.
    for (const w of [...source.platform.gateways, ...source.platform.services]) {
      const pod = (find(files, 'Deployment', w.name) as unknown as IDeployment).spec!.template.spec!;
      const mounted = (pod.volumes ?? []).some((v) => v.secret?.secretName === 'redis-ca');
      expect([w.name, mounted]).toEqual([w.name, 'uses' in w && w.uses?.redis === true]);
    }
  });

  test("each SQL client runs the Cloud SQL Auth Proxy on its engine's port, whole; no other workload does", () => {
    const described = source.platform.backingServices.cloudSql;
    const clients = source.platform.services.filter((s) => s.uses?.mysql || s.uses?.postgresql);
    const deployments = ofKind(files, 'Deployment') as unknown as IDeployment[];
    const withProxy = deployments.filter((d) =>
      (d.spec!.template.spec!.initContainers ?? []).some((c) => c.name === 'cloud-sql-proxy'),
    );
    expect(withProxy.map((d) => `${d.metadata!.namespace}/${d.metadata!.name}`).sort()).toEqual(
      clients.map((s) => `${s.namespace}/${s.name}`).sort(),
    );
    if (clients.length === 0) return;
    const size = source.environments.find((e) => e.name === env.name)!.cloudSqlProxy!;
    const port = (described!.engine ?? 'MYSQL_8_0').startsWith('MYSQL') ? 3306 : 5432;
    const connectionName = [
      source.platform.gcpProject.replace('{env}', env.name),
      described!.region ?? source.platform.cluster.region,
      described!.instance.replace('{env}', env.name),
    ].join(':');
    const health = (path: string) => ({ httpGet: { path, port: 9801, scheme: 'HTTP' } });
    for (const client of clients) {
      const pod = (find(files, 'Deployment', client.name) as unknown as IDeployment).spec!.template;
      expect(pod.spec!.initContainers).toEqual([
        {
          name: 'cloud-sql-proxy',
          image: described!.proxyImage,
          imagePullPolicy: 'Always',
          // A native sidecar: started before the application, stopped after it.
          restartPolicy: 'Always',
          // Private IP and Workload Identity (no key), the engine's port on the pod's loopback, health
          // checks on their own port, a clean exit when the pod stops.
          args: [
            '--private-ip',
            '--structured-logs',
            `--port=${port}`,
            '--health-check',
            '--http-address=0.0.0.0',
            '--http-port=9801',
            '--exit-zero-on-sigterm',
            connectionName,
          ],
          resources: {
            requests: { cpu: `${size.requests.cpuMillis}m`, memory: `${size.requests.memoryMiB}Mi` },
            limits: { cpu: `${size.limits.cpuMillis}m`, memory: `${size.limits.memoryMiB}Mi` },
          },
          securityContext: { ...HARDENED_CONTAINER, runAsUser: 10001, runAsGroup: 10001 },
          startupProbe: { ...health('/startup'), periodSeconds: 1, failureThreshold: 60 },
          livenessProbe: { ...health('/liveness'), periodSeconds: 10, failureThreshold: 3 },
        },
      ]);
      // Its health port is the kubelet's, not the mesh's.
      expect(pod.metadata!.annotations!['traffic.sidecar.istio.io/excludeInboundPorts']).toBe('9801');
    }
  });

  test.each([
    ['kafka', ['Kafka', 'KafkaNodePool', 'KafkaUser'], 'strimzi-kafka-operator'],
    ['mongodb', ['PerconaServerMongoDB'], 'psmdb-operator'],
  ] as const)('%s', (flag, ofIt, operator) => {
    const used = uses(flag);
    expect(ofIt.map((kind) => [kind, kinds.has(kind)])).toEqual(ofIt.map((kind) => [kind, used]));
    expect(applications.includes(operator)).toBe(used);
    const namespace = source.platform.backingServices[flag]?.namespace;
    if (namespace !== undefined) expect(namespaces.includes(namespace)).toBe(used);
  });
});

/*
 * What docs/<environment>.md says of the data services, on every platform of the repository, computed
 * from its description and environment files: the diagram's data stores (each labelled as the
 * platform's engine) and who uses them, Kafka's topics as a subgraph and as a table (partitions,
 * retention of the environment, producers and consumers), the inventory's identifying fields of topics
 * and node pools, and the note on MongoDB's own copies of its users' passwords.
 */
const cases = platforms.flatMap((source) =>
  [...platformModel(source).values()].map((env) => [`${source.name}/${env.name}`, source, env] as const),
);

/** The rows of the table under a `## heading`, as arrays of cells. */
function rows(doc: string, heading: string): string[][] {
  const section = doc.split(/^## /m).find((s) => s.startsWith(heading)) ?? '';
  return section
    .split('\n')
    .filter((l) => l.startsWith('| '))
    .slice(2)
    .map((l) => l.slice(2, -2).split(' | '));
}
const id = (name: string) => name.replace(/[^A-Za-z0-9]/g, '_');

describe.each(cases)('%s', (_, source, env) => {
  const { platform } = source;
  const config = source.environments.find((e) => e.name === env.name)!;
  const doc = environmentDoc(env, allObjects(synth(env))).content;
  const mermaid = /```mermaid\n([\s\S]*?)```/.exec(doc)![1]!;
  const services = platform.services;
  const topics = [...(platform.backingServices.kafka?.topics ?? [])].sort((a, b) => (a.name < b.name ? -1 : 1));
  const by = (direction: 'produces' | 'consumes', topic: string) =>
    services
      .filter((s) => s.uses?.kafka && (s.topics?.[direction] ?? []).includes(topic))
      .map((s) => s.name)
      .sort();

  test('the diagram: each data store it uses, labelled, and an edge from each of its users', () => {
    const engine = platform.backingServices.cloudSql?.engine ?? 'MYSQL_8_0';
    const stores: [string, string, (uses: Record<string, boolean | undefined>) => boolean][] = [
      ['mongodb', 'MongoDB', (uses) => uses.mongodb === true],
      [
        'cloudsql',
        `Cloud SQL ${engine.startsWith('MYSQL') ? 'MySQL' : 'PostgreSQL'}`,
        (u) => !!(u.mysql || u.postgresql),
      ],
      ['redis', 'Memorystore Redis', (uses) => uses.redis === true],
    ];
    for (const [node, label, uses] of stores) {
      const users = services.filter((s) => uses(s.uses ?? {}));
      const lines = mermaid.split('\n').filter((l) => l.includes(` ${node}[`) || l.endsWith(` --> ${node}`));
      expect(lines).toEqual(
        users.length === 0 ? [] : [`  ${node}[("${label}")]`, ...users.map((s) => `  ${id(s.name)} --> ${node}`)],
      );
    }
  });

  test("Kafka's topics: a subgraph of them, and a table with the environment's retention", () => {
    // Kafka is drawn as its topics (every client has some), never as a node of its own.
    expect(mermaid.split('\n').filter((l) => /^ {2}kafka\[|--> kafka$/.test(l))).toEqual([]);
    const subgraph = /^ {2}subgraph kafka\["Kafka"\]\n([\s\S]*?)^ {2}end$/m.exec(mermaid);
    const table = rows(doc, 'Kafka topics');
    if (topics.length === 0) {
      expect([subgraph, table]).toEqual([null, []]);
      return;
    }
    expect(subgraph![1]).toBe(topics.map((t) => `    ${id(`topic ${t.name}`)}>"${t.name}"]\n`).join(''));
    expect(doc).toContain(
      '\n## Kafka topics\n\nEach client has exactly these rights (KafkaUser ACLs): Write and Describe on what it produces, Read and\n' +
        'Describe on what it consumes, Read on its own consumer group when it consumes.\n\n' +
        '| topic | partitions | retention | produced by | consumed by |\n',
    );
    expect(table).toEqual(
      topics.map((t) => [
        `\`${t.name}\``,
        String(t.partitions),
        `${config.kafka!.topicRetentionHours?.[t.name] ?? config.kafka!.retentionHours} h`,
        by('produces', t.name).join(', '),
        by('consumes', t.name).join(', '),
      ]),
    );
  });

  test('the inventory names each topic with its partitions and each node pool with its replicas and roles', () => {
    const inventory = rows(doc, 'Objects');
    const kafka = platform.backingServices.kafka;
    const pools = !kafka
      ? []
      : kafka.dedicatedControllers
        ? [
            ['controllers', 'controller'],
            ['brokers', 'broker'],
          ]
        : [['dual-role', 'controller and broker']];
    expect(inventory.filter((r) => r[0] === 'KafkaNodePool').map((r) => [r[1], r[3]])).toEqual(
      pools.map(([pool, roles]) => [`${kafka!.namespace}/${pool}`, `replicas 3, ${roles}`]),
    );
    expect(
      inventory
        .filter((r) => r[0] === 'KafkaTopic')
        .map((r) => [r[1], r[3]])
        .sort(),
    ).toEqual(topics.map((t) => [`${kafka!.namespace}/${t.name}`, `partitions ${t.partitions}`]));
  });

  test("the Secret Manager note names MongoDB's own copies of its users' passwords exactly where it runs", () => {
    const mongodb = services.some((s) => s.uses?.mongodb);
    expect(doc.includes("; MongoDB's operator has its own copies of its users' passwords).")).toBe(mongodb);
  });
});
