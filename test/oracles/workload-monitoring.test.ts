/**
 * `WorkloadMonitoring` in a plain cdk8s app, on hand-written props: the PodMonitor and the
 * PrometheusRule compared whole with PromQL written out here by hand (Istio's standard metrics as the
 * workload's own sidecar reports them, cAdvisor's and kube-state-metrics' container series; the burn
 * rates of the Google SRE workbook, chapter 5: 14.4 and 6 page, 3 and 1 ticket), for HTTP with an
 * availability objective and for gRPC without one. oracles/alerts.test.ts reads the platform's rules back
 * through their recording rules; this pins every field of the objects, names, severities, for-durations
 * and texts included.
 */
import { App, Chart } from 'cdk8s';
import { WorkloadMonitoring, type WorkloadMonitoringProps } from '../../charts/workload-monitoring';
import type { KubeObject } from '../../lib/validate';

const props: WorkloadMonitoringProps = {
  name: 'orders',
  namespace: 'shop',
  labels: { team: 'a' },
  podSelector: { 'app.kubernetes.io/name': 'orders' },
  protocol: 'http',
  thresholds: { errorRatePercent: 5, latencyP99Ms: 500, saturationPercent: 90 },
  availabilityObjective: 99.9,
  dashboardNamespace: 'grafana',
};

function objectsOf(p: WorkloadMonitoringProps): KubeObject[] {
  const chart = new Chart(new App(), 'c');
  new WorkloadMonitoring(chart, 'm', p);
  return chart.toJson() as KubeObject[];
}

const W = 'destination_workload="orders",destination_workload_namespace="shop"';
const R = `reporter="destination",${W}`;
const BY = 'sum by (destination_workload, destination_workload_namespace)';
const C = 'namespace="shop",pod=~"orders-[a-z0-9]+-[a-z0-9]+",container="orders"';
const errorRatio = (window: string, errors: string) => ({
  record: `workload:istio_requests_errors:ratio_rate${window}`,
  expr: `${BY} (rate(istio_requests_total{${R},${errors}}[${window}])) / ${BY} (rate(istio_requests_total{${R}}[${window}]))`,
});
const recording = (errors: string, windows: string[]) => [
  { record: 'workload:istio_requests:rate5m', expr: `${BY} (rate(istio_requests_total{${R}}[5m]))` },
  ...windows.map((w) => errorRatio(w, errors)),
  {
    record: 'workload:istio_request_duration_milliseconds:p99_rate5m',
    expr: `histogram_quantile(0.99, sum by (destination_workload, destination_workload_namespace, le) (rate(istio_request_duration_milliseconds_bucket{${R}}[5m])))`,
  },
  {
    record: 'workload:container_cpu_usage:ratio_limit',
    expr: `sum by (namespace, container) (rate(container_cpu_usage_seconds_total{${C}}[5m])) / sum by (namespace, container) (kube_pod_container_resource_limits{${C},resource="cpu"})`,
  },
  {
    record: 'workload:container_memory_working_set:ratio_limit',
    expr: `sum by (namespace, container) (container_memory_working_set_bytes{${C}}) / sum by (namespace, container) (kube_pod_container_resource_limits{${C},resource="memory"})`,
  },
];
const alert = (name: string, expr: string, forDuration: string, severity: string, summary: string) => ({
  alert: name,
  expr,
  for: forDuration,
  labels: { severity, workload: 'orders' },
  annotations: { summary: `orders: ${summary}`, description: `${summary} (value: {{ $value }}).` },
});
const P = 'namespace="shop",container="orders"';
const golden = [
  alert(
    'WorkloadHighErrorRate',
    `workload:istio_requests_errors:ratio_rate5m{${W}} > 0.05`,
    '5m',
    'warning',
    'more than 5% of requests fail with a server error',
  ),
  alert(
    'WorkloadHighLatency',
    `workload:istio_request_duration_milliseconds:p99_rate5m{${W}} > 500`,
    '10m',
    'warning',
    '99th percentile latency above 500 ms',
  ),
  alert(
    'WorkloadCPUSaturated',
    `workload:container_cpu_usage:ratio_limit{${P}} > 0.9`,
    '15m',
    'warning',
    'CPU use above 90% of the limit',
  ),
  alert(
    'WorkloadMemorySaturated',
    `workload:container_memory_working_set:ratio_limit{${P}} > 0.9`,
    '15m',
    'warning',
    'memory use above 90% of the limit',
  ),
];
const burn = (long: string, short: string, threshold: string) =>
  `(workload:istio_requests_errors:ratio_rate${long}{${W}} > ${threshold} and workload:istio_requests_errors:ratio_rate${short}{${W}} > ${threshold})`;

