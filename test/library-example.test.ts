/**
 * The README's example of using a construct in another cdk8s app is examples/workload.ts, word for
 * word; `npm run typecheck` compiles it against the entry point (charts/index.ts, imported by package
 * name), and here it runs as a plain cdk8s app whose `app.synth()` keeps every field.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { KubeObject } from '../lib/validate';
import { ROOT, tempDir } from './helpers';

const example = readFileSync(join(ROOT, 'examples', 'workload.ts'), 'utf8');

test('the README shows the example as it is', () => {
  expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain('```ts\n' + example + '```\n');
});

test('imports nothing but cdk8s and the entry point', () => {
  const imports = [...example.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
  expect(imports).toEqual(['cdk8s', 'orofi-platform-manifests/charts']);
});

test('synthesizes, as a plain cdk8s app, a workload with every field', () => {
  const outdir = tempDir();
  const before = process.env.CDK8S_OUTDIR;
  try {
    // Run in this process, as a user's `ts-node examples/workload.ts` would: cdk8s's App reads its output
    // folder from CDK8S_OUTDIR.
    process.env.CDK8S_OUTDIR = outdir;
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the example runs as it loads
    require(join(ROOT, 'examples', 'workload.ts'));
    const objects = yaml.loadAll(readFileSync(join(outdir, 'hello.k8s.yaml'), 'utf8')) as KubeObject[];
    expect(objects.map((o) => `${o.kind} ${o.metadata.namespace}/${o.metadata.name}`)).toEqual([
      'ServiceAccount apps/hello',
      'Deployment apps/hello',
      'HorizontalPodAutoscaler apps/hello',
      'PodDisruptionBudget apps/hello',
      'Service apps/hello',
    ]);
    type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const [deployment, service] = ['Deployment', 'Service'].map((kind) => objects.find((o) => o.kind === kind) as Json);
    // What cdk8s-plus-28 would drop (fields newer than Kubernetes 1.28) or add (its hashed pod label).
    expect(JSON.stringify(objects)).not.toContain('cdk8s.io/metadata.addr');
    const container = deployment!.spec.template.spec.containers[0];
    expect(container.readinessProbe.httpGet).toEqual({ path: '/ready', port: 8080, scheme: 'HTTP' });
    expect(container.livenessProbe.httpGet).toEqual({ path: '/live', port: 8080, scheme: 'HTTP' });
    expect(container.lifecycle).toEqual({ preStop: { sleep: { seconds: 5 } } });
    expect(deployment!.spec.replicas).toBeUndefined();
    expect(service!.spec.ports).toEqual([{ name: 'http', port: 8080, targetPort: 8080, appProtocol: 'http' }]);
  } finally {
    if (before === undefined) delete process.env.CDK8S_OUTDIR;
    else process.env.CDK8S_OUTDIR = before;
    rmSync(outdir, { recursive: true, force: true });
  }
});
