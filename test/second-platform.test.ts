/**
 * The sister platforms, read against their seeds (the oracle here is the seed's own text, transcribed
 * below, not the description under platforms/): seed 004 (../shared/seeds/004_4aad6160b38efcd8.txt,
 * platforms/shop) and seed 001 (../shared/seeds/001_ef02ad9e4ec10c6c.txt, platforms/orion). The charts
 * are general: nothing under charts/ names a platform's service, host or project.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPlatform } from '../lib/config/load';
import type { ManifestFile } from '../lib/synth';
import type { KubeObject } from '../lib/validate';
import { platforms } from '../platforms';
import { generatePlatform } from './fixtures/generated-platform';
import { find, ofKind, platformModel, ROOT, synth } from './helpers';
import { expectedWorkloadConnections, FACTS, readNetworkPolicy } from './oracles/network';

const sister = (name: string) => {
  const source = platforms.find((p) => p.name === name)!;
  return [...platformModel(source).values()].map((env) => [env.name, synth(env)] as const);
};
type Spec = { spec: Record<string, unknown> };
const spec = (o: KubeObject) => (o as unknown as Spec).spec;

/** `<caller> -> <callee>` for every ALLOW rule between workloads (the ingress gateway's edges left out). */
function calls(files: readonly ManifestFile[]): string[] {
  return ofKind(files, 'AuthorizationPolicy')
    .filter((p) => spec(p).action === 'ALLOW' && spec(p).selector)
    .flatMap((p) =>
      (spec(p).rules as { from: { source: { principals: string[] } }[] }[]).flatMap((r) =>
        r.from.flatMap((f) =>
          f.source.principals.map((principal) => `${principal.split('/sa/')[1]} -> ${p.metadata.name}`),
        ),
      ),
    )
    .filter((c) => !c.startsWith('istio-ingressgateway'))
    .sort();
}

test('on the legacy dataplane (seed 004: VPC native, no Dataplane V2), each workload reaches the metadata server at the node (127.0.0.1:988)', () => {
  // Orofi runs Dataplane V2 (169.254.169.252); shop does not. Checked by the network oracle.
  const source = platforms.find((p) => p.name === 'shop')!;
  expect(source.platform.cluster.dataplaneV2).toBe(false);
  for (const env of platformModel(source).values()) {
    const policies = ofKind(synth(env), 'NetworkPolicy');
    expect(env.workloads.length).toBeGreaterThan(0);
    for (const w of env.workloads) {
      const own = policies.filter((p) => p.metadata.namespace === w.namespace && p.metadata.name === w.name);
      expect(own).toHaveLength(1);
      const read = readNetworkPolicy(own[0]!);
      expect(read.selects).toBe(`${FACTS.nameLabel}=${w.name}`);
      const expected = expectedWorkloadConnections(env, w);
      expect(read.egress).toHaveLength(expected.egress.length);
      expect(read.egress).toEqual(expected.egress);
      expect(read.ingress).toEqual(expected.ingress);
      expect(read.egress.filter((c) => c.includes('127.0.0.1/32'))).toHaveLength(1);
      expect(read.egress.filter((c) => c.includes('169.254.169.252'))).toHaveLength(0);
    }
  }
});

/** The ACLs of each KafkaUser, as `<type> <name>: <operations>`. */
function kafkaAcls(files: readonly ManifestFile[]): Record<string, string[]> {
  return Object.fromEntries(
    ofKind(files, 'KafkaUser').map((u) => [
      u.metadata.name,
      (
        spec(u).authorization as { acls: { resource: { type: string; name: string }; operations: string[] }[] }
      ).acls.map((a) => `${a.resource.type} ${a.resource.name}: ${a.operations.join(',')}`),
    ]),
  );
}

