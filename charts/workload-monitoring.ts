import type { IPodMonitor } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PodMonitor';
import type { IPrometheusRule } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PrometheusRule';
import { Construct } from 'constructs';
import { addGrafanaDashboard } from './grafana-dashboard';
import { addTyped } from './model-object';

/** One metrics endpoint of a PodMonitor; scraped every 30 s unless it says otherwise. */
export type PodMetricsEndpoint = NonNullable<IPodMonitor['spec']['podMetricsEndpoints']>[number];

/** A PodMonitor named `name` in `namespace`, scraping the pods `selector` matches at `endpoint` every 30 s. */
export function addPodMonitor(
  scope: Construct,
  props: {
    name: string;
    namespace: string;
    labels?: Record<string, string>;
    selector: Record<string, string>;
    endpoint: PodMetricsEndpoint;
  },
): void {
  const podMonitor: IPodMonitor = {
    apiVersion: 'monitoring.coreos.com/v1',
    kind: 'PodMonitor',
    metadata: { name: props.name, namespace: props.namespace, ...(props.labels && { labels: { ...props.labels } }) },
    spec: {
      selector: { matchLabels: { ...props.selector } },
      podMetricsEndpoints: [{ interval: '30s', ...props.endpoint }],
    },
  };
  addTyped(scope, 'PodMonitor', podMonitor);
}

/** Port of the Istio sidecar agent, which serves the application's and Envoy's metrics merged. */
export const MERGED_METRICS_PORT = 15020;

/** Golden-signal alert thresholds. */
export interface AlertThresholds {
  /** Share of requests answered with a server error, in percent, over 5 minutes. */
  readonly errorRatePercent: number;
  /** 99th percentile latency, in milliseconds, over 5 minutes. */
  readonly latencyP99Ms: number;
  /** CPU or memory use, in percent of the container's limit. */
  readonly saturationPercent: number;
}

/** Props of `WorkloadMonitoring`. */
export interface WorkloadMonitoringProps {
  /** Name of the workload (its pods are `<name>-<replica set>-<id>`, its container `<name>`). */
  readonly name: string;
  /** Namespace of the workload, its PodMonitor and its PrometheusRule. */
  readonly namespace: string;
  /** Labels of every object. @default - the chart's labels only */
  readonly labels?: Readonly<Record<string, string>>;
  /** Labels of the workload's pods. */
  readonly podSelector: Readonly<Record<string, string>>;
  /** What counts as a server error: 5xx for HTTP, the server-side status codes for gRPC. */
  readonly protocol: 'http' | 'grpc';
  /** When the golden-signal alerts fire. */
  readonly thresholds: AlertThresholds;
  /**
   * Availability objective in percent over 30 days: adds multi-window, multi-burn-rate alerts on its
   * error budget (Google SRE workbook, chapter 5).
   * @default - no burn-rate alerts
   */
  readonly availabilityObjective?: number;
  /** Namespace of Grafana, whose sidecar loads dashboards from ConfigMaps labelled `grafana_dashboard`. */
  readonly dashboardNamespace: string;
}

/** The error-ratio windows recorded for each workload, shortest first. */
const WINDOWS = ['5m', '30m', '1h', '2h', '6h', '1d', '3d'] as const;
export type Window = (typeof WINDOWS)[number];

/** Multi-window burn-rate alerts: [long window, short window, burn rate] for a page and for a ticket. */
const BURN_RATES = {
  page: [
    ['1h', '5m', 14.4],
    ['6h', '30m', 6],
  ],
  ticket: [
    ['1d', '2h', 3],
    ['3d', '6h', 1],
  ],
} as const satisfies Record<string, readonly (readonly [Window, Window, number])[]>;

/** A number as PromQL writes it, without floating-point noise. */
const num = (n: number) => String(Number(n.toPrecision(6)));

/** The recorded series of one workload (names follow the Prometheus `level:metric:operations` convention). */
export const RECORDED = {
  requests: 'workload:istio_requests:rate5m',
  errorRatio: (w: Window) => `workload:istio_requests_errors:ratio_rate${w}`,
  latencyP99: 'workload:istio_request_duration_milliseconds:p99_rate5m',
  cpu: 'workload:container_cpu_usage:ratio_limit',
  memory: 'workload:container_memory_working_set:ratio_limit',
};

/**
 * Golden-signal observability of one workload:
 * - a PodMonitor: Prometheus scrapes the sidecar agent's port, where Istio merges the application's
 *   metrics (announced by the pod's `prometheus.io/*` annotations) with Envoy's;
 * - a PrometheusRule: recorded traffic, error ratio, p99 latency (Istio's standard metrics, as the
 *   workload's own sidecar reports them) and CPU and memory saturation, alerts on each, and, with an
 *   objective, burn-rate alerts on the error budget;
 * - a Grafana dashboard of the same series, as a ConfigMap the Grafana sidecar loads.
 */
