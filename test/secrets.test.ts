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
import { allObjects, find as findObject, ofKind, orofiModel, synth } from './helpers';
import { platform } from '../environments';

const outputs = [...orofiModel().values()].map((env) => [env.name, synth(env)] as const);

describe.each(outputs)('%s', (envName, files) => {
  const objects = allObjects(files);

  test('every Secret a pod or an operator reads is written by an ExternalSecret of its namespace, from an existing store', () => {
    const externalSecrets = ofKind(files, 'ExternalSecret') as unknown as IExternalSecret[];
    // Keys written, or undefined when the ExternalSecret copies every key of its source (dataFrom).
    const written = new Map(
      externalSecrets.map((es) => [
        `${es.metadata!.namespace}/${es.spec!.target!.name}`,
        es.spec!.data ? new Set(es.spec!.data.map((d) => d.secretKey)) : undefined,
      ]),
    );
    expect(written.size).toBe(externalSecrets.length); // no two ExternalSecrets write one Secret
    const deployments = ofKind(files, 'Deployment') as unknown as IDeployment[];
    const reads = [
      ...deployments.flatMap((d) =>
        d.spec!.template.spec!.containers.flatMap((c) =>
          (c.env ?? []).flatMap((e) => {
            const ref = e.valueFrom?.secretKeyRef;
            return ref ? [{ at: `${d.metadata!.namespace}/${ref.name}`, key: ref.key }] : [];
          }),
        ),
      ),
      ...deployments.flatMap((d) =>
        (d.spec!.template.spec!.volumes ?? []).flatMap((v) =>
          v.secret ? [{ at: `${d.metadata!.namespace}/${v.secret.secretName}`, key: undefined }] : [],
        ),
      ),
      // What the MongoDB operator reads: the system users, each user's password, the backup credentials.
      ...ofKind(files, 'PerconaServerMongoDB').flatMap((psmdb) => {
        const spec = psmdb.spec as {
          secrets: { users: string };
          users: { passwordSecretRef: { name: string; key: string } }[];
          backup: { storages: Record<string, { gcs: { credentialsSecret: string } }> };
        };
        const at = (name: string) => `${psmdb.metadata.namespace}/${name}`;
        return [
          { at: at(spec.secrets.users), key: undefined },
          ...spec.users.map((u) => ({ at: at(u.passwordSecretRef.name), key: u.passwordSecretRef.key })),
          ...Object.values(spec.backup.storages).map((s) => ({ at: at(s.gcs.credentialsSecret), key: undefined })),
        ];
      }),
    ];
    expect(reads.length).toBeGreaterThan(0);
    // Secrets that operators make (a KafkaUser's certificate) are not written by External Secrets.
    const operatorMade = new Set(ofKind(files, 'KafkaUser').map((u) => `${u.metadata.namespace}/${u.metadata.name}`));
    for (const read of reads.filter((r) => !operatorMade.has(r.at))) {
      expect(written.has(read.at)).toBe(true);
      if (read.key !== undefined && written.get(read.at)) expect(written.get(read.at)!.has(read.key)).toBe(true);
    }
    // ...and nothing is written that nobody reads.
    expect(new Set(reads.map((r) => r.at).filter((at) => !operatorMade.has(at)))).toEqual(new Set(written.keys()));
    const stores = new Set(ofKind(files, 'SecretStore').map((s) => `${s.metadata.namespace}/${s.metadata.name}`));
    for (const es of externalSecrets) {
      expect(stores.has(`${es.metadata!.namespace}/${es.spec!.secretStoreRef!.name}`)).toBe(true);
      expect(es.spec!.secretStoreRef!.kind).toBe('SecretStore');
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
    const gcp = ofKind(files, 'SecretStore').filter((s) => s.metadata.name === 'gcp-secret-manager');
    for (const store of gcp) {
      const provider = (store.spec as { provider: Record<string, unknown> }).provider;
      expect(Object.keys(provider)).toEqual(['gcpsm']);
      expect(provider.gcpsm).toEqual({
        projectID: platform.gcpProject.replace('{env}', envName),
        auth: { workloadIdentity: { serviceAccountRef: { name: 'gcp-secret-manager' } } },
      });
    }
    // The MongoDB namespace reads its users' passwords and backup key from Secret Manager too.
    expect(gcp.map((s) => s.metadata.namespace)).toEqual(['api-gateways', 'microservices', 'mongodb']);
  });

  test('the other stores copy one Secret of another namespace each, and may read nothing else', () => {
    const copies = ofKind(files, 'SecretStore').filter((s) => s.metadata.name !== 'gcp-secret-manager');
    expect(copies.map((s) => `${s.metadata.namespace}/${s.metadata.name}`)).toEqual([
      'microservices/kafka-cluster-ca-cert-source',
      'microservices/mongodb-ca-source',
    ]);
    for (const store of copies) {
      const { kubernetes } = (store.spec as { provider: { kubernetes: Record<string, never> } }).provider;
      const reader = (kubernetes.auth as { serviceAccount: { name: string } }).serviceAccount.name;
      const bindings = ofKind(files, 'RoleBinding').filter((b) =>
        (b.subjects as { name: string; namespace: string }[]).some(
          (s) => s.name === reader && s.namespace === store.metadata.namespace,
        ),
      );
      expect(bindings.map((b) => b.metadata.namespace)).toEqual([kubernetes.remoteNamespace]);
      const role = findObject(files, 'Role', (bindings[0]!.roleRef as { name: string }).name);
      expect(role.metadata.namespace).toBe(kubernetes.remoteNamespace);
      expect(role.rules).toEqual([
        { apiGroups: [''], resources: ['secrets'], resourceNames: [expect.any(String)], verbs: ['get'] },
      ]);
    }
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
  test('the Secrets the MongoDB operator reads come from ExternalSecrets too, with the keys it reads', () => {
    const objects = placed().filter((o) => o.object.metadata.name !== 'mongodb-system-users');
    const passwords = find(objects, 'ExternalSecret', 'mongodb-users');
    passwords.spec.data = (passwords.spec.data as { secretKey: string }[]).filter(
      (d) => d.secretKey !== 'microservice-monolith',
    ) as never;
    expect(secretReferenceProblems(objects)).toEqual([
      'PerconaServerMongoDB mongodb/mongodb: spec.secrets.users: Secret "mongodb-system-users" is created by no ExternalSecret or operator in namespace "mongodb"',
      'PerconaServerMongoDB mongodb/mongodb: spec.users[1].passwordSecretRef: Secret "mongodb-users" has no key "microservice-monolith" (ExternalSecret mongodb/mongodb-users)',
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
    secret: {
      name: 'orders-secrets',
      store: 'missing',
      entries: [{ key: 'api-key', envVar: 'API_KEY', remoteKey: 'orders-api-key' }],
    },
  });
  const problems: string[] = [];
  renderApp(app, 'live', problems);
  expect(problems).toEqual([
    'live: dist/live/orders.yaml: ExternalSecret shop/orders: spec.secretStoreRef: SecretStore "missing" does not exist in namespace "shop"',
  ]);
});
