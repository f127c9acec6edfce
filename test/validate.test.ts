import { ApiObject, App, Chart } from 'cdk8s';
import { Sidecar } from '@kubernetes-models/istio/networking.istio.io/v1/Sidecar';
import { Construct } from 'constructs';
import { addModel, VALIDATED_AFTER_SYNTHESIS } from '../charts/model-object';
import { renderApp, SynthError } from '../lib/synth';
import { validateObject, type KubeObject } from '../lib/validate';

const deployment = (spec: Record<string, unknown>): KubeObject => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'shop' },
  spec: {
    selector: { matchLabels: { app: 'web' } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: { containers: [{ name: 'web', image: 'web:1.0.0', ...spec }] },
    },
  },
});

describe('validateObject (built-in kinds, Kubernetes v1.33 schema)', () => {
  test('a valid object has no problems', () => {
    expect(validateObject(deployment({}))).toEqual([]);
  });

  test('unknown fields are errors, as with kubectl --validate=strict', () => {
    expect(validateObject(deployment({ imagePullPolicyy: 'Always' }))).toEqual([
      'spec.template.spec.containers[0].imagePullPolicyy: unknown field',
    ]);
  });

  test('wrong types, missing required fields and bad quantities', () => {
    expect(
      validateObject(deployment({ ports: [{ containerPort: 'http' }], resources: { limits: { cpu: '1 core' } } })),
    ).toEqual([
      'spec.template.spec.containers[0].ports[0].containerPort: must be integer',
      'spec.template.spec.containers[0].resources.limits.cpu: must match pattern "^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|([eE][+-]?[0-9]+))?$", or must be number',
    ]);
    const { metadata, ...rest } = deployment({});
    expect(validateObject({ ...rest, metadata: { ...metadata, name: 'web' }, spec: { template: {} } })).toEqual([
      'spec.selector: is required',
    ]);
  });

  test('kinds the platform never emits, Secrets above all, are rejected', () => {
    expect(
      validateObject({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db' }, stringData: { password: 'x' } }),
    ).toEqual([
      'kind: no schema for v1 Secret; the platform emits only the kinds listed in imports/validators/index.ts (Secrets never: they come from External Secrets)',
    ]);
  });

  test('the apiVersion must be the served one', () => {
    expect(validateObject({ ...deployment({}), apiVersion: 'apps/v1beta1' })[0]).toMatch(
      /^kind: no schema for apps\/v1beta1 Deployment/,
    );
  });
});

describe('validateObject (custom resources, pinned CRD schemas)', () => {
  const topic = (spec: Record<string, unknown>): KubeObject => ({
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaTopic',
    metadata: { name: 'user-registered', namespace: 'kafka', labels: { 'strimzi.io/cluster': 'events' } },
    spec,
  });

  test('Strimzi KafkaTopic: valid, unknown field, out of range', () => {
    expect(validateObject(topic({ partitions: 6, replicas: 3, config: { 'retention.ms': 604800000 } }))).toEqual([]);
    expect(validateObject(topic({ partitions: 0, replica: 3 }))).toEqual([
      'spec.replica: unknown field',
      'spec.partitions: must be >= 1',
    ]);
  });

  test('Strimzi serves only v1', () => {
    expect(validateObject({ ...topic({}), apiVersion: 'kafka.strimzi.io/v1beta2' })[0]).toMatch(/^kind: no schema/);
  });

  test('PSMDB v1 with a deep unknown field (shared subschemas stay strict)', () => {
    const psmdb = (affinity: Record<string, unknown>): KubeObject => ({
      apiVersion: 'psmdb.percona.com/v1',
      kind: 'PerconaServerMongoDB',
      metadata: { name: 'mongodb', namespace: 'mongodb' },
      spec: {
        crVersion: '1.22.0',
        image: 'percona/percona-server-mongodb:8.0',
        replsets: [{ name: 'rs0', size: 3, affinity }],
      },
    });
    expect(validateObject(psmdb({ antiAffinityTopologyKey: 'topology.kubernetes.io/zone' }))).toEqual([]);
    expect(validateObject(psmdb({ antiAffinityTopologyKey: 'topology.kubernetes.io/zone', weight: 1 }))).toEqual([
      'spec.replsets[0].affinity.weight: unknown field',
    ]);
  });

  test('metadata of custom resources is checked as ObjectMeta', () => {
    expect(validateObject({ ...topic({}), metadata: { name: 'x', label: { a: 'b' } } })).toEqual([
      'metadata.label: unknown field',
    ]);
  });
});

describe('synthesis reports invalid objects with environment, file, object and field', () => {
  test('renderApp', () => {
    const app = new App();
    const chart = new Chart(app, 'shop', { disableResourceNameHashes: true });
    new ApiObject(chart, 'web', deployment({ readinessProbe: { httpGet: { port: 8080, paht: '/ready' } } }));
    const problems: string[] = [];
    renderApp(app, 'staging', problems);
    expect(problems).toEqual([
      'staging: dist/staging/shop.yaml: Deployment shop/web: spec.template.spec.containers[0].readinessProbe.httpGet.paht: unknown field',
    ]);
  });

  test('the same object twice', () => {
    const app = new App();
    for (const id of ['a', 'b']) {
      new ApiObject(new Chart(app, id), 'ns', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } });
    }
    const problems: string[] = [];
    renderApp(app, 'dev', problems);
    expect(problems).toEqual(['dev: dist/dev/b.yaml: Namespace shop: already defined in dist/dev/a.yaml']);
  });

  test("charts and their objects in cdk8s's own order (app.charts, chart.toJson()), with and without dependencies", () => {
    const configMap = (scope: Construct, name: string) =>
      new ApiObject(scope, name, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'shop' } });
    const build = (withDependencies: boolean) => {
      const app = new App();
      const outer = new Chart(app, 'outer', { disableResourceNameHashes: true });
      const [a, b] = [configMap(outer, 'a'), configMap(new Construct(outer, 'group'), 'b')];
      configMap(new Chart(outer, 'inner', { disableResourceNameHashes: true }), 'c');
      configMap(new Chart(app, 'second', { disableResourceNameHashes: true }), 'd');
      if (withDependencies) a.addDependency(b); // b first
      return app;
    };
    for (const withDependencies of [false, true]) {
      const problems: string[] = [];
      const files = renderApp(build(withDependencies), 'dev', problems);
      const app = build(withDependencies);
      expect(problems).toEqual([]);
      expect(files.map((f) => [f.path, f.objects])).toEqual(
        app.charts.map((chart) => [`dev/${chart.node.id}.yaml`, chart.toJson()]),
      );
    }
  });

  test('addModel validates its model in a plain app; where strict validation follows, that reports it instead', () => {
    const sidecar = () =>
      new Sidecar({
        metadata: { name: 'default', namespace: 'shop' },
        spec: { outboundTrafficPolicy: { mode: 'NOWHERE' as 'REGISTRY_ONLY' } },
      });
    expect(() => addModel(new Chart(new App(), 'mesh'), 'sidecar', sidecar())).toThrow(/mode/);
    const app = new App();
    app.node.setContext(VALIDATED_AFTER_SYNTHESIS, true);
    addModel(new Chart(app, 'mesh'), 'sidecar', sidecar());
    const problems: string[] = [];
    renderApp(app, 'dev', problems);
    expect(problems).toEqual([
      expect.stringMatching(/^dev: dist\/dev\/mesh\.yaml: Sidecar shop\/default: spec\.outboundTrafficPolicy\.mode: /),
    ]);
  });

  test('SynthError lists one problem per line', () => {
    expect(new SynthError(['a', 'b']).message).toBe('invalid manifests (2 problems):\n  a\n  b');
  });
});
