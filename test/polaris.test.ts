import { existsSync } from 'node:fs';
import { environments } from '../environments';
import type { KubeObject } from '../lib/validate';
import { allObjects, orofiModel, synth } from './helpers';
import {
  executeGoTemplate,
  formatFailure,
  goRegExp,
  loadPolaris,
  parseGoTemplate,
  POLARIS_CHECKS_DIR,
  polarisReview,
  type PolarisFailure,
} from './polaris';

// Polaris's checks are in ../shared, beside the repository: CI has it, a lone clone does not.
const shared = existsSync(POLARIS_CHECKS_DIR);
if (!shared) {
  process.stderr.write(
    `test/polaris.test.ts: skipped: Polaris's checks (${POLARIS_CHECKS_DIR}) are not there: ../shared is not beside the repository (CI has it)\n`,
  );
}
const test = shared ? global.test : global.test.skip;
const describe = shared ? global.describe : global.describe.skip;

const ENVIRONMENTS = environments.map((e) => e.name);
const model = orofiModel();

describe.each(ENVIRONMENTS)('%s', (envName) => {
  test('passes every Polaris check of severity danger or warning', () => {
    const failures = polarisReview(allObjects(synth(model.get(envName)!)));
    expect(failures.map(formatFailure)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
// The evaluator itself, on hand-written objects. Expected check ids come from reading the checks.

type Obj = Record<string, unknown>;
const ids = (failures: PolarisFailure[]) => [...new Set(failures.map((f) => f.check))].sort();
const review = (...objects: object[]) => polarisReview(objects as KubeObject[]);

const LABELS = { 'app.kubernetes.io/name': 'shop', 'app.kubernetes.io/instance': 'shop' };
const POD = 'deployment/spec/template/spec';
const APP = `${POD}/containers/0`;

/** A Deployment with everything the checks ask for, and the objects around it, in namespace `store`. */
function hardened(): Record<string, Obj> {
  const metadata = { name: 'shop', namespace: 'store' };
  return {
    deployment: {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { ...metadata, labels: LABELS },
      spec: {
        replicas: 2,
        selector: { matchLabels: LABELS },
        template: {
          metadata: { labels: { ...LABELS, version: '1.4.2' } },
          spec: {
            serviceAccountName: 'shop',
            automountServiceAccountToken: false,
            priorityClassName: 'shop',
            securityContext: { runAsNonRoot: true, runAsUser: 10001, seccompProfile: { type: 'RuntimeDefault' } },
            topologySpreadConstraints: [
              { maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway' },
            ],
            containers: [
              {
                name: 'app',
                image: 'registry.example/shop:1.4.2',
                imagePullPolicy: 'Always',
                // cpu: 1 is a number; k8s.io/api reads it as the quantity "1", which the checks see as a string.
                resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: 1, memory: '256Mi' } },
                livenessProbe: { httpGet: { path: '/live', port: 8080 } },
                readinessProbe: { httpGet: { path: '/ready', port: 8080 } },
                securityContext: {
                  allowPrivilegeEscalation: false,
                  readOnlyRootFilesystem: true,
                  capabilities: { drop: ['ALL'] },
                },
              },
            ],
          },
        },
      },
    },
    account: { apiVersion: 'v1', kind: 'ServiceAccount', metadata, automountServiceAccountToken: false },
    pdb: {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata,
      spec: { maxUnavailable: 1, selector: { matchLabels: LABELS } },
    },
    hpa: {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata,
      spec: {
        scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'shop' },
        minReplicas: 2,
        maxReplicas: 4,
      },
    },
    policy: {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata,
      spec: {
        podSelector: { matchLabels: { 'app.kubernetes.io/name': 'shop' } },
        ingress: [{ ports: [{ port: 8080 }] }],
        egress: [{ ports: [{ port: 53, protocol: 'UDP' }] }],
        policyTypes: ['Ingress', 'Egress'],
      },
    },
  };
}

/** Reviews the hardened objects, patched (`object/path/to/field` -> value, `undefined` deletes), and `extra`. */
function reviewPatched(patch: Record<string, unknown>, ...extra: object[]): PolarisFailure[] {
  const objects = JSON.parse(JSON.stringify(hardened())) as Record<string, Obj>; // no shared subobjects
  for (const [path, value] of Object.entries(patch)) {
    const keys = path.split('/');
    const last = keys.pop()!;
    const parent = keys.reduce<unknown>((o, k) => (o as Obj)[k], objects);
    if (typeof parent !== 'object' || parent === null) throw new Error(`no ${keys.join('/')} to patch`);
    if (value === undefined) delete (parent as Obj)[last];
    else (parent as Obj)[last] = value;
  }
  return review(...Object.values(objects), ...extra);
}
const failing = (patch: Record<string, unknown>, ...extra: object[]) => ids(reviewPatched(patch, ...extra));

test('loads the 44 built-in checks, all of severity danger or warning', () => {
  expect(loadPolaris().checks).toHaveLength(44);
});

test('a hardened Deployment with its ServiceAccount, PDB, HPA and NetworkPolicy passes every check', () => {
  expect(failing({})).toEqual([]);
});

test('a careless Deployment fails exactly the checks that describe it', () => {
  const careless = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'careless', namespace: 'store' },
    spec: {
      replicas: 1,
      selector: { matchLabels: { app: 'careless' } },
      template: {
        metadata: { labels: { app: 'careless' } },
        spec: { containers: [{ name: 'app', image: 'nginx:latest', securityContext: { privileged: true } }] },
      },
    },
  };
  const failures = review(careless);
  expect(ids(failures)).toEqual([
    'automountServiceAccountToken', // the token is not turned off, and no ServiceAccount turns it off
    'cpuLimitsMissing',
    'cpuRequestsMissing',
    'deploymentMissingReplicas',
    'insecureCapabilities',
    'linuxHardening',
    'livenessProbeMissing',
    'memoryLimitsMissing',
    'memoryRequestsMissing',
    'metadataAndInstanceMismatched', // no app.kubernetes.io/instance label
    'missingNetworkPolicy',
    'missingPodDisruptionBudget',
    'notReadOnlyRootFilesystem',
    'priorityClassNotSet',
    'privilegeEscalationAllowed',
    'pullPolicyNotAlways',
    'readinessProbeMissing',
    'runAsPrivileged',
    'runAsRootAllowed',
    'tagNotSpecified',
    'topologySpreadConstraint',
  ]);
  expect(failures.map(formatFailure)).toEqual(
    expect.arrayContaining([
      'runAsPrivileged (danger): Deployment store/careless container app: Should not be running as privileged',
      'deploymentMissingReplicas (warning): Deployment store/careless: Only one replica is scheduled',
      // linuxHardening spells the key `FailureMessage`; Go's JSON decoding matches it case-insensitively.
      'linuxHardening (warning): Deployment store/careless container app: Use one of AppArmor, Seccomp, SELinux, or dropping Linux Capabilities to restrict containers using unwanted privileges',
    ]),
  );
});

test('automountServiceAccountToken: the pod turns the token off, or its ServiceAccount in the namespace does', () => {
  expect(failing({ 'account/automountServiceAccountToken': true })).toEqual([]);
  expect(failing({ [`${POD}/automountServiceAccountToken`]: true })).toEqual(['automountServiceAccountToken']);
  const unset = { [`${POD}/automountServiceAccountToken`]: undefined };
  expect(failing(unset)).toEqual([]);
  expect(failing({ ...unset, 'account/automountServiceAccountToken': true })).toEqual(['automountServiceAccountToken']);
  expect(failing({ ...unset, 'account/metadata': { name: 'shop', namespace: 'other' } })).toEqual([
    'automountServiceAccountToken',
  ]);
  expect(failing({ ...unset, 'account/metadata': { name: 'other', namespace: 'store' } })).toEqual([
    'automountServiceAccountToken',
  ]);
  // Without serviceAccountName the schema asks for a ServiceAccount named as Go renders a missing value.
  const noName = { ...unset, [`${POD}/serviceAccountName`]: undefined };
  expect(failing(noName)).toEqual(['automountServiceAccountToken']);
  expect(failing({ ...noName, 'account/metadata': { name: '<no value>', namespace: 'store' } })).toEqual([]);
});

test('missingPodDisruptionBudget: a PDB of the namespace whose matchLabels hold one of the pod labels', () => {
  expect(failing({ 'pdb/spec/selector/matchLabels': { version: '1.4.2', other: 'x' } })).toEqual([]);
  expect(failing({ 'pdb/spec/selector/matchLabels': { version: '2' } })).toEqual(['missingPodDisruptionBudget']);
  expect(failing({ 'pdb/metadata': { name: 'shop', namespace: 'other' } })).toEqual(['missingPodDisruptionBudget']);
  expect(failing({ pdb: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'shop' } } })).toEqual([
    'missingPodDisruptionBudget',
  ]);
});