export class WorkloadMonitoring extends Construct {
  constructor(scope: Construct, id: string, props: WorkloadMonitoringProps) {
    super(scope, id);
    const { name, namespace } = props;
    const metadata = { name, namespace, labels: { ...props.labels } };
    addPodMonitor(this, {
      name,
      namespace,
      labels: props.labels,
      selector: props.podSelector,
      endpoint: { portNumber: MERGED_METRICS_PORT, path: '/stats/prometheus' },
    });

    const workload = `destination_workload="${name}",destination_workload_namespace="${namespace}"`;
    const requests = `reporter="destination",${workload}`;
    const errors = props.protocol === 'grpc' ? 'grpc_response_status=~"2|4|12|13|14"' : 'response_code=~"5.."';
    const by = 'sum by (destination_workload, destination_workload_namespace)';
    const container = `namespace="${namespace}",pod=~"${name}-[a-z0-9]+-[a-z0-9]+",container="${name}"`;
    const saturation = (usage: string, resource: string) =>
      `sum by (namespace, container) (${usage}) / sum by (namespace, container) (kube_pod_container_resource_limits{${container},resource="${resource}"})`;
    const windows = props.availabilityObjective === undefined ? WINDOWS.slice(0, 1) : WINDOWS;
    const recording = [
      { record: RECORDED.requests, expr: `${by} (rate(istio_requests_total{${requests}}[5m]))` },
      ...windows.map((w) => ({
        record: RECORDED.errorRatio(w),
        expr: `${by} (rate(istio_requests_total{${requests},${errors}}[${w}])) / ${by} (rate(istio_requests_total{${requests}}[${w}]))`,
      })),
      {
        record: RECORDED.latencyP99,
        expr: `histogram_quantile(0.99, sum by (destination_workload, destination_workload_namespace, le) (rate(istio_request_duration_milliseconds_bucket{${requests}}[5m])))`,
      },
      {
        record: RECORDED.cpu,
        expr: saturation(`rate(container_cpu_usage_seconds_total{${container}}[5m])`, 'cpu'),
      },
      { record: RECORDED.memory, expr: saturation(`container_memory_working_set_bytes{${container}}`, 'memory') },
    ];
    const series = (record: string, selector: string) => `${record}{${selector}}`;
    const own = workload;
    const pods = `namespace="${namespace}",container="${name}"`;
    const t = props.thresholds;
    const alert = (alertName: string, expr: string, forDuration: string, severity: string, summary: string) => ({
      alert: `${alertName}`,
      expr,
      for: forDuration,
      labels: { severity, workload: name },
      annotations: { summary: `${name}: ${summary}`, description: `${summary} (value: {{ $value }}).` },
    });
    const alerts = [
      alert(
        'WorkloadHighErrorRate',
        `${series(RECORDED.errorRatio('5m'), own)} > ${num(t.errorRatePercent / 100)}`,
        '5m',
        'warning',
        `more than ${t.errorRatePercent}% of requests fail with a server error`,
      ),
      alert(
        'WorkloadHighLatency',
        `${series(RECORDED.latencyP99, own)} > ${t.latencyP99Ms}`,
        '10m',
        'warning',
        `99th percentile latency above ${t.latencyP99Ms} ms`,
      ),
      alert(
        'WorkloadCPUSaturated',
        `${series(RECORDED.cpu, pods)} > ${num(t.saturationPercent / 100)}`,
        '15m',
        'warning',
        `CPU use above ${t.saturationPercent}% of the limit`,
      ),
      alert(
        'WorkloadMemorySaturated',
        `${series(RECORDED.memory, pods)} > ${num(t.saturationPercent / 100)}`,
        '15m',
        'warning',
        `memory use above ${t.saturationPercent}% of the limit`,
      ),
    ];
    if (props.availabilityObjective !== undefined) {
      const budget = 1 - props.availabilityObjective / 100;
      const burn = (pairs: readonly (readonly [Window, Window, number])[]) =>
        pairs
          .map(
            ([long, short, rate]) =>
              `(${series(RECORDED.errorRatio(long), own)} > ${num(rate * budget)} and ${series(RECORDED.errorRatio(short), own)} > ${num(rate * budget)})`,
          )
          .join(' or ');
      const objective = `the ${props.availabilityObjective}% availability objective`;
      alerts.push(
        alert(
          'ErrorBudgetFastBurn',
          burn(BURN_RATES.page),
          '2m',
          'critical',
          `burning the error budget of ${objective} fast`,
        ),
        alert(
          'ErrorBudgetSlowBurn',
          burn(BURN_RATES.ticket),
          '15m',
          'warning',
          `burning the error budget of ${objective}`,
        ),
      );
    }
    const rule: IPrometheusRule = {
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'PrometheusRule',
      metadata,
      spec: {
        groups: [
          { name: `${name}.golden-signals.recording`, interval: '30s', rules: recording },
          { name: `${name}.golden-signals.alerts`, rules: alerts },
        ],
      },
    };
    addTyped(this, 'PrometheusRule', rule);

    addGrafanaDashboard(this, 'Dashboard', {
      name: `dashboard-${name}`,
      namespace: props.dashboardNamespace,
      labels: props.labels,
      uid: name,
      title: `Workload: ${name}`,
      panels: [
        { title: 'Traffic (requests/s)', expr: `${RECORDED.requests}{${own}}`, unit: 'reqps', legend: name },
        {
          title: 'Errors (share of requests)',
          expr: `${RECORDED.errorRatio('5m')}{${own}}`,
          unit: 'percentunit',
          legend: name,
        },
        { title: 'Latency p99', expr: `${RECORDED.latencyP99}{${own}}`, unit: 'ms', legend: name },
        {
          title: 'Saturation (share of limits)',
          expr: `${RECORDED.cpu}{${pods}} or ${RECORDED.memory}{${pods}}`,
          unit: 'percentunit',
          legend: name,
        },
      ],
    });
  }
}
