/**
 * Who the ingress gateway admits, decided by every AuthorizationPolicy that applies to its pods,
 * evaluated as Istio does (test/oracles/network.ts `admitted`, here with the client's address and the
 * Host header), for every host of every environment of every platform, and for a platform without
 * internal hosts. Expected from the description alone: a client outside `ingressAllowList` (when the
 * environment has one, as dev does) reaches nothing; a host of an `internal` API gateway admits only
 * `internalAllowList`; every other host admits anyone the ingress admits.
 */
import type { IAuthorizationPolicy } from '@kubernetes-models/istio/security.istio.io/v1/AuthorizationPolicy';
import { App, Testing } from 'cdk8s';
import { EdgeChart } from '../../charts';
import { loadPlatform } from '../../lib/config/load';
import type { EnvironmentModel } from '../../lib/model';
import type { ManifestFile } from '../../lib/synth';
import { platforms } from '../../platforms';
import { ofKind, orofiInputs, platformModel, synth, synthFresh } from '../helpers';
import { admitted, inCidr } from './network';

/** A client address in no allow-list of any platform (TEST-NET-1, RFC 5737). */
const STRANGER = '192.0.2.77';

/** The first address of each block: one client inside each. */
const insideEach = (blocks: readonly string[]) => blocks.map((b) => b.split('/')[0]!);

/** `<client> -> <host>` for every request the ingress gateway's AuthorizationPolicies admit. */
function admittedAtEdge(env: EnvironmentModel, files: readonly ManifestFile[], clients: readonly string[]): string[] {
  const gateway = env.surroundings.ingressGateway;
  // The pinned istio/gateway chart labels its pods `app: <name>`, `istio: <name without "istio-">`.
  const target = {
    namespace: gateway.namespace,
    labels: { app: gateway.name, istio: gateway.name.replace(/^istio-/, '') },
  };
  const policies = ofKind(files, 'AuthorizationPolicy') as unknown as IAuthorizationPolicy[];
  return clients.flatMap((remoteIp) =>
    hostsOf(env).flatMap((host) =>
      // The Host header with and without the port: routing matches both.
      [host, `${host}:443`]
        .filter((header) =>
          admitted(policies, target, { port: 443, remoteIp, host: header }, env.surroundings.istioNamespace),
        )
        .map((header) => `${remoteIp} -> ${header}`),
    ),
  );
}

const hostsOf = (env: EnvironmentModel) => env.workloads.flatMap((w) => w.hosts);

/** What the description admits: the ingress allow-list first (if any), then internal hosts' own. */
function expectedAtEdge(env: EnvironmentModel, clients: readonly string[]): string[] {
  const inList = (ip: string, blocks: readonly string[]) => blocks.some((b) => inCidr(ip, b));
  return clients
    .filter((ip) => env.ingressAllowList.length === 0 || inList(ip, env.ingressAllowList))
    .flatMap((ip) =>
      env.workloads
        .filter((w) => !w.internal || inList(ip, env.edge.internalAllowList))
        .flatMap((w) => w.hosts.flatMap((host) => [`${ip} -> ${host}`, `${ip} -> ${host}:443`])),
    );
}

/** A stranger, and one client inside each range of the environment's allow-lists. */
const clientsOf = (env: EnvironmentModel) => [
  ...new Set([STRANGER, ...insideEach(env.ingressAllowList), ...insideEach(env.edge.internalAllowList)]),
];

const cases = platforms.flatMap((source) =>
  [...platformModel(source).values()].map((env) => [`${source.name} ${env.name}`, env] as const),
);

test.each(cases)('%s: the ingress admits exactly the clients the description allows, host by host', (_, env) => {
  const clients = clientsOf(env);
  expect(hostsOf(env).length).toBeGreaterThan(0);
  const expected = expectedAtEdge(env, clients);
  const actual = admittedAtEdge(env, synth(env), clients);
  expect(actual).toHaveLength(expected.length);
  expect(actual.sort()).toEqual(expected.sort());
});

test('Orofi has an internal host, dev an ingress allow-list: the cases above decide both', () => {
  const orofi = [...platformModel(platforms.find((p) => p.isDefault)!).values()];
  expect(orofi.every((env) => env.workloads.some((w) => w.internal))).toBe(true);
  expect(orofi.some((env) => env.ingressAllowList.length > 0)).toBe(true);
});

