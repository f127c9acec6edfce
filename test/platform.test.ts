import type { ManifestFile } from '../lib/synth';
import { validateObject, type KubeObject } from '../lib/validate';
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
        'cloud-sql',
        'google-apis',
        'memorystore',
        'letsencrypt',
        'oro-gateway',
        'oro-gateway-tls',
        `orofi-${envName}`,
        `orofi-${envName}-operators`,
        `orofi-${envName}-bootstrap`,
        'argocd',
        'istio-base',
        'istio-cni',
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
        ...(envName === 'production' ? ['brokers', 'controllers'] : ['dual-role']),
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

test('environments differ only in sizes, replicas, hosts, image tags, project, zone spreading and the allow-list', () => {
  // Normalise what may differ; what remains must be identical across environments. Only
  // highAvailability environments spread over zones; only dev has an ingress allow-list.
  const zoneSpread =
    /\n {8}- labelSelector:\n(?: {10,}.*\n)+? {10}topologyKey: topology\.kubernetes\.io\/zone\n {10}whenUnsatisfiable: DoNotSchedule/g;
  const normalise = (env: string) =>
    output(env)
      .filter((f) => !/\/(kafka|mongodb)\.yaml$/.test(f.path))
      .flatMap((f) => f.content.split('---\n'))
      .filter((doc) => !doc.includes('name: oro-gateway-source-allow-list'))
      // Alert thresholds differ per environment, and only production alerts on error budgets (monitoring.test.ts).
      .filter((doc) => !doc.includes('kind: PrometheusRule'))
      .join('---\n')
      .replace(zoneSpread, '')
      .replace(/\b([a-z]+)\.(dev\.|staging\.)?orofi\.xyz\b/g, '$1.DOMAIN')
      .replaceAll(`orofi-${env}`, 'orofi-ENV')
      .replaceAll(`dist/${env}`, 'dist/ENV')
      .replaceAll(`orofi ${env}:`, 'orofi ENV:')
      .replaceAll(`orofi-${env}-cloud`, 'orofi-ENV-cloud')
      .replace(/(:|version: |version": )(dev-[0-9a-f]+|staging-v[\d.]+|prod-v[\d.]+)/g, '$1TAG')
      .replace(/checksum\/config: '?[0-9a-f]{64}'?/g, 'checksum/config: SUM')
      // Production is promoted: it follows a release branch and syncs in a window (gitops.test.ts).
      .replace(/targetRevision: (main|release\/production)\n/g, 'targetRevision: REF\n')
      .replace(/\n {2}syncWindows:\n(?: {4,}.*\n)+/g, '\n')
      .replace(
        /^(\s*(cpu|memory|replicas|minReplicas|maxReplicas|value|maxConnections|http1MaxPendingRequests|http2MaxRequests|consecutive5xxErrors|baseEjectionTime|maxEjectionPercent)): .*$/gm,
        '$1: N',
      );
  expect(normalise('staging')).toEqual(normalise('production'));
  expect(normalise('dev')).toEqual(normalise('production'));
});

test('synthesis is deterministic', () => {
  const again = new Map([...model].map(([name, env]) => [name, synth(env)]));
  for (const env of ENVIRONMENTS) {
    expect(again.get(env)!.map((f) => f.content)).toEqual(output(env).map((f) => f.content));
  }
});
