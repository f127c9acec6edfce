import type { IExternalSecret } from '@kubernetes-models/external-secrets/external-secrets.io/v1/ExternalSecret';
/**
 * The Strimzi Kafka cluster of every environment, read back from the synthesized objects and compared
 * with the platform description (environments/platform.ts) and the environment configs.
 */
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { App } from 'cdk8s';
import { KafkaChart, type KafkaNodePoolSpec, type KafkaNodeRole } from '../charts/backing/kafka/chart';
import { environments, platform } from '../environments';
import { validateObject, type KubeObject } from '../lib/validate';
import { BACKING } from '../charts/backing';
import { parityProblems } from '../lib/parity';
import { platforms } from '../platforms';
import { allObjects, find, HARDENED_CONTAINER, ofKind, orofiModel, platformModel, synth } from './helpers';

/** The brokers' settings: three replicas of everything, two in sync to write, no topic made by a client. */
const BROKER_CONFIG = {
  'auto.create.topics.enable': false,
  'default.replication.factor': 3,
  'min.insync.replicas': 2,
  'offsets.topic.replication.factor': 3,
  'transaction.state.log.replication.factor': 3,
  'transaction.state.log.min.isr': 2,
};

type Json = Record<string, never>;
type Size = { requests: { cpuMillis: number; memoryMiB: number }; limits: { cpuMillis: number; memoryMiB: number } };

/** A size of the description as Kubernetes quantities: millicores and mebibytes. */
const quantities = (size: Size) => ({
  requests: { cpu: `${size.requests.cpuMillis}m`, memory: `${size.requests.memoryMiB}Mi` },
  limits: { cpu: `${size.limits.cpuMillis}m`, memory: `${size.limits.memoryMiB}Mi` },
});
/** The Strimzi pods' user (its images' 1001), in a group of its own rather than the image's group 0. */
const STRIMZI_POD = {
  runAsNonRoot: true,
  runAsUser: 1001,
  runAsGroup: 1001,
  seccompProfile: { type: 'RuntimeDefault' },
};
/** KafkaChart's documented default for the entity operator's containers and the exporter. */
const OPERATOR_SIZE = quantities({
  requests: { cpuMillis: 100, memoryMiB: 256 },
  limits: { cpuMillis: 500, memoryMiB: 512 },
});
type Acl = { resource: { type: string; name: string; patternType: string }; operations: string[] };

const outputs = [...orofiModel().values()].map((env) => [env.name, synth(env)] as const);
/** Zone rules need 3 zones: with fewer, the cluster spreads over nodes only. */
const ACROSS_ZONES = platform.cluster.zones.length >= 3;
const clients = platform.services.filter((s) => s.uses?.kafka);

