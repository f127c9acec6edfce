/**
 * Environment parity (seed principle 1): every pair of environments emits the same objects, which
 * differ only at the fields lib/parity.ts lists; and the check names the object and the field when
 * they do not.
 */
import { allParityProblems, parityProblems, type EnvironmentObjects } from '../lib/parity';
import { loadPlatform } from '../lib/config/load';
import type { KubeObject } from '../lib/validate';
import { generatePlatform } from './fixtures/generated-platform';
import { BACKING } from '../charts/backing';
import { platform } from '../environments';
import { allObjects, orofiModel, synth } from './helpers';

const model = orofiModel();
const environments: EnvironmentObjects[] = [...model.values()].map((env) => ({
  name: env.name,
  objects: allObjects(synth(env)),
}));

test('every pair of environments: the same objects, differing only at the listed fields', () => {
  expect(environments.length).toBeGreaterThan(1);
  // Under the rules of the backing services the description declares.
  const declared = BACKING.filter((b) => (platform.backingServices as Record<string, unknown>)[b.name]);
  expect(declared.length).toBeGreaterThan(0);
  expect(
    allParityProblems(
      environments,
      declared.map((b) => b.name),
    ),
  ).toEqual([]);
});

test("a backing service's rules apply only where the platform declares it", () => {
  // Two environments whose Kafka node pools differ in size: Kafka's parity rule (storage) allows it
  // where the platform declares Kafka; elsewhere it is a difference like any other.
  const pool = (env: EnvironmentObjects, size: string): EnvironmentObjects => ({
    name: env.name,
    objects: [
      {
        apiVersion: 'kafka.strimzi.io/v1',
        kind: 'KafkaNodePool',
        metadata: { name: 'pool', namespace: 'kafka' },
        spec: { storage: { size } },
      } as unknown as KubeObject,
    ],
  });
  const [a, b] = [pool(environments[0]!, '10Gi'), pool(environments[1]!, '20Gi')];
  const all = BACKING.map((k) => k.name);
  expect(allParityProblems([a, b])).toEqual([]);
  expect(allParityProblems([a, b], all)).toEqual([]);
  expect(
    allParityProblems(
      [a, b],
      all.filter((k) => k !== 'kafka'),
    ),
  ).toEqual([`${a.name} vs ${b.name}: KafkaNodePool kafka/pool: spec.storage.size: "10Gi" vs "20Gi"`]);
});

test("only environments with an ingress allow-list have its policy: dev's, the one exception", () => {
  for (const env of model.values()) {
    const policies = environments
      .find((e) => e.name === env.name)!
      .objects.filter((o) => o.kind === 'AuthorizationPolicy' && o.metadata.name.endsWith('-source-allow-list'));
    expect(policies).toHaveLength(env.ingressAllowList.length > 0 ? 1 : 0);
  }
});

test('a generated platform of the same shape keeps parity too', () => {
  const { platform, environments: inputs } = generatePlatform(12);
  const generated = loadPlatform(platform, inputs).environments.map((env) => ({
    name: env.name,
    objects: allObjects(synth(env)),
  }));
  expect(allParityProblems(generated)).toEqual([]);
});

describe('a planted difference is named by object and field', () => {
  const byName = (name: string) => structuredClone(environments.find((e) => e.name === name)!);
  const object = (env: EnvironmentObjects, kind: string, name: string) =>
    env.objects.find((o) => o.kind === kind && o.metadata.name === name)! as KubeObject & {
      spec: Record<string, never>;
    };
  const [first, second] = [...model.keys()] as [string, string];
  // Objects of the description: a workload with a ConfigMap, the Kafka cluster and a topic.
  const envModel = model.get(first)!;
  const w = envModel.workloads.find((x) => Object.keys(x.config).length > 0)!;
  const kafka = envModel.kafka!;
  const topic = kafka.topics[0]!.name;
  const latencyAlert = (env: EnvironmentObjects) =>
    (
      object(env, 'PrometheusRule', w.name).spec as unknown as {
        groups: { rules: { alert?: string; expr: string; for?: string }[] }[];
      }
    ).groups
      .flatMap((g) => g.rules)
      .find((r) => r.alert === 'WorkloadHighLatency')!;

  test('an object only one environment has', () => {
    const a = byName(first);
    const b = byName(second);
    const extra = structuredClone(object(b, 'ConfigMap', w.name));
    (b.objects as KubeObject[]).push({ ...extra, metadata: { ...extra.metadata, name: 'feature-flags' } });
    (a.objects as KubeObject[]).splice(a.objects.indexOf(object(a, 'KafkaTopic', topic)), 1);
    expect(parityProblems(a, b)).toEqual([
      `${first} vs ${second}: KafkaTopic ${kafka.namespace}/${topic}: only in ${second}`,
      `${first} vs ${second}: ConfigMap ${w.namespace}/feature-flags: only in ${second}`,
    ]);
  });

  test('a field that differs outside the list, beside fields that may differ', () => {
    const a = byName(first);
    const b = byName(second);
    const pod = (object(b, 'Deployment', w.name).spec as unknown as { template: { spec: Record<string, unknown> } })
      .template.spec;
    const grace = pod.terminationGracePeriodSeconds;
    pod.terminationGracePeriodSeconds = 90; // not a listed difference
    const cluster = object(b, 'Kafka', kafka.cluster).spec as unknown as { kafka: { config: Record<string, unknown> } };
    const isr = cluster.kafka.config['min.insync.replicas'];
    cluster.kafka.config['min.insync.replicas'] = 1;
    const alert = latencyAlert(b);
    const wait = alert.for;
    alert.for = '1h'; // not a threshold the environment sets
    alert.expr = alert.expr.replace(/> (\d+)$/, '> 12345'); // a threshold: may differ
    const at = `${first} vs ${second}:`;
    expect(parityProblems(a, b)).toEqual([
      `${at} Kafka ${kafka.namespace}/${kafka.cluster}: spec.kafka.config["min.insync.replicas"]: ${String(isr)} vs 1`,
      `${at} Deployment ${w.namespace}/${w.name}: spec.template.spec.terminationGracePeriodSeconds: ${String(grace)} vs 90`,
      expect.stringMatching(
        new RegExp(
          `^${at} PrometheusRule ${w.namespace}/${w.name}: spec\\.groups\\[\\d+\\]\\.rules\\[\\d+\\]\\.for: "${wait}" vs "1h"$`,
        ),
      ),
    ]);
  });

  test('numbers-only fields may not change their words', () => {
    const a = byName(first);
    const b = byName(second);
    const alert = latencyAlert(b);
    alert.expr = alert.expr.replace(' > ', ' < ');
    expect(parityProblems(a, b)).toEqual([
      expect.stringMatching(
        new RegExp(`PrometheusRule ${w.namespace}/${w.name}: spec\\.groups\\[\\d+\\]\\.rules\\[\\d+\\]\\.expr: `),
      ),
    ]);
  });
});
