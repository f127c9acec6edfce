/**
 * RabbitMQ: a platform that declares a broker, its exchanges and each service's events synthesizes
 * (strict validation and reference checks included) with exactly the rights, network paths, waves and
 * protections the description implies. The oracles below read the description (the input), never the
 * model or the charts.
 */
import { loadPlatform } from '../lib/config/load';
import { environmentDoc } from '../lib/docs';
import type { PlatformInput } from '../lib/config/schema';
import type { KubeObject } from '../lib/validate';
import { messagingPlatform } from './fixtures/messaging-platform';
import { allObjects, configProblems, find, ofKind, orofiModel, synthFresh } from './helpers';
import { proplist, readTerm } from './oracles/erlang-term';

const inputs = messagingPlatform();
const model = loadPlatform(inputs.platform, inputs.environments);
const synthesized = model.environments.map((env) => ({ env, files: synthFresh(env) }));

type Spec = Record<string, unknown>;
const spec = (o: KubeObject) => o.spec as Spec;
const annotation = (o: KubeObject, key: string) =>
  (o.metadata.annotations as Record<string, string> | undefined)?.[key];
const label = (o: KubeObject, key: string) => (o.metadata.labels as Record<string, string> | undefined)?.[key];
const wave = (o: KubeObject) => Number(annotation(o, 'argocd.argoproj.io/sync-wave'));

/** What the description says, read from the input alone. */
function description(platform: PlatformInput) {
  const broker = platform.backingServices.rabbitmq!;
  const clients = platform.services.filter((s) => s.uses?.rabbitmq);
  const exchangeOf = (event: string) => broker.exchanges!.find((e) => e.events.includes(event))!.name;
  const consumers = clients.filter((s) => (s.events?.consumes ?? []).length > 0).map((s) => s.name);
  return {
    broker,
    clients,
    exchanges: broker.exchanges!.map((e) => e.name),
    queues: consumers,
    /** May `client` do `operation` on the exchange or queue `resource`? */
    may(client: string, operation: 'configure' | 'write' | 'read', resource: string): boolean {
      const s = clients.find((c) => c.name === client)!;
      if (operation === 'write') return (s.events?.publishes ?? []).some((event) => exchangeOf(event) === resource);
      if (operation === 'read') return resource === client && consumers.includes(client);
      return false;
    },
    exchangeOf,
  };
}

const d = description(inputs.platform);
const OPERATIONS = ['configure', 'write', 'read'] as const;

