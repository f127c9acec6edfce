/**
 * The governing objects of every environment of every platform (`gitops.yaml`: the four AppProjects, the
 * bootstrap and root Applications), each compared whole with what docs/design/gitops.md says, computed
 * from the description's input: who may deploy what, where, from which repository, which cluster-scoped
 * kinds, when (sync windows), from which commits (signatures); what syncs which files, in which wave,
 * pruning and retrying how, and what deleting an Application deletes. The workload project's lists are
 * "read from the synthesized objects" (the document's rule), so they are computed here from the governed
 * files. And `GitOpsChart` in a plain cdk8s app: `permitWorkload()` exactly once.
 */
import { App } from 'cdk8s';
import type { IApplication } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1/Application';
import { GitOpsChart, type HelmRelease } from '../../charts/gitops';
import { protectState } from '../../charts/stateful';
import type { KubeObject } from '../../lib/validate';
import { platforms } from '../../platforms';
import { ofKind, platformModel, synth } from '../helpers';
import { CASCADE, GITOPS_WAVE, IN_CLUSTER, RETRY } from './operators';

const cases = platforms.flatMap((source) =>
  source.environments.map((input) => {
    const env = platformModel(source).get(input.name)!;
    return [`${source.name} ${input.name}`, { source, input, files: synth(env) }] as const;
  }),
);

const groupOf = (o: KubeObject) => (o.apiVersion.includes('/') ? o.apiVersion.split('/')[0]! : '');
const kindList = (objects: readonly KubeObject[]) =>
  [...new Set(objects.map((o) => `${groupOf(o)}/${o.kind}`))].sort().map((gk) => {
    const [group, kind] = gk.split('/') as [string, string];
    return { group, kind };
  });
const destinations = (namespaces: Iterable<string>) =>
  [...new Set(namespaces)].sort().map((namespace) => ({ server: IN_CLUSTER, namespace }));
const waveOf = (o: { metadata: { annotations?: Record<string, string> } }) =>
  Number(o.metadata.annotations?.['argocd.argoproj.io/sync-wave']);

test('the platforms cover sync windows and none, and an environment following another reference', () => {
  expect(cases.some(([, c]) => (c.input.gitops?.syncWindows ?? []).length > 0)).toBe(true);
  expect(cases.some(([, c]) => (c.input.gitops?.syncWindows ?? []).length === 0)).toBe(true);
  expect(cases.some(([, c]) => c.input.gitops?.targetRevision !== undefined)).toBe(true);
});