describe('missingNetworkPolicy', () => {
  test('a NetworkPolicy of the namespace selecting exactly one pod label, with ingress and egress rules', () => {
    const selecting = (labels: Obj) => ({ 'policy/spec/podSelector/matchLabels': labels });
    expect(failing(selecting({ 'app.kubernetes.io/instance': 'shop', unrelated: 'x' }))).toEqual([]);
    // oneOf over the pod labels: a selector naming two of them matches two branches and fails.
    expect(failing(selecting(LABELS))).toEqual(['missingNetworkPolicy']);
    expect(failing(selecting({ 'app.kubernetes.io/name': 'other' }))).toEqual(['missingNetworkPolicy']);
    expect(failing({ 'policy/spec/egress': [] })).toEqual(['missingNetworkPolicy']);
    expect(failing({ 'policy/spec/policyTypes': ['Ingress'] })).toEqual(['missingNetworkPolicy']);
    expect(failing({ 'policy/metadata': { name: 'shop', namespace: 'other' } })).toEqual(['missingNetworkPolicy']);
  });
  test('label values are spliced into the schema unquoted: one YAML reads as a boolean never matches', () => {
    const labels = { tier: 'on' };
    const patch = {
      'deployment/spec/template/metadata/labels': labels,
      'policy/spec/podSelector/matchLabels': labels,
      'pdb/spec/selector/matchLabels': labels,
    };
    expect(failing(patch)).toEqual(['missingNetworkPolicy', 'missingPodDisruptionBudget']);
  });
});

