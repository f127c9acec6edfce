import type { IServiceMonitor } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor';
import type { Construct } from 'constructs';
import { addGrafanaDashboard } from './grafana-dashboard';
import { addTyped } from './model-object';
import { PlatformChart, type PlatformChartProps } from './platform-chart';
import { RECORDED } from './workload-monitoring';

/** Props of `PlatformMonitoringChart`. */
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
    const legend = '{{destination_workload}}';
    addGrafanaDashboard(this, 'overview', {
      name: `dashboard-${props.platform}-overview`,
      namespace: props.dashboardNamespace,
      uid: `${props.platform}-overview`,
      title: `${props.platform}: platform overview`,
      panels: [
        { title: 'Traffic by workload (requests/s)', expr: `${RECORDED.requests}{${own}}`, unit: 'reqps', legend },
        { title: 'Errors by workload', expr: `${RECORDED.errorRatio('5m')}{${own}}`, unit: 'percentunit', legend },
        { title: 'Latency p99 by workload', expr: `${RECORDED.latencyP99}{${own}}`, unit: 'ms', legend },
        {
          title: 'CPU by workload (share of limits)',
          expr: `${RECORDED.cpu}{container=~"${names}"}`,
          unit: 'percentunit',
          legend: '{{container}}',
        },
      ],
    });
  }
}
