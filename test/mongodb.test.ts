/**
 * The Percona MongoDB replica set of every environment, read back from the synthesized objects and
 * compared with the platform description and the environment configs.
 */
import type { IExternalSecret } from '@kubernetes-models/external-secrets/external-secrets.io/v1/ExternalSecret';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { environments, platform } from '../environments';
import { validateObject, type KubeObject } from '../lib/validate';
import { App } from 'cdk8s';
import { SYSTEM_USER_KEYS } from '../charts/backing/mongodb/chart';
import { mongodb as mongodbService } from '../charts/backing/mongodb';
import { BACKING } from '../charts/backing';
import { parityProblems } from '../lib/parity';
import { find, HARDENED_CONTAINER, ofKind, orofiModel, synth } from './helpers';

/** A service's MongoDB user: its own database (the name with `_`), read-write there only, its password from the shared Secret. */
const mongoUser = (name: string) => {
  const db = name.replaceAll('-', '_');
  return { name, db, passwordSecretRef: { name: 'mongodb-users', key: name }, roles: [{ name: 'readWrite', db }] };
};

type Spec = {
  crVersion: string;
  image: string;
  tls: unknown;
  secrets: Record<string, string>;
  sharding: unknown;
  replsets: Record<string, never>[];
  users: { name: string; db: string; passwordSecretRef: { name: string; key: string }; roles: unknown[] }[];
  backup: {
    enabled: boolean;
    pitr: { enabled: boolean };
    storages: Record<string, { type: string; main: boolean; gcs: Record<string, string> }>;
    tasks: Record<string, unknown>[];
  };
};

const outputs = [...orofiModel().values()].map((env) => [env.name, synth(env)] as const);
/** Zone rules need 3 zones: with fewer, one member per node. */
const ACROSS_ZONES = platform.cluster.zones.length >= 3;