describe.each(synthesized)('$env.name', ({ env, files }) => {
  const objects = allObjects(files);

  test('permissions read back: every client x every exchange and queue x configure, write, read, as declared', () => {
    const permissions = ofKind(files, 'Permission');
    expect(permissions.map((p) => `${p.metadata.namespace}/${p.metadata.name}`).sort()).toEqual(
      d.clients.map((c) => `${c.namespace}/${c.name}`).sort(),
    );
    // Names that must never match by accident: each resource with something before, after or in place
    // of a dot (an unescaped "." would match any character), and the default exchange (which RabbitMQ
    // checks as "amq.default": the empty name of `^$` is no resource's).
    const resources = [...d.exchanges, ...d.queues];
    const decoys = [
      ...resources.flatMap((r) => [`x${r}`, `${r}x`, r.replace('.', 'X'), `${r}.dead`]),
      'amq.default',
    ].filter((name) => !resources.includes(name));
    let granted = 0;
    let refused = 0;
    for (const p of permissions) {
      const client = String((spec(p).userReference as { name: string }).name);
      expect(client).toBe(p.metadata.name);
      expect(spec(p).vhost).toBe(d.broker.vhost);
      const regexes = spec(p).permissions as Record<(typeof OPERATIONS)[number], string>;
      for (const operation of OPERATIONS) {
        const regex = regexes[operation];
        expect(regex).toMatch(/^\^.*\$$/);
        const matches = (name: string) => new RegExp(regex).test(name);
        for (const resource of resources) {
          const expected = d.may(client, operation, resource);
          expect([client, operation, resource, matches(resource)]).toEqual([client, operation, resource, expected]);
          if (expected) granted++;
          else refused++;
        }
        for (const decoy of decoys) {
          expect([client, operation, decoy, matches(decoy)]).toEqual([client, operation, decoy, false]);
        }
      }
    }
    // user-service writes user.events; auth-service writes auth.events; two consumers read their own queue.
    expect(granted).toBe(4);
    expect(refused).toBe(d.clients.length * OPERATIONS.length * resources.length - 4);
  });

  test('topic permissions: a publisher writes only the routing keys of its own events, on their exchange', () => {
    const topics = ofKind(files, 'TopicPermission');
    const expected = d.clients.flatMap((c) => {
      const byExchange = new Map<string, string[]>();
      for (const event of c.events?.publishes ?? []) {
        byExchange.set(d.exchangeOf(event), [...(byExchange.get(d.exchangeOf(event)) ?? []), event]);
      }
      return [...byExchange].map(([exchange, events]) => ({ client: c.name, exchange, events }));
    });
    expect(topics).toHaveLength(expected.length);
    const allEvents = d.broker.exchanges!.flatMap((e) => e.events);
    for (const { client, exchange, events } of expected) {
      const t = find(files, 'TopicPermission', `${client}.${exchange}`);
      const permissions = spec(t).permissions as { exchange: string; write: string; read: string };
      expect(permissions.exchange).toBe(exchange);
      expect(permissions.read).toBe('^$');
      for (const event of allEvents) {
        expect([client, event, new RegExp(permissions.write).test(event)]).toEqual([
          client,
          event,
          events.includes(event),
        ]);
      }
    }
  });

  test('topology: a durable topic exchange per exchange, a quorum queue per consumer, a binding per consumed event', () => {
    const reference = { name: d.broker.cluster, namespace: d.broker.namespace };
    expect(ofKind(files, 'Exchange').map((e) => spec(e))).toEqual(
      expect.arrayContaining(
        d.exchanges.map((name) =>
          expect.objectContaining({ name, type: 'topic', durable: true, vhost: d.broker.vhost }),
        ),
      ),
    );
    expect(ofKind(files, 'Exchange')).toHaveLength(d.exchanges.length);
    const queues = ofKind(files, 'Queue');
    expect(queues.map((q) => spec(q).name).sort()).toEqual([...d.queues].sort());
    for (const q of queues) {
      expect(spec(q)).toMatchObject({
        type: 'quorum',
        durable: true,
        deletionPolicy: 'retain',
        rabbitmqClusterReference: reference,
      });
    }
    const bindings = ofKind(files, 'Binding').map((b) => {
      const s = spec(b);
      return `${String(s.source)} -[${String(s.routingKey)}]-> ${String(s.destination)}`;
    });
    expect(bindings.sort()).toEqual(
      d.clients.flatMap((c) => (c.events?.consumes ?? []).map((e) => `${d.exchangeOf(e)} -[${e}]-> ${c.name}`)).sort(),
    );
  });

  test('users: credentials from Secret Manager through the client own store; the broker TLS-only, mTLS', () => {
    for (const c of d.clients) {
      const user = find(files, 'User', c.name);
      expect(user.metadata.namespace).toBe(c.namespace);
      const secret = (spec(user).importCredentialsSecret as { name: string }).name;
      const external = find(files, 'ExternalSecret', secret);
      expect(external.metadata.namespace).toBe(c.namespace);
      expect(spec(external)).toMatchObject({
        secretStoreRef: { kind: 'SecretStore', name: c.name },
        data: [{ secretKey: 'password', remoteRef: { key: `${c.name}-rabbitmq-password` } }],
        target: { template: { data: { username: c.name } } },
      });
      // The workload mounts its own client certificate, and is told where its files are, which broker
      // and vhost to reach as which user, and (a consumer) its own queue: every RABBITMQ_ variable.
      type Pod = {
        containers: { name: string; volumeMounts?: { name: string; mountPath: string }[] }[];
        volumes?: { name: string; secret?: { secretName: string } }[];
      };
      const pod = (find(files, 'Deployment', c.name).spec as { template: { spec: Pod } }).template.spec;
      const volume = pod.volumes?.find((v) => v.secret?.secretName === `${c.name}-rabbitmq-tls`);
      const mount = pod.containers.find((k) => k.name === c.name)?.volumeMounts?.find((m) => m.name === volume?.name);
      expect([c.name, typeof mount?.mountPath]).toEqual([c.name, 'string']);
      const data = find(files, 'ConfigMap', c.name).data as Record<string, string>;
      expect(Object.fromEntries(Object.entries(data).filter(([k]) => k.startsWith('RABBITMQ_')))).toEqual({
        RABBITMQ_HOST: `${d.broker.cluster}.${d.broker.namespace}.svc.cluster.local`,
        RABBITMQ_PORT: '5671',
        RABBITMQ_VHOST: d.broker.vhost,
        RABBITMQ_USERNAME: c.name,
        RABBITMQ_TLS_CA_FILE: `${mount!.mountPath}/ca.crt`,
        RABBITMQ_TLS_CERT_FILE: `${mount!.mountPath}/tls.crt`,
        RABBITMQ_TLS_KEY_FILE: `${mount!.mountPath}/tls.key`,
        ...((c.events?.consumes ?? []).length > 0 ? { RABBITMQ_QUEUE: c.name } : {}),
      });
    }
    expect(JSON.stringify(objects)).not.toMatch(/password"\s*:\s*"[^{]/);
    const cluster = find(files, 'RabbitmqCluster', d.broker.cluster);
    expect(spec(cluster).tls).toEqual({
      secretName: `${d.broker.cluster}-tls`,
      caSecretName: `${d.broker.cluster}-tls`,
      disableNonTLSListeners: true,
    });
    // rabbitmq.conf beyond the operator's: clients must present a certificate; a partitioned minority
    // pauses rather than diverge; queues are replicated (quorum) unless declared otherwise.
    expect(String((spec(cluster).rabbitmq as { additionalConfig: string }).additionalConfig)).toBe(
      [
        'ssl_options.fail_if_no_peer_cert = true',
        'cluster_partition_handling = pause_minority',
        'default_queue_type = quorum',
        '',
      ].join('\n'),
    );
    const size = inputs.environments.find((e) => e.name === env.name)!.rabbitmq!;
    expect(spec(cluster).replicas).toBe(size.replicas);
    expect(spec(cluster).persistence).toEqual({ storage: `${size.storageGiB}Gi` });
    expect(annotation(cluster, 'rabbitmq.com/topology-allowed-namespaces')).toBe(
      [...new Set(d.clients.map((c) => c.namespace))].sort().join(','),
    );
  });

  test('inter-node traffic: Erlang distribution over mutual TLS with the node certificate', () => {
    const cluster = find(files, 'RabbitmqCluster', d.broker.cluster);
    // The node's pod: the broker certificate's Secret and the options file, mounted where the options say.
    type Pod = {
      containers: { name: string; volumeMounts: { name: string; mountPath: string; subPath?: string }[] }[];
      volumes: {
        name: string;
        secret?: { secretName: string; items: { key: string; path: string }[] };
        configMap?: { name: string };
      }[];
    };
    const pod = (spec(cluster).override as { statefulSet: { spec: { template: { spec: Pod } } } }).statefulSet.spec
      .template.spec;
    const mounts = pod.containers.find((c) => c.name === 'rabbitmq')!.volumeMounts;
    expect(mounts).toHaveLength(2);
    const mountOf = (volume: (v: Pod['volumes'][number]) => boolean) =>
      mounts.find((m) => m.name === pod.volumes.find(volume)?.name);
    const certs = mountOf((v) => v.secret?.secretName === `${d.broker.cluster}-tls`)!;
    const optionsFile = mountOf((v) => v.configMap?.name === `${d.broker.cluster}-inter-node-tls`)!;
    expect(optionsFile.subPath).toBe('inter_node_tls.config');
    // The Secret's three files, each at its own name (the options below name them so).
    const secretVolume = pod.volumes.find((v) => v.secret?.secretName === `${d.broker.cluster}-tls`)!;
    expect(secretVolume.secret!.items.map((i) => `${i.key}:${i.path}`)).toEqual([
      'ca.crt:ca.crt',
      'tls.crt:tls.crt',
      'tls.key:tls.key',
    ]);
    // Both the server and the CLI tools run distribution over TLS with those options (one variable a line).
    const distribution = `-proto_dist inet_tls -ssl_dist_optfile ${optionsFile.mountPath}`;
    expect(String((spec(cluster).rabbitmq as { envConfig: string }).envConfig)).toBe(
      `SERVER_ADDITIONAL_ERL_ARGS="${distribution}"\nRABBITMQ_CTL_ERL_ARGS="${distribution}"\n`,
    );
    // The options: RabbitMQ's documented inter-node TLS file (docs/clustering-ssl), read as Erlang reads
    // it, with the certificate Secret's files (cert-manager's keys): each node verifies its peer against
    // the broker CA, requires a certificate, and as a client checks the peer's host name.
    const configMap = find(files, 'ConfigMap', `${d.broker.cluster}-inter-node-tls`);
    expect(Object.keys(configMap.data as Record<string, string>)).toEqual(['inter_node_tls.config']);
    const sides = proplist(readTerm((configMap.data as Record<string, string>)['inter_node_tls.config']!));
    const files_ = {
      cacertfile: `${certs.mountPath}/ca.crt`,
      certfile: `${certs.mountPath}/tls.crt`,
      keyfile: `${certs.mountPath}/tls.key`,
      secure_renegotiate: { atom: 'true' },
    };
    expect(Object.keys(sides)).toEqual(['server', 'client']);
    expect(proplist(sides.server!)).toEqual({
      ...files_,
      fail_if_no_peer_cert: { atom: 'true' },
      verify: { atom: 'verify_peer' },
    });
    expect(proplist(sides.client!)).toEqual({
      ...files_,
      verify: { atom: 'verify_peer' },
      customize_hostname_check: [
        {
          tuple: [
            { atom: 'match_fun' },
            { call: 'public_key:pkix_verify_hostname_match_fun', args: [{ atom: 'https' }] },
          ],
        },
      ],
    });
    // Each node's name, as its peers reach it, is in the certificate, which serves and authenticates.
    const certificate = spec(find(files, 'Certificate', `${d.broker.cluster}-tls`));
    const names = certificate.dnsNames as string[];
    const replicas = Number(spec(cluster).replicas);
    for (let i = 0; i < replicas; i++) {
      const host = `${d.broker.cluster}-server-${i}.${d.broker.cluster}-nodes.${d.broker.namespace}`;
      const covered = names.some(
        (n) => n === host || (n.startsWith('*.') && host.slice(host.indexOf('.')) === n.slice(1)),
      );
      expect([host, covered]).toEqual([host, true]);
    }
    expect(certificate.usages).toEqual(expect.arrayContaining(['server auth', 'client auth']));
  });

  test('network: only the declared clients reach AMQPS, only the two operators the management API', () => {
    const policy = ofKind(files, 'NetworkPolicy').find(
      (p) => p.metadata.namespace === d.broker.namespace && p.metadata.name === d.broker.cluster,
    )!;
    type Rule = {
      from?: {
        podSelector?: { matchLabels?: Record<string, string> };
        namespaceSelector?: { matchLabels?: Record<string, string> };
      }[];
      ports?: { port: number }[];
    };
    const rules = (spec(policy).ingress as Rule[]).map((r) => ({
      pods: (r.from ?? []).map(
        (f) =>
          `${f.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] ?? ''}/${f.podSelector?.matchLabels?.['app.kubernetes.io/name'] ?? ''}/${f.podSelector?.matchLabels?.['app.kubernetes.io/component'] ?? ''}`,
      ),
      ports: (r.ports ?? []).map((p) => p.port),
    }));
    const amqps = rules.filter((r) => r.ports.includes(5671)).flatMap((r) => r.pods);
    expect(amqps.sort()).toEqual(d.clients.map((c) => `${c.namespace}/${c.name}/`).sort());
    const management = rules.filter((r) => r.ports.includes(15671)).flatMap((r) => r.pods);
    expect(management).toEqual([
      `${d.broker.namespace}/rabbitmq-cluster-operator/rabbitmq-operator`,
      `${d.broker.namespace}/rabbitmq-cluster-operator/messaging-topology-operator`,
    ]);
    // Each workload's own egress: the broker exactly when it is a client; its Sidecar knows the broker's namespace then.
    for (const w of env.workloads) {
      const egress = JSON.stringify(spec(find(files, 'NetworkPolicy', w.name)).egress);
      const client = d.clients.some((c) => c.name === w.name);
      expect([w.name, egress.includes('"port":5671')]).toEqual([w.name, client]);
      const hosts = JSON.stringify(spec(find(files, 'Sidecar', w.name)).egress);
      expect([w.name, hosts.includes(`${d.broker.namespace}/*`)]).toEqual([w.name, client]);
    }
  });

  test('sync waves: certificates, then the broker, then users and permissions, then the workloads', () => {
    const cluster = find(files, 'RabbitmqCluster', d.broker.cluster);
    for (const kind of ['Certificate', 'ClusterIssuer']) {
      for (const o of ofKind(files, kind).filter(
        (o) => o.metadata.name.startsWith(d.broker.cluster) || o.metadata.name.endsWith('-rabbitmq-tls'),
      )) {
        expect([kind, o.metadata.name, wave(o) < wave(cluster)]).toEqual([kind, o.metadata.name, true]);
      }
    }
    expect(wave(find(files, 'ClusterIssuer', `${d.broker.cluster}-selfsigned`))).toBeLessThan(
      wave(find(files, 'Certificate', `${d.broker.cluster}-ca`)),
    );
    expect(wave(find(files, 'Certificate', `${d.broker.cluster}-ca`))).toBeLessThan(
      wave(find(files, 'ClusterIssuer', `${d.broker.cluster}-ca`)),
    );
    for (const c of d.clients) {
      const user = find(files, 'User', c.name);
      const permission = find(files, 'Permission', c.name);
      expect(wave(find(files, 'ExternalSecret', `${c.name}-rabbitmq-user`))).toBeLessThan(wave(user));
      expect(wave(cluster)).toBeLessThan(wave(user));
      expect(wave(user)).toBeLessThanOrEqual(wave(permission));
      expect(wave(permission)).toBeLessThan(wave(find(files, 'Deployment', c.name)));
    }
    // The operators mount the broker's CA: they come after its certificate, and before the broker.
    const operator = find(files, 'Application', 'rabbitmq-cluster-operator');
    expect(wave(find(files, 'Certificate', `${d.broker.cluster}-tls`))).toBeLessThan(wave(operator));
    expect(wave(operator)).toBeLessThan(wave(cluster));
    // The inter-node TLS options exist before the broker's pods.
    expect(wave(find(files, 'ConfigMap', `${d.broker.cluster}-inter-node-tls`))).toBeLessThan(wave(cluster));
  });

  test('state is protected: the broker, the vhost, the queues and their namespace are never pruned or deleted', () => {
    const protectedObjects = [
      find(files, 'RabbitmqCluster', d.broker.cluster),
      ...ofKind(files, 'Vhost'),
      ...ofKind(files, 'Queue'),
      find(files, 'Namespace', d.broker.namespace),
    ];
    for (const o of protectedObjects) {
      expect([o.kind, o.metadata.name, annotation(o, 'argocd.argoproj.io/sync-options')]).toEqual([
        o.kind,
        o.metadata.name,
        'Prune=false,Delete=false',
      ]);
    }
    expect(spec(find(files, 'Vhost', d.broker.vhost)).deletionPolicy).toBe('retain');
    // Outside the mesh: the broker terminates its own (mutual) TLS.
    expect(label(find(files, 'Namespace', d.broker.namespace), 'istio-injection')).toBe('disabled');
  });

  test('the operators: one pinned Helm Application in the broker namespace, trusting the broker CA', () => {
    const app = find(files, 'Application', 'rabbitmq-cluster-operator');
    const source = spec(app).source as { chart: string; targetRevision: string; helm: { valuesObject: Spec } };
    expect([source.chart, source.targetRevision]).toEqual(['rabbitmq-cluster-operator', '4.4.40']);
    expect((spec(app).destination as { namespace: string }).namespace).toBe(d.broker.namespace);
    // The CA of the broker's certificate, optional (made only after the operators are healthy), among Go's roots.
    for (const operator of ['clusterOperator', 'msgTopologyOperator']) {
      const values = source.helm.valuesObject[operator] as {
        extraVolumes: { secret: { secretName: string; optional: boolean; items: { key: string }[] } }[];
        extraVolumeMounts: { mountPath: string; subPath?: string }[];
        extraEnvVars: { name: string; value: string }[];
      };
      expect(values.extraVolumes.map((v) => v.secret)).toEqual([
        { secretName: `${d.broker.cluster}-tls`, optional: true, items: [expect.objectContaining({ key: 'ca.crt' })] },
      ]);
      expect(values.extraVolumeMounts.map((m) => [m.mountPath, m.subPath])).toEqual([['/etc/rabbitmq-ca', undefined]]);
      expect(values.extraEnvVars).toContainEqual({ name: 'SSL_CERT_DIR', value: '/etc/ssl/certs:/etc/rabbitmq-ca' });
    }
    // Each operator watches only the namespaces it has objects in: the cluster operator the broker's,
    // the topology operator also the clients' (their users and permissions). The platform's own
    // NetworkPolicies of the broker namespace (oracles/isolation) replace the chart's: with both, a pod
    // would admit the union of the two.
    // Their images from `bitnamilegacy`, which keeps Bitnami's versioned tags since its 2025 catalogue
    // change (the chart's default `bitnami/...` tags are gone).
    const scope = (operator: string) => {
      const v = source.helm.valuesObject[operator] as {
        image: { repository: string };
        watchAllNamespaces: boolean;
        watchNamespaces: string[];
        networkPolicy: { enabled: boolean };
      };
      return {
        image: v.image,
        all: v.watchAllNamespaces,
        namespaces: v.watchNamespaces,
        chartPolicies: v.networkPolicy.enabled,
      };
    };
    expect(scope('clusterOperator')).toEqual({
      image: { repository: 'bitnamilegacy/rabbitmq-cluster-operator' },
      all: false,
      namespaces: [d.broker.namespace],
      chartPolicies: false,
    });
    expect(scope('msgTopologyOperator')).toEqual({
      image: { repository: 'bitnamilegacy/rmq-messaging-topology-operator' },
      all: false,
      namespaces: [...new Set([d.broker.namespace, ...d.clients.map((c) => c.namespace)])].sort(),
      chartPolicies: false,
    });
    // The CA's key lives where cert-manager runs (its cluster resource namespace, which a CA ClusterIssuer reads).
    const certManager = find(files, 'Application', 'cert-manager');
    expect(find(files, 'Certificate', `${d.broker.cluster}-ca`).metadata.namespace).toBe(
      (spec(certManager).destination as { namespace: string }).namespace,
    );
  });
});

test('Orofi has no RabbitMQ: no broker, no operator Application', () => {
  for (const env of orofiModel().values()) {
    expect(env.rabbitmq).toBeUndefined();
    expect(env.workloads.some((w) => w.uses.rabbitmq)).toBe(false);
  }
});

describe('validation: one line per problem, at its path', () => {
  const problemsOf = (change: (p: PlatformInput) => void, envChange?: (e: Record<string, unknown>) => void) => {
    const { platform, environments } = messagingPlatform();
    change(platform);
    if (envChange) environments.forEach((e) => envChange(e as unknown as Record<string, unknown>));
    return configProblems(platform, environments);
  };
  const service = (p: PlatformInput, name: string) => p.services.find((s) => s.name === name)!;

  test.each([
    [
      'an unknown event',
      (p: PlatformInput) => service(p, 'user-service').events!.publishes!.push('user.deleted'),
      'platform: services.user-service.events.publishes.2: publishes unknown event "user.deleted" (declared: user.registered, user.created, auth.session-started)',
    ],
    [
      'a consume with no publisher',
      (p: PlatformInput) => {
        service(p, 'auth-service').events = {};
        service(p, 'auth-service').uses = { redis: true };
      },
      'platform: services.analytics-service.events.consumes.1: consumes "auth.session-started", which no service publishes',
    ],
    [
      'events without uses.rabbitmq',
      (p: PlatformInput) => (service(p, 'notification-service').uses = {}),
      'platform: services.notification-service.events: publishes or consumes events but does not declare uses.rabbitmq',
    ],
    [
      'uses.rabbitmq without events',
      (p: PlatformInput) => (service(p, 'notification-service').events = {}),
      'platform: services.notification-service.uses.rabbitmq: uses RabbitMQ but publishes and consumes no event: list them under events',
    ],
    [
      'an event on two exchanges',
      (p: PlatformInput) => p.backingServices.rabbitmq!.exchanges![1]!.events.push('user.created'),
      'platform: backingServices.rabbitmq.exchanges.auth.events.events.1: event "user.created" is already carried by exchange "user.events": an event has one exchange',
    ],
    [
      'an exchange named like a queue',
      (p: PlatformInput) => (p.backingServices.rabbitmq!.exchanges![1]!.name = 'analytics-service'),
      'platform: backingServices.rabbitmq.exchanges.analytics-service.name: "analytics-service" is also the queue of the service of that name: exchanges and queues share names in permissions',
    ],
    [
      'the broker in an application namespace',
      (p: PlatformInput) => (p.backingServices.rabbitmq!.namespace = 'orion'),
      'platform: backingServices.rabbitmq.namespace: "orion" is an application namespace, in the mesh: RabbitMQ needs its own (it has its own TLS)',
    ],
  ])('%s', (_what, change, line) => {
    expect(problemsOf(change)).toEqual([line]);
  });

  test('the environment: the broker size is required, odd, 3 or more in highAvailability', () => {
    expect(
      problemsOf(
        () => undefined,
        (e) => delete e.rabbitmq,
      ),
    ).toEqual([
      'staging: rabbitmq: is required: some services use RabbitMQ',
      'production: rabbitmq: is required: some services use RabbitMQ',
    ]);
    expect(
      problemsOf(
        () => undefined,
        (e) => (e.rabbitmq = { ...(e.rabbitmq as object), replicas: 2 }),
      ),
    ).toEqual([
      'staging: rabbitmq.replicas: must be odd, so that quorum queues keep a majority (got 2)',
      'production: rabbitmq.replicas: must be odd, so that quorum queues keep a majority (got 2)',
      'production: rabbitmq.replicas: must be >= 3 in a highAvailability environment (got 2)',
    ]);
    expect(
      problemsOf(
        () => undefined,
        (e) => (e.operators = { ...(e.operators as object), rabbitmqOperator: undefined }),
      ),
    ).toEqual([
      'staging: operators.rabbitmqOperator: is required: some services use RabbitMQ',
      'production: operators.rabbitmqOperator: is required: some services use RabbitMQ',
    ]);
  });
});

test('docs: the exchanges in the diagram, and every client with the regexes its Permission holds', () => {
  const { env, files } = synthesized[0]!;
  const doc = environmentDoc(env, allObjects(files)).content;
  expect(doc).toContain('## RabbitMQ');
  for (const p of ofKind(files, 'Permission')) {
    const regexes = spec(p).permissions as Record<string, string>;
    const row = doc.split('\n').find((l) => l.startsWith(`| ${p.metadata.name} |`));
    expect(row).toBeDefined();
    for (const operation of OPERATIONS) expect(row).toContain(`\`${regexes[operation]!.replaceAll('|', '\\|')}\``);
  }
  for (const e of d.exchanges) expect(doc).toContain(`>"${e}"]`);
  // Each client's password is a Secret Manager key the doc lists.
  for (const c of d.clients) expect(doc).toContain(`${c.name}-rabbitmq-password`);
});
