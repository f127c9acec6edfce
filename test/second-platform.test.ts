/**
 * The charts are general: a different platform (the e-commerce platform of seed 004) synthesizes
 * with the same charts, and nothing under charts/ names an Orofi service or host.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPERATOR_CHARTS } from '../environments/operators';
import { loadPlatform } from '../lib/config/load';
import type { EnvironmentInput, PlatformInput } from '../lib/config/schema';
import type { KubeObject } from '../lib/validate';
import { generatePlatform } from './fixtures/generated-platform';
import { expectedWorkloadConnections, FACTS, readNetworkPolicy } from './oracles/network';
import { allObjects, find, ofKind, ROOT, synth } from './helpers';

const shop: PlatformInput = {
  name: 'shop',
  // Seed 004's regional cluster: three zones, so the zone rules apply.
  cluster: {
    region: 'europe-west1',
    zones: ['europe-west1-b', 'europe-west1-c', 'europe-west1-d'],
    dataplaneV2: false,
  },
  domain: 'shop.example.com',
  gcpProject: 'shop-{env}-gke',
  artifactRegistry: { location: 'europe-west1', repository: 'services' },
  namespaces: ['edge', 'commerce'],
  gateways: [
    {
      name: 'api-gateway',
      namespace: 'edge',
      host: 'www',
      paths: ['/api'],
      calls: ['auth-service', 'product-service', 'cart-service', 'offer-service'],
    },
  ],
  services: [
    { name: 'auth-service', namespace: 'commerce', port: 50051, protocol: 'grpc', uses: { mysql: true } },
    {
      name: 'product-service',
      namespace: 'commerce',
      port: 50051,
      protocol: 'grpc',
      uses: { mysql: true, mongodb: true },
    },
    {
      name: 'cart-service',
      namespace: 'commerce',
      port: 7070,
      uses: { redis: true, kafka: true },
      topics: { produces: ['cart.checked-out'] },
    },
    {
      name: 'offer-service',
      namespace: 'commerce',
      port: 50051,
      protocol: 'grpc',
      size: 'tiny',
      kubernetesApi: true,
      uses: { kafka: true },
      topics: { consumes: ['cart.checked-out'] },
    },
  ],
  backingServices: {
    kafka: { cluster: 'events', namespace: 'streaming', topics: [{ name: 'cart.checked-out', partitions: 6 }] },
    mongodb: {
      cluster: 'catalog',
      namespace: 'documents',
      users: ['product-service'],
      backupBucket: 'shop-{env}-catalog-backups',
    },
    cloudSql: {
      instance: 'shop-{env}',
      proxyImage: 'europe-west1-docker.pkg.dev/shop-tools/mirror/cloud-sql-proxy:2.23.0',
    },
    redis: { host: 'cache.shop.internal', port: 6380, serverCaKey: 'cache-server-ca' },
    privateServicesCidr: '10.20.0.0/20',
    controlPlaneCidr: '172.16.0.0/28',
    nodesCidr: '10.0.0.0/20',
  },
  ingressGateway: { name: 'edge-gateway', namespace: 'edge-ingress' },
  tls: { clusterIssuer: 'shop-acme', acmeEmail: 'sre@shop.example.com' },
  trustDomain: 'shop.example.com',
  gitops: { repoURL: 'https://github.com/shop/deploy.git', targetRevision: 'release', namespace: 'gitops' },
};

const live: EnvironmentInput = {
  name: 'live',
  domain: 'shop.example.com',
  production: true,
  highAvailability: true,
  imageTagScheme: { prefix: 'prod', version: 'semver' },
  imageTag: 'prod-v3.2.1',
  replicas: { min: 3, max: 9 },
  sizes: {
    tiny: { requests: { cpuMillis: 50, memoryMiB: 64 }, limits: { cpuMillis: 100, memoryMiB: 128 } },
    small: { requests: { cpuMillis: 100, memoryMiB: 128 }, limits: { cpuMillis: 200, memoryMiB: 256 } },
  },
  alerts: { errorRatePercent: 1, latencyP99Ms: 300, saturationPercent: 80 },
  operators: OPERATOR_CHARTS,
  mesh: {
    maxConnections: 50,
    maxPendingRequests: 10,
    maxRequests: 100,
    consecutive5xxErrors: 3,
    baseEjectionSeconds: 60,
    maxEjectionPercent: 100,
  },
  cloudSqlProxy: { requests: { cpuMillis: 20, memoryMiB: 32 }, limits: { cpuMillis: 100, memoryMiB: 64 } },
  storage: { kafkaBrokerGiB: 20, mongodbGiB: 20 },
  kafka: {
    resources: { requests: { cpuMillis: 500, memoryMiB: 2048 }, limits: { cpuMillis: 1000, memoryMiB: 2048 } },
    retentionHours: 48,
  },
  mongodb: {
    resources: { requests: { cpuMillis: 500, memoryMiB: 1024 }, limits: { cpuMillis: 1000, memoryMiB: 1024 } },
    backup: { keep: 7 },
  },
  workloads: { 'offer-service': { replicas: { min: 2, max: 2 } } },
};

test('on the legacy dataplane, each workload reaches the metadata server at the node (127.0.0.1:988)', () => {
  // Orofi runs Dataplane V2 (169.254.169.252); this platform does not. Checked by the network oracle.
  const [env] = loadPlatform(shop, [live]).environments;
  const policies = ofKind(synth(env!), 'NetworkPolicy');
  expect(env!.workloads).toHaveLength(5);
  for (const w of env!.workloads) {
    const own = policies.filter((p) => p.metadata.namespace === w.namespace && p.metadata.name === w.name);
    expect(own).toHaveLength(1);
    const read = readNetworkPolicy(own[0]!);
    expect(read.selects).toBe(`${FACTS.nameLabel}=${w.name}`);
    const expected = expectedWorkloadConnections(env!, w);
    expect(read.egress).toHaveLength(expected.egress.length);
    expect(read.egress).toEqual(expected.egress);
    expect(read.ingress).toEqual(expected.ingress);
    expect(read.egress.filter((c) => c.includes('127.0.0.1/32'))).toHaveLength(1);
    expect(read.egress.filter((c) => c.includes('169.254.169.252'))).toHaveLength(0);
  }
});

test('synthesizes with the same charts', () => {
  const [env] = loadPlatform(shop, [live]).environments;
  const files = synth(env!);
  expect(files.map((f) => f.path)).toEqual([
    'live/gitops.yaml',
    'live/namespaces.yaml',
    'live/priority-classes.yaml',
    'live/mesh.yaml',
    'live/network.yaml',
    'live/edge.yaml',
    'live/monitoring.yaml',
    'live/secret-stores.yaml',
    'live/kafka.yaml',
    'live/mongodb.yaml',
    'live/api-gateway.yaml',
    'live/auth-service.yaml',
    'live/product-service.yaml',
    'live/cart-service.yaml',
    'live/offer-service.yaml',
  ]);
  const auth = find<KubeObject & { spec: { ports: unknown[] } }>(files, 'Service', 'auth-service');
  expect(auth.metadata.namespace).toBe('commerce');
  expect(auth.spec.ports).toEqual([{ name: 'grpc', appProtocol: 'grpc', port: 50051, targetPort: 50051 }]);
  // gRPC workloads are probed through the gRPC health protocol, not HTTP paths.
  const authPod = find<KubeObject & { spec: { template: { spec: { containers: Record<string, unknown>[] } } } }>(
    files,
    'Deployment',
    'auth-service',
  ).spec.template.spec;
  expect(authPod.containers[0]).toMatchObject({
    startupProbe: { grpc: { port: 50051 } },
    readinessProbe: { grpc: { port: 50051 } },
    livenessProbe: { grpc: { port: 50051 } },
  });
  // The same construct, another platform's backing services: its Cloud SQL instance and proxy image, its Redis.
  const authPodSpec = authPod as unknown as { initContainers: { name: string; image: string; args: string[] }[] };
  expect(authPodSpec.initContainers.map((c) => [c.name, c.image])).toEqual([
    ['cloud-sql-proxy', 'europe-west1-docker.pkg.dev/shop-tools/mirror/cloud-sql-proxy:2.23.0'],
  ]);
  expect(authPodSpec.initContainers[0]!.args).toContain('shop-live-gke:europe-west1:shop-live');
  expect(find(files, 'ConfigMap', 'cart-service').data).toEqual({
    KAFKA_BOOTSTRAP_SERVERS: 'events-kafka-bootstrap.streaming.svc:9093',
    KAFKA_SECURITY_PROTOCOL: 'SSL',
    KAFKA_TLS_CA_FILE: '/etc/kafka/cluster-ca/ca.crt',
    KAFKA_TLS_CERT_FILE: '/etc/kafka/user/user.crt',
    KAFKA_TLS_KEY_FILE: '/etc/kafka/user/user.key',
    REDIS_HOST: 'cache.shop.internal',
    REDIS_PORT: '6380',
    REDIS_TLS: 'true',
    REDIS_TLS_CA_FILE: '/etc/redis/ca/ca.crt',
  });
  expect(
    ofKind(files, 'ConfigMap')
      .filter((c) => c.metadata.namespace === 'commerce')
      .map((c) => c.metadata.name),
  ).toEqual(['auth-service', 'product-service', 'cart-service', 'offer-service']);
  // Its Kafka cluster, in its own namespace, outside the mesh, with the users; a copy of each user's
  // Secret beside its client.
  const events = find(files, 'Kafka', 'events');
  expect(events.metadata.namespace).toBe('streaming');
  expect(events.spec).toMatchObject({ entityOperator: { userOperator: { watchedNamespace: 'streaming' } } });
  expect(
    ofKind(files, 'ExternalSecret')
      .filter((e) => e.metadata.name.endsWith('-kafka-user'))
      .map((e) => `${e.metadata.namespace}/${e.metadata.name}`),
  ).toEqual(['commerce/cart-service-kafka-user', 'commerce/offer-service-kafka-user']);
  expect(
    ofKind(files, 'KafkaUser').map((u) => [
      `${u.metadata.namespace}/${u.metadata.name}`,
      (
        u.spec as { authorization: { acls: { resource: { type: string; name: string }; operations: string[] }[] } }
      ).authorization.acls.map((a) => `${a.resource.type} ${a.resource.name}: ${a.operations.join(',')}`),
    ]),
  ).toEqual([
    ['streaming/cart-service', ['topic cart.checked-out: Describe,Write']],
    ['streaming/offer-service', ['topic cart.checked-out: Describe,Read', 'group offer-service: Read']],
  ]);
  expect(find(files, 'DestinationRule', 'events').spec).toMatchObject({ host: '*.streaming.svc.cluster.local' });
  // Its MongoDB: one user, on its own database; the catalog's namespace reads Secret Manager too.
  const catalog = find(files, 'PerconaServerMongoDB', 'catalog');
  expect(catalog.metadata.namespace).toBe('documents');
  expect((catalog.spec as { users: unknown }).users).toEqual([
    {
      name: 'product-service',
      db: 'product_service',
      passwordSecretRef: { name: 'catalog-users', key: 'product-service' },
      roles: [{ name: 'readWrite', db: 'product_service' }],
    },
  ]);
  expect((catalog.spec as { backup: { storages: unknown } }).backup.storages).toMatchObject({
    gcs: { gcs: { bucket: 'shop-live-catalog-backups' } },
  });
  const injection = (n: KubeObject) => (n.metadata.labels as Record<string, string>)['istio-injection'];
  // Its application namespaces in the mesh, its data stores' outside; the operators' namespaces are
  // neither injected nor left without their Pod Security level.
  const namespaces = ofKind(files, 'Namespace');
  expect(namespaces.slice(0, 4).map((n) => [n.metadata.name, injection(n)])).toEqual([
    ['edge', 'enabled'],
    ['commerce', 'enabled'],
    ['streaming', 'disabled'],
    ['documents', 'disabled'],
  ]);
  for (const n of namespaces.slice(4)) expect(injection(n)).toBeUndefined();
  for (const n of namespaces) expect(n.metadata.labels).toHaveProperty(['pod-security.kubernetes.io/enforce']);
  // Fixed bounds: a fixed count on the Deployment and no HPA; still a PDB, since two pods run.
  const offer = find(files, 'Deployment', 'offer-service');
  expect([(offer.spec as { replicas: number }).replicas, offer.metadata.annotations]).toEqual([
    2,
    { 'argocd.argoproj.io/sync-wave': '40' },
  ]);
  expect(ofKind(files, 'HorizontalPodAutoscaler').map((h) => h.metadata.name)).not.toContain('offer-service');
  expect(ofKind(files, 'PodDisruptionBudget').map((h) => h.metadata.name)).toContain('offer-service');
  // Only the workload that declares it needs the Kubernetes API gets a token.
  for (const account of ofKind(files, 'ServiceAccount')) {
    expect(account.automountServiceAccountToken).toBe(account.metadata.name === 'offer-service');
  }
  expect(find(files, 'ServiceAccount', 'cart-service').metadata.annotations).toEqual({
    'argocd.argoproj.io/sync-wave': '5', // before the SecretStore that reads Secret Manager as it
    'iam.gke.io/gcp-service-account': 'cart-service@shop-live-gke.iam.gserviceaccount.com',
  });
  const text = files.map((f) => f.content).join('\n');
  expect(text).toContain('image: europe-west1-docker.pkg.dev/shop-live-gke/services/offer-service:prod-v3.2.1');
  expect(text).toContain('app.kubernetes.io/part-of: shop');
  expect(text).not.toMatch(/orofi|microservice-|oro-gateway/);
  // 4 namespaces and the operators' 6 (the Istio CNI agent's its own), 2 priority classes; MongoDB's SecretStore and its ServiceAccount,
  // the copy of the Redis CA beside its client (ServiceAccount, SecretStore, ExternalSecret), a SecretStore
  // of its own for each of the three workloads with secrets; Deployment, Service, ServiceAccount, HPA (but offer-service), PDB, NetworkPolicy per
  // workload, a ConfigMap for the four that use backing services and an ExternalSecret for the three with
  // secrets; Kafka: the cluster, its pool, a topic, 2 users and the copy of each one's Secret, the CA copy (a
  // copy: ServiceAccount, Role, RoleBinding, SecretStore, ExternalSecret), a DestinationRule and a PodMonitor;
  // MongoDB: the cluster, 3 ExternalSecrets, a NetworkPolicy, the CA-only Secret and its copy, a
  // DestinationRule and a PodMonitor.
  // Mesh defaults: mesh-wide mTLS, and per namespace mTLS, allow-nothing, Sidecar, deny-all NetworkPolicy
  // and 4 ServiceEntries; the edge: ClusterIssuer, Certificate, Gateway, EnvoyFilter; per workload a DestinationRule, a
  // Sidecar and (all are called) an AuthorizationPolicy; a VirtualService for the API gateway.
  // GitOps: 4 AppProjects (default, bootstrap, workload, operators), the bootstrap and root Applications,
  // Argo CD's and 11 operator Applications. Network isolation of the 8 namespaces of shared components (the CNI agent's included):
  // a deny-all each, and 20 components' own policies.
  // Monitoring: the istiod ServiceMonitor and the overview dashboard; per workload a PodMonitor, a
  // PrometheusRule and a dashboard.
  expect(allObjects(files)).toHaveLength(
    18 +
      8 +
      20 +
      4 +
      6 +
      2 +
      (2 + 3 + 3) +
      5 * 6 -
      1 +
      4 +
      3 +
      (5 + 5 * 3 + 2) +
      (1 + 3 + 1 + 5 * 2 + 1 + 1) +
      (1 + 2 * 8) +
      4 +
      5 * 3 +
      1 +
      2 +
      5 * 3,
  );
  expect(find(files, 'Application', 'shop-live').spec).toMatchObject({
    source: { repoURL: 'https://github.com/shop/deploy.git', targetRevision: 'release', path: 'dist/live' },
  });
  expect(find(files, 'Application', 'shop-live').metadata.namespace).toBe('gitops');
  // Its own trust domain, ingress gateway and hosts.
  expect(find(files, 'AuthorizationPolicy', 'api-gateway').spec).toMatchObject({
    rules: [{ from: [{ source: { principals: ['shop.example.com/ns/edge-ingress/sa/edge-gateway'] } }] }],
  });
  expect(find(files, 'VirtualService', 'api-gateway').spec).toMatchObject({
    hosts: ['www.shop.example.com'],
    gateways: ['edge-ingress/edge-gateway'],
  });
  expect(find(files, 'ExternalSecret', 'auth-service').spec).toMatchObject({
    target: { name: 'auth-service-secrets' },
    data: [{ secretKey: 'mysql-password', remoteRef: { key: 'auth-service-mysql-password' } }],
  });
});

test("the benchmark's generated platform synthesizes, Kafka and MongoDB included", () => {
  const generated = generatePlatform(12);
  const model = loadPlatform(generated.platform, generated.environments);
  for (const env of model.environments) {
    const files = synth(env);
    expect(ofKind(files, 'KafkaUser').map((u) => u.metadata.name)).toEqual([
      'service-0000',
      'service-0004',
      'service-0008',
    ]);
    expect(ofKind(files, 'PerconaServerMongoDB')).toHaveLength(1);
    expect(ofKind(files, 'KafkaTopic')).toHaveLength(10);
    const keys = (name: string) =>
      (find(files, 'ExternalSecret', name).spec as { data: { secretKey: string }[] }).data.map((d) => d.secretKey);
    expect(keys('service-0000')).toEqual(['api-key', 'mysql-password', 'redis-auth']);
    expect(keys('service-0001')).toEqual(['mongodb-password', 'mysql-password']);
  }
});

test('nothing under charts/ names an Orofi service, host or project', () => {
  const sources = readdirSync(join(ROOT, 'charts'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'));
  expect(sources.length).toBeGreaterThan(0);
  for (const source of sources) {
    expect(source).not.toMatch(
      /orofi|oro-gateway|api-gateway-|microservice-(communication|identity|monolith|analytics)/i,
    );
  }
});
