/**
 * Zero trust in the mesh: every AuthorizationPolicy (ALLOW, DENY, with or without a selector, in the
 * workloads' namespaces and the root namespace) evaluated as Istio does for every caller identity, on
 * the workload's port and another one, compared with the call graph of the description; and each
 * workload's Sidecar resolved to what its proxy can reach (test/oracles/network.ts).
 */
import type { IAuthorizationPolicy } from '@kubernetes-models/istio/security.istio.io/v1/AuthorizationPolicy';
import type { IDestinationRule } from '@kubernetes-models/istio/networking.istio.io/v1/DestinationRule';
import type { IServiceEntry } from '@kubernetes-models/istio/networking.istio.io/v1/ServiceEntry';
import type { ISidecar } from '@kubernetes-models/istio/networking.istio.io/v1/Sidecar';
import type { ManifestFile } from '../../lib/synth';
import { ofKind, orofiModel, synth } from '../helpers';
import {
  admitted,
  declaredCalls,
  expectedSidecarReach,
  FACTS,
  meshCalls,
  OTHER_PORT,
  readSidecarReach,
  type Request,
} from './network';

const model = orofiModel();
const cases = [...model.values()].map((env) => [env.name, { env, files: synth(env) }] as const);

function kind<T>(files: readonly ManifestFile[], k: string): T[] {
  return ofKind(files, k) as unknown as T[];
}

describe.each(cases)('%s', (_, { env, files }) => {
  test('the calls every AuthorizationPolicy together admits are exactly the call graph, on the serving port only', () => {
    const expected = declaredCalls(env);
    expect(expected.length).toBeGreaterThan(0);
    const actual = meshCalls(env, files);
    expect(actual).toHaveLength(expected.length);
    expect(actual).toEqual(expected);
  });

  test('each workload’s proxy reaches exactly istiod, its callees and the backing services it uses', () => {
    const sidecars = kind<ISidecar>(files, 'Sidecar');
    const entries = kind<IServiceEntry>(files, 'ServiceEntry');
    // One per workload, and the namespace defaults.
    expect(sidecars.filter((s) => s.metadata!.name !== 'default')).toHaveLength(env.workloads.length);
    for (const w of env.workloads) {
      const [sidecar, ...more] = sidecars.filter(
        (s) => s.metadata!.namespace === w.namespace && s.metadata!.name === w.name,
      );
      expect(more).toHaveLength(0);
      expect(sidecar!.spec!.workloadSelector).toEqual({ labels: { [FACTS.nameLabel]: w.name } });
      expect(sidecar!.spec!.outboundTrafficPolicy).toEqual({ mode: 'REGISTRY_ONLY' });
      const expected = expectedSidecarReach(env, w);
      const actual = readSidecarReach(sidecar!, entries);
      expect(actual).toHaveLength(expected.length);
      expect(actual).toEqual(expected);
    }
    const defaults = sidecars.filter((s) => s.metadata!.name === 'default');
    expect(defaults.map((s) => s.metadata!.namespace).sort()).toEqual([...env.namespaces].sort());
    for (const s of defaults) {
      expect(s.spec!.workloadSelector).toBeUndefined();
      expect(s.spec!.outboundTrafficPolicy).toEqual({ mode: 'REGISTRY_ONLY' });
      expect(readSidecarReach(s, entries)).toEqual([`namespace ${env.surroundings.istioNamespace}`]);
    }
  });

  test('every ServiceEntry port is named as Istio wants (protocol first); every DestinationRule duration is valid', () => {
    const entries = kind<IServiceEntry>(files, 'ServiceEntry');
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      for (const p of e.spec!.ports ?? [])
        expect(p.name).toMatch(new RegExp(`^${p.protocol!.toLowerCase()}(-[a-z0-9-]+)?$`));
    }
    const durations = (o: unknown, path = ''): string[] =>
      o !== null && typeof o === 'object'
        ? Object.entries(o).flatMap(([k, v]) => durations(v, `${path}.${k}`))
        : /(Timeout|interval|Time)$/.test(path)
          ? [`${path}=${String(o)}`]
          : [];
    const rules = kind<IDestinationRule>(files, 'DestinationRule').filter((r) => r.spec!.trafficPolicy?.connectionPool);
    expect(rules).toHaveLength(env.workloads.length);
    for (const r of rules) {
      const found = durations(r.spec!.trafficPolicy);
      expect(found).toHaveLength(4); // connect and idle timeouts, ejection interval and base time
      for (const d of found) expect(d).toMatch(/=\d+(ms|s|m|h)$/);
    }
  });
});

