/**
 * `addTyped` (charts/model-object.ts) renders plain data without cdk8s's token resolution, for speed; it
 * must render exactly what cdk8s's own `ApiObject` renders for the same data: the oracle is cdk8s.
 * Compared as JSON text, so that key order counts too (cdk8s sorts keys, and drops null and undefined
 * members at every depth, in lists as well).
 */
import { ApiObject, App, Chart } from 'cdk8s';
import { addTyped } from '../../charts/model-object';

const object = {
  apiVersion: 'example.io/v1',
  kind: 'Thing',
  metadata: { name: 'a-thing', namespace: 'ns', annotations: { z: '1', a: '2' }, labels: { team: 'x' } },
  spec: {
    zeta: 1,
    alpha: { z: [3, { y: null, b: 'b', a: undefined }], a: true, m: {} },
    list: [{ k: 'v', c: null }, 'text', 0, false],
    nothing: null,
    missing: undefined,
    sorted: { a: 1, b: 2 },
  },
  data: { 'b.json': '{}', 'a.json': '[]' },
};

test('the same JSON, key order included, as an ApiObject of the same data, in a chart with labels', () => {
  const render = (add: (chart: Chart) => void) => {
    const chart = new Chart(new App(), 'c', { labels: { 'app.kubernetes.io/part-of': 'p' } });
    add(chart);
    return JSON.stringify(chart.toJson());
  };
  const plain = render((chart) => addTyped(chart, 'thing', object));
  expect(plain).toBe(render((chart) => new ApiObject(chart, 'thing', object)));
  expect(JSON.parse(plain)[0].spec.alpha).toEqual({ a: true, m: {}, z: [3, { b: 'b' }] });
});

test('JSON patches are refused, naming the object', () => {
  const chart = new Chart(new App(), 'c');
  const thing = addTyped(chart, 'thing', object);
  expect(() => thing.addJsonPatch()).toThrow(
    'c/thing: JSON patches are not supported on plain objects; set the field instead',
  );
});
