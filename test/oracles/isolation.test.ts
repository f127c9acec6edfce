/**
 * The shared components' NetworkPolicies, policy by policy (test/oracles/isolation.ts): in every
 * environment of every platform of platforms/, and in variants of them that switch the optional parts
 * (Kiali without tracing, tracing to a collector the platform does not install, Jaeger without Kiali),
 * every policy of the isolated namespaces is the expected one, and none other is there: the pods it
 * selects, both policy types, and every (peer, port) each direction admits, read with Kubernetes'
 * semantics. Counts first, so that an empty list can never pass a loop.
 */
import { loadPlatform } from '../../lib/config/load';
import type { EnvironmentInput } from '../../lib/config/schema';
import type { EnvironmentModel } from '../../lib/model';
import type { KubeObject } from '../../lib/validate';
import { platforms } from '../../platforms';
import { allObjects, platformModel, synth, synthFresh } from '../helpers';
import { expectedIsolation, isolatedNamespacesOf, type ExpectedPolicy } from './isolation';
import { labelText, readNetworkPolicy } from './network';

/** An environment of a platform, its input changed by `change`, loaded and synthesized afresh. */
function variant(platformName: string, envName: string, change: (input: EnvironmentInput) => EnvironmentInput) {
  const source = platforms.find((p) => p.name === platformName)!;
  const input = source.environments.find((e) => e.name === envName)!;
  const model = loadPlatform(source.platform, [change(structuredClone(input))]);
  return model.environments[0]!;
}
const withoutOperator = (name: 'kiali' | 'jaeger') => (input: EnvironmentInput) => {
  const operators = { ...input.operators } as Record<string, unknown>;
  delete operators[name];
  return { ...input, operators } as EnvironmentInput;
};

const shop = platforms.find((p) => [...platformModel(p).values()].some((e) => e.tracing !== undefined))!;
const shopEnv = [...platformModel(shop).values()].find((e) => e.tracing !== undefined)!;
const orofi = platforms.find((p) => p.isDefault)!;
const kialiChart = shopEnv.gitops.operators.kiali!;
const variants: [string, EnvironmentModel][] = [
  [`${shop.name}/${shopEnv.name} without Kiali`, variant(shop.name, shopEnv.name, withoutOperator('kiali'))],
  [`${shop.name}/${shopEnv.name} without Jaeger`, variant(shop.name, shopEnv.name, withoutOperator('jaeger'))],
  [
    `${orofi.name}/staging with Kiali`,
    variant(orofi.name, 'staging', (input) => ({ ...input, operators: { ...input.operators, kiali: kialiChart } })),
  ],
];

const real = platforms.flatMap((p) =>
  [...platformModel(p).values()].map((env): [string, EnvironmentModel, KubeObject[]] => [
    `${p.name}/${env.name}`,
    env,
    allObjects(synth(env)),
  ]),
);
const cases = [
  ...real,
  ...variants.map(([name, env]): [string, EnvironmentModel, KubeObject[]] => [name, env, allObjects(synthFresh(env))]),
];

test('the environments cover every optional part: an allow-list and none, both dataplanes, each data store, Jaeger and Kiali alone and together', () => {
  const envs = cases.map(([, env]) => env);
  expect(cases.length).toBe(real.length + 3);
  const some = (p: (e: EnvironmentModel) => boolean) => [envs.some(p), envs.some((e) => !p(e))];
  for (const p of [
    (e: EnvironmentModel) => e.ingressAllowList.length > 0,
    (e: EnvironmentModel) => e.cluster.dataplaneV2,
    (e: EnvironmentModel) => e.kafka !== undefined,
    (e: EnvironmentModel) => e.mongodb !== undefined,
    (e: EnvironmentModel) => e.rabbitmq !== undefined,
    (e: EnvironmentModel) => e.tracing !== undefined && e.gitops.operators.jaeger !== undefined,
    (e: EnvironmentModel) => e.gitops.operators.kiali !== undefined,
  ])
    expect(some(p)).toEqual([true, true]);
  const kinds = envs.map((e) =>
    [e.tracing !== undefined, e.gitops.operators.jaeger !== undefined, e.gitops.operators.kiali !== undefined].join(),
  );
  for (const kind of ['true,true,true', 'true,true,false', 'true,false,true', 'false,false,true', 'false,false,false'])
    expect([kind, kinds.includes(kind)]).toEqual([kind, true]);
});

describe.each(cases)('%s', (_, env, objects) => {
  const expected = expectedIsolation(env);
  const namespaces = isolatedNamespacesOf(expected);
  const own = new Set(env.workloads.map((w) => `${w.namespace}/${w.name}`));
  const policies = objects.filter(
    (o) =>
      o.kind === 'NetworkPolicy' &&
      namespaces.includes(o.metadata.namespace!) &&
      !own.has(`${o.metadata.namespace}/${o.metadata.name}`),
  );
  const id = (p: KubeObject) => `${p.metadata.namespace}/${p.metadata.name}`;

  test('the isolated namespaces hold exactly the expected policies, each once', () => {
    expect(namespaces.length).toBeGreaterThanOrEqual(7);
    expect(policies).toHaveLength(expected.size);
    expect(policies.map(id).sort()).toEqual([...expected.keys()].sort());
  });

  test('each policy: its pods, both directions isolated, exactly the expected peers and ports', () => {
    expect(policies.length).toBe(expected.size);
    for (const policy of policies) {
      const want: ExpectedPolicy = expected.get(id(policy))!;
      const spec = policy.spec as { podSelector: unknown; policyTypes: string[] };
      expect([id(policy), spec.podSelector]).toEqual([
        id(policy),
        Object.keys(want.selects).length === 0 ? {} : { matchLabels: want.selects },
      ]);
      expect([id(policy), [...spec.policyTypes].sort()]).toEqual([id(policy), ['Egress', 'Ingress']]);
      const read = readNetworkPolicy(policy);
      expect([id(policy), read.selects]).toEqual([id(policy), labelText(want.selects) || '*']);
      expect([id(policy), read.ingress]).toEqual([id(policy), want.ingress]);
      expect([id(policy), read.egress]).toEqual([id(policy), want.egress]);
    }
  });
});
