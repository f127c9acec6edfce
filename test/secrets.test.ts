/**
 * Secrets reach workloads only through External Secrets: no reference dangles, no value is synthesized,
 * and synth refuses output that breaks either rule.
 */
import type { IExternalSecret } from '@kubernetes-models/external-secrets/external-secrets.io/v1/ExternalSecret';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import { App } from 'cdk8s';
import { WorkloadExternalSecret } from '../charts/external-secret';
import { PlatformChart } from '../charts/platform-chart';
import { secretReferenceProblems, type PlacedObject } from '../lib/references';
import { renderApp } from '../lib/synth';
import type { KubeObject } from '../lib/validate';
import { allObjects, ofKind, orofiModel, synth } from './helpers';

const model = orofiModel();
const outputs = [...model.values()].map((env) => [env.name, synth(env)] as const);

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
    // What copies read through External Secrets' Kubernetes provider, in the store's remote namespace.
    const storeRemote = new Map(
      ofKind(files, 'SecretStore').map((s) => [
        `${s.metadata.namespace}/${s.metadata.name}`,
        (s.spec as { provider: { kubernetes?: { remoteNamespace: string } } }).provider.kubernetes?.remoteNamespace,
      ]),
    );
    for (const es of externalSecrets) {
      const remote = storeRemote.get(`${es.metadata!.namespace}/${es.spec!.secretStoreRef!.name}`);
      if (remote === undefined) continue;
      for (const d of es.spec!.data ?? [])
        reads.push({ at: `${remote}/${d.remoteRef.key}`, key: d.remoteRef.property });
      for (const d of es.spec!.dataFrom ?? []) reads.push({ at: `${remote}/${d.extract!.key}`, key: undefined });
    }
    expect(reads.length).toBeGreaterThan(0);
    // Secrets that operators make (a KafkaUser's certificate, the CA certificates the Kafka and MongoDB
    // operators publish) are not written by External Secrets.
    const operatorMade = new Set([
      ...ofKind(files, 'KafkaUser').map((u) => `${u.metadata.namespace}/${u.metadata.name}`),
      ...ofKind(files, 'Kafka').map((k) => `${k.metadata.namespace}/${k.metadata.name}-cluster-ca-cert`),
      ...ofKind(files, 'PerconaServerMongoDB').map(
        (m) => `${m.metadata.namespace}/${(m.spec as { secrets: { ssl: string } }).secrets.ssl}`,
      ),
    ]);
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

  test('each workload reads its own keys, and only them, through a store of its own, as its own GCP service account', () => {
    const env = model.get(envName)!;
    const byName = (kind: string, namespace: string, name: string) =>
      objects.find((o) => o.kind === kind && o.metadata.namespace === namespace && o.metadata.name === name);
    for (const w of env.workloads.filter((w) => w.secrets.length > 0)) {
      const es = byName('ExternalSecret', w.namespace, w.name) as unknown as IExternalSecret;
      const store = byName('SecretStore', w.namespace, es.spec!.secretStoreRef!.name!)!;
      expect((store.spec as { provider: unknown }).provider).toEqual({
        gcpsm: { projectID: env.gcpProject, auth: { workloadIdentity: { serviceAccountRef: { name: w.name } } } },
      });
      // The ServiceAccount the pods run as, bound to the workload's own GCP service account.
      const account = byName('ServiceAccount', w.namespace, w.name)!;
      expect(account.metadata.annotations).toMatchObject({ 'iam.gke.io/gcp-service-account': w.gcpServiceAccount });
      expect(es.spec!.data!.map((d) => d.remoteRef.key).sort()).toEqual(w.secrets.map((e) => e.remoteKey).sort());
      for (const e of w.secrets) expect(e.remoteKey.startsWith(`${w.name}-`)).toBe(true);
    }
  });

  test('one GCP service account per Secret Manager key, and no account reads the keys of two owners', () => {
    const env = model.get(envName)!;
    /** Who a key belongs to: the workload that declares it, else the namespace of the store that reads it. */
    const owners = new Map(env.workloads.flatMap((w) => w.secrets.map((e) => [e.remoteKey, w.name] as const)));
    const readers = new Map<string, Set<string>>();
    const ownersOf = new Map<string, Set<string>>();
    for (const es of ofKind(files, 'ExternalSecret') as unknown as IExternalSecret[]) {
      const ns = es.metadata!.namespace!;
      const store = objects.find(
        (o) =>
          o.kind === 'SecretStore' && o.metadata.namespace === ns && o.metadata.name === es.spec!.secretStoreRef!.name,
      )!;
      const gcpsm = (
        store.spec as { provider: { gcpsm?: { auth: { workloadIdentity: { serviceAccountRef: { name: string } } } } } }
      ).provider.gcpsm;
      if (!gcpsm) continue;
      const ksa = objects.find(
        (o) =>
          o.kind === 'ServiceAccount' &&
          o.metadata.namespace === ns &&
          o.metadata.name === gcpsm.auth.workloadIdentity.serviceAccountRef.name,
      )!;
      const account = (ksa.metadata.annotations as Record<string, string>)['iam.gke.io/gcp-service-account']!;
      for (const d of es.spec!.data!) {
        readers.set(d.remoteRef.key, new Set([...(readers.get(d.remoteRef.key) ?? []), account]));
        const owner = owners.get(d.remoteRef.key) ?? `namespace ${ns}`;
        ownersOf.set(account, new Set([...(ownersOf.get(account) ?? []), owner]));
      }
    }
    for (const [key, accounts] of readers) expect([key, [...accounts]]).toEqual([key, [expect.any(String)]]);
    for (const [account, owned] of ownersOf) expect([account, owned.size]).toEqual([account, 1]);
    // Every workload with secrets has an account of its own.
    const withSecrets = env.workloads.filter((w) => w.secrets.length > 0);
    expect(withSecrets.every((w) => ownersOf.get(w.gcpServiceAccount)?.has(w.name))).toBe(true);
  });

  test('the Kubernetes stores copy Secrets of one namespace, and may read only the Secrets their copies read', () => {
    const copies = ofKind(files, 'SecretStore').filter(
      (s) => 'kubernetes' in (s.spec as { provider: object }).provider,
    );
    expect(copies.length).toBeGreaterThan(0);
    for (const store of copies) {
      const { kubernetes } = (store.spec as { provider: { kubernetes: Record<string, never> } }).provider;
      const reader = (kubernetes.auth as { serviceAccount: { name: string } }).serviceAccount.name;
      const bindings = ofKind(files, 'RoleBinding').filter((b) =>
        (b.subjects as { name: string; namespace: string }[]).some(
          (s) => s.name === reader && s.namespace === store.metadata.namespace,
        ),
      );
      expect(bindings.map((b) => b.metadata.namespace)).toEqual([kubernetes.remoteNamespace]);
      const role = ofKind(files, 'Role').find(
        (r) =>
          r.metadata.namespace === kubernetes.remoteNamespace &&
          r.metadata.name === (bindings[0]!.roleRef as { name: string }).name,
      )!;
      const read = (ofKind(files, 'ExternalSecret') as unknown as IExternalSecret[])
        .filter((es) => es.metadata!.namespace === store.metadata.namespace)
        .filter((es) => es.spec!.secretStoreRef!.name === store.metadata.name)
        .flatMap((es) => [
          ...(es.spec!.data ?? []).map((d) => d.remoteRef.key),
          ...(es.spec!.dataFrom ?? []).map((d) => d.extract!.key),
        ]);
      expect(role.rules).toEqual([
        { apiGroups: [''], resources: ['secrets'], resourceNames: [...new Set(read)], verbs: ['get'] },
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
  test('least privilege: a Secret Manager key read as two accounts, a store whose ServiceAccount is not bound', () => {
    const objects = placed();
    // The monolith's ExternalSecret also reads a key of identity's: two accounts would read it.
    const monolith = find(objects, 'ExternalSecret', 'microservice-monolith');
    (monolith.spec.data as { remoteRef: { key: string } }[])[0]!.remoteRef.key =
      'microservice-identity-jwt-signing-key';
    // Analytics' ServiceAccount loses its GCP service account.
    const account = objects.find(
      (o) => o.object.kind === 'ServiceAccount' && o.object.metadata.name === 'microservice-analytics',
    )!.object;
    delete (account.metadata.annotations as Record<string, string>)['iam.gke.io/gcp-service-account'];
    expect(secretReferenceProblems(objects)).toEqual([
      'SecretStore microservices/microservice-analytics: spec.provider.gcpsm.auth.workloadIdentity.serviceAccountRef: no ServiceAccount "microservice-analytics" bound to a GCP service account (iam.gke.io/gcp-service-account) in namespace "microservices"',
      expect.stringMatching(
        /^ExternalSecret microservices\/microservice-(identity|monolith): spec\.data\[\d+\]\.remoteRef\.key: Secret Manager key "microservice-identity-jwt-signing-key" is read as microservice-(identity|monolith)@orofi-\w+-cloud\.iam\.gserviceaccount\.com here and as microservice-(identity|monolith)@.* by ExternalSecret microservices\/microservice-(identity|monolith): one reader per key$/,
      ),
    ]);
  });

  test("a copy's source must be written in the store's namespace: by an operator, or by an ExternalSecret with the key", () => {
    const objects = placed().filter(
      (o) => !(o.object.kind === 'KafkaUser' && o.object.metadata.name === 'microservice-identity'),
    );
    const caOnly = objects.find(
      (o) =>
        o.object.kind === 'ExternalSecret' &&
        o.object.metadata.namespace === 'mongodb' &&
        o.object.metadata.name === 'mongodb-ca',
    )!.object as KubeObject & { spec: { data: { secretKey: string; remoteRef: { property: string } }[] } };
    caOnly.spec.data = [{ ...caOnly.spec.data[0]!, secretKey: 'tls.crt' }];
    expect(secretReferenceProblems(objects)).toEqual([
      'ExternalSecret microservices/microservice-identity-kafka-user: spec.dataFrom[0].extract: Secret "microservice-identity" is created by no ExternalSecret or operator in namespace "kafka"',
      'ExternalSecret microservices/mongodb-ca: spec.data[0].remoteRef: Secret "mongodb-ca" has no key "ca.crt" (ExternalSecret mongodb/mongodb-ca)',
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
  const chart = new PlatformChart(app, 'orders', { platform: 'shop' });
  new WorkloadExternalSecret(chart, 'ExternalSecret', {
    name: 'orders',
    namespace: 'shop',
    store: 'missing',
    target: 'orders-secrets',
    entries: [{ key: 'api-key', remoteKey: 'orders-api-key' }],
  });
  const problems: string[] = [];
  renderApp(app, 'live', problems);
  expect(problems).toEqual([
    'live: dist/live/orders.yaml: ExternalSecret shop/orders: spec.secretStoreRef: SecretStore "missing" does not exist in namespace "shop"',
  ]);
});