test('without internal hosts nor an ingress allow-list, the ingress admits anyone to every host', () => {
  const inputs = orofiInputs();
  for (const g of inputs.platform.gateways) delete g.internal;
  const source = inputs.environments.find((e) => (e.ingressAllowList ?? []).length === 0)!;
  delete source.internalAllowList;
  const [env] = loadPlatform(inputs.platform, [source]).environments;
  expect(env!.workloads.some((w) => w.internal)).toBe(false);
  const clients = [STRANGER];
  const expected = expectedAtEdge(env!, clients);
  expect(expected).toHaveLength(2 * hostsOf(env!).length);
  expect(admittedAtEdge(env!, synthFresh(env!), clients).sort()).toEqual(expected.sort());
});

test('EdgeChart in a plain cdk8s app, with its defaults: public hosts open to anyone, internal ones to no one', () => {
  const rateLimit = { requestsPerSecond: 10, burst: 20 };
  const chart = new EdgeChart(new App(), 'edge', {
    platform: 'p',
    gateway: { name: 'gw', namespace: 'edge' },
    hosts: [
      { host: 'www.example.com', namespace: 'apps', rateLimit },
      { host: 'admin.example.com', namespace: 'apps', internal: true, rateLimit },
    ],
    issuer: { name: 'le', acmeEmail: 'ops@example.com', acmeServer: 'https://acme.example/dir', dnsProject: 'dns' },
    maxRequestBodyBytes: 1024,
  });
  const policies = Testing.synth(chart).filter((o) => o.kind === 'AuthorizationPolicy') as IAuthorizationPolicy[];
  const target = { namespace: 'edge', labels: { app: 'gw', istio: 'gw' } };
  const reach = (host: string) =>
    [STRANGER, '10.0.0.1'].filter((remoteIp) =>
      admitted(policies, target, { port: 443, remoteIp, host }, 'istio-system'),
    );
  expect(reach('www.example.com')).toEqual([STRANGER, '10.0.0.1']);
  expect(reach('admin.example.com')).toEqual([]);
  expect(reach('admin.example.com:443')).toEqual([]);
});

test('the evaluator reads IP blocks and hosts as Istio does', () => {
  const policy = (spec: object) =>
    ({ metadata: { name: 'p', namespace: 'edge' }, spec }) as unknown as IAuthorizationPolicy;
  const target = { namespace: 'edge', labels: { istio: 'gw' } };
  const decide = (spec: object, remoteIp?: string, host?: string) =>
    admitted([policy(spec)], target, { port: 443, remoteIp, host }, 'istio-system');
  const deny = (source: object, operation?: object) => ({
    action: 'DENY',
    rules: [{ from: [{ source }], ...(operation ? { to: [{ operation }] } : {}) }],
  });
  expect(decide(deny({ notRemoteIpBlocks: ['10.0.0.0/8'] }), '10.1.2.3')).toBe(true);
  expect(decide(deny({ notRemoteIpBlocks: ['10.0.0.0/8'] }), '11.1.2.3')).toBe(false);
  expect(decide(deny({ remoteIpBlocks: ['10.0.0.5'] }), '10.0.0.5')).toBe(false);
  expect(decide(deny({ remoteIpBlocks: ['10.0.0.5'] }), '10.0.0.6')).toBe(true);
  // Empty lists are no condition: this DENY matches every request.
  expect(decide(deny({ notRemoteIpBlocks: [] }, { hosts: [] }), '10.0.0.1', 'a.example')).toBe(false);
  expect(decide(deny({ notRemoteIpBlocks: ['0.0.0.0/0'] }, { hosts: ['A.example'] }), '1.1.1.1', 'a.example')).toBe(
    true,
  );
  expect(decide(deny({}, { hosts: ['*.example'] }), '1.1.1.1', 'a.example')).toBe(false);
  expect(decide(deny({}, { notHosts: ['*.example'] }), '1.1.1.1', 'a.example')).toBe(true);
  // Without an address or a Host, an IP or host condition of a DENY is undecided: it does not deny.
  expect(decide(deny({ notRemoteIpBlocks: ['10.0.0.0/8'] }))).toBe(true);
  expect(inCidr('203.0.113.10', '203.0.113.10/32')).toBe(true);
  expect(inCidr('203.0.113.11', '203.0.113.10/32')).toBe(false);
  expect(inCidr('198.51.100.255', '198.51.100.0/24')).toBe(true);
  expect(inCidr('198.51.101.0', '198.51.100.0/24')).toBe(false);
  for (const invalid of ['10.0.0.0/33', '256.0.0.1', 'office', ''])
    expect(() => inCidr('10.0.0.1', invalid)).toThrow(`not an IPv4 address or CIDR block: "${invalid}"`);
});
