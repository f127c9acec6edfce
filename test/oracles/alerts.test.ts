/**
 * Golden-signal alerts: each workload has exactly the expected alerts, each comparing the right series
 * (read back through its recording rule to the source metric and window) with the threshold of the
 * environment's input (test/oracles/alerts.ts).
 */
import type { IPrometheusRule } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PrometheusRule';
import { environments, platform } from '../../environments';
import { ofKind, orofiModel, synth } from '../helpers';
import { expectedAlerts, readAlerts, rounded } from './alerts';

const model = orofiModel();
const cases = [...model.values()].map((env) => [env.name, { env, files: synth(env) }] as const);
/** A workload's objective as the description gives it, or the schema's documented default (99.9). */
const objectiveOf = (name: string) =>
  [...platform.gateways, ...platform.services].find((w) => w.name === name)!.availabilityObjective ?? 99.9;

describe.each(cases)('%s', (envName, { env, files }) => {
  const input = environments.find((e) => e.name === envName)!.alerts!;
  const rules = ofKind(files, 'PrometheusRule') as unknown as IPrometheusRule[];

  test('one PrometheusRule per workload, beside it', () => {
    const owned = rules.filter((r) => env.workloads.some((w) => w.name === r.metadata!.name));
    expect(owned).toHaveLength(env.workloads.length);
    for (const w of env.workloads) {
      expect(rules.filter((r) => r.metadata!.name === w.name).map((r) => r.metadata!.namespace)).toEqual([w.namespace]);
    }
  });

  test('each workload alerts on exactly its golden signals, each on the right series with the environment’s threshold', () => {
    const names = Object.keys(expectedAlerts(input, 99.9)).sort();
    expect(names).toHaveLength(6);
    const allAlerts = rules.flatMap((r) => r.spec.groups!.flatMap((g) => (g.rules ?? []).filter((x) => x.alert)));
    expect(allAlerts).toHaveLength(names.length * env.workloads.length);
    for (const w of env.workloads) {
      const rule = rules.find((r) => r.metadata!.name === w.name)!;
      const expected = rounded(expectedAlerts(input, objectiveOf(w.name)));
      const actual = rounded(readAlerts(rule, w.name));
      expect(Object.keys(actual).sort()).toEqual(names);
      expect(actual).toEqual(expected);
    }
  });

  test('every alert names its workload and has a severity and a summary', () => {
    for (const w of env.workloads) {
      const rule = rules.find((r) => r.metadata!.name === w.name)!;
      for (const alert of rule.spec.groups!.flatMap((g) => (g.rules ?? []).filter((x) => x.alert))) {
        expect(alert.labels).toEqual({
          severity: alert.alert === 'ErrorBudgetFastBurn' ? 'critical' : 'warning',
          workload: w.name,
        });
        expect((alert.annotations as Record<string, string>).summary).toMatch(new RegExp(`^${w.name}: `));
        expect(alert.for).toMatch(/^\d+m$/);
      }
    }
  });
});

describe('the reader', () => {
  const rule = (alerts: { alert: string; expr: string }[]): IPrometheusRule => ({
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PrometheusRule',
    metadata: { name: 'w' },
    spec: {
      groups: [
        {
          name: 'g',
          rules: [
            {
              record: 'mem',
              expr: 'sum(container_memory_working_set_bytes{container="w"}) / sum(x{resource="memory"})',
            },
            {
              record: 'other',
              expr: 'sum(container_memory_working_set_bytes{container="v"}) / sum(x{resource="memory"})',
            },
            ...alerts,
          ],
        },
      ],
    },
  });

  test('follows each series to its recording rule, and shows what it cannot read', () => {
    expect(
      readAlerts(
        rule([
          { alert: 'A', expr: 'mem{a="b"} > 0.9' },
          { alert: 'B', expr: 'other{a="b"} > 0.9' },
          { alert: 'C', expr: 'missing{a="b"} > 1' },
          { alert: 'D', expr: 'absent(mem)' },
        ]),
        'w',
      ),
    ).toEqual({
      A: [{ source: 'memory', window: 'now', threshold: 0.9 }],
      B: [{ source: 'memory of another workload', window: 'now', threshold: 0.9 }],
      C: [{ source: 'not recorded: missing', window: '?', threshold: 1 }],
      D: [{ source: 'not understood: absentmem', window: '?', threshold: NaN }],
    });
  });
});
