/**
 * Oracle for the golden-signal alerts: which alerts each workload has and what each compares, from the
 * environment's input (`alerts`) and the workload's availability objective, independent of
 * charts/workload-monitoring.ts. An alert is read back through the recording rule it uses, down to the
 * source metric and window, so a threshold on the wrong series fails as surely as a wrong number.
 */
import type { IPrometheusRule } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PrometheusRule';

export interface AlertInput {
  readonly errorRatePercent: number;
  readonly latencyP99Ms: number;
  readonly saturationPercent: number;
}

/** What one comparison of an alert must be: the source metric and window of its series, and the threshold. */
export interface Comparison {
  readonly source: string;
  readonly window: string;
  readonly threshold: number;
}

/** The burn rates of the Google SRE workbook's multi-window alerts: [long, short, rate]. */
const PAGE = [
  ['1h', '5m', 14.4],
  ['6h', '30m', 6],
] as const;
const TICKET = [
  ['1d', '2h', 3],
  ['3d', '6h', 1],
] as const;

/** Every alert a workload must have, with what it compares (burn-rate alerts everywhere: the platform's choice). */
export function expectedAlerts(alerts: AlertInput, objective: number): Record<string, Comparison[]> {
  const errors = (window: string, threshold: number) => ({ source: 'errors', window, threshold });
  const budget = 1 - objective / 100;
  const burn = (pairs: typeof PAGE | typeof TICKET) =>
    pairs.flatMap(([long, short, rate]) => [errors(long, rate * budget), errors(short, rate * budget)]);
  return {
    WorkloadHighErrorRate: [errors('5m', alerts.errorRatePercent / 100)],
    WorkloadHighLatency: [{ source: 'latency', window: '5m', threshold: alerts.latencyP99Ms }],
    WorkloadCPUSaturated: [{ source: 'cpu', window: '5m', threshold: alerts.saturationPercent / 100 }],
    WorkloadMemorySaturated: [{ source: 'memory', window: 'now', threshold: alerts.saturationPercent / 100 }],
    ErrorBudgetFastBurn: burn(PAGE),
    ErrorBudgetSlowBurn: burn(TICKET),
  };
}

/**
 * What a recording rule computes, from its expression: the server-error ratio of the workload's
 * requests, their p99 latency, or its container's CPU or memory use over its limit.
 */
function whatIsRecorded(expr: string, workload: string): { source: string; window: string } {
  const windows = [...new Set([...expr.matchAll(/\[(\w+)\]/g)].map((m) => m[1]!))];
  const window = windows.length === 0 ? 'now' : windows.length === 1 ? windows[0]! : `mixed ${windows.join(',')}`;
  const about = (metric: string) => expr.includes(metric);
  const own = expr.includes(`"${workload}"`) || expr.includes(`"${workload}-`);
  let source = 'unknown';
  if (about('istio_requests_total') && /response_code=~"5\.\."|grpc_response_status=~/.test(expr) && / \/ /.test(expr))
    source = 'errors';
  else if (about('histogram_quantile(0.99') && about('istio_request_duration_milliseconds_bucket')) source = 'latency';
  else if (about('container_cpu_usage_seconds_total') && about('resource="cpu"')) source = 'cpu';
  else if (about('container_memory_working_set_bytes') && about('resource="memory"')) source = 'memory';
  return { source: own ? source : `${source} of another workload`, window };
}

/** The alerts of a workload's PrometheusRule, each as the comparisons it makes (ORed and ANDed alike). */
export function readAlerts(rule: IPrometheusRule, workload: string): Record<string, Comparison[]> {
  const rules = rule.spec.groups!.flatMap((g) => g.rules ?? []);
  const recorded = new Map(rules.filter((r) => r.record).map((r) => [r.record!, r.expr as string]));
  const out: Record<string, Comparison[]> = {};
  for (const r of rules.filter((x) => x.alert)) {
    const expr = r.expr as string;
    const comparisons = [...expr.matchAll(/([A-Za-z_:][\w:]*)\{([^}]*)\} > ([0-9.e+-]+)/g)];
    const leftOver = expr.replace(/([A-Za-z_:][\w:]*)\{([^}]*)\} > ([0-9.e+-]+)/g, '').replace(/[()\s]|and|or/g, '');
    out[r.alert!] = [
      ...comparisons.map(([, series, , threshold]) => {
        const source = recorded.get(series!);
        return {
          ...(source ? whatIsRecorded(source, workload) : { source: `not recorded: ${series}`, window: '?' }),
          threshold: Number(threshold),
        };
      }),
      ...(leftOver ? [{ source: `not understood: ${leftOver}`, window: '?', threshold: NaN }] : []),
    ];
  }
  return out;
}

/** Rounds thresholds to 6 significant digits (PromQL text), so that two readings compare exactly. */
export const rounded = (alerts: Record<string, Comparison[]>) =>
  Object.fromEntries(
    Object.entries(alerts).map(([name, cs]) => [
      name,
      cs.map((c) => ({ ...c, threshold: Number(c.threshold.toPrecision(6)) })),
    ]),
  );