describe.each(outputs)('%s', (envName, files) => {
  const config = environments.find((e) => e.name === envName)!;
  const kafka = find<KubeObject & { spec: Json }>(files, 'Kafka', 'kafka');
  const spec = kafka.spec as unknown as { kafka: Record<string, unknown>; entityOperator: Record<string, Json> };
  const strimzi = files.flatMap((f) => f.objects).filter((o) => o.apiVersion.startsWith('kafka.strimzi.io/'));

  test('every Strimzi object is kafka.strimzi.io/v1 and valid against its CRD', () => {
    expect(strimzi.map((o) => o.kind).sort()).toEqual(
      [
        'Kafka',
        ...ofKind(files, 'KafkaNodePool').map(() => 'KafkaNodePool'),
        ...platform.backingServices.kafka!.topics!.map(() => 'KafkaTopic'),
        ...clients.map(() => 'KafkaUser'),
      ].sort(),
    );
    for (const object of strimzi) {
      expect(object.apiVersion).toBe('kafka.strimzi.io/v1');
      expect(validateObject(object)).toEqual([]);
    }
    // All in one file, kafka.yaml.
    expect(files.find((f) => f.path === `${envName}/kafka.yaml`)!.objects).toEqual(expect.arrayContaining(strimzi));
  });

  test('KRaft: node pools of 3 nodes, controllers and brokers, persistent storage; no ZooKeeper', () => {
    expect(Object.keys(kafka.spec)).not.toContain('zookeeper');
    const pools = ofKind<KubeObject & { spec: Record<string, unknown> }>(files, 'KafkaNodePool');
    for (const pool of pools) {
      expect(pool.metadata.labels).toMatchObject({ 'strimzi.io/cluster': 'kafka' });
      expect(pool.metadata.namespace).toBe('kafka');
      expect(pool.spec.replicas).toBe(3);
      expect(pool.spec.storage).toMatchObject({ type: 'persistent-claim', deleteClaim: false });
    }
    const roles = Object.fromEntries(pools.map((p) => [p.metadata.name, p.spec.roles]));
    const size = (name: string) =>
      (find(files, 'KafkaNodePool', name).spec as { storage: { size: string } }).storage.size;
    // The platform's choice, the same in every environment; only the sizes are the environment's.
    if (platform.backingServices.kafka!.dedicatedControllers) {
      expect(roles).toEqual({ controllers: ['controller'], brokers: ['broker'] });
      expect(size('controllers')).toBe(`${config.kafka!.controllers!.storageGiB}Gi`);
      expect(size('brokers')).toBe(`${config.storage!.kafkaBrokerGiB}Gi`);
    } else {
      expect(roles).toEqual({ 'dual-role': ['controller', 'broker'] });
      expect(size('dual-role')).toBe(`${config.storage!.kafkaBrokerGiB}Gi`);
    }
  });

  test('replication factor 3, min.insync.replicas 2, no auto-created topics; one TLS listener with mTLS; simple authorization', () => {
    expect(spec.kafka.version).toBe('4.3.1');
    expect(spec.kafka.config).toEqual(BROKER_CONFIG);
    const listeners = spec.kafka.listeners as Record<string, unknown>[];
    expect(listeners.map(({ networkPolicyPeers: _, ...l }) => l)).toEqual([
      { name: 'tls', port: 9093, type: 'internal', tls: true, authentication: { type: 'tls' } },
    ]);
    expect(spec.kafka.authorization).toEqual({ type: 'simple' });
    expect((spec.kafka.template as { podDisruptionBudget: unknown }).podDisruptionBudget).toEqual({
      maxUnavailable: 1,
    });
  });

  test("entity operator on: topics and users in the Kafka namespace, where no workload's Secret is; metrics for Prometheus", () => {
    expect(spec.entityOperator.topicOperator).not.toHaveProperty('watchedNamespace');
    expect(spec.entityOperator.userOperator).toMatchObject({ watchedNamespace: kafka.metadata.namespace });
    expect(platform.namespaces).not.toContain(kafka.metadata.namespace);
    expect(spec.kafka.metricsConfig).toEqual({ type: 'strimziMetricsReporter' });
    expect(kafka.spec).toHaveProperty('kafkaExporter');
    expect(find(files, 'PodMonitor', 'kafka').spec).toEqual({
      selector: { matchLabels: { 'strimzi.io/cluster': 'kafka', 'strimzi.io/kind': 'Kafka' } },
      podMetricsEndpoints: [{ port: 'tcp-prometheus', path: '/metrics', interval: '30s' }],
    });
  });

  test('rack awareness and a hard spread over zones with 3 zones declared; with fewer, a hard spread over nodes only', () => {
    const ha = ACROSS_ZONES;
    expect(spec.kafka.rack).toEqual(
      ha ? { type: 'topology-label', topologyKey: 'topology.kubernetes.io/zone' } : undefined,
    );
    for (const pool of ofKind(files, 'KafkaNodePool')) {
      const spread = (pool.spec as { template: { pod: { topologySpreadConstraints: Record<string, unknown>[] } } })
        .template.pod.topologySpreadConstraints;
      expect(spread.map((c) => [c.topologyKey, c.whenUnsatisfiable])).toEqual(
        ha
          ? [
              ['topology.kubernetes.io/zone', 'DoNotSchedule'],
              ['kubernetes.io/hostname', 'DoNotSchedule'],
            ]
          : [['kubernetes.io/hostname', 'DoNotSchedule']],
      );
    }
  });

  test('hardened pods: non-root, no escalation, no capabilities, read-only root, RuntimeDefault; resources set', () => {
    const hardened = HARDENED_CONTAINER;
    // Each pool's templates (a pool's template replaces the cluster's, which sets only the PDB).
    expect(spec.kafka.template).toEqual({ podDisruptionBudget: { maxUnavailable: 1 } });
    for (const pool of ofKind(files, 'KafkaNodePool')) {
      const { template, resources } = pool.spec as {
        template: Record<string, { securityContext: unknown }>;
        resources: object;
      };
      expect(template.kafkaContainer!.securityContext).toEqual(hardened);
      expect(template.initContainer!.securityContext).toEqual(hardened);
      // Strimzi's user in a group of its own, which owns the volume: never the image's group 0.
      expect(template.pod!.securityContext).toEqual({
        runAsNonRoot: true,
        runAsUser: 1001,
        runAsGroup: 1001,
        fsGroup: 1001,
        seccompProfile: { type: 'RuntimeDefault' },
      });
      expect(Object.keys(resources).sort()).toEqual(['limits', 'requests']);
    }
    const eo = spec.entityOperator.template as unknown as Record<string, { securityContext: unknown }>;
    expect(eo.topicOperatorContainer!.securityContext).toEqual(hardened);
    expect(eo.userOperatorContainer!.securityContext).toEqual(hardened);
  });

  test('topics: exactly those described, RF 3, min ISR 2, partitions as described, retention of the environment', () => {
    const topics = ofKind<KubeObject & { spec: Record<string, unknown> }>(files, 'KafkaTopic');
    expect(topics.map((t) => t.metadata.name).sort()).toEqual(
      platform.backingServices.kafka!.topics!.map((t) => t.name).sort(),
    );
    for (const described of platform.backingServices.kafka!.topics!) {
      const topic = topics.find((t) => t.metadata.name === described.name)!;
      expect(topic.metadata.namespace).toBe('kafka');
      expect(topic.metadata.labels).toMatchObject({ 'strimzi.io/cluster': 'kafka' });
      const hours = config.kafka!.topicRetentionHours?.[described.name] ?? config.kafka!.retentionHours;
      expect(topic.spec).toEqual({
        partitions: described.partitions,
        replicas: 3,
        config: { 'cleanup.policy': 'delete', 'min.insync.replicas': 2, 'retention.ms': hours * 3_600_000 },
      });
    }
  });

  test("each client's KafkaUser has exactly the ACLs the description gives it, and nothing else", () => {
    const users = ofKind<
      KubeObject & { spec: { authentication: unknown; authorization: { type: string; acls: Acl[] } } }
    >(files, 'KafkaUser');
    expect(users.map((u) => u.metadata.name).sort()).toEqual(clients.map((s) => s.name).sort());
    const granted = (acls: readonly Acl[]) =>
      acls.flatMap((acl) => {
        expect(acl.resource.patternType).toBe('literal'); // never a prefix or a wildcard
        return acl.operations.map((op) => `${acl.resource.type} ${acl.resource.name}: ${op}`);
      });
    for (const service of clients) {
      const user = users.find((u) => u.metadata.name === service.name)!;
      expect(user.metadata.namespace).toBe(kafka.metadata.namespace);
      expect(user.metadata.labels).toMatchObject({ 'strimzi.io/cluster': 'kafka' });
      expect(user.spec.authentication).toEqual({ type: 'tls' });
      expect(user.spec.authorization.type).toBe('simple');
      const { produces = [], consumes = [] } = service.topics ?? {};
      const expected = [
        ...produces.flatMap((t) => [`topic ${t}: Write`, `topic ${t}: Describe`]),
        ...consumes.flatMap((t) => [`topic ${t}: Read`, `topic ${t}: Describe`]),
        ...(consumes.length > 0 ? [`group ${service.name}: Read`] : []),
      ];
      expect(granted(user.spec.authorization.acls).sort()).toEqual([...new Set(expected)].sort());
    }
    // In the words of the seeds: identity only publishes, analytics only reads.
    const of = (name: string) => granted(users.find((u) => u.metadata.name === name)!.spec.authorization.acls);
    expect(of('microservice-identity').filter((g) => g.endsWith(': Read'))).toEqual([]);
    expect(of('microservice-analytics').filter((g) => g.endsWith(': Write'))).toEqual([]);
    expect(of('microservice-communication')).toContain('topic identity.user-registered: Read');
  });

  test("the listener admits only the client services: the cluster's NetworkPolicy (Strimzi makes none)", () => {
    const policy = ofKind(files, 'NetworkPolicy').find(
      (p) => p.metadata.namespace === kafka.metadata.namespace && p.metadata.name === kafka.metadata.name,
    ) as unknown as INetworkPolicy;
    const listener = policy.spec!.ingress!.filter((r) => r.ports?.some((p) => p.port === 9093));
    expect(listener.map((r) => r.from)).toEqual(
      clients
        .sort((a, b) => (a.name < b.name ? -1 : 1))
        .map((s) => [
          {
            namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': s.namespace } },
            podSelector: { matchLabels: { 'app.kubernetes.io/name': s.name } },
          },
        ]),
    );
    const strimzi = find(files, 'Application', 'strimzi-kafka-operator');
    const values = (strimzi.spec as { source: { helm: { valuesObject: Record<string, unknown> } } }).source.helm;
    expect(values.valuesObject.generateNetworkPolicy).toBe(false);
  });

  test('the listener peers name the client services too', () => {
    const [listener] = spec.kafka.listeners as { networkPolicyPeers: unknown[] }[];
    expect(listener!.networkPolicyPeers).toEqual(
      clients
        .sort((a, b) => (a.name < b.name ? -1 : 1))
        .map((s) => ({
          namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': s.namespace } },
          podSelector: { matchLabels: { 'app.kubernetes.io/name': s.name } },
        })),
    );
  });

  test("each client reads a copy of its own KafkaUser's Secret, and nobody else's, and trusts the cluster CA copied beside it", () => {
    const users = ofKind(files, 'KafkaUser').map((u) => u.metadata.name);
    for (const service of platform.services) {
      const pod = (find(files, 'Deployment', service.name) as unknown as IDeployment).spec!.template.spec!;
      const secretVolumes = (pod.volumes ?? []).flatMap((v) => (v.secret ? [v.secret.secretName] : []));
      const copies = (ofKind(files, 'ExternalSecret') as unknown as IExternalSecret[]).filter(
        (es) => es.metadata!.namespace === service.namespace && secretVolumes.includes(es.spec!.target!.name!),
      );
      // The KafkaUsers whose Secrets reach this pod: its own, when it uses Kafka.
      const copied = copies.flatMap((es) => {
        const store = ofKind(files, 'SecretStore').find(
          (st) => st.metadata.namespace === service.namespace && st.metadata.name === es.spec!.secretStoreRef!.name,
        )!;
        const remote = (store.spec as unknown as { provider: { kubernetes?: { remoteNamespace: string } } }).provider
          .kubernetes?.remoteNamespace;
        return remote === kafka.metadata.namespace ? (es.spec!.dataFrom ?? []).map((d) => d.extract!.key) : [];
      });
      expect(copied.filter((key) => users.includes(key!))).toEqual(service.uses?.kafka ? [service.name] : []);
      if (service.uses?.kafka) expect(secretVolumes).toContain('kafka-cluster-ca-cert');
      else expect(secretVolumes).not.toContain('kafka-cluster-ca-cert');
    }
    const copy = find(files, 'ExternalSecret', 'kafka-cluster-ca-cert');
    expect(copy.metadata.namespace).toBe('microservices');
    // Every key, so that old and new CA certificates are both trusted during a renewal.
    expect((copy.spec as Json).dataFrom).toEqual([{ extract: { key: 'kafka-cluster-ca-cert' } }]);
    expect(find(files, 'SecretStore', 'kafka-cluster-ca-cert-source').spec).toMatchObject({
      provider: { kubernetes: { remoteNamespace: 'kafka' } },
    });
  });

  test('outside the mesh: no sidecar injection, and clients send their own TLS as it is', () => {
    expect(find(files, 'Namespace', 'kafka').metadata.labels).toMatchObject({ 'istio-injection': 'disabled' });
    expect(find(files, 'DestinationRule', 'kafka')).toMatchObject({
      metadata: { namespace: 'kafka' },
      spec: { host: '*.kafka.svc.cluster.local', trafficPolicy: { tls: { mode: 'DISABLE' } } },
    });
  });
});

