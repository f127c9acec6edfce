/**
 * Observability: every workload scraped, golden-signal rules that parse as PromQL (with the Prometheus
 * project's own parser) and refer only to metrics and labels the platform produces, burn-rate alerts
 * in every environment, dashboards Grafana loads.
 */
import { parser } from '@prometheus-io/lezer-promql';
import type { IPodMonitor } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PodMonitor';
import type { IPrometheusRule } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PrometheusRule';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IApplication } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1/Application';
import { LOG_LABELS } from '../charts/platform-operators';
import { environments } from '../environments';
import type { ManifestFile } from '../lib/synth';
import { find, ofKind, orofiModel, synth } from './helpers';

const model = orofiModel();
const cases = [...model.values()].map((env) => [env.name, { env, files: synth(env) }] as const);

/** Metrics that Istio's sidecars, cAdvisor and kube-state-metrics export (kube-prometheus-stack scrapes both). */
const SOURCE_METRICS = new Set([
  'istio_requests_total',
  'istio_request_duration_milliseconds_bucket',
  'container_cpu_usage_seconds_total',
  'container_memory_working_set_bytes',
  'kube_pod_container_resource_limits',
]);
/** Labels those metrics carry and the rules use. */
const LABELS = new Set([
  'reporter',
  'destination_workload',
  'destination_workload_namespace',
  'response_code',
  'grpc_response_status',
  'le',
  'namespace',
  'pod',
  'container',
  'resource',
]);

interface Parsed {
  readonly errors: number;
  readonly metrics: string[];
  readonly labels: string[];
  /** `label=value` of every equality matcher. */
  readonly equals: string[];
  /** `label=~value` of every regular-expression matcher. */
  readonly matches: string[];
}

/** Parses a PromQL expression with the Prometheus project's Lezer grammar. */
function parse(expr: string): Parsed {
  const tree = parser.parse(expr);
  const result = {
    errors: 0,
    metrics: [] as string[],
    labels: [] as string[],
    equals: [] as string[],
    matches: [] as string[],
  };
  const text = (from: number, to: number) => expr.slice(from, to);
  tree.iterate({
    enter(node) {
      if (node.type.isError) result.errors++;
      if (node.name === 'VectorSelector') {
        const id = node.node.getChild('Identifier');
        if (id) result.metrics.push(text(id.from, id.to));
      }
      if (node.name === 'LabelName') result.labels.push(text(node.from, node.to));
      if (node.name === 'UnquotedLabelMatcher') {
        const [name, op, value] = ['LabelName', 'MatchOp', 'StringLiteral'].map((c) => node.node.getChild(c));
        const matcher = name && op && value && text(op.from, op.to);
        if (matcher === '=' || matcher === '=~') {
          (matcher === '=' ? result.equals : result.matches).push(
            `${text(name!.from, name!.to)}${matcher}${JSON.parse(text(value!.from, value!.to))}`,
          );
        }
      }
    },
  });
  return result;
}

function rulesOf(files: readonly ManifestFile[]) {
  return (ofKind(files, 'PrometheusRule') as unknown as IPrometheusRule[]).flatMap((r) =>
    r.spec.groups!.flatMap((g) => g.rules!.map((rule) => ({ owner: r.metadata!.name!, rule }))),
  );
}

test('the parser rejects what is not PromQL', () => {
  expect(parse('sum(rate(x[5m])) >').errors).toBeGreaterThan(0);
  expect(parse('sum by (a) (rate(x{a="b", c=~"d|e", f!="g"}[5m])) > 0.5')).toEqual({
    errors: 0,
    metrics: ['x'],
    labels: ['a', 'a', 'c', 'f'],
    equals: ['a=b'],
    matches: ['c=~d|e'],
  });
});