describe.each(outputs)('%s', (envName, files) => {
  const config = environments.find((e) => e.name === envName)!;
  const psmdb = find<KubeObject & { spec: Spec }>(files, 'PerconaServerMongoDB', 'mongodb');
  const spec = psmdb.spec;
  const [rs] = spec.replsets;
  const externalSecret = (name: string) => find(files, 'ExternalSecret', name) as unknown as IExternalSecret;

  test('psmdb.percona.com/v1, valid against its CRD, in its own namespace', () => {
    expect(psmdb.apiVersion).toBe('psmdb.percona.com/v1');
    expect(validateObject(psmdb)).toEqual([]);
    expect(psmdb.metadata.namespace).toBe('mongodb');
    expect(spec.crVersion).toBe('1.22.0');
    expect(spec.image).toBe(platform.backingServices.mongodb!.image);
  });

  test('replica set rs0 of 3 members, sharding off, TLS required, a PodDisruptionBudget', () => {
    expect(spec.replsets).toHaveLength(1);
    expect(rs).toMatchObject({ name: 'rs0', size: 3, podDisruptionBudget: { maxUnavailable: 1 } });
    expect(spec.sharding).toEqual({ enabled: false });
    expect(spec.tls).toEqual({ mode: 'requireTLS' });
    expect(spec).not.toHaveProperty('unsafeFlags');
    expect(rs!.expose).toEqual({ enabled: false });
  });

  test('members one per zone with 3 zones declared, one per node otherwise; storage and resources of the environment', () => {
    expect(rs!.affinity).toEqual({
      antiAffinityTopologyKey: ACROSS_ZONES ? 'topology.kubernetes.io/zone' : 'kubernetes.io/hostname',
    });
    expect(
      (rs!.topologySpreadConstraints as Record<string, unknown>[]).map((c) => [c.topologyKey, c.whenUnsatisfiable]),
    ).toEqual([['kubernetes.io/hostname', 'DoNotSchedule']]);
    expect(rs!.volumeSpec).toEqual({
      persistentVolumeClaim: { resources: { requests: { storage: `${config.storage!.mongodbGiB}Gi` } } },
    });
    const { requests, limits } = config.mongodb!.resources;
    expect(rs!.resources).toEqual({
      requests: { cpu: `${requests.cpuMillis}m`, memory: `${requests.memoryMiB}Mi` },
      limits: { cpu: `${limits.cpuMillis}m`, memory: `${limits.memoryMiB}Mi` },
    });
    expect(rs!.podSecurityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    expect(rs!.containerSecurityContext).toMatchObject({
      runAsNonRoot: true,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
    });
  });

  test('users: exactly the services that use MongoDB, each readWrite on its own database only', () => {
    const users = platform.services.filter((s) => s.uses?.mongodb).map((s) => s.name);
    expect([...users].sort()).toEqual([...(platform.backingServices.mongodb!.users ?? [])].sort());
    expect(spec.users).toEqual(users.map(mongoUser));
    // The same database the service is configured with.
    for (const name of users) {
      expect(find(files, 'ConfigMap', name).data).toMatchObject({
        MONGODB_HOST: 'mongodb-rs0.mongodb.svc.cluster.local',
        MONGODB_PORT: '27017',
        MONGODB_REPLICA_SET: 'rs0',
        MONGODB_DATABASE: name.replaceAll('-', '_'),
        MONGODB_AUTH_SOURCE: name.replaceAll('-', '_'),
        MONGODB_USERNAME: name,
        MONGODB_TLS_CA_FILE: '/etc/mongodb/ca/ca.crt',
      });
    }
  });

  test("every credential from Secret Manager: system users, user passwords (MongoDB's own copies of the keys the services read), backup key", () => {
    expect(spec.secrets).toEqual({ users: 'mongodb-system-users', ssl: 'mongodb-ssl' });
    const system = externalSecret('mongodb-system-users');
    expect(system.metadata!.namespace).toBe('mongodb');
    expect(system.spec!.secretStoreRef).toEqual({ kind: 'SecretStore', name: 'gcp-secret-manager' });
    expect(system.spec!.data!.map((d) => [d.secretKey, d.remoteRef.key, d.remoteRef.property])).toEqual(
      SYSTEM_USER_KEYS.map((key) => [key, 'mongodb-system-users', key]),
    );
    const passwords = externalSecret('mongodb-users');
    expect(passwords.spec!.data!.map((d) => [d.secretKey, d.remoteRef.key])).toEqual(
      spec.users.map((u) => [u.name, `mongodb-${u.name}-password`]),
    );
    // The services read the same password from keys of their own: one reader per key.
    for (const user of spec.users) {
      expect(externalSecret(user.name).spec!.data).toContainEqual({
        secretKey: 'mongodb-password',
        remoteRef: { key: `${user.name}-mongodb-password`, version: 'latest' },
      });
    }
    const backup = externalSecret('mongodb-backup-gcs');
    expect(backup.spec!.data!.map((d) => [d.secretKey, d.remoteRef.key, d.remoteRef.property])).toEqual([
      ['GCS_CLIENT_EMAIL', 'mongodb-backup-gcs', 'client_email'],
      ['GCS_PRIVATE_KEY', 'mongodb-backup-gcs', 'private_key'],
    ]);
  });

  test("MongoDB's own store reads Secret Manager as its own GCP service account, mongodb-secrets@<project>", () => {
    const project = platform.gcpProject.replace('{env}', envName);
    const at = (kind: string, name: string) =>
      ofKind(files, kind).filter((o) => o.metadata.namespace === 'mongodb' && o.metadata.name === name);
    const [account] = at('ServiceAccount', 'gcp-secret-manager');
    expect((account!.metadata.annotations as Record<string, string>)['iam.gke.io/gcp-service-account']).toBe(
      `mongodb-secrets@${project}.iam.gserviceaccount.com`,
    );
    expect(at('SecretStore', 'gcp-secret-manager').map((s) => s.spec)).toEqual([
      {
        provider: {
          gcpsm: {
            projectID: project,
            auth: { workloadIdentity: { serviceAccountRef: { name: 'gcp-secret-manager' } } },
          },
        },
      },
    ]);
  });

  test("daily backups to the environment bucket with the environment's retention; point-in-time recovery as the platform says", () => {
    expect(spec.backup.enabled).toBe(true);
    expect(spec.backup.storages).toEqual({
      gcs: {
        type: 'gcs',
        main: true,
        gcs: { bucket: `orofi-${envName}-mongodb-backups`, prefix: 'mongodb', credentialsSecret: 'mongodb-backup-gcs' },
      },
    });
    expect(spec.backup.tasks).toEqual([
      {
        name: 'daily',
        enabled: true,
        schedule: '0 3 * * *',
        storageName: 'gcs',
        type: 'logical',
        retention: { type: 'count', count: config.mongodb!.backup.keep, deleteFromStorage: true },
      },
    ]);
    expect(spec.backup.pitr).toEqual({ enabled: platform.backingServices.mongodb!.pointInTimeRecovery ?? true });
  });

  test('the whole resource: one replica set sized by the environment, hardened; users; backups; no automatic upgrade', () => {
    const described = platform.backingServices.mongodb!;
    const { requests, limits } = config.mongodb!.resources;
    const members = { 'app.kubernetes.io/instance': 'mongodb', 'app.kubernetes.io/replset': 'rs0' };
    /** Percona's images run as 1001; here in group 1001 (not the image's 0), which owns the volume. */
    const percona = { ...HARDENED_CONTAINER, runAsUser: 1001 };
    const users = [...(described.users ?? [])].sort();
    expect(psmdb.spec).toEqual({
      crVersion: '1.22.0',
      image: described.image,
      imagePullPolicy: 'Always',
      // Versions change through Git only; members restart one at a time, the primary last.
      upgradeOptions: { apply: 'disabled' },
      updateStrategy: 'SmartUpdate',
      secrets: { users: 'mongodb-system-users', ssl: 'mongodb-ssl' },
      tls: { mode: 'requireTLS' },
      initContainerSecurityContext: percona,
      replsets: [
        {
          name: 'rs0',
          size: 3,
          affinity: {
            antiAffinityTopologyKey: ACROSS_ZONES ? 'topology.kubernetes.io/zone' : 'kubernetes.io/hostname',
          },
          topologySpreadConstraints: [
            {
              labelSelector: { matchLabels: members },
              maxSkew: 1,
              topologyKey: 'kubernetes.io/hostname',
              whenUnsatisfiable: 'DoNotSchedule',
            },
          ],
          podDisruptionBudget: { maxUnavailable: 1 },
          resources: {
            limits: { cpu: `${limits.cpuMillis}m`, memory: `${limits.memoryMiB}Mi` },
            requests: { cpu: `${requests.cpuMillis}m`, memory: `${requests.memoryMiB}Mi` },
          },
          volumeSpec: {
            persistentVolumeClaim: { resources: { requests: { storage: `${config.storage!.mongodbGiB}Gi` } } },
          },
          podSecurityContext: {
            runAsNonRoot: true,
            runAsUser: 1001,
            runAsGroup: 1001,
            fsGroup: 1001,
            seccompProfile: { type: 'RuntimeDefault' },
          },
          // mongod's root stays writable: its entry script writes /tmp/tls.pem (docs/design/mongodb.md).
          containerSecurityContext: { ...percona, readOnlyRootFilesystem: false },
          // The backup agent's /tmp, where its entry script writes its tls.pem.
          sidecarVolumes: [{ name: 'backup-agent-tmp', emptyDir: { sizeLimit: '16Mi' } }],
          expose: { enabled: false },
          sidecars: [
            {
              name: 'mongodb-exporter',
              image: described.exporterImage,
              imagePullPolicy: 'Always',
              // mongod over TLS on the pod's loopback (the certificate names the Service, not 127.0.0.1).
              args: [
                '--mongodb.uri=mongodb://127.0.0.1:27017/admin?tls=true&tlsInsecure=true',
                '--compatible-mode',
                '--collect-all',
                '--web.listen-address=:9216',
              ],
              // As the cluster-monitor system user, from the system users' Secret.
              env: ['USER', 'PASSWORD'].map((what) => ({
                name: `MONGODB_${what}`,
                valueFrom: { secretKeyRef: { name: 'mongodb-system-users', key: `MONGODB_CLUSTER_MONITOR_${what}` } },
              })),
              ports: [{ name: 'metrics', containerPort: 9216 }],
              resources: {
                limits: { cpu: '200m', memory: '128Mi' },
                requests: { cpu: '20m', memory: '64Mi' },
              },
              securityContext: percona,
            },
          ],
        },
      ],
      sharding: { enabled: false },
      users: users.map(mongoUser),
      backup: {
        enabled: true,
        image: described.backupImage,
        containerSecurityContext: percona,
        volumeMounts: [{ name: 'backup-agent-tmp', mountPath: '/tmp' }],
        storages: {
          gcs: {
            type: 'gcs',
            main: true,
            gcs: {
              bucket: described.backupBucket!.replace('{env}', envName),
              prefix: 'mongodb',
              credentialsSecret: 'mongodb-backup-gcs',
            },
          },
        },
        pitr: { enabled: described.pointInTimeRecovery ?? true },
        tasks: [
          {
            name: 'daily',
            enabled: true,
            schedule: described.backupSchedule ?? '0 3 * * *',
            storageName: 'gcs',
            type: 'logical',
            retention: { type: 'count', count: config.mongodb!.backup.keep, deleteFromStorage: true },
          },
        ],
      },
    });
    // What scrapes the exporter names its port, and what admits Prometheus opens that port.
    expect(find(files, 'PodMonitor', 'mongodb').spec).toEqual({
      selector: { matchLabels: members },
      podMetricsEndpoints: [{ port: 'metrics', path: '/metrics', interval: '30s' }],
    });
  });

  test('the operator: its chart from the environment, restricted pods (the image’s user 2), read-only root', () => {
    const app = find(files, 'Application', 'psmdb-operator') as unknown as {
      spec: { destination: { namespace: string }; source: Record<string, unknown> & { helm: unknown } };
    };
    expect(app.spec.destination.namespace).toBe('mongodb');
    const chart = config.operators!.psmdbOperator!;
    expect(app.spec.source).toMatchObject({
      repoURL: chart.repoURL,
      chart: chart.chart,
      targetRevision: chart.version,
    });
    const seccompProfile = { type: 'RuntimeDefault' };
    expect(app.spec.source.helm).toEqual({
      releaseName: 'psmdb-operator',
      valuesObject: {
        podSecurityContext: { runAsNonRoot: true, runAsUser: 2, runAsGroup: 2, seccompProfile },
        securityContext: {
          allowPrivilegeEscalation: false,
          readOnlyRootFilesystem: true,
          capabilities: { drop: ['ALL'] },
          seccompProfile,
        },
      },
    });
  });

  test('NetworkPolicy: mongod admits only the client services, its own members and the operator; Prometheus the exporter', () => {
    const policy = find(files, 'NetworkPolicy', 'mongodb') as unknown as INetworkPolicy;
    expect(policy.metadata!.namespace).toBe('mongodb');
    expect(policy.spec!.podSelector).toEqual({ matchLabels: { 'app.kubernetes.io/instance': 'mongodb' } });
    const [mongod, exporter] = [
      policy.spec!.ingress!.filter((r) => r.ports![0]!.port === 27017),
      policy.spec!.ingress!.filter((r) => r.ports![0]!.port !== 27017),
    ];
    expect(exporter!.map((r) => [r.from, r.ports])).toEqual([
      [
        [
          {
            namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } },
            podSelector: { matchLabels: { 'app.kubernetes.io/name': 'prometheus' } },
          },
        ],
        [{ port: 9216, protocol: 'TCP' }],
      ],
    ]);
    const from = mongod!.map((rule) => {
      expect(rule.ports).toEqual([{ port: 27017, protocol: 'TCP' }]);
      const [peer] = rule.from!;
      return `${peer!.namespaceSelector!.matchLabels!['kubernetes.io/metadata.name']}/${JSON.stringify(peer!.podSelector!.matchLabels)}`;
    });
    const clients = platform.services.filter((s) => s.uses?.mongodb);
    expect(from).toEqual([
      ...clients.map((s) => `${s.namespace}/{"app.kubernetes.io/name":"${s.name}"}`),
      'mongodb/{"app.kubernetes.io/instance":"mongodb","app.kubernetes.io/replset":"rs0"}',
      // The operator's pods as the pinned psmdb-operator chart (1.22.0) labels them.
      'mongodb/{"app.kubernetes.io/name":"psmdb-operator"}',
    ]);
    // Out: the other members, DNS, and the storage API for backups.
    expect(policy.spec!.egress!.map((r) => r.ports!.map((p) => p.port))).toEqual([[27017], [53, 53], [443]]);
  });

  test("clients trust the replica set CA copied beside them (ca.crt only), and can read no copy of the server's key", () => {
    const copies = (ofKind(files, 'ExternalSecret') as unknown as IExternalSecret[]).filter(
      (es) => es.metadata!.name === 'mongodb-ca',
    );
    const at = (ns: string) => copies.find((c) => c.metadata!.namespace === ns)!;
    // In MongoDB's namespace, the CA certificate alone out of the server's Secret...
    expect(at('mongodb').spec!.data).toEqual([
      { secretKey: 'ca.crt', remoteRef: { key: 'mongodb-ssl', property: 'ca.crt' } },
    ]);
    // ...which the clients' namespace copies, and nothing else: its reader may get only that Secret.
    expect(at('microservices').spec!.data).toEqual([
      { secretKey: 'ca.crt', remoteRef: { key: 'mongodb-ca', property: 'ca.crt' } },
    ]);
    const clientRoles = ofKind(files, 'Role').filter((r) => r.metadata.name.startsWith('microservices-'));
    for (const role of clientRoles) {
      expect(JSON.stringify(role.rules)).not.toContain('mongodb-ssl');
    }
    for (const service of platform.services) {
      const pod = (find(files, 'Deployment', service.name) as unknown as IDeployment).spec!.template.spec!;
      const mounted = (pod.volumes ?? []).some((v) => v.secret?.secretName === 'mongodb-ca');
      expect(mounted).toBe(service.uses?.mongodb === true);
    }
    expect(find(files, 'Namespace', 'mongodb').metadata.labels).toMatchObject({ 'istio-injection': 'disabled' });
    expect(find(files, 'DestinationRule', 'mongodb').spec).toEqual({
      host: '*.mongodb.svc.cluster.local',
      trafficPolicy: { tls: { mode: 'DISABLE' } },
    });
  });
});

