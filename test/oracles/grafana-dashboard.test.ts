/**
 * `addGrafanaDashboard` in a plain cdk8s app, read back from the ConfigMap's JSON and compared with its
 * props: a dashboard Grafana's sidecar loads (label `grafana_dashboard`), tagged `golden-signals`, in
 * UTC over the last 6 hours, each panel a `timeseries` panel of the default Prometheus data source with
 * its query, legend and unit, laid out two per row (12 of Grafana's 24 columns, 8 high).
 */
import { App, Chart } from 'cdk8s';
import { addGrafanaDashboard, type DashboardPanel } from '../../charts';

const panels: DashboardPanel[] = [
  { title: 'Requests', expr: 'sum(rate(a[5m]))', unit: 'reqps', legend: '{{x}}' },
  { title: 'Errors', expr: 'sum(rate(b[5m]))', unit: 'percentunit', legend: '{{y}}' },
  { title: 'Latency', expr: 'histogram_quantile(0.99, c)', unit: 'ms', legend: 'p99' },
];

test('the ConfigMap and its dashboard, from the props', () => {
  const app = new App();
  const chart = new Chart(app, 'c');
  const uid = 'u'.repeat(45);
  addGrafanaDashboard(chart, 'd', {
    name: 'dashboard-x',
    namespace: 'monitoring',
    labels: { team: 'a' },
    uid,
    title: 'X',
    panels,
  });
  const [configMap, ...more] = chart.toJson();
  expect(more).toHaveLength(0);
  expect(configMap.kind).toBe('ConfigMap');
  expect(configMap.metadata).toEqual({
    name: 'dashboard-x',
    namespace: 'monitoring',
    labels: { team: 'a', grafana_dashboard: '1' },
  });
  expect(Object.keys(configMap.data)).toEqual(['dashboard-x.json']);
  const dashboard = JSON.parse(configMap.data['dashboard-x.json']);
  expect(dashboard).toEqual({
    uid: 'u'.repeat(40),
    title: 'X',
    tags: ['golden-signals'],
    timezone: 'utc',
    schemaVersion: 39,
    time: { from: 'now-6h', to: 'now' },
    panels: panels.map((p, i) => ({
      id: i + 1,
      type: 'timeseries',
      title: p.title,
      gridPos: { h: 8, w: 12, x: [0, 12, 0][i], y: [0, 0, 8][i] },
      datasource: { type: 'prometheus', uid: 'prometheus' },
      fieldConfig: { defaults: { unit: p.unit }, overrides: [] },
      targets: [{ refId: 'A', expr: p.expr, legendFormat: p.legend }],
    })),
  });
});
