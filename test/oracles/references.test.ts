/**
 * lib/references.ts on hand-made objects: every way a Secret can be read (env, envFrom, volumes,
 * projected volumes, init containers, CronJobs, an operator's custom resource, a Gateway's TLS) is
 * checked against what writes Secrets (ExternalSecrets, KafkaUsers, Certificates), and each broken
 * reference is reported at its field. The synthesized platform has none (test/secrets.test.ts); these
 * are the negative cases.
 */
import type { KubeObject } from '../../lib/validate';
import { secretReferenceProblems } from '../../lib/references';

const NS = 'apps';
const place = (...objects: KubeObject[]) => objects.map((object) => ({ object, where: `w:${object.kind}` }));
const problems = (...objects: KubeObject[]) => secretReferenceProblems(place(...objects));

const store = (name = 'store', namespace = NS): KubeObject => ({
  apiVersion: 'external-secrets.io/v1',
  kind: 'SecretStore',
  metadata: { name, namespace },
  spec: {},
});
const externalSecret = (name: string, spec: object, namespace = NS): KubeObject => ({
  apiVersion: 'external-secrets.io/v1',
  kind: 'ExternalSecret',
  metadata: { name, namespace },
  spec: { secretStoreRef: { kind: 'SecretStore', name: 'store' }, ...spec },
});
const writes = (secret: string, ...keys: string[]) =>
  externalSecret(`es-${secret}`, { target: { name: secret }, data: keys.map((secretKey) => ({ secretKey })) });
const deployment = (pod: object, kind = 'Deployment'): KubeObject => ({
  apiVersion: kind === 'CronJob' ? 'batch/v1' : 'apps/v1',
  kind,
  metadata: { name: 'web', namespace: NS },
  spec: kind === 'CronJob' ? { jobTemplate: { spec: { template: { spec: pod } } } } : { template: { spec: pod } },
});
const container = (fields: object) => ({ containers: [{ name: 'app', ...fields }] });

describe('pods', () => {
  test('an env key: the Secret must be written, with that key', () => {
    const pod = container({ env: [{ name: 'A', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } }] });
    expect(problems(store(), writes('s', 'k'), deployment(pod))).toEqual([]);
    expect(problems(store(), writes('s', 'other'), deployment(pod))).toEqual([
      'w:Deployment: spec.template.spec.containers[0].env[0]: Secret "s" has no key "k" (w:ExternalSecret)',
    ]);
    expect(problems(store(), deployment(pod))).toEqual([
      'w:Deployment: spec.template.spec.containers[0].env[0]: Secret "s" is created by no ExternalSecret or operator in namespace "apps"',
    ]);
  });

  test('keys of an ExternalSecret with dataFrom are not known in advance: any key is accepted', () => {
    const pod = container({ env: [{ name: 'A', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } }] });
    const all = externalSecret('s', { dataFrom: [{ extract: { key: 'json' } }] });
    expect(problems(store(), all, deployment(pod))).toEqual([]);
  });

  test('envFrom secretRef, secret volumes and projected secrets are reads too, in init containers as well', () => {
    const pod = {
      initContainers: [
        { name: 'init', envFrom: [{ configMapRef: { name: 'c' } }, { secretRef: { name: 'from-env' } }] },
      ],
      containers: [{ name: 'app', env: [{ name: 'PLAIN', value: 'x' }] }],
      volumes: [
        { name: 'a', secret: { secretName: 'from-volume' } },
        { name: 'b', projected: { sources: [{ configMap: { name: 'c' } }, { secret: { name: 'from-projection' } }] } },
        { name: 'c', emptyDir: {} },
      ],
    };
    const none = (field: string, secret: string) =>
      `w:Deployment: spec.template.spec.${field}: Secret "${secret}" is created by no ExternalSecret or operator in namespace "apps"`;
    expect(problems(store(), deployment(pod))).toEqual([
      none('initContainers[0].envFrom[1]', 'from-env'),
      none('volumes[0]', 'from-volume'),
      none('volumes[1].projected.sources[1]', 'from-projection'),
    ]);
    expect(
      problems(store(), writes('from-env'), writes('from-volume'), writes('from-projection'), deployment(pod)),
    ).toEqual([]);
  });

  test('a CronJob’s pods are checked at their own path', () => {
    const pod = container({ envFrom: [{ secretRef: { name: 'missing' } }] });
    expect(problems(deployment(pod, 'CronJob'))).toEqual([
      'w:CronJob: spec.jobTemplate.spec.template.spec.containers[0].envFrom[0]: Secret "missing" is created by no ExternalSecret or operator in namespace "apps"',
    ]);
  });

  test('a KafkaUser (Strimzi’s v1) makes the Secret named after it, in its namespace only', () => {
    const user = (apiVersion: string, namespace = NS): KubeObject => ({
      apiVersion,
      kind: 'KafkaUser',
      metadata: { name: 'client', namespace },
      spec: {},
    });
    const pod = deployment({ volumes: [{ name: 'u', secret: { secretName: 'client' } }], containers: [] });
    expect(problems(user('kafka.strimzi.io/v1'), pod)).toEqual([]);
    expect(problems(user('kafka.strimzi.io/v1', 'kafka'), pod)).toHaveLength(1);
    expect(problems(user('example.com/v1'), pod)).toHaveLength(1);
  });

  test('a Secret of another namespace does not count', () => {
    const pod = container({ envFrom: [{ secretRef: { name: 's' } }] });
    expect(problems(store('store', 'other'), externalSecret('s', {}, 'other'), deployment(pod))).toEqual([
      'w:Deployment: spec.template.spec.containers[0].envFrom[0]: Secret "s" is created by no ExternalSecret or operator in namespace "apps"',
    ]);
  });

  test('an ExternalSecret without target writes the Secret of its own name', () => {
    const pod = container({ envFrom: [{ secretRef: { name: 'named' } }] });
    expect(problems(store(), externalSecret('named', {}), deployment(pod))).toEqual([]);
  });
});