test("MongoDB's parity rules: between two environments, exactly the described sizes, storage, retention and bucket differ", () => {
  const [[first, a], [last, b]] = [outputs[0]!, outputs.at(-1)!];
  const [x, y] = [first, last].map((name) => environments.find((e) => e.name === name)!);
  const pair = `${first} vs ${last}`;
  const expected: string[] = [];
  const differ = (path: string, u: unknown, v: unknown) => {
    if (u !== v)
      expected.push(
        `${pair}: PerconaServerMongoDB mongodb/mongodb: ${path}: ${JSON.stringify(u)} vs ${JSON.stringify(v)}`,
      );
  };
  for (const limit of ['limits', 'requests'] as const) {
    const [u, v] = [x, y].map((e) => e.mongodb!.resources[limit]);
    differ(`spec.replsets[0].resources.${limit}.cpu`, `${u!.cpuMillis}m`, `${v!.cpuMillis}m`);
    differ(`spec.replsets[0].resources.${limit}.memory`, `${u!.memoryMiB}Mi`, `${v!.memoryMiB}Mi`);
  }
  differ(
    'spec.replsets[0].volumeSpec.persistentVolumeClaim.resources.requests.storage',
    `${x!.storage!.mongodbGiB}Gi`,
    `${y!.storage!.mongodbGiB}Gi`,
  );
  differ('spec.backup.tasks[0].retention.count', x!.mongodb!.backup.keep, y!.mongodb!.backup.keep);
  const bucket = (env: string) => platform.backingServices.mongodb!.backupBucket!.replace('{env}', env);
  differ('spec.backup.storages.gcs.gcs.bucket', bucket(first), bucket(last));
  expect(expected.length).toBeGreaterThan(0);
  const others = BACKING.map((s) => s.name).filter((name) => name !== 'mongodb');
  const objects = (name: string, files: typeof a) => ({ name, objects: ofKind(files, 'PerconaServerMongoDB') });
  expect(parityProblems(objects(first, a), objects(last, b), others).sort()).toEqual(expected.sort());
  expect(parityProblems(objects(first, a), objects(last, b))).toEqual([]);
  // Only those fields: beside them, a difference is still one (an ephemeral-storage request, the members).
  const planted = structuredClone(objects(last, b));
  const rs = (planted.objects[0]!.spec as { replsets: { size: number; resources: { requests: object } }[] })
    .replsets[0]!;
  rs.resources.requests = { ...rs.resources.requests, 'ephemeral-storage': '1Gi' };
  rs.size = 5;
  expect(parityProblems(objects(first, a), planted)).toEqual([
    `${pair}: PerconaServerMongoDB mongodb/mongodb: spec.replsets[0].resources.requests.ephemeral-storage: nothing vs "1Gi"`,
    `${pair}: PerconaServerMongoDB mongodb/mongodb: spec.replsets[0].size: 3 vs 5`,
  ]);
});