describe('the evaluator decides as Istio does', () => {
  const policy = (namespace: string, spec: object): IAuthorizationPolicy =>
    ({
      apiVersion: 'security.istio.io/v1',
      kind: 'AuthorizationPolicy',
      metadata: { name: 'p', namespace },
      spec,
    }) as IAuthorizationPolicy;
  const target = { namespace: 'apps', labels: { app: 'a' } };
  const alice = { principal: 'cluster.local/ns/apps/sa/alice', namespace: 'apps', port: 8080 };
  const allowAlice = policy('apps', {
    selector: { matchLabels: { app: 'a' } },
    rules: [{ from: [{ source: { principals: [alice.principal] } }], to: [{ operation: { ports: ['8080'] } }] }],
  });
  const decide = (policies: IAuthorizationPolicy[], request: Request = alice) =>
    admitted(policies, target, request, 'istio-system');

  test('no policy allows; an ALLOW policy that applies denies what it does not match', () => {
    expect(decide([])).toBe(true);
    expect(decide([policy('apps', {})])).toBe(false);
    expect(decide([policy('apps', {}), allowAlice])).toBe(true);
    expect(decide([policy('apps', {}), allowAlice], { ...alice, port: OTHER_PORT })).toBe(false);
    expect(decide([allowAlice], { ...alice, principal: 'cluster.local/ns/apps/sa/bob' })).toBe(false);
    expect(decide([allowAlice], { port: 8080 })).toBe(false);
  });

  test('a namespace-wide ALLOW without selector, a root-namespace ALLOW and a rule without `to` open more', () => {
    const open = (p: IAuthorizationPolicy) =>
      decide([allowAlice, p], { principal: 'x', namespace: 'elsewhere', port: OTHER_PORT });
    expect(open(policy('apps', { rules: [{}] }))).toBe(true);
    expect(open(policy('istio-system', { action: 'ALLOW', rules: [{}] }))).toBe(true);
    expect(open(policy('other', { rules: [{}] }))).toBe(false);
    expect(open(policy('apps', { rules: [{ from: [{ source: { principals: ['*'] } }] }] }))).toBe(true);
    expect(open(policy('apps', { rules: [{ from: [{ source: { namespaces: ['apps'] } }] }] }))).toBe(false);
    expect(open(policy('apps', { rules: [{ to: [{ operation: { notPorts: ['8080'] } }] }] }))).toBe(true);
    expect(open(policy('apps', { rules: [{ when: [{ key: 'request.headers[x]', values: ['1'] }] }] }))).toBe(true);
    expect(open(policy('apps', { targetRefs: [{ kind: 'Service', name: 'a' }], rules: [{}] }))).toBe(true);
    expect(open(policy('apps', { action: 'CUSTOM', provider: { name: 'x' }, rules: [{}] }))).toBe(true);
  });

  test('DENY wins over ALLOW; undecidable DENY conditions do not count as denying', () => {
    expect(decide([allowAlice, policy('apps', { action: 'DENY', rules: [{}] })])).toBe(false);
    expect(
      decide([
        allowAlice,
        policy('apps', { action: 'DENY', rules: [{ from: [{ source: { notPrincipals: ['x'] } }] }] }),
      ]),
    ).toBe(false);
    expect(
      decide([
        allowAlice,
        policy('apps', { action: 'DENY', rules: [{ from: [{ source: { notRemoteIpBlocks: ['10.0.0.0/8'] } }] }] }),
      ]),
    ).toBe(true);
    expect(
      decide([allowAlice, policy('apps', { action: 'DENY', selector: { matchLabels: { app: 'b' } }, rules: [{}] })]),
    ).toBe(true);
  });

  test('an empty list is no condition: an ALLOW rule with no principals admits anyone', () => {
    expect(decide([policy('apps', { rules: [{ from: [{ source: { principals: [] } }] }] })], { port: 1 })).toBe(true);
  });

  test('principals match exactly, by prefix or by suffix', () => {
    const allow = (principals: string[]) =>
      decide([policy('apps', { rules: [{ from: [{ source: { principals } }] }] })]);
    expect(allow(['cluster.local/ns/apps/*'])).toBe(true);
    expect(allow(['*/sa/alice'])).toBe(true);
    expect(allow(['*/sa/bob'])).toBe(false);
    expect(allow(['cluster.local/ns/apps/sa/alic'])).toBe(false);
  });
});