describe('ExternalSecrets', () => {
  test('two writing one Secret are reported', () => {
    expect(problems(store(), writes('s', 'a'), externalSecret('other', { target: { name: 's' } }))).toEqual([
      'w:ExternalSecret: spec.target.name: Secret "s" is also written by w:ExternalSecret',
    ]);
  });

  test('the store must exist: a SecretStore of the namespace, or a ClusterSecretStore', () => {
    expect(problems(writes('s'))).toEqual([
      'w:ExternalSecret: spec.secretStoreRef: SecretStore "store" does not exist in namespace "apps"',
    ]);
    expect(problems(store('store', 'other'), writes('s'))).toHaveLength(1);
    // A reference without kind is to a SecretStore.
    const untyped = externalSecret('s', { secretStoreRef: { name: 'nowhere' } });
    expect(problems(store(), untyped)).toEqual([
      'w:ExternalSecret: spec.secretStoreRef: SecretStore "nowhere" does not exist in namespace "apps"',
    ]);
    expect(problems(store('nowhere'), untyped)).toEqual([]);
    // Only a SecretStore is a store, whatever else has its name.
    const namesake: KubeObject = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'store', namespace: NS } };
    expect(problems(namesake, writes('s'))).toHaveLength(1);
    const cluster: KubeObject = {
      apiVersion: 'external-secrets.io/v1',
      kind: 'ClusterSecretStore',
      metadata: { name: 'store' },
      spec: {},
    };
    const viaCluster = externalSecret('s', { secretStoreRef: { kind: 'ClusterSecretStore', name: 'store' } });
    expect(problems(cluster, viaCluster)).toEqual([]);
    expect(problems(store(), viaCluster)).toEqual([
      'w:ExternalSecret: spec.secretStoreRef: ClusterSecretStore "store" does not exist in namespace "apps"',
    ]);
  });
});