test("the replica set's credentials are read through the store of its own namespace, whatever other stores there are", () => {
  const env = orofiModel().values().next().value!;
  const own = env.secretStores.filter((s) => s.namespace === env.mongodb!.namespace);
  expect(own.map((s) => s.name)).toEqual(['gcp-secret-manager']);
  const other = { ...own[0]!, name: 'elsewhere', namespace: 'microservices' };
  const storesOf = (secretStores: typeof env.secretStores) => {
    const app = new App();
    mongodbService.charts!.add!(app, { ...env, secretStores });
    return app.charts
      .flatMap((c) => c.toJson() as KubeObject[])
      .filter((o) => o.kind === 'ExternalSecret' && o.metadata.namespace === env.mongodb!.namespace)
      .map((o) => `${o.metadata.name} ${(o.spec as { secretStoreRef: { name: string } }).secretStoreRef.name}`);
  };
  const expected = [
    'mongodb-backup-gcs gcp-secret-manager',
    'mongodb-system-users gcp-secret-manager',
    'mongodb-users gcp-secret-manager',
  ];
  expect(
    storesOf([other, ...own])
      .filter((l) => !l.startsWith('mongodb-ca '))
      .sort(),
  ).toEqual(expected);
  // Without a store in its namespace, no replica set: it could read none of its credentials.
  expect(storesOf([other])).toEqual([]);
});