/** Service name -> `<port>/<appProtocol>` of its one port. */
function ports(files: readonly ManifestFile[]): Record<string, string> {
  return Object.fromEntries(
    ofKind(files, 'Service').map((s) => {
      const [port] = spec(s).ports as { port: number; appProtocol: string }[];
      return [s.metadata.name, `${port!.port}/${port!.appProtocol}`];
    }),
  );
}

/** The workloads on PostgreSQL: `<name>: <database> as <user> on <instance connection>`, from their settings. */
function postgresClients(files: readonly ManifestFile[]): string[] {
  return ofKind(files, 'ConfigMap')
    .map((c) => [c.metadata.name, c.data as Record<string, string> | undefined] as const)
    .filter(([, data]) => data?.PGDATABASE)
    .map(([name, d]) => `${name}: ${d!.PGDATABASE} as ${d!.PGUSER} on ${d!.CLOUD_SQL_INSTANCE_CONNECTION_NAME}`)
    .sort();
}

describe.each(sister('shop'))('seed 004 (platforms/shop), %s', (_, files) => {
  test("every service of its table and its diagram, with the table's port and protocol", () => {
    expect(ports(files)).toEqual({
      // The table.
      'api-gateway': '8080/http',
      'auth-service': '50051/grpc',
      'product-service': '50051/grpc',
      'cart-service': '7070/http',
      'offer-service': '50051/grpc',
      'analytics-ingest': '8080/http',
      // Port "--" (Kafka only): 8080 serves its health and metrics alone, and nothing calls it.
      'audit-service': '8080/http',
      // The diagram's, which the table does not list (no port given).
      storefront: '8080/http',
      'order-service': '8080/http',
      'notification-service': '8080/http',
    });
  });

  test('one host: the API gateway at /api, the storefront at / (the longer prefix first)', () => {
    const [route] = ofKind(files, 'VirtualService');
    expect(ofKind(files, 'VirtualService')).toHaveLength(1);
    const http = spec(route!).http as {
      match: { uri: { prefix: string } }[];
      route: { destination: { host: string } }[];
    }[];
    expect([...new Set(http.map((r) => `${r.match[0]!.uri.prefix} ${r.route[0]!.destination.host}`))]).toEqual([
      '/api api-gateway.storefront.svc.cluster.local',
      '/ storefront.storefront.svc.cluster.local',
    ]);
  });

  test("the diagram's calls: the API gateway to auth (gRPC), cart, product and order; nothing else", () => {
    expect(calls(files)).toEqual([
      'api-gateway -> auth-service',
      'api-gateway -> cart-service',
      'api-gateway -> order-service',
      'api-gateway -> product-service',
    ]);
  });

  test('cart on Redis; order publishes to Kafka; analytics, notification and audit consume in groups of their own', () => {
    const redis = ofKind(files, 'ConfigMap').filter((c) => (c.data as Record<string, string> | undefined)?.REDIS_HOST);
    expect(redis.map((c) => c.metadata.name)).toEqual(['cart-service']);
    expect(kafkaAcls(files)).toEqual({
      'analytics-ingest': ['topic order.placed: Describe,Read', 'group analytics-ingest: Read'],
      'audit-service': ['topic order.placed: Describe,Read', 'group audit-service: Read'],
      'notification-service': ['topic order.placed: Describe,Read', 'group notification-service: Read'],
      'order-service': ['topic order.placed: Describe,Write'],
    });
    expect(find(files, 'Kafka', 'kafka').metadata.namespace).toBe('kafka');
    expect(ofKind(files, 'PerconaServerMongoDB')).toEqual([]); // the seed has no MongoDB
  });

  test('auth and product on Cloud SQL PostgreSQL: a database and a user each, through the Auth Proxy', () => {
    expect(postgresClients(files)).toEqual([
      'auth-service: auth_service as auth-service on shop-production:us-central1:shop-postgres',
      'product-service: product_service as product-service on shop-production:us-central1:shop-postgres',
    ]);
  });

  test('Jaeger (the tracing backend) and Kiali, with Prometheus and Grafana', () => {
    const charts = ofKind(files, 'Application').map((a) => (spec(a).source as { chart?: string }).chart);
    expect(charts).toEqual(expect.arrayContaining(['jaeger', 'kiali-server', 'kube-prometheus-stack']));
    expect(ofKind(files, 'Telemetry')).toHaveLength(1);
  });
});

