/**
 * Secrets reach workloads only through External Secrets: no reference dangles, no value is synthesized,
 * and synth refuses output that breaks either rule.
 */
import type { IExternalSecret } from '@kubernetes-models/external-secrets/external-secrets.io/v1/ExternalSecret';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import { App } from 'cdk8s';
import { WorkloadChart } from '../charts/workload';
import { secretReferenceProblems, type PlacedObject } from '../lib/references';
import { renderApp } from '../lib/synth';
import type { KubeObject } from '../lib/validate';
import { allObjects, ofKind, orofiModel, synth } from './helpers';

const outputs = [...orofiModel().values()].map((env) => [env.name, synth(env)] as const);

describe.each(outputs)('%s', (_, files) => {
  const objects = allObjects(files);

  test('every Secret key a pod reads is written by an ExternalSecret of its namespace, from an existing store', () => {
    const externalSecrets = ofKind(files, 'ExternalSecret') as unknown as IExternalSecret[];
    const written = new Map(
      externalSecrets.map((es) => [
        `${es.metadata!.namespace}/${es.spec!.target!.name}`,
        new Set(es.spec!.data!.map((d) => d.secretKey)),
      ]),
    );
    expect(written.size).toBe(externalSecrets.length); // no two ExternalSecrets write one Secret
    const reads = (ofKind(files, 'Deployment') as unknown as IDeployment[]).flatMap((d) =>
      d.spec!.template.spec!.containers.flatMap((c) =>
        (c.env ?? []).flatMap((e) => {
          const ref = e.valueFrom?.secretKeyRef;
          return ref ? [{ at: `${d.metadata!.namespace}/${ref.name}`, key: ref.key }] : [];
        }),
      ),
    );
    expect(reads.length).toBeGreaterThan(0);
    for (const read of reads) expect(written.get(read.at)?.has(read.key)).toBe(true);
    // ...and nothing is written that no workload reads.
    expect(new Set(reads.map((r) => r.at))).toEqual(new Set(written.keys()));
    const stores = new Set(ofKind(files, 'SecretStore').map((s) => `${s.metadata.namespace}/${s.metadata.name}`));
    for (const es of externalSecrets) {
      expect(es.spec!.secretStoreRef).toEqual({ kind: 'SecretStore', name: 'gcp-secret-manager' });
      expect(stores.has(`${es.metadata!.namespace}/gcp-secret-manager`)).toBe(true);
      expect(es.spec!.target).toMatchObject({ creationPolicy: 'Owner' });
      expect(es.spec!.refreshInterval).toBe('1h');
    }
  });

  test('no Secret object and no secret value anywhere', () => {
    expect(objects.filter((o) => o.kind === 'Secret')).toEqual([]);
    const text = files.map((f) => f.content).join('\n');
    expect(text).not.toMatch(/stringData|PRIVATE KEY|password: \S/i);
  });

  test('stores read Secret Manager of the environment project through Workload Identity only', () => {
    for (const store of ofKind(files, 'SecretStore')) {
      const provider = (store.spec as { provider: Record<string, unknown> }).provider;
      expect(Object.keys(provider)).toEqual(['gcpsm']);
      expect(provider.gcpsm).toEqual({
        projectID: expect.stringMatching(/^orofi-(dev|staging|production)-cloud$/),
        auth: { workloadIdentity: { serviceAccountRef: { name: 'gcp-secret-manager' } } },
      });
    }
    expect(ofKind(files, 'SecretStore').map((s) => s.metadata.namespace)).toEqual(['api-gateways', 'microservices']);
  });
});

describe('secretReferenceProblems', () => {
  const [, files] = outputs[0]!;
  const placed = (): PlacedObject[] =>
    allObjects(files).map((object) => ({
      object: structuredClone(object),
      where: `${object.kind} ${object.metadata.namespace}/${object.metadata.name}`,
    }));
  const find = (objects: PlacedObject[], kind: string, name: string): KubeObject & { spec: Record<string, never> } =>
    objects.find((o) => o.object.kind === kind && o.object.metadata.name === name)!.object as never;

  test('the real output has no problem', () => {
    expect(secretReferenceProblems(placed())).toEqual([]);
  });

  test('a Secret nobody creates, a key it lacks, a Secret written twice, a missing store', () => {
    const objects = placed();
    const identity = find(objects, 'ExternalSecret', 'microservice-identity');
    identity.spec.data = (identity.spec.data as { secretKey: string }[]).filter(
      (d) => d.secretKey !== 'jwt-signing-key',
    ) as never;
    const monolith = find(objects, 'ExternalSecret', 'microservice-monolith');
    (monolith.spec.target as { name: string }).name = 'microservice-analytics-secrets';
    (monolith.spec.secretStoreRef as { name: string }).name = 'vault';
    expect(secretReferenceProblems(objects)).toEqual([
      'ExternalSecret microservices/microservice-monolith: spec.secretStoreRef: SecretStore "vault" does not exist in namespace "microservices"',
      'ExternalSecret microservices/microservice-analytics: spec.target.name: Secret "microservice-analytics-secrets" is also written by ExternalSecret microservices/microservice-monolith',
      'Deployment microservices/microservice-identity: spec.template.spec.containers[0].env[0]: Secret "microservice-identity-secrets" has no key "jwt-signing-key" (ExternalSecret microservices/microservice-identity)',
      'Deployment microservices/microservice-monolith: spec.template.spec.containers[0].env[0]: Secret "microservice-monolith-secrets" is created by no ExternalSecret or operator in namespace "microservices"',
      'Deployment microservices/microservice-monolith: spec.template.spec.containers[0].env[1]: Secret "microservice-monolith-secrets" is created by no ExternalSecret or operator in namespace "microservices"',
      'Deployment microservices/microservice-monolith: spec.template.spec.containers[0].env[2]: Secret "microservice-monolith-secrets" is created by no ExternalSecret or operator in namespace "microservices"',
    ]);
  });
});

test('synth reports a dangling secret reference with environment, file, object and field', () => {
  const app = new App();
  new WorkloadChart(app, 'orders', {
    platform: 'shop',
    name: 'orders',
    namespace: 'shop',
    component: 'microservice',
    imageRepository: 'registry.example.com/orders',
    imageTag: 'v1.0.0',
    port: 8080,
    replicas: { min: 2, max: 4 },
    resources: { requests: { cpuMillis: 10, memoryMiB: 10 }, limits: { cpuMillis: 10, memoryMiB: 10 } },
    secret: { name: 'orders-secrets', env: [{ name: 'API_KEY', key: 'api-key' }] },
    secretSource: { store: 'missing', entries: [{ key: 'api-key', remoteKey: 'orders-api-key' }] },
  });
  const problems: string[] = [];
  renderApp(app, 'live', problems);
  expect(problems).toEqual([
    'live: dist/live/orders.yaml: ExternalSecret shop/orders: spec.secretStoreRef: SecretStore "missing" does not exist in namespace "shop"',
  ]);
});