test('metadataAndInstanceMismatched: the app.kubernetes.io/instance label must be the name', () => {
  const labels = { ...LABELS, 'app.kubernetes.io/instance': 'other' };
  expect(failing({ 'deployment/metadata/labels': labels })).toEqual(['metadataAndInstanceMismatched']);
});

test('hpaMaxAvailability (templated with minReplicas) and hpaMinAvailability', () => {
  expect(failing({ 'hpa/spec/minReplicas': 4 })).toEqual(['hpaMaxAvailability']);
  expect(failing({ 'hpa/spec/minReplicas': 1, 'hpa/spec/maxReplicas': 1 })).toEqual([
    'hpaMaxAvailability',
    'hpaMinAvailability',
  ]);
  expect(failing({ 'hpa/spec/minReplicas': undefined })).toEqual([]);
});

test('pdbMinAvailableGreaterThanHPAMinReplicas: minAvailable, or its share of minReplicas rounded up', () => {
  const minAvailable = (value: number | string) => ({
    'pdb/spec/maxUnavailable': undefined,
    'pdb/spec/minAvailable': value,
  });
  expect(failing(minAvailable(2))).toEqual([]);
  expect(failing(minAvailable(3))).toEqual(['pdbMinAvailableGreaterThanHPAMinReplicas']);
  expect(failing(minAvailable('50%'))).toEqual([]);
  expect(failing(minAvailable('101%'))).toEqual(['pdbMinAvailableGreaterThanHPAMinReplicas']); // 2.02 -> 3
  expect(failing(minAvailable('100%'))).toEqual(['pdbDisruptionsIsZero']);
  // Polaris looks the HPA up by target name in every namespace.
  expect(failing({ ...minAvailable(3), 'hpa/metadata': { name: 'shop', namespace: 'other' } })).toEqual([
    'pdbMinAvailableGreaterThanHPAMinReplicas',
  ]);
});

test('linuxHardening: any one of pod or container seccomp, SELinux, dropped capabilities or AppArmor', () => {
  const noDrop = { [`${APP}/securityContext/capabilities`]: undefined };
  expect(failing(noDrop)).toEqual(['insecureCapabilities']);
  expect(failing({ [`${POD}/securityContext/seccompProfile`]: undefined })).toEqual([]);
  const none = { ...noDrop, [`${POD}/securityContext/seccompProfile`]: { type: 'Unconfined' } };
  expect(failing(none)).toEqual(['insecureCapabilities', 'linuxHardening']);
  expect(failing({ ...none, [`${APP}/securityContext/seccompProfile`]: { type: 'RuntimeDefault' } })).toEqual([
    'insecureCapabilities',
  ]);
  expect(failing({ ...none, [`${APP}/securityContext/seLinuxOptions`]: { level: 's0:c1' } })).toEqual([
    'insecureCapabilities',
  ]);
  const appArmor = { 'container.apparmor.security.beta.kubernetes.io/app': 'runtime/default' };
  expect(failing({ ...none, 'deployment/spec/template/metadata/annotations': appArmor })).toEqual([
    'insecureCapabilities',
  ]);
});