describe.each(sister('orion'))('seed 001 (platforms/orion), %s', (_, files) => {
  test('its services and ports: the API gateway on 3000, auth, user, notification and analytics on 3001-3004', () => {
    expect(ports(files)).toEqual({
      'api-gateway': '3000/http',
      'auth-service': '3001/http',
      'user-service': '3002/http',
      'notification-service': '3003/http',
      'analytics-service': '3004/http',
    });
  });

  test('its call graph: the gateway to each of the four services, nothing else', () => {
    expect(calls(files)).toEqual([
      'api-gateway -> analytics-service',
      'api-gateway -> auth-service',
      'api-gateway -> notification-service',
      'api-gateway -> user-service',
    ]);
  });

  test('PostgreSQL for auth, user and analytics: a database and a user each', () => {
    expect(postgresClients(files).map((c) => c.split(' on ')[0])).toEqual([
      'analytics-service: analytics_service as analytics-service',
      'auth-service: auth_service as auth-service',
      'user-service: user_service as user-service',
    ]);
  });

  test('RabbitMQ: user.registered from the user service delivered to notification and analytics (the sequence diagram)', () => {
    const bindings = ofKind(files, 'Binding').map((b) => {
      const { source, routingKey, destination } = spec(b) as Record<string, string>;
      return `${source} ${routingKey} -> ${destination}`;
    });
    expect(bindings.sort()).toEqual([
      'user.events user.created -> notification-service', // the code sample's emit and @EventPattern
      'user.events user.registered -> analytics-service',
      'user.events user.registered -> notification-service',
    ]);
    // The user service writes exactly its two events on their exchange.
    const write = (spec(find(files, 'TopicPermission', 'user-service.user.events')).permissions as { write: string })
      .write;
    expect(['user.registered', 'user.created', 'user.deleted'].map((e) => new RegExp(write).test(e))).toEqual([
      true,
      true,
      false,
    ]);
    expect(find(files, 'RabbitmqCluster', 'rabbitmq').metadata.namespace).toBe('orion-infra');
  });

  test('Redis for auth and user (sessions); the JWT keys from Secret Manager (RS256: auth signs, the gateway validates)', () => {
    const redis = ofKind(files, 'ConfigMap').filter((c) => (c.data as Record<string, string> | undefined)?.REDIS_HOST);
    expect(redis.map((c) => c.metadata.name).sort()).toEqual(['auth-service', 'user-service']);
    const keys = (name: string) =>
      (spec(find(files, 'ExternalSecret', name)).data as { remoteRef: { key: string } }[]).map((d) => d.remoteRef.key);
    expect(keys('auth-service')).toContain('auth-service-jwt-private-key');
    expect(keys('api-gateway')).toEqual(['api-gateway-jwt-public-key']);
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

test("nothing under charts/ names a platform's service, host or project", () => {
  const sources = readdirSync(join(ROOT, 'charts'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'));
  expect(sources.length).toBeGreaterThan(0);
  // A platform's own names; `api-gateway` is the role of every gateway, a word of the charts too.
  const names = platforms.flatMap((p) =>
    [
      p.name,
      p.platform.domain,
      p.platform.ingressGateway.name === 'istio-ingressgateway' ? [] : p.platform.ingressGateway.name,
      ...[...p.platform.gateways, ...p.platform.services].map((w) => w.name).filter((n) => n !== 'api-gateway'),
    ].flat(),
  );
  for (const source of sources) {
    for (const name of names)
      expect({ name, found: source.toLowerCase().includes(name) }).toEqual({ name, found: false });
  }
});
