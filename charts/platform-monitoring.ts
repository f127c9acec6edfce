import type { IServiceMonitor } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor';
import { ConfigMap } from 'cdk8s-plus-28';
import type { Construct } from 'constructs';
import { addTyped } from './model-object';
import { PlatformChart, type PlatformChartProps } from './platform-chart';
import { RECORDED } from './workload-monitoring';

export interface PlatformMonitoringChartProps extends PlatformChartProps {
  /** Namespace of istiod, whose control-plane metrics Prometheus scrapes. */
  readonly istioNamespace: string;
  /** Namespace of Grafana, where the overview dashboard goes. */
  readonly dashboardNamespace: string;
  /** The workloads on the overview, as `<namespace>/<name>`. */
  readonly workloads: readonly string[];
}

/**
 * What is monitored once per platform: the Istio control plane (a ServiceMonitor on istiod's
 * monitoring port) and an overview dashboard of every workload's golden signals.
 */
export class PlatformMonitoringChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: PlatformMonitoringChartProps) {
    super(scope, id, props);
    const istiod: IServiceMonitor = {
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'ServiceMonitor',
      metadata: { name: 'istiod', namespace: props.istioNamespace },
      spec: {
        selector: { matchLabels: { app: 'istiod' } },
        endpoints: [{ port: 'http-monitoring', interval: '30s' }],
      },
    };
    addTyped(this, 'istiod', istiod);

    const names = props.workloads.map((w) => w.split('/')[1]).join('|');
    const own = `destination_workload=~"${names}"`;
    const panel = (n: number, title: string, expr: string, unit: string, legend: string) => ({
      id: n,
      type: 'timeseries',
      title,
      gridPos: { h: 9, w: 12, x: ((n - 1) % 2) * 12, y: Math.floor((n - 1) / 2) * 9 },
      datasource: { type: 'prometheus', uid: 'prometheus' },
      fieldConfig: { defaults: { unit }, overrides: [] },
      targets: [{ refId: 'A', expr, legendFormat: legend }],
    });
    const dashboard = {
      uid: `${props.platform}-overview`.slice(0, 40),
      title: `${props.platform}: platform overview`,
      tags: ['golden-signals'],
      timezone: 'utc',
      schemaVersion: 39,
      time: { from: 'now-6h', to: 'now' },
      panels: [
        panel(
          1,
          'Traffic by workload (requests/s)',
          `${RECORDED.requests}{${own}}`,
          'reqps',
          '{{destination_workload}}',
        ),
        panel(
          2,
          'Errors by workload',
          `${RECORDED.errorRatio('5m')}{${own}}`,
          'percentunit',
          '{{destination_workload}}',
        ),
        panel(3, 'Latency p99 by workload', `${RECORDED.latencyP99}{${own}}`, 'ms', '{{destination_workload}}'),
        panel(
          4,
          'CPU by workload (share of limits)',
          `${RECORDED.cpu}{container=~"${names}"}`,
          'percentunit',
          '{{container}}',
        ),
      ],
    };
    new ConfigMap(this, 'overview', {
      metadata: {
        name: `dashboard-${props.platform}-overview`,
        namespace: props.dashboardNamespace,
        labels: { grafana_dashboard: '1' },
      },
      data: { [`${props.platform}-overview.json`]: JSON.stringify(dashboard, null, 2) },
    });
  }
}