test('a KRaft cluster needs controllers and brokers among its node pools', () => {
  const size = { requests: { cpuMillis: 100, memoryMiB: 512 }, limits: { cpuMillis: 100, memoryMiB: 512 } };
  const cluster = (nodePools: KafkaNodePoolSpec[]) => () =>
    new KafkaChart(new App(), 'kafka', {
      platform: 'shop',
      name: 'events',
      namespace: 'streaming',
      version: '4.3.1',
      nodePools,
      topics: [],
      clients: [],
    });
  const pool = (name: string, ...roles: KafkaNodeRole[]) => ({ name, roles, storageGiB: 10, resources: size });
  const message = (got: string) => `events: nodePools must include brokers and controllers (got ${got})`;
  expect(cluster([pool('brokers', 'broker')])).toThrow(message('broker'));
  expect(cluster([pool('controllers', 'controller')])).toThrow(message('controller'));
  expect(cluster([])).toThrow(message('none'));
  expect(cluster([pool('controllers', 'controller'), pool('brokers', 'broker')])).not.toThrow();
});

/**
 * Every platform of the repository that declares Kafka (Orofi's dedicated controllers in one zone, the
 * shop's dual-role nodes across three): its whole Kafka resource and node pools, computed from its
 * description and environment files.
 */
const kafkaPlatforms = platforms.filter((p) => p.platform.backingServices.kafka);
describe.each(
  kafkaPlatforms.flatMap((source) =>
    [...platformModel(source).values()].map((env) => [`${source.name}/${env.name}`, source, env] as const),
  ),
)('%s: whole objects', (_, source, env) => {
  const files = synth(env);
  const config = source.environments.find((e) => e.name === env.name)!;
  const described = source.platform.backingServices.kafka!;
  const kafkaClients = source.platform.services.filter((s) => s.uses?.kafka);
  const ACROSS_ZONES = source.platform.cluster.zones.length >= 3;
  const kafka = find<KubeObject & { spec: Json }>(files, 'Kafka', described.cluster);

  test('the whole Kafka resource: listener, config, rack, metrics, PDB; the entity operator and the exporter sized and hardened', () => {
    const peers = [...kafkaClients]
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .map((s) => ({
        namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': s.namespace } },
        podSelector: { matchLabels: { 'app.kubernetes.io/name': s.name } },
      }));
    expect(kafka.spec).toEqual({
      kafka: {
        version: described.version ?? '4.3.1',
        listeners: [
          {
            name: 'tls',
            port: described.port ?? 9093,
            type: 'internal',
            tls: true,
            authentication: { type: 'tls' },
            networkPolicyPeers: peers,
          },
        ],
        authorization: { type: 'simple' },
        config: BROKER_CONFIG,
        ...(ACROSS_ZONES ? { rack: { type: 'topology-label', topologyKey: 'topology.kubernetes.io/zone' } } : {}),
        metricsConfig: { type: 'strimziMetricsReporter' },
        template: { podDisruptionBudget: { maxUnavailable: 1 } },
      },
      // The Topic Operator and the User Operator (which watches the cluster's own namespace) and the
      // exporter: the chart's documented default size, Strimzi's user in its own group, hardened.
      entityOperator: {
        topicOperator: { resources: OPERATOR_SIZE },
        userOperator: { watchedNamespace: described.namespace, resources: OPERATOR_SIZE },
        template: {
          pod: { securityContext: STRIMZI_POD },
          topicOperatorContainer: { securityContext: HARDENED_CONTAINER },
          userOperatorContainer: { securityContext: HARDENED_CONTAINER },
        },
      },
      kafkaExporter: {
        resources: OPERATOR_SIZE,
        template: { pod: { securityContext: STRIMZI_POD }, container: { securityContext: HARDENED_CONTAINER } },
      },
    });
  });

  test("each whole node pool: 3 nodes of its roles, the environment's resources and storage (kept), spread and hardened", () => {
    const dedicated = described.dedicatedControllers === true;
    const brokers = { resources: config.kafka!.resources, storageGiB: config.storage!.kafkaBrokerGiB! };
    const expected: [string, string[], { resources: Size; storageGiB: number }][] = dedicated
      ? [
          ['controllers', ['controller'], config.kafka!.controllers!],
          ['brokers', ['broker'], brokers],
        ]
      : [['dual-role', ['controller', 'broker'], brokers]];
    const pools = ofKind<KubeObject & { spec: unknown }>(files, 'KafkaNodePool');
    expect(pools.map((p) => p.metadata.name)).toEqual(expected.map(([name]) => name));
    for (const [name, roles, { resources, storageGiB }] of expected) {
      const pool = find<KubeObject & { spec: unknown }>(files, 'KafkaNodePool', name);
      const selector = { 'strimzi.io/cluster': described.cluster, 'strimzi.io/pool-name': name };
      const spread = (topologyKey: string) => ({
        labelSelector: { matchLabels: selector },
        maxSkew: 1,
        topologyKey,
        whenUnsatisfiable: 'DoNotSchedule',
      });
      expect(pool.metadata.labels).toEqual({
        'app.kubernetes.io/managed-by': 'cdk8s',
        'app.kubernetes.io/part-of': source.platform.name,
        'strimzi.io/cluster': described.cluster,
      });
      expect(pool.spec).toEqual({
        replicas: 3,
        roles,
        storage: { type: 'persistent-claim', size: `${storageGiB}Gi`, deleteClaim: false },
        resources: quantities(resources),
        template: {
          pod: {
            securityContext: { ...STRIMZI_POD, fsGroup: 1001 },
            topologySpreadConstraints: ACROSS_ZONES
              ? [spread('topology.kubernetes.io/zone'), spread('kubernetes.io/hostname')]
              : [spread('kubernetes.io/hostname')],
          },
          kafkaContainer: { securityContext: HARDENED_CONTAINER },
          initContainer: { securityContext: HARDENED_CONTAINER },
        },
      });
    }
  });

  test('the operator: its chart from the environment, watching its own namespace only, no NetworkPolicies of its own', () => {
    const app = find(files, 'Application', 'strimzi-kafka-operator') as unknown as {
      spec: { destination: { namespace: string }; source: Record<string, unknown> & { helm: unknown } };
    };
    expect(app.spec.destination.namespace).toBe(described.namespace);
    const chart = config.operators!.strimzi!;
    expect(app.spec.source).toMatchObject({
      repoURL: chart.repoURL,
      chart: chart.chart,
      targetRevision: chart.version,
    });
    expect(app.spec.source.helm).toEqual({
      releaseName: 'strimzi-kafka-operator',
      valuesObject: { watchNamespaces: [], generateNetworkPolicy: false },
    });
  });
});