test('sensitiveContainerEnvVar: literal values of secret-looking names', () => {
  const env = (...vars: Obj[]) => ({ [`${APP}/env`]: vars });
  expect(failing(env({ name: 'Db_Password', value: 'hunter2' }))).toEqual(['sensitiveContainerEnvVar']);
  expect(failing(env({ name: 'TLS', value: '-----BEGIN EC PRIVATE KEY-----\nMHc=' }))).toEqual([
    'sensitiveContainerEnvVar',
  ]);
  expect(failing(env({ name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 's', key: 'k' } } }))).toEqual([]);
  expect(failing(env({ name: 'LOG_LEVEL', value: 'info' }))).toEqual([]);
  // An empty value is dropped by the typed (omitempty) round trip, so the variable counts as a reference.
  expect(failing(env({ name: 'DB_PASSWORD', value: '' }))).toEqual([]);
});

test('sensitiveConfigmapContent: secret-looking keys and private keys, with the default.yaml exemptions', () => {
  const configMap = (name: string, data: Obj) => ({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name, namespace: 'store' },
    data,
  });
  expect(failing({}, configMap('shop', { Api_Token: 'x' }))).toEqual(['sensitiveConfigmapContent']);
  expect(failing({}, configMap('shop', { cert: '-----BEGIN RSA PRIVATE KEY-----\n' }))).toEqual([
    'sensitiveConfigmapContent',
  ]);
  expect(failing({}, configMap('shop', { LOG_LEVEL: 'info' }))).toEqual([]);
  expect(failing({}, configMap('ingress-nginx-controller-x', { password: 'x' }))).toEqual([]);
});

test('host access: network, PID, IPC, hostPath, hostPort, hostProcess and procMount', () => {
  const patch = {
    [`${POD}/hostNetwork`]: true,
    [`${POD}/hostPID`]: true,
    [`${POD}/hostIPC`]: true,
    [`${POD}/volumes`]: [{ name: 'root', hostPath: { path: '/' } }],
    [`${APP}/ports`]: [{ containerPort: 8080, hostPort: 80 }],
    [`${APP}/securityContext/windowsOptions`]: { hostProcess: true },
    [`${APP}/securityContext/procMount`]: 'Unmasked',
  };
  expect(failing(patch)).toEqual([
    'hostIPCSet',
    'hostNetworkSet',
    'hostPIDSet',
    'hostPathSet',
    'hostPortSet',
    'hostProcess',
    'procMount',
  ]);
});

test('RBAC checks follow roleRef to a (Cluster)Role, which must exist', () => {
  const rbac = (kind: string, name: string, body: Obj, namespace?: string) => ({
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind,
    metadata: { name, ...(namespace && { namespace }) },
    ...body,
  });
  const rules = (apiGroups: string[], resources: string[], verbs: string[]) => ({
    rules: [{ apiGroups, resources, verbs }],
  });
  const ref = (kind: string, name: string) => ({ roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind, name } });
  const byObject = (failures: PolarisFailure[]) => failures.map((f) => `${f.kind} ${f.name}: ${f.check}`).sort();
  const roles = [
    rbac('ClusterRole', 'exec', rules([''], ['pods/exec'], ['create'])),
    rbac('ClusterRole', 'read', rules([''], ['pods'], ['get', 'list'])),
    rbac('ClusterRole', 'all', rules(['*'], ['*'], ['*'])),
    rbac('Role', 'exec', rules([''], ['pods/attach'], ['get']), 'store'),
  ];
  const bindings = [
    rbac('ClusterRoleBinding', 'to-read', ref('ClusterRole', 'read')),
    rbac('ClusterRoleBinding', 'to-exec', ref('ClusterRole', 'exec')),
    rbac('ClusterRoleBinding', 'to-all', ref('ClusterRole', 'all')),
    rbac('ClusterRoleBinding', 'to-ghost', ref('ClusterRole', 'ghost')),
    rbac('RoleBinding', 'to-exec', ref('Role', 'exec'), 'store'),
    rbac('RoleBinding', 'to-read', ref('ClusterRole', 'read'), 'store'),
  ];
  expect(byObject(review(...roles, ...bindings))).toEqual([
    'ClusterRole all: clusterrolePodExecAttach',
    'ClusterRole exec: clusterrolePodExecAttach',
    'ClusterRoleBinding to-all: clusterrolebindingClusterAdmin',
    'ClusterRoleBinding to-all: clusterrolebindingPodExecAttach',
    'ClusterRoleBinding to-exec: clusterrolebindingPodExecAttach',
    'ClusterRoleBinding to-ghost: clusterrolebindingClusterAdmin',
    'ClusterRoleBinding to-ghost: clusterrolebindingPodExecAttach',
    'Role exec: rolePodExecAttach',
    'RoleBinding to-exec: rolebindingRolePodExecAttach',
  ]);
  // rolebindingClusterAdminRole's Role schema starts with `type: object` outside its {{ if }}: a RoleBinding
  // to a ClusterRole still needs some Role in its namespace.
  expect(byObject(review(roles[1]!, rbac('RoleBinding', 'to-read', ref('ClusterRole', 'read'), 'empty')))).toEqual([
    'RoleBinding to-read: rolebindingClusterAdminRole',
  ]);
});

