/**
 * lib/argocd: whether Argo CD lets a project deploy an object or an Application, decided as Argo CD
 * 3.5.1 decides it. The cases come from Argo CD's own tests (app_project_types_test.go, types_test.go,
 * git_test.go) and docs, not from this port.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { apiVersions, builtInKinds, crdKinds, scopeOf } from '../lib/argocd/cluster-api';
import type { Json } from '../lib/json';
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
import { ROOT } from './helpers';

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

describe('the glob dialects at their edges (gobwas/glob and Go filepath.Match syntax)', () => {
  test('gobwas/glob: escapes, ? and classes stop at separators, negated classes, unbalanced syntax matches nothing', () => {
    expect(globMatch('a\\*b', 'a*b', false)).toBe(true);
    expect(globMatch('a\\*b', 'axb', false)).toBe(false);
    expect(globMatch('a?c', 'abc', false, '/')).toBe(true);
    expect(globMatch('a?c', 'a/c', false, '/')).toBe(false);
    expect(globMatch('a?c', 'a/c', false)).toBe(true);
    expect(globMatch('a*', 'ab/c', false, '/')).toBe(false);
    expect(globMatch('a**', 'ab/c', false, '/')).toBe(true);
    expect(globMatch('ns-[!ab]', 'ns-c', false)).toBe(true);
    expect(globMatch('ns-[!ab]', 'ns-a', false)).toBe(false);
    expect(globMatch('ns-[ab', 'ns-a', false)).toBe(false);
    expect(globMatch('{dev,prod', 'dev', false)).toBe(false);
    expect(globMatch('a}b,c', 'a}b,c', false)).toBe(true);
    // Regular-expression characters are plain characters.
    expect(globMatch('a.b+(c)|d$', 'a.b+(c)|d$', false)).toBe(true);
    expect(globMatch('a.b', 'axb', false)).toBe(false);
    expect(globMatch('^a\\\\b', '^a\\b', false)).toBe(true);
    expect(globMatch('a[.]b', 'axb', false)).toBe(false);
    // A trailing backslash escapes nothing: gobwas/glob's lexer (fetchText) drops it.
    expect(globMatch('ns-a\\', 'ns-a', false)).toBe(true);
    expect(globMatch('ns-a\\', 'ns-a\\', false)).toBe(false);
    expect(globMatch('{dev,prod}', 'test', false)).toBe(false);
    // Negation only where allowed; then '!' is a plain character.
    expect(globMatch('!dev', '!dev', false)).toBe(true);
    expect(globMatch('!dev', 'prod', false)).toBe(false);
    expect(globMatch('!*', 'anything', true)).toBe(false);
  });

  test("Go's filepath.Match: escapes, ranges, * and ? never cross /, a bad class matches nothing", () => {
    expect(filepathMatch('\\*', '*')).toBe(true);
    expect(filepathMatch('\\*', 'Pod')).toBe(false);
    expect(filepathMatch('a/*', 'a/b')).toBe(true);
    expect(filepathMatch('*', 'a/b')).toBe(false);
    expect(filepathMatch('a?c', 'a/c')).toBe(false);
    expect(filepathMatch('a?c', 'abc')).toBe(true);
    expect(filepathMatch('[a-c]x', 'bx')).toBe(true);
    expect(filepathMatch('[a-c]x', 'dx')).toBe(false);
    expect(filepathMatch('[^a-c]x', 'dx')).toBe(true);
    expect(filepathMatch('[^a-c]x', '/x')).toBe(false);
    expect(filepathMatch('apps.k8s.io', 'appsxk8sxio')).toBe(false);
    expect(filepathMatch('Role', 'ClusterRole')).toBe(false);
    expect(filepathMatch('Role', 'RoleBinding')).toBe(false);
    // Every other character is itself: regular-expression syntax included.
    expect(filepathMatch('a^b$c', 'a^b$c')).toBe(true);
    expect(filepathMatch('a\\\\b', 'a\\b')).toBe(true);
    expect(filepathMatch('(a|b)+', '(a|b)+')).toBe(true);
    expect(filepathMatch('(a|b)+', 'a')).toBe(false);
    expect(filepathMatch('a{1}', 'a{1}')).toBe(true);
    // A trailing backslash is Go's ErrBadPattern, which Argo CD takes for no match.
    expect(filepathMatch('Role\\', 'Role\\')).toBe(false);
    expect(filepathMatch('Role\\', 'Role')).toBe(false);
  });

  test('git URLs: trimmed, lower case, scp-style and ssh:// alike, .git dropped; https kept as it is', () => {
    expect(normalizeGitURL('  https://GitHub.com/Org/Repo  ')).toBe('https://github.com/org/repo');
    expect(normalizeGitURL('ssh://git@github.com/org/repo')).toBe('git@github.com/org/repo');
    expect(normalizeGitURL('git@github.com:org/repo')).toBe('git@github.com/org/repo');
    expect(normalizeGitURL('https://user@github.com/org/repo.git')).toBe('https://user@github.com/org/repo');
    expect(normalizeGitURL('https://github.com/org/repo.github')).toBe('https://github.com/org/repo.github');
  });
});

describe('projects at their edges (app_project_types.go)', () => {
  test('a project of negated sources only permits every other repository; a negation that does not match is no permit', () => {
    expect(isSourcePermitted({ sourceRepos: ['!https://evil.example/*'] }, 'https://good.example/x')).toBe(true);
    expect(isSourcePermitted({ sourceRepos: ['!https://evil.example/*'] }, 'https://evil.example/x')).toBe(false);
    expect(
      isSourcePermitted({ sourceRepos: ['https://a.example/*', '!https://a.example/b'] }, 'https://a.example/b'),
    ).toBe(false);
    expect(
      isSourcePermitted({ sourceRepos: ['https://a.example/*', '!https://a.example/b'] }, 'https://a.example/c'),
    ).toBe(true);
    // The negated pattern is normalized as a repository URL.
    expect(
      isSourcePermitted({ sourceRepos: ['*', '!git@evil.example:org/repo.git'] }, 'ssh://git@evil.example/org/repo'),
    ).toBe(false);
  });

  test('destinations by cluster name, and the deny rules of a server or a namespace', () => {
    const byName: ProjectSpec = { destinations: [{ name: 'in-cluster', namespace: 'apps' }] };
    expect(isDestinationPermitted(byName, { server: '', name: 'in-cluster', namespace: 'apps' })).toBe(true);
    expect(isDestinationPermitted(byName, { server: '', name: 'other', namespace: 'apps' })).toBe(false);
    const denyName: ProjectSpec = {
      destinations: [
        { name: '!staging', namespace: '*' },
        { name: '*', namespace: '*' },
      ],
    };
    expect(isDestinationPermitted(denyName, { server: '', name: 'staging', namespace: 'a' })).toBe(false);
    expect(isDestinationPermitted(denyName, { server: '', name: 'prod', namespace: 'a' })).toBe(true);
    const denyServer: ProjectSpec = {
      destinations: [
        { server: '!https://other', namespace: '*' },
        { server: '*', namespace: '*' },
      ],
    };
    expect(isDestinationPermitted(denyServer, { server: 'https://other', namespace: 'a' })).toBe(false);
    expect(isDestinationPermitted(denyServer, { server: IN_CLUSTER, namespace: 'a' })).toBe(true);
    // A denied namespace denies on the servers the rule names only.
    const denyNamespace: ProjectSpec = {
      destinations: [
        { server: IN_CLUSTER, namespace: '!kube-system' },
        { server: '*', namespace: '*' },
      ],
    };
    expect(isDestinationPermitted(denyNamespace, { server: IN_CLUSTER, namespace: 'kube-system' })).toBe(false);
    expect(isDestinationPermitted(denyNamespace, { server: 'https://other', namespace: 'kube-system' })).toBe(true);
    // An item without server or name matches no cluster.
    expect(isDestinationPermitted({ destinations: [{ namespace: '*' }] }, { server: IN_CLUSTER, namespace: 'a' })).toBe(
      false,
    );
  });

  test('cluster-scoped kinds: the blacklist by name, an empty whitelist permits none; the namespaced blacklist alone', () => {
    const gk = { group: '', kind: 'Namespace' };
    const project: ProjectSpec = {
      clusterResourceWhitelist: [{ group: '', kind: 'Namespace' }],
      clusterResourceBlacklist: [{ group: '', kind: 'Namespace', name: 'kube-*' }],
    };
    expect(isGroupKindNamePermitted(project, gk, 'apps', false)).toBe(true);
    expect(isGroupKindNamePermitted(project, gk, 'kube-system', false)).toBe(false);
    expect(isGroupKindNamePermitted({ clusterResourceWhitelist: [] }, gk, 'apps', false)).toBe(false);
    expect(isGroupKindNamePermitted({ clusterResourceWhitelist: [{ group: '*', kind: '*' }] }, gk, 'apps', false)).toBe(
      true,
    );
    // The group must match as well as the kind.
    expect(
      isGroupKindNamePermitted(
        { clusterResourceWhitelist: [{ group: 'example.io', kind: 'Namespace' }] },
        gk,
        'a',
        false,
      ),
    ).toBe(false);
    expect(
      isGroupKindNamePermitted(
        { namespaceResourceWhitelist: [{ group: 'example.io', kind: 'Deployment' }] },
        { group: 'apps', kind: 'Deployment' },
        'x',
        true,
      ),
    ).toBe(false);
    // A namespaced kind is never decided by the cluster lists, nor a cluster-scoped one by the namespaced lists.
    expect(
      isGroupKindNamePermitted({ clusterResourceWhitelist: [] }, { group: 'apps', kind: 'Deployment' }, 'x', true),
    ).toBe(true);
    expect(isGroupKindNamePermitted({ namespaceResourceWhitelist: [{ group: '*', kind: '*' }] }, gk, 'a', false)).toBe(
      false,
    );
    expect(
      syncRefusal({ clusterResourceWhitelist: [] }, 'ops', IN_CLUSTER, {
        ...gk,
        name: 'a',
        namespace: '',
        namespaced: false,
      }),
    ).toBe('resource :Namespace is not permitted in project ops');
  });

  test('an Application of several sources: each refused source named; a destination by name in the message', () => {
    const project: ProjectSpec = {
      sourceRepos: ['https://a.example/*'],
      destinations: [{ server: IN_CLUSTER, namespace: 'apps' }],
    };
    expect(
      applicationRefusals(
        {
          sources: [
            { repoURL: 'https://a.example/x' },
            { repoURL: 'https://b.example/y' },
            { repoURL: 'https://c.example/z' },
          ],
          destination: { name: 'elsewhere', namespace: 'apps' },
        },
        project,
        'p',
      ),
    ).toEqual([
      "application repo https://b.example/y is not permitted in project 'p'",
      "application repo https://c.example/z is not permitted in project 'p'",
      "application destination server 'elsewhere' and namespace 'apps' do not match any of the allowed destinations in project 'p'",
    ]);
    expect(
      applicationRefusals(
        { source: { repoURL: 'https://a.example/x' }, destination: { server: IN_CLUSTER, namespace: 'apps' } },
        project,
        'p',
      ),
    ).toEqual([]);
  });
});

describe('what a 1.33 cluster serves, at the edges', () => {
  const definition = (group: string, version: string, kind: string) => ({
    'x-kubernetes-group-version-kind': [{ group, version, kind }],
  });
  const scopes = (defs: [string, string, string][]) =>
    builtInKinds({ definitions: Object.fromEntries(defs.map((d, i) => [`d${i}`, definition(...d)])) })
      .map((k) => `${k.group}/${k.version}/${k.kind} ${k.namespaced ? 'namespaced' : 'cluster'}`)
      .sort();

  test('stable versions only (v1, v2, v10), and only lists, options, events and subresources are no resources', () => {
    expect(
      scopes([
        ['apps', 'v1', 'Deployment'],
        ['autoscaling', 'v2', 'HorizontalPodAutoscaler'],
        ['example', 'v10', 'Widget'],
        ['example', 'v1beta1', 'Gadget'],
        ['example', 'v2alpha1', 'Gizmo'],
        ['example', 'xv1', 'Thing'],
        ['example', 'v1', 'Listener'],
        ['example', 'v1', 'StatusReport'],
        ['example', 'v1', 'ScaleSet'],
        ['example', 'v1', 'EvictionPolicy'],
        ['example', 'v1', 'MyDeleteOptions'],
        ['example', 'v1', 'WatchEventLog'],
        ['example', 'v1', 'WidgetList'],
        ['', 'v1', 'Status'],
        ['', 'v1', 'WatchEvent'],
      ]),
    ).toEqual(
      [
        'apps/v1/Deployment namespaced',
        'autoscaling/v2/HorizontalPodAutoscaler namespaced',
        'example/v10/Widget namespaced',
        'example/v1/Listener namespaced',
        'example/v1/StatusReport namespaced',
        'example/v1/ScaleSet namespaced',
        'example/v1/EvictionPolicy namespaced',
        'example/v1/MyDeleteOptions namespaced',
        'example/v1/WatchEventLog namespaced',
      ].sort(),
    );
  });

  test('kinds that 1.33 serves as alpha or beta, once stable, are cluster-scoped as the Kubernetes API reference says', () => {
    expect(
      scopes([
        ['admissionregistration.k8s.io', 'v1', 'MutatingAdmissionPolicy'],
        ['admissionregistration.k8s.io', 'v1', 'MutatingAdmissionPolicyBinding'],
        ['certificates.k8s.io', 'v1', 'ClusterTrustBundle'],
        ['internal.apiserver.k8s.io', 'v1', 'StorageVersion'],
        ['resource.k8s.io', 'v1', 'DeviceClass'],
        ['resource.k8s.io', 'v1', 'ResourceSlice'],
        ['resource.k8s.io', 'v1', 'ResourceClaim'],
        ['storage.k8s.io', 'v1', 'VolumeAttributesClass'],
        ['storagemigration.k8s.io', 'v1', 'StorageVersionMigration'],
      ]),
    ).toEqual(
      [
        'admissionregistration.k8s.io/v1/MutatingAdmissionPolicy cluster',
        'admissionregistration.k8s.io/v1/MutatingAdmissionPolicyBinding cluster',
        'certificates.k8s.io/v1/ClusterTrustBundle cluster',
        'internal.apiserver.k8s.io/v1/StorageVersion cluster',
        'resource.k8s.io/v1/DeviceClass cluster',
        'resource.k8s.io/v1/ResourceSlice cluster',
        'resource.k8s.io/v1/ResourceClaim namespaced',
        'storage.k8s.io/v1/VolumeAttributesClass cluster',
        'storagemigration.k8s.io/v1/StorageVersionMigration cluster',
      ].sort(),
    );
  });

  const schemaFile = join(ROOT, '..', 'shared', 'k8s-schemas', 'kubernetes-v1.33.0.json');
  (existsSync(schemaFile) ? test : test.skip)(
    `the pinned 1.33 schema: the cluster-scoped kinds of \`kubectl api-resources --namespaced=false\`${existsSync(schemaFile) ? '' : ' (skipped: ../shared is absent)'}`,
    () => {
      const kinds = builtInKinds(JSON.parse(readFileSync(schemaFile, 'utf8')) as Json);
      const cluster = kinds.filter((k) => !k.namespaced).map((k) => `${k.group}/${k.kind}`);
      expect(cluster.sort()).toEqual(
        [
          '/ComponentStatus',
          '/Namespace',
          '/Node',
          '/PersistentVolume',
          'admissionregistration.k8s.io/MutatingWebhookConfiguration',
          'admissionregistration.k8s.io/ValidatingAdmissionPolicy',
          'admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding',
          'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
          'apiextensions.k8s.io/CustomResourceDefinition',
          'apiregistration.k8s.io/APIService',
          'authentication.k8s.io/SelfSubjectReview',
          'authentication.k8s.io/TokenReview',
          'authorization.k8s.io/SelfSubjectAccessReview',
          'authorization.k8s.io/SelfSubjectRulesReview',
          'authorization.k8s.io/SubjectAccessReview',
          'certificates.k8s.io/CertificateSigningRequest',
          'flowcontrol.apiserver.k8s.io/FlowSchema',
          'flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration',
          'networking.k8s.io/IPAddress',
          'networking.k8s.io/IngressClass',
          'networking.k8s.io/ServiceCIDR',
          'node.k8s.io/RuntimeClass',
          'rbac.authorization.k8s.io/ClusterRole',
          'rbac.authorization.k8s.io/ClusterRoleBinding',
          'scheduling.k8s.io/PriorityClass',
          'storage.k8s.io/CSIDriver',
          'storage.k8s.io/CSINode',
          'storage.k8s.io/StorageClass',
          'storage.k8s.io/VolumeAttachment',
        ].sort(),
      );
      // Namespaced as well as served: the kinds the platform writes most.
      const namespaced = new Set(kinds.filter((k) => k.namespaced).map((k) => `${k.group}/${k.version}/${k.kind}`));
      for (const k of ['apps/v1/Deployment', '/v1/Service', '/v1/Secret', 'networking.k8s.io/v1/NetworkPolicy'])
        expect(namespaced.has(k)).toBe(true);
    },
  );

  test('a CRD: served versions (unset means served), its scope; --api-versions of the core group without a group', () => {
    const crd = (scope: string) => ({
      spec: { group: 'ex.io', scope, names: { kind: 'W' }, versions: [{ name: 'v1' }, { name: 'v2', served: true }] },
    });
    expect(crdKinds(crd('Namespaced'))).toEqual([
      { group: 'ex.io', version: 'v1', kind: 'W', namespaced: true },
      { group: 'ex.io', version: 'v2', kind: 'W', namespaced: true },
    ]);
    expect(
      apiVersions([
        { group: '', version: 'v1', kind: 'Pod', namespaced: true },
        { group: '', version: 'v1', kind: 'Service', namespaced: true },
        ...crdKinds(crd('Cluster')),
      ]),
    ).toEqual(['ex.io/v1', 'ex.io/v1/W', 'ex.io/v2', 'ex.io/v2/W', 'v1', 'v1/Pod', 'v1/Service']);
  });
});