test("Kafka's parity rules: between two environments, exactly the described sizes, storage and retention differ", () => {
  const [[first, a], [last, b]] = [outputs[0]!, outputs.at(-1)!];
  const strimziOf = (files: typeof a) => allObjects(files).filter((o) => o.apiVersion === 'kafka.strimzi.io/v1');
  const [x, y] = [first, last].map((name) => environments.find((e) => e.name === name)!);
  const pair = `${first} vs ${last}`;
  // What the two environment files set differently, as the check prints it.
  const expected: string[] = [];
  const differ = (what: string, path: string, u: unknown, v: unknown) => {
    if (u !== v) expected.push(`${pair}: ${what}: ${path}: ${JSON.stringify(u)} vs ${JSON.stringify(v)}`);
  };
  const pools: [string, (e: typeof x) => { resources: Size; storageGiB: number }][] = platform.backingServices.kafka!
    .dedicatedControllers
    ? [
        ['controllers', (e) => e.kafka!.controllers!],
        ['brokers', (e) => ({ resources: e.kafka!.resources, storageGiB: e.storage!.kafkaBrokerGiB! })],
      ]
    : [['dual-role', (e) => ({ resources: e.kafka!.resources, storageGiB: e.storage!.kafkaBrokerGiB! })]];
  for (const [pool, of] of pools) {
    const [u, v] = [of(x), of(y)].map((p) => ({ ...quantities(p.resources), storage: `${p.storageGiB}Gi` }));
    for (const limit of ['limits', 'requests'] as const) {
      for (const field of ['cpu', 'memory'] as const) {
        differ(`KafkaNodePool kafka/${pool}`, `spec.resources.${limit}.${field}`, u![limit][field], v![limit][field]);
      }
    }
    differ(`KafkaNodePool kafka/${pool}`, 'spec.storage.size', u!.storage, v!.storage);
  }
  for (const topic of platform.backingServices.kafka!.topics!) {
    const ms = (e: typeof x) => (e.kafka!.topicRetentionHours?.[topic.name] ?? e.kafka!.retentionHours) * 3_600_000;
    differ(`KafkaTopic kafka/${topic.name}`, 'spec.config["retention.ms"]', ms(x), ms(y));
  }
  expect(expected.length).toBeGreaterThan(0);
  const others = BACKING.map((s) => s.name).filter((name) => name !== 'kafka');
  const objects = (name: string, files: typeof a) => ({ name, objects: strimziOf(files) });
  expect(parityProblems(objects(first, a), objects(last, b), others).sort()).toEqual(expected.sort());
  expect(parityProblems(objects(first, a), objects(last, b))).toEqual([]);
  // Only those fields: beside them, a difference is still one (an ephemeral-storage request, the replicas).
  const planted = structuredClone(objects(last, b));
  const [pool] = planted.objects.filter((o) => o.kind === 'KafkaNodePool') as unknown as {
    metadata: { name: string };
    spec: { replicas: number; resources: { requests: object } };
  }[];
  pool!.spec.resources.requests = { ...pool!.spec.resources.requests, 'ephemeral-storage': '1Gi' };
  pool!.spec.replicas = 5;
  expect(parityProblems(objects(first, a), planted)).toEqual([
    `${pair}: KafkaNodePool kafka/${pool!.metadata.name}: spec.replicas: 3 vs 5`,
    `${pair}: KafkaNodePool kafka/${pool!.metadata.name}: spec.resources.requests.ephemeral-storage: nothing vs "1Gi"`,
  ]);
});