describe('custom resources and gateways', () => {
  test('the MongoDB operator’s Secrets: system users, each user’s password (with its key), the backup credentials', () => {
    const psmdb = (spec: object): KubeObject => ({
      apiVersion: 'psmdb.percona.com/v1',
      kind: 'PerconaServerMongoDB',
      metadata: { name: 'db', namespace: NS },
      spec,
    });
    const spec = {
      secrets: { users: 'system' },
      users: [{ name: 'u', passwordSecretRef: { name: 'passwords', key: 'u' } }, { name: 'v' }],
      backup: { storages: { gcs: { type: 'gcs', gcs: { credentialsSecret: 'backup' } } } },
    };
    expect(problems(store(), psmdb(spec))).toEqual([
      'w:PerconaServerMongoDB: spec.secrets.users: Secret "system" is created by no ExternalSecret or operator in namespace "apps"',
      'w:PerconaServerMongoDB: spec.users[0].passwordSecretRef: Secret "passwords" is created by no ExternalSecret or operator in namespace "apps"',
      'w:PerconaServerMongoDB: spec.backup.storages.gcs.gcs.credentialsSecret: Secret "backup" is created by no ExternalSecret or operator in namespace "apps"',
    ]);
    expect(problems(store(), writes('system'), writes('passwords', 'v'), writes('backup'), psmdb(spec))).toEqual([
      'w:PerconaServerMongoDB: spec.users[0].passwordSecretRef: Secret "passwords" has no key "u" (w:ExternalSecret)',
    ]);
    expect(problems(store(), writes('system'), writes('passwords', 'u'), writes('backup'), psmdb(spec))).toEqual([]);
    // Nothing to read: no system users named, users without a password reference, a storage of another type.
    expect(
      problems(psmdb({ secrets: {}, users: [{ name: 'u' }], backup: { storages: { s3: { type: 's3', s3: {} } } } })),
    ).toEqual([]);
    expect(problems(psmdb({}))).toEqual([]);
    // Another kind with the same fields is not the operator's.
    expect(problems({ ...psmdb(spec), apiVersion: 'psmdb.percona.com/v2' })).toEqual([]);
  });

  test('a Gateway’s TLS Secret must be issued by a Certificate of its namespace', () => {
    const gateway = (credentialName?: string): KubeObject => ({
      apiVersion: 'networking.istio.io/v1',
      kind: 'Gateway',
      metadata: { name: 'edge', namespace: 'ingress' },
      spec: {
        servers: [
          { port: { number: 80 }, hosts: ['*'] },
          {
            port: { number: 443 },
            hosts: ['*'],
            tls: { mode: 'SIMPLE', ...(credentialName ? { credentialName } : {}) },
          },
        ],
      },
    });
    const certificate = (namespace: string): KubeObject => ({
      apiVersion: 'cert-manager.io/v1',
      kind: 'Certificate',
      metadata: { name: 'tls', namespace },
      spec: { secretName: 'edge-tls' },
    });
    expect(problems(gateway('edge-tls'))).toEqual([
      'w:Gateway: spec.servers[1].tls.credentialName: Secret "edge-tls" is created by no Certificate or ExternalSecret in namespace "ingress"',
    ]);
    expect(problems(certificate('apps'), gateway('edge-tls'))).toHaveLength(1);
    expect(problems(certificate('ingress'), gateway('edge-tls'))).toEqual([]);
    // Only a Certificate issues one: another object with a secretName does not.
    expect(
      problems({ ...certificate('ingress'), apiVersion: 'example.com/v1', kind: 'Other' }, gateway('edge-tls')),
    ).toHaveLength(1);
    expect(problems(gateway())).toEqual([]);
    // Only Istio's Gateway has credentialName.
    expect(problems({ ...gateway('edge-tls'), apiVersion: 'gateway.networking.k8s.io/v1' })).toEqual([]);
  });
});

