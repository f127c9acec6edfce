import type { ManifestFile } from '../lib/synth';
import { validateObject, type KubeObject } from '../lib/validate';
import { platform } from '../environments';
import { allObjects, find, ofKind, orofiModel, synth } from './helpers';

type Deployment = KubeObject & { spec: { replicas: number; template: { spec: Record<string, unknown> } } };

const model = orofiModel();
const outputs = new Map([...model].map(([name, env]) => [name, synth(env)]));
const ENVIRONMENTS = ['dev', 'staging', 'production'];
const WORKLOADS = [
  'api-gateway-public',
  'api-gateway-account',
  'api-gateway-oro',
  'api-gateway-admin-dashboard',
  'microservice-communication',
  'microservice-identity',
  'microservice-monolith',
  'microservice-analytics',
];
const output = (env: string): ManifestFile[] => outputs.get(env)!;

test('synthesizes the three environments', () => {
  expect([...outputs.keys()]).toEqual(ENVIRONMENTS);
});

describe.each(ENVIRONMENTS)('%s', (envName) => {
  const files = output(envName);

  test('matches the snapshot', () => {
    expect(Object.fromEntries(files.map((f) => [f.path, f.content]))).toMatchSnapshot();
  });

  test('one file per chart: gitops, namespaces, priority classes, mesh defaults, edge, monitoring, secret stores, Kafka, MongoDB, then one per workload', () => {
    expect(files.map((f) => f.path)).toEqual([
      `${envName}/gitops.yaml`,
      `${envName}/namespaces.yaml`,
      `${envName}/priority-classes.yaml`,
      `${envName}/mesh.yaml`,
      `${envName}/edge.yaml`,
      `${envName}/monitoring.yaml`,
      `${envName}/secret-stores.yaml`,
      `${envName}/kafka.yaml`,
      `${envName}/mongodb.yaml`,
      ...WORKLOADS.map((w) => `${envName}/${w}.yaml`),
    ]);
  });

  test('every object passes strict schema validation', () => {
    for (const object of allObjects(files)) expect(validateObject(object)).toEqual([]);
  });

  test("namespaces exist; the workloads' are in the mesh, Kafka's and MongoDB's are not", () => {
    const injection = Object.fromEntries(
      ofKind(files, 'Namespace').map((n) => [
        n.metadata.name,
        (n.metadata.labels as Record<string, string>)['istio-injection'],
      ]),
    );
    expect(injection).toEqual({
      'api-gateways': 'enabled',
      microservices: 'enabled',
      kafka: 'disabled',
      mongodb: 'disabled',
    });
    const used = new Set(allObjects(files).flatMap((o) => (o.metadata.namespace ? [o.metadata.namespace] : [])));
    // Besides its own, the platform writes only Argo CD's namespace (its Applications), Istio's root
    // namespace (mesh-wide mTLS) and the ingress gateway's (Gateway, Certificate): the operators'
    // Applications create those. Kafka and MongoDB have namespaces of their own.
    expect([...used].sort()).toEqual([
      'api-gateways',
      'argocd',
      'istio-ingress',
      'istio-system',
      'kafka',
      'microservices',
      'mongodb',
      'monitoring',
    ]);
  });

  test('replica bounds follow the environment config; the HPA, not the Deployment, holds the count', () => {
    const env = model.get(envName)!;
    for (const w of env.workloads)
      expect(find(files, 'HorizontalPodAutoscaler', w.name).spec).toMatchObject({
        minReplicas: w.replicas.min,
        maxReplicas: w.replicas.max,
      });
    if (env.highAvailability) for (const w of env.workloads) expect(w.replicas.min).toBeGreaterThanOrEqual(2);
  });

  test('every pod has a PriorityClass of this environment, gateways above microservices', () => {
    const classes = new Map(ofKind(files, 'PriorityClass').map((c) => [c.metadata.name, c.value as number]));
    for (const deployment of ofKind<Deployment>(files, 'Deployment')) {
      const name = (deployment.spec.template.spec as Record<string, unknown>).priorityClassName as string;
      expect(classes.has(name)).toBe(true);
      expect(name).toBe(
        deployment.metadata.name.startsWith('api-gateway') ? 'orofi-api-gateway' : 'orofi-microservice',
      );
    }
    expect(classes.get('orofi-api-gateway')).toBeGreaterThan(classes.get('orofi-microservice')!);
    for (const c of ofKind(files, 'PriorityClass')) expect(c.globalDefault).toBe(false);
  });

  test('no hashed names or labels: every name is a real name', () => {
    const names = new Set(allObjects(files).map((o) => o.metadata.name));
    expect([...names].sort()).toEqual(
      [
        'api-gateways',
        'microservices',
        'kafka',
        'mongodb',
        'orofi-api-gateway',
        'orofi-microservice',
        'gcp-secret-manager',
        'default',
        'allow-nothing',
        'deny-all',
        'gke-metadata-server',
        ...platform.services.flatMap((w) => (w.externalHosts ?? []).map((h) => h.host)),
        'redis-ca',
        'redis-ca-reader',
        'redis-ca-source',
        'cloud-sql',
        'google-apis',
        'memorystore',
        'letsencrypt',
        'oro-gateway',
        'oro-gateway-tls',
        `orofi-${envName}`,
        `orofi-${envName}-operators`,
        'istio-base',
        'istiod',
        'cert-manager',
        'external-secrets',
        'strimzi-kafka-operator',
        'psmdb-operator',
        'kube-prometheus-stack',
        'loki',
        'alloy',
        'dashboard-orofi-overview',
        ...WORKLOADS.map((w) => `dashboard-${w}`),
        ...(envName === 'dev' ? ['oro-gateway-source-allow-list'] : []),
        ...WORKLOADS,
        // Kafka: the cluster, its node pools and topics, the copy of its CA beside the clients.
        ...(platform.backingServices.kafka.dedicatedControllers ? ['brokers', 'controllers'] : ['dual-role']),
        'identity.user-registered',
        'communication.notification-requested',
        'analytics.activity-tracked',
        'audit.action-recorded',
        'kafka-cluster-ca-cert',
        'kafka-cluster-ca-cert-reader',
        'kafka-cluster-ca-cert-source',
        'microservices-kafka-cluster-ca-cert-reader',
        // MongoDB: its Secrets from Secret Manager, the copy of its CA beside the clients.
        'mongodb-system-users',
        'mongodb-users',
        'mongodb-backup-gcs',
        'mongodb-ca',
        'mongodb-ca-reader',
        'mongodb-ca-source',
        'microservices-mongodb-ca-reader',
      ].sort(),
    );
    const text = files.map((f) => f.content).join('\n');
    expect(text).not.toMatch(/cdk8s\.io\//);
    expect(text).not.toMatch(/-[0-9a-f]{8}\b/);
  });
});

test('synthesis is deterministic', () => {
  const again = new Map([...model].map(([name, env]) => [name, synth(env)]));
  for (const env of ENVIRONMENTS) {
    expect(again.get(env)!.map((f) => f.content)).toEqual(output(env).map((f) => f.content));
  }
});