test('HTTP with a 99.9 % objective: the PodMonitor and the PrometheusRule whole', () => {
  const objects = objectsOf(props);
  expect(objects.map((o) => `${o.kind} ${o.metadata.namespace}/${o.metadata.name}`)).toEqual([
    'PodMonitor shop/orders',
    'PrometheusRule shop/orders',
    'ConfigMap grafana/dashboard-orders',
  ]);
  expect(objects[0]).toEqual({
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PodMonitor',
    metadata: { name: 'orders', namespace: 'shop', labels: { team: 'a' } },
    spec: {
      selector: { matchLabels: { 'app.kubernetes.io/name': 'orders' } },
      // The sidecar agent's port, where Istio merges the application's metrics with Envoy's.
      podMetricsEndpoints: [{ interval: '30s', portNumber: 15020, path: '/stats/prometheus' }],
    },
  });
  expect(objects[1]).toEqual({
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PrometheusRule',
    metadata: { name: 'orders', namespace: 'shop', labels: { team: 'a' } },
    spec: {
      groups: [
        {
          name: 'orders.golden-signals.recording',
          interval: '30s',
          rules: recording('response_code=~"5.."', ['5m', '30m', '1h', '2h', '6h', '1d', '3d']),
        },
        {
          name: 'orders.golden-signals.alerts',
          rules: [
            ...golden,
            // Budget 0.1 %: 14.4 and 6 times it page, 3 and 1 times it ticket.
            alert(
              'ErrorBudgetFastBurn',
              `${burn('1h', '5m', '0.0144')} or ${burn('6h', '30m', '0.006')}`,
              '2m',
              'critical',
              'burning the error budget of the 99.9% availability objective fast',
            ),
            alert(
              'ErrorBudgetSlowBurn',
              `${burn('1d', '2h', '0.003')} or ${burn('3d', '6h', '0.001')}`,
              '15m',
              'warning',
              'burning the error budget of the 99.9% availability objective',
            ),
          ],
        },
      ],
    },
  });
  // The dashboard shows the recorded series of this workload, one panel each.
  const data = (objects[2] as unknown as { data: Record<string, string> }).data['dashboard-orders.json']!;
  const panels = (JSON.parse(data) as { panels: { targets: { expr: string }[] }[] }).panels;
  expect(panels.map((p) => p.targets.map((t) => t.expr))).toEqual([
    [`workload:istio_requests:rate5m{${W}}`],
    [`workload:istio_requests_errors:ratio_rate5m{${W}}`],
    [`workload:istio_request_duration_milliseconds:p99_rate5m{${W}}`],
    [`workload:container_cpu_usage:ratio_limit{${P}} or workload:container_memory_working_set:ratio_limit{${P}}`],
  ]);
});

test('gRPC without an objective: the server-side gRPC codes as errors, one window, no burn-rate alerts', () => {
  const { availabilityObjective, labels, ...rest } = props;
  void availabilityObjective;
  void labels;
  const objects = objectsOf({ ...rest, protocol: 'grpc' });
  expect(objects[0]!.metadata).toEqual({ name: 'orders', namespace: 'shop' });
  const rule = objects[1] as unknown as { metadata: unknown; spec: { groups: { rules: unknown[] }[] } };
  expect(rule.metadata).toEqual({ name: 'orders', namespace: 'shop' });
  expect(rule.spec.groups[0]!.rules).toEqual(recording('grpc_response_status=~"2|4|12|13|14"', ['5m']));
  expect(rule.spec.groups[1]!.rules).toEqual(golden);
});
