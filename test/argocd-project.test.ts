/**
 * lib/argocd: whether Argo CD lets a project deploy an object or an Application, decided as Argo CD
 * 3.5.1 decides it. The cases come from Argo CD's own tests (app_project_types_test.go, types_test.go,
 * git_test.go) and docs, not from this port.
 */
import { apiVersions, crdKinds, scopeOf } from '../lib/argocd/cluster-api';
import {
  applicationRefusals,
  filepathMatch,
  globMatch,
  isDestinationPermitted,
  isGroupKindNamePermitted,
  isSourcePermitted,
  normalizeGitURL,
  syncRefusal,
  type ProjectSpec,
} from '../lib/argocd/project';

const IN_CLUSTER = 'https://kubernetes.default.svc';

describe('glob dialects', () => {
  test('gobwas/glob: * stops at separators when given, ** does not, {a,b} and classes', () => {
    expect(globMatch('https://github.com/*', 'https://github.com/argoproj/argo-cd', false, '/')).toBe(false);
    expect(globMatch('https://github.com/argoproj/*', 'https://github.com/argoproj/argo-cd', false, '/')).toBe(true);
    expect(globMatch('https://github.com/**', 'https://github.com/argoproj/argo-cd', false, '/')).toBe(true);
    expect(globMatch('team-*', 'team-a/b', false)).toBe(true); // no separators: * matches anything
    expect(globMatch('{dev,prod}-*', 'prod-1', false)).toBe(true);
    expect(globMatch('ns-[ab]', 'ns-c', false)).toBe(false);
    expect(globMatch('!kube-system', 'kube-system', true)).toBe(false);
    expect(globMatch('!kube-system', 'default', true)).toBe(true);
    expect(globMatch('*', '', false)).toBe(true);
    expect(globMatch('apps', '', false)).toBe(false);
  });

  test("Go's filepath.Match: * and ? never cross /, classes with ^", () => {
    expect(filepathMatch('*', 'Deployment')).toBe(true);
    expect(filepathMatch('*', '')).toBe(true);
    expect(filepathMatch('*.k8s.io', 'rbac.authorization.k8s.io')).toBe(true);
    expect(filepathMatch('Cluster*', 'ClusterRoleBinding')).toBe(true);
    expect(filepathMatch('Cluster?', 'ClusterRole')).toBe(false);
    expect(filepathMatch('[^C]*', 'ClusterRole')).toBe(false);
    expect(filepathMatch('', 'apps')).toBe(false);
    expect(filepathMatch('', '')).toBe(true);
    expect(filepathMatch('[', 'x')).toBe(false); // a bad pattern matches nothing
  });

  test('git URLs normalized as Argo CD does', () => {
    expect(normalizeGitURL('git@bitbucket.org:orofi/platform-manifests.git')).toBe(
      'git@bitbucket.org/orofi/platform-manifests',
    );
    expect(normalizeGitURL('ssh://git@GitHub.com/argoproj/argo-cd.git')).toBe('git@github.com/argoproj/argo-cd');
    expect(normalizeGitURL('https://github.com/argoproj/argo-cd.git')).toBe('https://github.com/argoproj/argo-cd');
  });
});

describe('sources and destinations', () => {
  const project: ProjectSpec = {
    sourceRepos: ['git@bitbucket.org:orofi/platform-manifests.git', 'https://charts.jetstack.io'],
    destinations: [
      { server: IN_CLUSTER, namespace: 'api-gateways' },
      { server: IN_CLUSTER, namespace: 'team-*' },
    ],
  };

  test('a source is permitted when some pattern matches it, in any spelling of the same URL', () => {
    expect(isSourcePermitted(project, 'git@bitbucket.org:orofi/platform-manifests')).toBe(true);
    expect(isSourcePermitted(project, 'git@bitbucket.org:orofi/other.git')).toBe(false);
    expect(isSourcePermitted(project, 'https://charts.jetstack.io')).toBe(true);
    expect(isSourcePermitted({ sourceRepos: ['*'] }, 'https://anything.example/x')).toBe(true);
    expect(isSourcePermitted({ sourceRepos: [] }, 'https://charts.jetstack.io')).toBe(false);
    // A negated pattern that matches excludes, whatever else matches.
    expect(isSourcePermitted({ sourceRepos: ['*', '!https://evil.example/*'] }, 'https://evil.example/x')).toBe(false);
  });

  test('a destination needs a matching server and namespace; an empty namespace matches no named one', () => {
    expect(isDestinationPermitted(project, { server: IN_CLUSTER, namespace: 'api-gateways' })).toBe(true);
    expect(isDestinationPermitted(project, { server: IN_CLUSTER, namespace: 'team-a' })).toBe(true);
    expect(isDestinationPermitted(project, { server: IN_CLUSTER, namespace: 'argocd' })).toBe(false);
    expect(isDestinationPermitted(project, { server: 'https://other', namespace: 'api-gateways' })).toBe(false);
    expect(isDestinationPermitted(project, { server: IN_CLUSTER, namespace: '' })).toBe(false);
    expect(isDestinationPermitted({ destinations: [] }, { server: IN_CLUSTER, namespace: 'x' })).toBe(false);
    const deny: ProjectSpec = {
      destinations: [
        { server: '*', namespace: '!kube-system' },
        { server: '*', namespace: '*' },
      ],
    };
    expect(isDestinationPermitted(deny, { server: IN_CLUSTER, namespace: 'kube-system' })).toBe(false);
    expect(isDestinationPermitted(deny, { server: IN_CLUSTER, namespace: 'apps' })).toBe(true);
  });

  test("an Application whose destination namespace is empty is refused with Argo CD's message", () => {
    expect(
      applicationRefusals(
        { source: { repoURL: 'git@bitbucket.org:orofi/platform-manifests.git' }, destination: { server: IN_CLUSTER } },
        project,
        'orofi-dev',
      ),
    ).toEqual([
      "application destination server 'https://kubernetes.default.svc' and namespace '' do not match any of the allowed destinations in project 'orofi-dev'",
    ]);
    expect(
      applicationRefusals(
        { source: { repoURL: 'https://x.example/charts' }, destination: { server: IN_CLUSTER, namespace: 'team-b' } },
        project,
        'p',
      ),
    ).toEqual(["application repo https://x.example/charts is not permitted in project 'p'"]);
  });
});