test('KafkaChart in a plain app: its props where given (port, replication, sizes, replicas), across zones', () => {
  const size = { requests: { cpuMillis: 200, memoryMiB: 1024 }, limits: { cpuMillis: 400, memoryMiB: 1024 } };
  const operators = { requests: { cpuMillis: 50, memoryMiB: 128 }, limits: { cpuMillis: 100, memoryMiB: 256 } };
  const objects = new KafkaChart(new App(), 'kafka', {
    platform: 'shop',
    name: 'events',
    namespace: 'streaming',
    version: '4.3.1',
    port: 9094,
    replicationFactor: 5,
    minInSyncReplicas: 3,
    acrossZones: true,
    operatorResources: operators,
    nodePools: [{ name: 'pool', roles: ['controller', 'broker'], replicas: 5, storageGiB: 50, resources: size }],
    topics: [
      { name: 'orders', partitions: 4, retentionHours: 2 },
      { name: 'audit', partitions: 1, retentionHours: 1 },
    ],
    clients: [
      {
        name: 'billing',
        namespace: 'shop',
        certificateSecret: 'billing-kafka-user',
        // Not in order: the ACLs are sorted all the same (a reordered list changes nothing).
        produces: ['orders', 'audit'],
        consumes: ['orders'],
        consumerGroup: 'billing',
        podLabels: { app: 'billing' },
      },
      // A reader in another namespace: it gets its own copies there.
      {
        name: 'auditor',
        namespace: 'ops',
        certificateSecret: 'auditor-certs',
        produces: [],
        consumes: ['audit'],
        consumerGroup: 'auditor',
        podLabels: { app: 'auditor' },
      },
    ],
  }).toJson() as (KubeObject & { spec: Record<string, Record<string, unknown>> })[];
  const of = (kind: string) => objects.filter((o) => o.kind === kind);
  expect([of('Kafka').length, of('KafkaNodePool').length, of('KafkaTopic').length, of('KafkaUser').length]).toEqual([
    1, 1, 2, 2,
  ]);
  const [cluster, pool, topic, user] = ['Kafka', 'KafkaNodePool', 'KafkaTopic', 'KafkaUser'].map((k) => of(k)[0]!);
  expect(cluster!.spec.kafka!.config).toEqual({
    'auto.create.topics.enable': false,
    'default.replication.factor': 5,
    'min.insync.replicas': 3,
    'offsets.topic.replication.factor': 5,
    'transaction.state.log.replication.factor': 5,
    'transaction.state.log.min.isr': 3,
  });
  expect(cluster!.spec.kafka!.listeners).toEqual([
    {
      name: 'tls',
      port: 9094,
      type: 'internal',
      tls: true,
      authentication: { type: 'tls' },
      networkPolicyPeers: [
        {
          namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'shop' } },
          podSelector: { matchLabels: { app: 'billing' } },
        },
        {
          namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ops' } },
          podSelector: { matchLabels: { app: 'auditor' } },
        },
      ],
    },
  ]);
  expect(cluster!.spec.kafka!.rack).toEqual({ type: 'topology-label', topologyKey: 'topology.kubernetes.io/zone' });
  for (const part of [
    (cluster!.spec.entityOperator as Record<string, { resources: unknown }>).topicOperator!,
    (cluster!.spec.entityOperator as Record<string, { resources: unknown }>).userOperator!,
    cluster!.spec.kafkaExporter as { resources: unknown },
  ]) {
    expect(part.resources).toEqual(quantities(operators));
  }
  const spread = (topologyKey: string) => ({
    labelSelector: { matchLabels: { 'strimzi.io/cluster': 'events', 'strimzi.io/pool-name': 'pool' } },
    maxSkew: 1,
    topologyKey,
    whenUnsatisfiable: 'DoNotSchedule',
  });
  expect(pool!.spec).toMatchObject({
    replicas: 5,
    roles: ['controller', 'broker'],
    storage: { type: 'persistent-claim', size: '50Gi', deleteClaim: false },
    resources: quantities(size),
    template: {
      pod: { topologySpreadConstraints: [spread('topology.kubernetes.io/zone'), spread('kubernetes.io/hostname')] },
    },
  });
  expect(topic!.spec).toEqual({
    partitions: 4,
    replicas: 5,
    config: { 'cleanup.policy': 'delete', 'min.insync.replicas': 3, 'retention.ms': 7_200_000 },
  });
  // Producing and consuming one topic: one ACL on it with the union of the operations, sorted; its group.
  expect(user!.spec).toEqual({
    authentication: { type: 'tls' },
    authorization: {
      type: 'simple',
      acls: [
        { resource: { type: 'topic', name: 'audit', patternType: 'literal' }, operations: ['Describe', 'Write'] },
        {
          resource: { type: 'topic', name: 'orders', patternType: 'literal' },
          operations: ['Describe', 'Read', 'Write'],
        },
        { resource: { type: 'group', name: 'billing', patternType: 'literal' }, operations: ['Read'] },
      ],
    },
  });
  expect((of('KafkaUser')[1]!.spec.authorization as { acls: unknown }).acls).toEqual([
    { resource: { type: 'topic', name: 'audit', patternType: 'literal' }, operations: ['Describe', 'Read'] },
    { resource: { type: 'group', name: 'auditor', patternType: 'literal' }, operations: ['Read'] },
  ]);
  // Each its own certificate copied beside it, and the cluster CA: one copy per client namespace.
  expect(
    of('ExternalSecret')
      .map((o) => `${o.metadata.namespace}/${o.metadata.name}`)
      .sort(),
  ).toEqual([
    'ops/auditor-certs',
    'ops/events-cluster-ca-cert',
    'shop/billing-kafka-user',
    'shop/events-cluster-ca-cert',
  ]);
  expect(of('PodMonitor').map((o) => [o.metadata.namespace, o.spec.selector])).toEqual([
    ['streaming', { matchLabels: { 'strimzi.io/cluster': 'events', 'strimzi.io/kind': 'Kafka' } }],
  ]);
  expect(of('DestinationRule').map((o) => o.spec.host)).toEqual(['*.streaming.svc.cluster.local']);
});
