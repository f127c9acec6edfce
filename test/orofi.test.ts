/**
 * Orofi's own facts, in one place: what seed 000 (../shared/seeds/000_dbfb440d024a5e94.txt) requires of
 * the description in environments/, and what that gives. Every other test derives its expectations from
 * the description, so this is the only test that names Orofi's services, hosts and environments.
 *
 * The facts are the seed's: the description may grow (a new service, a new environment) and they stay
 * true; they change only when the seed's platform does, or when a construct changes what a workload of
 * it is made of (the object counts).
 */
import { environments, platform } from '../environments';
import { allObjects, find, orofiModel, synth } from './helpers';

const model = orofiModel();
const names = <T extends { name: string }>(items: readonly T[]) => items.map((i) => i.name);

test('the four API gateways, each on its public host', () => {
  expect(platform.gateways.map((g) => [g.name, g.host])).toEqual(
    expect.arrayContaining([
      ['api-gateway-public', 'api'],
      ['api-gateway-account', 'account'],
      ['api-gateway-oro', 'oro'],
      ['api-gateway-admin-dashboard', 'admin'],
    ]),
  );
});

test('the four microservices, with the calls of the seed', () => {
  expect(names(platform.services)).toEqual(
    expect.arrayContaining([
      'microservice-communication',
      'microservice-identity',
      'microservice-monolith',
      'microservice-analytics',
    ]),
  );
  const calls = [...platform.gateways, ...platform.services].flatMap((w) =>
    (w.calls ?? []).map((c) => `${w.name} -> ${c}`),
  );
  expect(calls).toEqual(
    expect.arrayContaining([
      'api-gateway-public -> microservice-identity',
      'api-gateway-public -> microservice-monolith',
      'api-gateway-account -> microservice-identity',
      'api-gateway-account -> microservice-monolith',
      'api-gateway-oro -> microservice-monolith',
      'api-gateway-admin-dashboard -> microservice-analytics',
    ]),
  );
});

test('identity signs JWTs with its own secret, in every environment', () => {
  expect(platform.services.find((s) => s.name === 'microservice-identity')!.secrets).toContain('jwt-signing-key');
  for (const env of model.values()) {
    const externalSecret = find(synth(env), 'ExternalSecret', 'microservice-identity') as unknown as {
      spec: { data: { secretKey: string; remoteRef: { key: string } }[] };
    };
    expect(externalSecret.spec.data).toContainEqual({
      secretKey: 'jwt-signing-key',
      remoteRef: { key: 'microservice-identity-jwt-signing-key', version: 'latest' },
    });
  }
});

test('MongoDB for identity and monolith; Kafka carries the four events of the seed', () => {
  expect(platform.backingServices.mongodb!.users).toEqual(
    expect.arrayContaining(['microservice-identity', 'microservice-monolith']),
  );
  expect(names(platform.backingServices.kafka!.topics ?? [])).toEqual(
    expect.arrayContaining([
      'identity.user-registered',
      'communication.notification-requested',
      'analytics.activity-tracked',
      'audit.action-recorded',
    ]),
  );
});

test('dev, staging and production, on their domains; only dev admits a source allow-list', () => {
  const byName = new Map(environments.map((e) => [e.name, e]));
  expect([...byName.keys()]).toEqual(expect.arrayContaining(['dev', 'staging', 'production']));
  expect(byName.get('dev')!.domain).toBe('dev.orofi.xyz');
  expect(byName.get('staging')!.domain).toBe('staging.orofi.xyz');
  expect(byName.get('production')!.domain).toBe('orofi.xyz');
  expect(byName.get('dev')!.ingressAllowList?.length).toBeGreaterThan(0);
  expect(byName.get('staging')!.ingressAllowList ?? []).toEqual([]);
  expect(byName.get('production')!.ingressAllowList ?? []).toEqual([]);
  expect(byName.get('production')!.highAvailability).toBe(true);
});

test('the cluster of seed 000: one zone, us-central1-a, behind a static address per environment', () => {
  expect(platform.cluster).toMatchObject({ region: 'us-central1', zones: ['us-central1-a'] });
  const addresses = environments.map((e) => e.ingressAddress);
  for (const address of addresses) expect(address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  expect(new Set(addresses).size).toBe(addresses.length);
});

test('one Cloud SQL instance and one Memorystore instance (over TLS) for every service', () => {
  expect(platform.backingServices.cloudSql!.instance).not.toContain('{service}');
  expect(platform.backingServices.redis).toMatchObject({ host: 'redis.orofi.internal', port: 6378 });
});

test("what each of the seed's workloads is made of, in every environment", () => {
  // Every workload has its ServiceAccount, Deployment, HPA, PDB, Service, NetworkPolicy, mesh policy
  // (DestinationRule, Sidecar, AuthorizationPolicy), PodMonitor and PrometheusRule; API gateways a
  // VirtualService; MySQL, Redis and MongoDB users a ConfigMap, a SecretStore of their own and an
  // ExternalSecret; communication, called by no one, no AuthorizationPolicy.
  const expected: Record<string, number> = {
    'api-gateway-public': 13,
    'api-gateway-account': 13,
    'api-gateway-oro': 13,
    'api-gateway-admin-dashboard': 13,
    'microservice-communication': 14,
    'microservice-identity': 15,
    'microservice-monolith': 15,
    'microservice-analytics': 15,
  };
  for (const env of ['dev', 'staging', 'production']) {
    const files = synth(model.get(env)!);
    const counts = Object.fromEntries(
      Object.keys(expected).map((w) => [w, files.find((f) => f.path === `${env}/${w}.yaml`)!.objects.length]),
    );
    expect({ env, counts }).toEqual({ env, counts: expected });
    expect(allObjects(files).filter((o) => o.kind === 'Secret')).toEqual([]);
  }
});