describe('kinds', () => {
  test('cluster-scoped kinds: only what the whitelist names (by glob, and by name when given), minus the blacklist', () => {
    const project: ProjectSpec = {
      clusterResourceWhitelist: [
        { group: 'rbac.authorization.k8s.io', kind: 'Cluster*' },
        { group: '', kind: 'Namespace', name: 'team-*' },
      ],
      clusterResourceBlacklist: [{ group: '*', kind: 'ClusterRoleBinding' }],
    };
    const gk = (group: string, kind: string) => ({ group, kind });
    expect(isGroupKindNamePermitted(project, gk('rbac.authorization.k8s.io', 'ClusterRole'), 'x', false)).toBe(true);
    expect(isGroupKindNamePermitted(project, gk('rbac.authorization.k8s.io', 'ClusterRoleBinding'), 'x', false)).toBe(
      false,
    );
    expect(isGroupKindNamePermitted(project, gk('', 'Namespace'), 'team-a', false)).toBe(true);
    expect(isGroupKindNamePermitted(project, gk('', 'Namespace'), 'kube-system', false)).toBe(false);
    expect(isGroupKindNamePermitted({}, gk('', 'Namespace'), 'a', false)).toBe(false); // no whitelist: none
  });

  test('namespaced kinds: an absent whitelist permits all, an empty one none; the blacklist removes', () => {
    const gk = { group: 'apps', kind: 'Deployment' };
    expect(isGroupKindNamePermitted({}, gk, 'x', true)).toBe(true);
    expect(isGroupKindNamePermitted({ namespaceResourceWhitelist: [] }, gk, 'x', true)).toBe(false);
    expect(
      isGroupKindNamePermitted({ namespaceResourceWhitelist: [{ group: 'apps', kind: '*' }] }, gk, 'x', true),
    ).toBe(true);
    expect(
      isGroupKindNamePermitted({ namespaceResourceBlacklist: [{ group: '*', kind: 'Deployment' }] }, gk, 'x', true),
    ).toBe(false);
  });

  test("syncRefusal gives controller/sync.go's messages: the kind first, then the namespace", () => {
    const project: ProjectSpec = {
      destinations: [{ server: IN_CLUSTER, namespace: 'cert-manager' }],
      namespaceResourceWhitelist: [{ group: 'rbac.authorization.k8s.io', kind: '*' }],
      clusterResourceWhitelist: [{ group: 'rbac.authorization.k8s.io', kind: 'ClusterRole' }],
    };
    const role = { group: 'rbac.authorization.k8s.io', kind: 'Role', name: 'x', namespaced: true };
    expect(syncRefusal(project, 'ops', IN_CLUSTER, { ...role, namespace: 'kube-system' })).toBe(
      "namespace kube-system is not permitted in project 'ops'",
    );
    expect(syncRefusal(project, 'ops', IN_CLUSTER, { ...role, namespace: 'cert-manager' })).toBeUndefined();
    expect(
      syncRefusal(project, 'ops', IN_CLUSTER, {
        group: '',
        kind: 'Service',
        name: 's',
        namespace: 'cert-manager',
        namespaced: true,
      }),
    ).toBe('resource :Service is not permitted in project ops');
    // A cluster-scoped object's namespace plays no part.
    expect(
      syncRefusal(project, 'ops', IN_CLUSTER, {
        group: 'rbac.authorization.k8s.io',
        kind: 'ClusterRole',
        name: 'c',
        namespace: '',
        namespaced: false,
      }),
    ).toBeUndefined();
  });
});

describe('what the cluster serves', () => {
  const crd = {
    spec: {
      group: 'example.io',
      scope: 'Cluster',
      names: { kind: 'Widget' },
      versions: [
        { name: 'v1', served: true },
        { name: 'v1beta1', served: false },
      ],
    },
  };

  test("a CRD's served versions, with its scope; --api-versions as Argo CD passes them", () => {
    const kinds = [...crdKinds(crd), { group: '', version: 'v1', kind: 'Service', namespaced: true }];
    expect(crdKinds(crd)).toEqual([{ group: 'example.io', version: 'v1', kind: 'Widget', namespaced: false }]);
    expect(apiVersions(kinds)).toEqual(['example.io/v1', 'example.io/v1/Widget', 'v1', 'v1/Service']);
    expect(scopeOf(kinds)('example.io', 'Widget')).toBe(false);
    expect(scopeOf(kinds)('', 'Service')).toBe(true);
    expect(scopeOf(kinds)('example.io', 'Gadget')).toBeUndefined();
  });
});