test('tlsSettingsMissing: an Ingress needs tls', () => {
  const ingress = (spec: Obj) => ({
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: 'web' },
    spec,
  });
  expect(ids(review(ingress({ rules: [] })))).toEqual(['tlsSettingsMissing']);
  expect(ids(review(ingress({ tls: [{ hosts: ['shop.example'] }] })))).toEqual([]);
});

test('RE2 patterns are translated, never dropped: (?i) matches sys_admin in dangerousCapabilities', () => {
  expect(failing({ [`${APP}/securityContext/capabilities/add`]: ['sys_admin'] })).toEqual(['dangerousCapabilities']);
  expect(goRegExp('^(?i)ALL$').test('all')).toBe(true);
  expect(goRegExp('(?P<x>a)\\z').source).toBe('(?<x>a)$');
  expect(() => goRegExp('a(?i)b')).toThrow(/unsupported placement/);
  expect(() => goRegExp('[[:alpha:]]')).toThrow(/unsupported RE2 class/);
});

test('native sidecars are init containers: no probe or resource checks, every other container check', () => {
  const securityContext = {
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: true,
    capabilities: { drop: ['ALL'] },
  };
  const sidecar = { name: 'proxy', image: 'proxy:latest', imagePullPolicy: 'Always', restartPolicy: 'Always' };
  expect(reviewPatched({ [`${POD}/initContainers`]: [{ ...sidecar, securityContext }] }).map(formatFailure)).toEqual([
    'tagNotSpecified (danger): Deployment store/shop container proxy: Image tag should be specified',
  ]);
});

test('an exemption annotation on the object turns its check off', () => {
  const annotations = { 'polaris.fairwinds.com/priorityClassNotSet-exempt': 'True' };
  expect(failing({ [`${POD}/priorityClassName`]: undefined, 'deployment/metadata/annotations': annotations })).toEqual(
    [],
  );
  expect(failing({ [`${POD}/priorityClassName`]: undefined })).toEqual(['priorityClassNotSet']);
});

describe('Go templates', () => {
  const render = (src: string, data: unknown) => executeGoTemplate(parseGoTemplate(src), data);
  test('render as text/template does', () => {
    expect(render('a: {{ .x.y }} b: {{ print .x.y }} c: {{ .n }}', { n: 1.5 })).toBe('a: <no value> b: <nil> c: 1.5');
    expect(render('x\n  {{- if not (eq .a false) }}\n  yes {{- end }}\n', { a: true })).toBe('x\n  yes\n');
    expect(render('{{ range $k, $v := .m }}{{ $k }}={{ $v }},{{ end }}', { m: { b: 2, a: 1 } })).toBe('a=1,b=2,');
    expect(render('{{ $x := false }}{{ if .m }}{{ $x = index .m "a" }}{{ end }}{{ $x }}', { m: { a: 'v' } })).toBe('v');
    expect(render('{{/* a\ncomment */}}{{ and 1 0 }}{{ or 0 "s" }}', {})).toBe('0s');
  });
  test('throw on what they do not support, and on what Go rejects', () => {
    expect(() => parseGoTemplate('{{ with .x }}{{ end }}')).toThrow(/with/);
    expect(() => parseGoTemplate('{{ .x | print }}')).toThrow(/pipelines/);
    expect(() => parseGoTemplate('{{ len .x }}')).toThrow(/unsupported function "len"/);
    expect(() => parseGoTemplate('{{ if .x }}')).toThrow(/missing \{\{end\}\}/);
    expect(() => render('{{ eq .s 1 }}', { s: 'a' })).toThrow(/incompatible types/);
    expect(() => render('{{ .a.b }}', { a: null })).toThrow(/nil pointer/);
    expect(() => render('{{ hasPrefix .missing "x" }}', {})).toThrow(/two strings/);
  });
});
