/**
 * The two RoleBinding-to-ClusterRole checks of Polaris that test/polaris.test.ts does not exercise:
 * `rolebindingClusterAdminClusterRole` (a RoleBinding granting cluster-admin, or a ClusterRole with
 * wildcard rights, in a namespace) and `rolebindingClusterRolePodExecAttach` (one granting exec or attach
 * into pods, or a ClusterRole that does not exist). Expected results come from reading the checks'
 * schemas in ../shared/polaris-checks.
 */
import { existsSync } from 'node:fs';
import type { KubeObject } from '../lib/validate';
import { POLARIS_CHECKS_DIR, polarisReview } from './polaris';

// Polaris's checks are in ../shared, beside the repository: CI has it, a lone clone does not.
const shared = existsSync(POLARIS_CHECKS_DIR);
if (!shared) {
  process.stderr.write(
    `test/polaris-rbac.test.ts: skipped: Polaris's checks (${POLARIS_CHECKS_DIR}) are not there: ../shared is not beside the repository (CI has it)\n`,
  );
}
const test = shared ? global.test : global.test.skip;

const RBAC = 'rbac.authorization.k8s.io';
const NS = 'shop';
type Rule = { apiGroups: string[]; resources: string[]; verbs: string[] };
const clusterRole = (name: string, ...rules: Rule[]): KubeObject => ({
  apiVersion: `${RBAC}/v1`,
  kind: 'ClusterRole',
  metadata: { name },
  rules,
});
const roleBinding = (name: string, kind: 'Role' | 'ClusterRole', role: string): KubeObject => ({
  apiVersion: `${RBAC}/v1`,
  kind: 'RoleBinding',
  metadata: { name, namespace: NS },
  roleRef: { apiGroup: RBAC, kind, name: role },
  subjects: [{ kind: 'ServiceAccount', name: 'app', namespace: NS }],
});
/** A harmless Role in the namespace: rolebindingClusterAdminRole wants one to exist. */
const benignRole: KubeObject = {
  apiVersion: `${RBAC}/v1`,
  kind: 'Role',
  metadata: { name: 'reader', namespace: NS },
  rules: [{ apiGroups: [''], resources: ['configmaps'], verbs: ['get'] }],
};
const SEVEN = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete'];
const ROLES = [
  clusterRole('cluster-admin', { apiGroups: ['*'], resources: ['*'], verbs: ['*'] }),
  clusterRole('wildcard', { apiGroups: ['*'], resources: ['*'], verbs: ['*'] }),
  clusterRole('seven-verbs', { apiGroups: ['*'], resources: ['*'], verbs: SEVEN }),
  clusterRole('exec', { apiGroups: [''], resources: ['pods/exec'], verbs: ['create'] }),
  clusterRole('attach', { apiGroups: [''], resources: ['pods/attach'], verbs: ['get'] }),
  clusterRole('read-pods', { apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get', 'list', 'watch'] }),
  clusterRole('six-verbs', { apiGroups: ['*'], resources: ['secrets'], verbs: SEVEN.slice(0, 6) }),
];
const CHECKS = ['rolebindingClusterAdminClusterRole', 'rolebindingClusterRolePodExecAttach'];

/** The two checks' failures on one RoleBinding, reviewed with every ClusterRole above. */
function failing(binding: KubeObject): string[] {
  return polarisReview([...ROLES, benignRole, binding])
    .filter((f) => f.kind === 'RoleBinding' && CHECKS.includes(f.check))
    .map((f) => f.check)
    .sort();
}

test.each([
  ['cluster-admin', CHECKS],
  ['wildcard', CHECKS],
  ['seven-verbs', CHECKS],
  ['exec', ['rolebindingClusterRolePodExecAttach']],
  ['attach', ['rolebindingClusterRolePodExecAttach']],
  ['read-pods', []],
  ['six-verbs', []],
  ['missing', CHECKS],
])('a RoleBinding to ClusterRole %s fails %j', (role, expected) => {
  expect(failing(roleBinding('grant', 'ClusterRole', role))).toEqual(expected);
});

test('cluster-admin by name fails even when its rules are harmless; a Role is not their concern', () => {
  const harmless = clusterRole('cluster-admin', { apiGroups: [''], resources: ['configmaps'], verbs: ['get'] });
  const checks = polarisReview([harmless, benignRole, roleBinding('grant', 'ClusterRole', 'cluster-admin')])
    .filter((f) => f.kind === 'RoleBinding')
    .map((f) => f.check);
  expect(checks).toEqual(['rolebindingClusterAdminClusterRole']);
  expect(failing(roleBinding('grant', 'Role', 'reader'))).toEqual([]);
});

test('default bindings (system:) are exempt from both', () => {
  expect(failing(roleBinding('system:controller', 'ClusterRole', 'wildcard'))).toEqual([]);
  expect(failing(roleBinding('system:controller', 'ClusterRole', 'cluster-admin'))).toEqual([]);
});
