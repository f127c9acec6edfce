import type { ApiObject } from 'cdk8s';
import type { IConfigMap } from 'kubernetes-models/v1/ConfigMap';
import type { Construct } from 'constructs';
import { addTyped } from './model-object';

/** A time-series panel of one PromQL query. */
export interface DashboardPanel {
  /** Title of the panel. */
  readonly title: string;
  /** PromQL query of the panel. */
  readonly expr: string;
  /** Grafana unit, e.g. `reqps`, `percentunit`, `ms`. */
  readonly unit: string;
  /** Legend of each series, e.g. `{{destination_workload}}`. */
  readonly legend: string;
}

/** Props of `addGrafanaDashboard`. */
export interface GrafanaDashboardProps {
  /** Name of the ConfigMap. */
  readonly name: string;
  /** Namespace of Grafana, whose sidecar loads ConfigMaps labelled `grafana_dashboard`. */
  readonly namespace: string;
  /** Labels of every object. @default - the chart's labels only */
  readonly labels?: Readonly<Record<string, string>>;
  /** Dashboard uid (at most 40 characters: longer ones are cut) and title. */
  readonly uid: string;
  /** Title of the dashboard. */
  readonly title: string;
  /** Laid out two per row. */
  readonly panels: readonly DashboardPanel[];
}

/**
 * A Grafana dashboard shipped as a ConfigMap that Grafana's dashboard sidecar loads (label
 * `grafana_dashboard`), queried from the default Prometheus data source.
 */
export function addGrafanaDashboard(scope: Construct, id: string, props: GrafanaDashboardProps): ApiObject {
  const dashboard = {
    uid: props.uid.slice(0, 40),
    title: props.title,
    tags: ['golden-signals'],
    timezone: 'utc',
    schemaVersion: 39,
    time: { from: 'now-6h', to: 'now' },
    panels: props.panels.map((p, i) => ({
      id: i + 1,
      type: 'timeseries',
      title: p.title,
      gridPos: { h: 8, w: 12, x: (i % 2) * 12, y: Math.floor(i / 2) * 8 },
      datasource: { type: 'prometheus', uid: 'prometheus' },
      fieldConfig: { defaults: { unit: p.unit }, overrides: [] },
      targets: [{ refId: 'A', expr: p.expr, legendFormat: p.legend }],
    })),
  };
  const configMap: IConfigMap = {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: props.name, namespace: props.namespace, labels: { ...props.labels, grafana_dashboard: '1' } },
    data: { [`${props.name}.json`]: JSON.stringify(dashboard, null, 2) },
  };
  return addTyped(scope, id, configMap);
}