describe('Secret Manager: one reader per key', () => {
  const gsa = (name: string) => `${name}@project.iam.gserviceaccount.com`;
  const serviceAccount = (name: string, namespace: string, account = gsa(`${namespace}-${name}`)): KubeObject => ({
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: { name, namespace, annotations: { 'iam.gke.io/gcp-service-account': account } },
  });
  const gcpsm = (serviceAccountRef: object) => ({
    provider: { gcpsm: { projectID: 'project', auth: { workloadIdentity: { serviceAccountRef } } } },
  });
  const secretManagerStore = (namespace: string, serviceAccount: string): KubeObject => ({
    ...store('store', namespace),
    spec: gcpsm({ name: serviceAccount }),
  });
  const clusterStore = (serviceAccountRef: object): KubeObject => ({
    apiVersion: 'external-secrets.io/v1',
    kind: 'ClusterSecretStore',
    metadata: { name: 'shared' },
    spec: gcpsm(serviceAccountRef),
  });
  const reads = (namespace: string, key: string, storeRef = { kind: 'SecretStore', name: 'store' }): KubeObject =>
    externalSecret(
      `reads-${namespace}`,
      {
        secretStoreRef: storeRef,
        target: { name: `copy-${namespace}` },
        data: [{ secretKey: 'k', remoteRef: { key } }],
      },
      namespace,
    );
  const viaCluster = { kind: 'ClusterSecretStore', name: 'shared' };
  const twice = (key: string, first: string, second: string, by: string) =>
    `w:ExternalSecret: spec.data[0].remoteRef.key: Secret Manager key "${key}" is read as ${gsa(first)} here and as ${gsa(second)} by ${by}: one reader per key`;

  test("two namespaces' stores reading one key as two accounts", () => {
    const objects = [
      serviceAccount('reader', 'a'),
      serviceAccount('reader', 'b'),
      secretManagerStore('a', 'reader'),
      secretManagerStore('b', 'reader'),
    ];
    expect(problems(...objects, reads('a', 'k1'), reads('b', 'k2'))).toEqual([]);
    expect(problems(...objects, reads('a', 'k1'), reads('b', 'k1'))).toEqual([
      twice('k1', 'b-reader', 'a-reader', 'w:ExternalSecret'),
    ]);
    // Only a SecretStore or a ClusterSecretStore is a store, whatever else has its name and shape.
    const namesake = { ...secretManagerStore('c', 'nobody'), apiVersion: 'example.com/v1', kind: 'Lookalike' };
    expect(problems(...objects, namesake, reads('a', 'k1'))).toEqual([]);
  });

  test('a ClusterSecretStore reads as the ServiceAccount of the namespace it names, for every ExternalSecret', () => {
    const objects = [serviceAccount('reader', 'eso'), clusterStore({ name: 'reader', namespace: 'eso' })];
    // One identity, whichever namespace reads through it.
    expect(problems(...objects, reads('a', 'k1', viaCluster), reads('b', 'k1', viaCluster))).toEqual([]);
    // A namespaced store reading the same key as another identity is a second reader.
    expect(
      problems(
        ...objects,
        serviceAccount('reader', 'b'),
        secretManagerStore('b', 'reader'),
        reads('a', 'k1', viaCluster),
        reads('b', 'k1'),
      ),
    ).toEqual([twice('k1', 'b-reader', 'eso-reader', 'w:ExternalSecret')]);
    // Its ServiceAccount must exist and be bound, in the namespace it names.
    expect(problems(clusterStore({ name: 'reader', namespace: 'eso' }), reads('a', 'k1', viaCluster))).toEqual([
      'w:ClusterSecretStore: spec.provider.gcpsm.auth.workloadIdentity.serviceAccountRef: no ServiceAccount "reader" bound to a GCP service account (iam.gke.io/gcp-service-account) in namespace "eso"',
    ]);
  });

  test("a ClusterSecretStore's reference without namespace reads as each ExternalSecret's own namespace's ServiceAccount", () => {
    const objects = [serviceAccount('reader', 'a'), serviceAccount('reader', 'b'), clusterStore({ name: 'reader' })];
    expect(problems(...objects, reads('a', 'k1', viaCluster), reads('b', 'k2', viaCluster))).toEqual([]);
    expect(problems(...objects, reads('a', 'k1', viaCluster), reads('b', 'k1', viaCluster))).toEqual([
      twice('k1', 'b-reader', 'a-reader', 'w:ExternalSecret'),
    ]);
    expect(problems(...objects, reads('c', 'k1', viaCluster))).toEqual([
      'w:ExternalSecret: spec.secretStoreRef (ClusterSecretStore "shared"): no ServiceAccount "reader" bound to a GCP service account (iam.gke.io/gcp-service-account) in namespace "c"',
    ]);
  });
});