describe.each(cases)('%s', (_, { source, input, files }) => {
  const { platform } = source;
  const name = `${platform.name}-${input.name}`;
  const argo = platform.gitops.namespace ?? 'argocd';
  const path = `${platform.gitops.path ?? 'dist'}/${input.name}`;
  const repo = platform.gitops.repoURL;
  const governing = files.find((f) => f.path.endsWith(`${input.name}/gitops.yaml`))!.objects;
  const governed = files.filter((f) => !f.path.endsWith(`${input.name}/gitops.yaml`)).flatMap((f) => f.objects);
  const metadata = (objectName: string, wave: number) => ({
    name: objectName,
    namespace: argo,
    labels: { 'app.kubernetes.io/managed-by': 'cdk8s', 'app.kubernetes.io/part-of': platform.name },
    annotations: { 'argocd.argoproj.io/sync-wave': String(wave) },
  });
  const windows = (input.gitops?.syncWindows ?? []).map((w) => ({
    manualSync: true,
    timeZone: 'UTC',
    ...w,
    applications: ['*'],
  }));
  const keys = platform.gitops.signatureKeys ?? [];
  const guarded = {
    ...(windows.length > 0 ? { syncWindows: windows } : {}),
    ...(keys.length > 0
      ? { sourceIntegrity: { git: { policies: [{ repos: [{ url: repo }], gpg: { mode: 'head', keys } }] } } }
      : {}),
  };
  const apps = ofKind(files, 'Application') as unknown as IApplication[];
  const operatorApps = apps.filter((a) => a.spec.project === `${name}-operators`);
  const rootWave = Math.max(...operatorApps.filter((a) => a.metadata.name !== 'kiali').map(waveOf)) + 1;

  test('four AppProjects, each whole', () => {
    const projects = governing.filter((o) => o.kind === 'AppProject');
    expect(projects.map((p) => p.metadata.name).sort()).toEqual(
      ['default', name, `${name}-bootstrap`, `${name}-operators`].sort(),
    );
    const project = (n: string) => projects.find((p) => p.metadata.name === n);
    const appProject = (n: string, spec: object) => ({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'AppProject',
      metadata: metadata(n, GITOPS_WAVE),
      spec,
    });
    // Argo CD's built-in project permits everything: emptied, nothing; no window or signature to keep.
    expect(project('default')).toEqual(
      appProject('default', {
        sourceRepos: [],
        destinations: [],
        clusterResourceWhitelist: [],
        namespaceResourceWhitelist: [],
      }),
    );
    // Admins only: this file and Argo CD's chart, Argo CD's namespace only, the cluster kinds Argo CD's chart renders.
    expect(project(`${name}-bootstrap`)).toEqual(
      appProject(`${name}-bootstrap`, {
        description: `${platform.name} ${input.name}: what governs the environment (${path}/gitops.yaml, Argo CD itself); admins only`,
        sourceRepos: [repo, input.operators.argoCd.repoURL],
        destinations: [{ server: IN_CLUSTER, namespace: argo }],
        clusterResourceWhitelist: [
          { group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition' },
          { group: 'rbac.authorization.k8s.io', kind: 'ClusterRole' },
          { group: 'rbac.authorization.k8s.io', kind: 'ClusterRoleBinding' },
        ],
        ...guarded,
      }),
    );
    // This repository, exactly the namespaces and kinds of the governed files; nothing of Argo CD's.
    expect(project(name)).toEqual(
      appProject(name, {
        description: `${platform.name} ${input.name}: the manifests of ${path}`,
        sourceRepos: [repo],
        destinations: destinations(governed.flatMap((o) => (o.metadata.namespace ? [o.metadata.namespace] : []))),
        clusterResourceWhitelist: kindList(governed.filter((o) => !o.metadata.namespace)),
        namespaceResourceWhitelist: kindList(governed.filter((o) => o.metadata.namespace)),
        ...guarded,
      }),
    );
    // The pinned Helm repositories only (unsigned: Helm charts carry no Git signature), cluster-scoped
    // only CRDs, RBAC, webhooks and Namespaces; every namespaced kind.
    const operators = project(`${name}-operators`) as unknown as { spec: { destinations: { namespace: string }[] } };
    const { destinations: written, ...spec } = operators.spec;
    expect({ ...operators, spec }).toEqual(
      appProject(`${name}-operators`, {
        description: `${platform.name} ${input.name}: operators and shared components (pinned Helm charts)`,
        sourceRepos: [...new Set(operatorApps.map((a) => a.spec.source!.repoURL))].sort(),
        clusterResourceWhitelist: [
          { group: '', kind: 'Namespace' },
          { group: 'admissionregistration.k8s.io', kind: 'MutatingWebhookConfiguration' },
          { group: 'admissionregistration.k8s.io', kind: 'ValidatingWebhookConfiguration' },
          { group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition' },
          { group: 'rbac.authorization.k8s.io', kind: 'ClusterRole' },
          { group: 'rbac.authorization.k8s.io', kind: 'ClusterRoleBinding' },
        ],
        ...(windows.length > 0 ? { syncWindows: windows } : {}),
      }),
    );
    // Where the operators install (and the namespaces a chart writes beside its own), sorted, never Argo CD's.
    expect(written).toEqual(destinations(written.map((d) => d.namespace)));
    expect(written.map((d) => d.namespace)).toEqual(
      expect.arrayContaining(operatorApps.map((a) => a.spec.destination.namespace!)),
    );
    expect(written.map((d) => d.namespace)).not.toContain(argo);
  });

  test('the bootstrap and root Applications whole: which files, which project, which wave, what deletion deletes', () => {
    const gitApps = governing.filter(
      (o) => o.kind === 'Application' && !(o as unknown as IApplication).spec.source?.chart,
    );
    expect(gitApps.map((a) => a.metadata.name).sort()).toEqual([name, `${name}-bootstrap`].sort());
    const application = (appName: string, directory: object, namespace: string, wave: number, cascade: boolean) => ({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: { ...metadata(appName, wave), ...(cascade ? { finalizers: [CASCADE] } : {}) },
      spec: {
        project: appName,
        source: {
          repoURL: repo,
          targetRevision: input.gitops?.targetRevision ?? platform.gitops.targetRevision ?? 'main',
          path,
          directory,
        },
        destination: { server: IN_CLUSTER, namespace },
        syncPolicy: {
          automated: { prune: true, selfHeal: true },
          // Custom resources before their CRDs exist (later waves wait for them); prune after the rest.
          syncOptions: ['ServerSideApply=true', 'SkipDryRunOnMissingResource=true', 'PruneLast=true'],
          retry: RETRY,
        },
      },
    });
    const byName = (n: string) => gitApps.find((a) => a.metadata.name === n);
    // Deleting the bootstrap Application leaves everything in place.
    expect(byName(`${name}-bootstrap`)).toEqual(
      application(`${name}-bootstrap`, { include: 'gitops.yaml' }, argo, GITOPS_WAVE, false),
    );
    const firstNamespace = [
      ...new Set(governed.flatMap((o) => (o.metadata.namespace ? [o.metadata.namespace] : []))),
    ].sort()[0]!;
    // Created once every operator Application is healthy.
    expect(byName(name)).toEqual(application(name, { exclude: 'gitops.yaml' }, firstNamespace, rootWave, true));
    expect(rootWave).toBeGreaterThan(GITOPS_WAVE);
  });
});

describe('GitOpsChart in a plain cdk8s app', () => {
  const chart = { repoURL: 'https://charts.example', chart: 'c', version: '1.0.0' };
  const release = (n: string, wave: HelmRelease['wave']): HelmRelease => ({ name: n, namespace: n, chart, wave });
  const gitops = (releases: HelmRelease[]) => {
    const app = new App();
    const c = new GitOpsChart(app, 'gitops', {
      platform: 'p',
      environment: 'e',
      argoNamespace: 'argo',
      repoURL: 'https://git.example/p.git',
      targetRevision: 'main',
      releases,
      argoCd: { ...release('argocd', -30), namespace: 'argo' },
    });
    return { app, c };
  };

  test('permitWorkload() is required, once', () => {
    const { c } = gitops([release('a', -20)]);
    expect(c.node.validate()).toEqual(["permitWorkload() was never called with the other charts' objects"]);
    c.permitWorkload({ namespaces: ['x'], clusterKinds: [], namespacedKinds: [] });
    expect(() => c.permitWorkload({ namespaces: ['x'], clusterKinds: [], namespacedKinds: [] })).toThrow(
      'gitops: permitWorkload() was already called',
    );
    expect(c.node.validate()).toEqual([]);
  });

  test('the root wave follows the last operator; a release after the platform one wave later; Argo CD in its own namespace creates none', () => {
    const { c } = gitops([release('a', -20), release('b', -7), release('k', 'afterPlatform')]);
    c.permitWorkload({ namespaces: ['y', 'x'], clusterKinds: [], namespacedKinds: [] });
    const apps = c.toJson() as (KubeObject & IApplication)[];
    const wave = (n: string) => waveOf(apps.find((a) => a.kind === 'Application' && a.metadata.name === n)!);
    expect([wave('p-e'), wave('k'), wave('b'), wave('a'), wave('argocd')]).toEqual([-6, -5, -7, -20, -30]);
    const root = apps.find((a) => a.metadata.name === 'p-e' && a.kind === 'Application')!;
    expect(root.spec.destination.namespace).toBe('x');
    const argocd = apps.find((a) => a.metadata.name === 'argocd')!;
    expect(argocd.spec.syncPolicy!.syncOptions).toEqual(['ServerSideApply=true']);
    expect(apps.find((a) => a.metadata.name === 'a')!.spec.syncPolicy!.syncOptions).toEqual([
      'CreateNamespace=true',
      'ServerSideApply=true',
    ]);
    // Without operators later than the governing wave, the root comes right after it.
    const { c: alone } = gitops([]);
    alone.permitWorkload({ namespaces: [], clusterKinds: [], namespacedKinds: [] });
    const rootAlone = (alone.toJson() as (KubeObject & IApplication)[]).find(
      (a) => a.kind === 'Application' && a.metadata.name === 'p-e',
    )!;
    expect(waveOf(rootAlone)).toBe(-29);
    expect(rootAlone.spec.destination.namespace).toBe('');
  });

  test("the props' defaults: path dist, no windows, no signatures, no values; a release without CRDs cascades", () => {
    const { app, c } = gitops([release('a', -20)]);
    c.permitWorkload({ namespaces: ['x'], clusterKinds: [], namespacedKinds: [] });
    // The platform's pass that protects what keeps state (charts/platform.ts): an operator's Application.
    protectState(app);
    const objects = c.toJson() as KubeObject[];
    const labels = { 'app.kubernetes.io/managed-by': 'cdk8s', 'app.kubernetes.io/part-of': 'p' };
    expect(objects.find((o) => o.metadata.name === 'a')).toEqual({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Application',
      metadata: {
        name: 'a',
        namespace: 'argo',
        labels,
        annotations: {
          'argocd.argoproj.io/sync-options': 'Prune=false,Delete=false',
          'argocd.argoproj.io/sync-wave': '-20',
        },
        finalizers: [CASCADE],
      },
      spec: {
        project: 'p-e-operators',
        source: {
          repoURL: chart.repoURL,
          chart: 'c',
          targetRevision: '1.0.0',
          helm: { releaseName: 'a', valuesObject: {} },
        },
        destination: { server: IN_CLUSTER, namespace: 'a' },
        syncPolicy: {
          automated: { prune: true, selfHeal: true },
          syncOptions: ['CreateNamespace=true', 'ServerSideApply=true'],
          retry: RETRY,
        },
      },
    });
    const root = objects.find((o) => o.kind === 'Application' && o.metadata.name === 'p-e') as unknown as IApplication;
    expect(root.spec.source!.path).toBe('dist/e');
    for (const project of objects.filter((o) => o.kind === 'AppProject')) {
      const spec = (project as unknown as { spec: object }).spec;
      expect(['syncWindows' in spec, 'sourceIntegrity' in spec]).toEqual([false, false]);
    }
    expect(
      (
        objects.find((o) => o.metadata.name === 'p-e-bootstrap' && o.kind === 'AppProject') as unknown as {
          spec: { description: string };
        }
      ).spec.description,
    ).toBe('p e: what governs the environment (dist/e/gitops.yaml, Argo CD itself); admins only');
  });

  test('the output does not depend on the order of the releases or of the workload lists: sorted, each once', () => {
    const kinds = [
      { group: 'apps', kind: 'Deployment' },
      { group: '', kind: 'Service' },
      { group: 'apps', kind: 'Deployment' },
      { group: '', kind: 'ConfigMap' },
    ];
    const releases = [release('b', -20), release('c', -19), release('a', -20)];
    const build = (order: HelmRelease[], list: typeof kinds, namespaces: string[]) => {
      const { c } = gitops(order);
      c.permitWorkload({ namespaces, clusterKinds: list, namespacedKinds: list });
      return c.toJson() as KubeObject[];
    };
    const forward = build(releases, kinds, ['y', 'x', 'y']);
    expect(build([...releases].reverse(), [...kinds].reverse(), ['x', 'y', 'x'])).toEqual(forward);
    expect(forward.filter((o) => o.kind === 'Application').map((o) => o.metadata.name)).toEqual([
      'p-e-bootstrap',
      'p-e',
      'argocd',
      'a',
      'b',
      'c',
    ]);
    const project = forward.find((o) => o.kind === 'AppProject' && o.metadata.name === 'p-e') as unknown as {
      spec: Record<string, unknown>;
    };
    const sortedKinds = [
      { group: '', kind: 'ConfigMap' },
      { group: '', kind: 'Service' },
      { group: 'apps', kind: 'Deployment' },
    ];
    expect(project.spec.clusterResourceWhitelist).toEqual(sortedKinds);
    expect(project.spec.namespaceResourceWhitelist).toEqual(sortedKinds);
    expect(project.spec.destinations).toEqual(destinations(['x', 'y']));
    const operators = forward.find(
      (o) => o.kind === 'AppProject' && o.metadata.name === 'p-e-operators',
    ) as unknown as {
      spec: Record<string, unknown>;
    };
    expect(operators.spec.destinations).toEqual(destinations(['a', 'b', 'c']));
    expect(operators.spec.sourceRepos).toEqual(['https://charts.example']);
  });
});