describe.each(cases)('%s', (envName, { env, files }) => {
  const rules = rulesOf(files);
  const recorded = new Set(rules.flatMap(({ rule }) => (rule.record ? [rule.record] : [])));
  const config = environments.find((e) => e.name === envName)!.alerts;

  test('every workload is scraped on the sidecar port where Istio merges its metrics', () => {
    for (const w of env.workloads) {
      const monitor = find(files, 'PodMonitor', w.name) as unknown as IPodMonitor;
      expect(monitor.metadata!.namespace).toBe(w.namespace);
      expect(monitor.spec.selector).toEqual({ matchLabels: { 'app.kubernetes.io/name': w.name } });
      expect(monitor.spec.podMetricsEndpoints).toEqual([
        { portNumber: 15020, path: '/stats/prometheus', interval: '30s' },
      ]);
      const pod = (find(files, 'Deployment', w.name) as unknown as IDeployment).spec!.template.metadata!;
      expect(pod.annotations).toMatchObject({
        'prometheus.io/scrape': 'true',
        'prometheus.io/port': String(w.port),
        'prometheus.io/path': '/metrics',
      });
    }
    expect(find(files, 'ServiceMonitor', 'istiod').metadata.namespace).toBe('istio-system');
  });

  test('Kafka (Strimzi metrics and exporter) and MongoDB (an exporter beside each member) are scraped', () => {
    const kafka = find(files, 'PodMonitor', 'kafka') as unknown as IPodMonitor;
    expect(kafka.metadata!.namespace).toBe('kafka');
    expect(kafka.spec.podMetricsEndpoints).toEqual([{ port: 'tcp-prometheus', path: '/metrics', interval: '30s' }]);
    const mongo = find(files, 'PodMonitor', 'mongodb') as unknown as IPodMonitor;
    expect(mongo.spec.podMetricsEndpoints).toEqual([{ port: 'metrics', path: '/metrics', interval: '30s' }]);
    type Sidecar = { ports: { name: string; containerPort: number }[]; env: unknown[]; securityContext: unknown };
    const spec = find(files, 'PerconaServerMongoDB', 'mongodb').spec as { replsets: { sidecars: Sidecar[] }[] };
    const [exporter] = spec.replsets[0]!.sidecars;
    expect(exporter!.ports).toEqual([{ name: 'metrics', containerPort: 9216 }]);
    expect(exporter!.securityContext).toMatchObject({
      runAsNonRoot: true,
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
    });
    expect(JSON.stringify(exporter!.env)).toContain('MONGODB_CLUSTER_MONITOR_PASSWORD');
    const policy = find(files, 'NetworkPolicy', 'mongodb').spec as {
      ingress: { from: unknown[]; ports: { port: number }[] }[];
    };
    const fromMonitoring = policy.ingress.filter((r) => JSON.stringify(r.from).includes('"monitoring"'));
    expect(fromMonitoring.map((r) => r.ports.map((p) => p.port))).toEqual([[9216]]);
  });

  test('every expression parses and refers only to metrics and labels the platform produces', () => {
    const names = new Set(env.workloads.map((w) => w.name));
    const namespaces = new Set(env.workloads.map((w) => w.namespace));
    expect(rules.length).toBeGreaterThan(0);
    for (const { owner, rule } of rules) {
      const parsed = parse(rule.expr as string);
      expect({ owner, expr: rule.expr, errors: parsed.errors }).toEqual({ owner, expr: rule.expr, errors: 0 });
      for (const metric of parsed.metrics) expect(SOURCE_METRICS.has(metric) || recorded.has(metric)).toBe(true);
      for (const label of parsed.labels) expect(LABELS).toContain(label);
      for (const matcher of parsed.equals) {
        const [label, value] = matcher.split('=') as [string, string];
        if (label === 'destination_workload' || label === 'container') expect(value).toBe(owner);
        if (label === 'destination_workload_namespace' || label === 'namespace') expect(namespaces).toContain(value);
        if (label === 'reporter') expect(value).toBe('destination');
      }
      expect(names).toContain(owner);
    }
  });

  test('alert thresholds follow the environment; burn-rate alerts on every objective everywhere', () => {
    const alerts = rules.filter(({ rule }) => rule.alert);
    const byName = (name: string) => alerts.filter(({ rule }) => rule.alert === name);
    expect(byName('WorkloadHighErrorRate')).toHaveLength(env.workloads.length);
    for (const { rule } of byName('WorkloadHighErrorRate')) {
      expect(rule.expr).toMatch(new RegExp(` > ${config.errorRatePercent / 100}$`));
    }
    for (const { rule } of byName('WorkloadHighLatency'))
      expect(rule.expr).toMatch(new RegExp(` > ${config.latencyP99Ms}$`));
    for (const { rule } of byName('WorkloadCPUSaturated')) {
      expect(rule.expr).toMatch(new RegExp(` > ${config.saturationPercent / 100}$`));
    }
    // Burn-rate alerts on every workload's objective, in every environment (the platform's choice).
    expect(byName('ErrorBudgetFastBurn')).toHaveLength(env.workloads.length);
    expect(byName('ErrorBudgetSlowBurn')).toHaveLength(env.workloads.length);
    for (const { owner, rule } of byName('ErrorBudgetFastBurn')) {
      const budget = 1 - env.workloads.find((w) => w.name === owner)!.availabilityObjective / 100;
      const thresholds = [...(rule.expr as string).matchAll(/ > ([\d.e-]+)/g)].map((m) => Number(m[1]));
      expect(thresholds).toHaveLength(4);
      expect(thresholds.map((t) => Number((t / budget).toFixed(3)))).toEqual([14.4, 14.4, 6, 6]);
      expect(rule.labels).toMatchObject({ severity: 'critical' });
    }
    for (const { owner, rule } of byName('ErrorBudgetSlowBurn')) {
      const budget = 1 - env.workloads.find((w) => w.name === owner)!.availabilityObjective / 100;
      const thresholds = [...(rule.expr as string).matchAll(/ > ([\d.e-]+)/g)].map((m) => Number(m[1]));
      expect(thresholds.map((t) => Number((t / budget).toFixed(3)))).toEqual([3, 3, 1, 1]);
    }
  });

  test('logs: every pod carries the labels the log agent turns into Loki labels, and the agent ships to Loki', () => {
    for (const d of ofKind(files, 'Deployment') as unknown as IDeployment[]) {
      const labels = d.spec!.template.metadata!.labels!;
      for (const podLabel of Object.keys(LOG_LABELS)) expect(labels[podLabel]).toBeTruthy();
    }
    const alloy = find(files, 'Application', 'alloy') as unknown as IApplication;
    const values = alloy.spec.source!.helm!.valuesObject as { alloy: { configMap: { content: string } } };
    const config = values.alloy.configMap.content;
    for (const [podLabel, lokiLabel] of Object.entries(LOG_LABELS)) {
      const meta = `__meta_kubernetes_pod_label_${podLabel.replace(/[^A-Za-z0-9]/g, '_')}`;
      expect(config).toContain(`source_labels = ["${meta}"]\n    target_label  = "${lokiLabel}"`);
    }
    expect(config).toContain('url       = "http://loki-gateway.monitoring.svc.cluster.local/loki/api/v1/push"');
    expect(find(files, 'Application', 'loki').spec).toMatchObject({ destination: { namespace: 'monitoring' } });
  });

  test('a dashboard per workload and an overview, as ConfigMaps the Grafana sidecar loads, with queries that parse', () => {
    const dashboards = ofKind(files, 'ConfigMap').filter(
      (c) => (c.metadata.labels as Record<string, string> | undefined)?.grafana_dashboard === '1',
    );
    expect(dashboards.map((d) => d.metadata.name).sort()).toEqual(
      [`dashboard-${env.platform}-overview`, ...env.workloads.map((w) => `dashboard-${w.name}`)].sort(),
    );
    for (const d of dashboards) {
      expect(d.metadata.namespace).toBe('monitoring');
      const [json] = Object.values(d.data as Record<string, string>);
      const dashboard = JSON.parse(json!) as { uid: string; panels: { targets: { expr: string }[] }[] };
      expect(dashboard.uid.length).toBeLessThanOrEqual(40);
      for (const target of dashboard.panels.flatMap((p) => p.targets)) {
        const parsed = parse(target.expr);
        expect(parsed.errors).toBe(0);
        for (const metric of parsed.metrics) expect(recorded).toContain(metric);
      }
    }
  });

  test("the overview's panels select exactly the platform's workloads", () => {
    const overview = find(files, 'ConfigMap', `dashboard-${env.platform}-overview`);
    const [json] = Object.values(overview.data as Record<string, string>);
    const exprs = (JSON.parse(json!) as { panels: { targets: { expr: string }[] }[] }).panels.flatMap((p) =>
      p.targets.map((t) => t.expr),
    );
    expect(exprs).toHaveLength(4);
    const names = env.workloads.map((w) => w.name).sort();
    for (const expr of exprs) {
      const { matches } = parse(expr);
      expect(matches).toHaveLength(1);
      const [label, alternatives] = matches[0]!.split('=~');
      expect([expr, label]).toEqual([expr, expect.stringMatching(/^(destination_workload|container)$/)]);
      expect(alternatives!.split('|').sort()).toEqual(names);
    }
  });
});
