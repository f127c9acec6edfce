import { Application } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1/Application';
import type { IAppProject } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1/AppProject';
import { Construct } from 'constructs';
import type { HelmChart } from '../lib/model';
import { addModel, addTyped } from './model-object';
import { PlatformChart, type PlatformChartProps } from './platform-chart';
import { keepState } from './stateful';
import { setSyncWave, SYNC_WAVE } from './sync-waves';

/** The cluster Argo CD runs in: every Application deploys to it. */
const IN_CLUSTER = 'https://kubernetes.default.svc';

/** A kind, as AppProjects list them. */
export interface GroupKind {
  /** API group (`''` for the core group). */
  readonly group: string;
  /** Kind, e.g. `Namespace`. */
  readonly kind: string;
}

/** An operator or shared component installed from a pinned Helm chart by an Application of its own. */
export interface HelmRelease {
  /** Name of the Application and of the Helm release. */
  readonly name: string;
  /** Namespace the release is installed in (created if missing). */
  readonly namespace: string;
  /** The pinned chart: repository, name and version. */
  readonly chart: HelmChart;
  /** Helm values. @default {} */
  readonly values?: Readonly<Record<string, unknown>>;
  /**
   * Sync wave of the Application within the bootstrap Application: releases that need others come later.
   * `afterPlatform`: after the platform's own Application (the one wave after it), for a release whose
   * pods need what that Application makes (a Secret of an ExternalSecret) and that the platform does not
   * need (no CRDs, no webhooks): the platform's Application otherwise comes after every release.
   */
  readonly wave: number | 'afterPlatform';
  /** Other namespaces the chart writes to (e.g. an operator's RoleBindings where it watches). @default [] */
  readonly writesTo?: readonly string[];
  /**
   * Whether the chart installs CRDs, and whether its values annotate them with
   * `Prune=false,Delete=false`. Deleting a CRD deletes every resource of its kind (deleting Istio's would
   * drop every AuthorizationPolicy, and the mesh would fail open), so such an Application never cascades
   * its deletion, and one whose CRDs cannot be annotated never prunes automatically.
   * @default - none
   */
  readonly crds?: 'annotated' | 'unannotated';
}

/** An Argo CD sync window of the environment's projects. */
export interface SyncWindow {
  /** Whether automated syncs may run in the window (`allow`) or may not (`deny`). */
  readonly kind: 'allow' | 'deny';
  /** Cron schedule of the window's start. */
  readonly schedule: string;
  /** How long it lasts, e.g. `8h`. */
  readonly duration: string;
  /** Time zone of the schedule, e.g. `UTC`. */
  readonly timeZone: string;
  /** Whether manual syncs are allowed when automated ones are not. */
  readonly manualSync: boolean;
}

/** The objects of the platform's own manifests, which the workload project must permit and nothing more. */
export interface WorkloadScope {
  /** Namespaces they write to. */
  readonly namespaces: readonly string[];
  /** Cluster-scoped kinds among them. */
  readonly clusterKinds: readonly GroupKind[];
  /** Namespaced kinds among them. */
  readonly namespacedKinds: readonly GroupKind[];
}

/** Props of `GitOpsChart`. */
export interface GitOpsChartProps extends PlatformChartProps {
  /** Environment name: the folder `<path>/<environment>` the root Application syncs. */
  readonly environment: string;
  /** Folder of the repository holding every environment's manifests. @default 'dist' */
  readonly path?: string;
  /** Namespace of Argo CD, where the Applications and AppProjects live. */
  readonly argoNamespace: string;
  /** This repository: the only source of the platform's own manifests. */
  readonly repoURL: string;
  /** Git revision (branch or tag) the environment follows. */
  readonly targetRevision: string;
  /** GPG key IDs every synced commit of this repository must be signed with. @default [] (no check) */
  readonly signatureKeys?: readonly string[];
  /** When Argo CD may sync the environment. @default [] (any time) */
  readonly syncWindows?: readonly SyncWindow[];
  /** The operators and shared components, one Application each. */
  readonly releases: readonly HelmRelease[];
  /** Argo CD itself. */
  readonly argoCd: HelmRelease;
}

/** Cluster-scoped kinds that operator charts install: their CRDs, RBAC and admission webhooks. */
const OPERATOR_CLUSTER_KINDS: readonly GroupKind[] = [
  { group: 'admissionregistration.k8s.io', kind: 'MutatingWebhookConfiguration' },
  { group: 'admissionregistration.k8s.io', kind: 'ValidatingWebhookConfiguration' },
  { group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition' },
  { group: '', kind: 'Namespace' },
  { group: 'rbac.authorization.k8s.io', kind: 'ClusterRole' },
  { group: 'rbac.authorization.k8s.io', kind: 'ClusterRoleBinding' },
];

/** Cluster-scoped kinds that Argo CD's own chart installs. */
const ARGO_CD_CLUSTER_KINDS: readonly GroupKind[] = [
  { group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition' },
  { group: 'rbac.authorization.k8s.io', kind: 'ClusterRole' },
  { group: 'rbac.authorization.k8s.io', kind: 'ClusterRoleBinding' },
];

/** The file of `dist/<environment>` that holds the governing objects (this chart's id, see platform.ts). */
export const BOOTSTRAP_FILE = 'gitops.yaml';

/** Retries of a failed sync: 5 times, from 10 s up to 3 min apart. */
const RETRY = { limit: 5, backoff: { duration: '10s', factor: 2, maxDuration: '3m' } };
/** Deletes what an Application deployed when the Application is deleted. */
const CASCADE = 'resources-finalizer.argocd.argoproj.io';

const sorted = <T>(items: readonly T[], key: (item: T) => string) =>
  [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
const kinds = (list: readonly GroupKind[]) =>
  sorted(
    [...new Map(list.map((k) => [`${k.group}/${k.kind}`, { group: k.group, kind: k.kind }])).values()],
    (k) => `${k.group}/${k.kind}`,
  );

/**
 * Argo CD's view of one environment: the objects that govern (this chart, `gitops.yaml`), apart from the
 * objects governed (every other file of `dist/<environment>`).
 * - AppProject `<platform>-<env>-bootstrap`, for admins only: this file and Argo CD itself, the only
 *   project that may write to Argo CD's namespace;
 * - AppProject `<platform>-<env>` (the workload project): this repository, the platform's namespaces,
 *   and exactly the kinds the platform's manifests contain;
 * - AppProject `<platform>-<env>-operators`: the operators' pinned charts, their namespaces, and the
 *   cluster-scoped kinds operators need (CRDs, RBAC, webhooks);
 * - the `default` project, emptied: an Application in it can deploy nothing;
 * - the bootstrap Application (this file, project bootstrap), the root Application (the rest of the
 *   folder, workload project), Argo CD's own Application and one per operator, ordered by sync waves.
 * One `kubectl apply` of this file bootstraps an environment; afterwards only Git changes it.
 * @see https://argo-cd.readthedocs.io/en/stable/operator-manual/declarative-setup/
 */
export class GitOpsChart extends PlatformChart {
  /** Adds the workload project and the root Application, once the objects they govern exist. */
  private readonly addWorkload: (workload: WorkloadScope) => void;
  private workloadAdded = false;

  constructor(scope: Construct, id: string, props: GitOpsChartProps) {
    super(scope, id, props);
    this.node.addValidation({
      validate: () => (this.workloadAdded ? [] : ["permitWorkload() was never called with the other charts' objects"]),
    });
    const name = `${props.platform}-${props.environment}`;
    const bootstrap = `${name}-bootstrap`;
    const operators = `${name}-operators`;
    const namespace = props.argoNamespace;
    const argo = (n: string) => ({ name: n, namespace });
    const platformWave =
      Math.max(
        SYNC_WAVE.gitops,
        ...props.releases.map((r) => (r.wave === 'afterPlatform' ? SYNC_WAVE.gitops : r.wave)),
      ) + 1;
    const destinations = (namespaces: readonly string[]) =>
      [...new Set(namespaces)].sort().map((ns) => ({ server: IN_CLUSTER, namespace: ns }));
    const path = `${props.path ?? 'dist'}/${props.environment}`;
    const windows = (props.syncWindows ?? []).map((w) => ({ ...w, applications: ['*'] }));
    const signatureKeys = props.signatureKeys ?? [];
    // Every commit synced from this repository must carry a signature by one of the keys.
    const sourceIntegrity =
      signatureKeys.length > 0
        ? { git: { policies: [{ repos: [{ url: props.repoURL }], gpg: { mode: 'head', keys: [...signatureKeys] } }] } }
        : undefined;
    const project = (parent: Construct, id: string, projectName: string, spec: NonNullable<IAppProject['spec']>) =>
      setSyncWave(
        addTyped(parent, id, {
          apiVersion: 'argoproj.io/v1alpha1',
          kind: 'AppProject',
          metadata: argo(projectName),
          spec: { ...spec, ...(windows.length > 0 && projectName !== 'default' ? { syncWindows: windows } : {}) },
        } as IAppProject),
        SYNC_WAVE.gitops,
      );
    /**
     * An Application of this repository's `dist/<environment>`, some of its files; `cascade`: deleting the
     * Application deletes what it deployed.
     */
    const gitApplication = (
      parent: Construct,
      id: string,
      appName: string,
      directory: object,
      destination: string,
      cascade: boolean,
      wave: number,
    ) =>
      setSyncWave(
        addModel(
          parent,
          id,
          new Application({
            metadata: { ...argo(appName), ...(cascade ? { finalizers: [CASCADE] } : {}) },
            spec: {
              project: appName,
              source: { repoURL: props.repoURL, targetRevision: props.targetRevision, path, directory },
              // Every object names its namespace: this one is where Argo CD checks the project admits the Application.
              destination: { server: IN_CLUSTER, namespace: destination },
              syncPolicy: {
                automated: { prune: true, selfHeal: true },
                // Custom resources are applied before their operators' CRDs exist (later waves wait for them).
                syncOptions: ['ServerSideApply=true', 'SkipDryRunOnMissingResource=true', 'PruneLast=true'],
                retry: RETRY,
              },
            },
          }),
        ),
        wave,
      );

    // Argo CD's built-in project permits everything: emptied, it permits nothing.
    project(this, 'default-project', 'default', {
      sourceRepos: [],
      destinations: [],
      clusterResourceWhitelist: [],
      namespaceResourceWhitelist: [],
    });
    project(this, 'bootstrap-project', bootstrap, {
      description: `${props.platform} ${props.environment}: what governs the environment (${path}/${BOOTSTRAP_FILE}, Argo CD itself); admins only`,
      sourceRepos: [props.repoURL, props.argoCd.chart.repoURL],
      destinations: destinations([namespace]),
      clusterResourceWhitelist: kinds(ARGO_CD_CLUSTER_KINDS),
      ...(sourceIntegrity ? { sourceIntegrity } : {}),
    });
    const workloadProjectSlot = new Construct(this, 'workload-project');
    project(this, 'operators-project', operators, {
      description: `${props.platform} ${props.environment}: operators and shared components (pinned Helm charts)`,
      sourceRepos: [...new Set(props.releases.map((r) => r.chart.repoURL))].sort(),
      destinations: destinations(props.releases.flatMap((r) => [r.namespace, ...(r.writesTo ?? [])])),
      clusterResourceWhitelist: kinds(OPERATOR_CLUSTER_KINDS),
    });
    // Manages this file itself: only a change to it (guarded by the repository's CODEOWNERS) changes a
    // project. Deleting it leaves everything it governs in place.
    gitApplication(this, 'bootstrap', bootstrap, { include: BOOTSTRAP_FILE }, namespace, false, SYNC_WAVE.gitops);
    const rootSlot = new Construct(this, 'root-application');
    this.addWorkload = (workload) => {
      project(workloadProjectSlot, 'project', name, {
        description: `${props.platform} ${props.environment}: the manifests of ${path}`,
        sourceRepos: [props.repoURL],
        destinations: destinations(workload.namespaces),
        clusterResourceWhitelist: kinds(workload.clusterKinds),
        namespaceResourceWhitelist: kinds(workload.namespacedKinds),
        ...(sourceIntegrity ? { sourceIntegrity } : {}),
      });
      gitApplication(
        rootSlot,
        'root',
        name,
        { exclude: BOOTSTRAP_FILE },
        [...workload.namespaces].sort()[0] ?? '',
        true,
        // The bootstrap sync creates it once every operator Application is healthy: its resources need
        // their CRDs and webhooks (waves order one Application's sync only).
        platformWave,
      );
    };

    const helmApplication = (release: HelmRelease, projectName: string) => {
      const app = addModel(
        this,
        release.name,
        new Application({
          // An Application that installs CRDs leaves everything in place when deleted (no cascade).
          metadata: { ...argo(release.name), ...(release.crds ? {} : { finalizers: [CASCADE] }) },
          spec: {
            project: projectName,
            source: {
              repoURL: release.chart.repoURL,
              chart: release.chart.chart,
              targetRevision: release.chart.version,
              helm: { releaseName: release.name, valuesObject: { ...release.values } },
            },
            destination: { server: IN_CLUSTER, namespace: release.namespace },
            syncPolicy: {
              automated: { prune: release.crds !== 'unannotated', selfHeal: true },
              // Argo CD's own namespace exists before anything syncs; the bootstrap project may not create one.
              syncOptions: [
                ...(release.namespace === namespace ? [] : ['CreateNamespace=true']),
                'ServerSideApply=true',
              ],
              retry: RETRY,
            },
          },
        }),
      );
      setSyncWave(app, release.wave === 'afterPlatform' ? platformWave + 1 : release.wave);
      // Its CRDs (deleting one deletes every object of its kind) or its volumes (Loki's) are state.
      keepState(app);
    };
    helmApplication(props.argoCd, bootstrap);
    for (const release of sorted(props.releases, (r) => r.name)) helmApplication(release, operators);
  }

  /**
   * Adds the workload project, which permits exactly what the platform's own manifests contain, and the
   * root Application that syncs them. Call it once every other chart of the environment exists.
   */
  permitWorkload(workload: WorkloadScope): void {
    if (this.workloadAdded) throw new Error(`${this.node.path}: permitWorkload() was already called`);
    this.workloadAdded = true;
    this.addWorkload(workload);
  }
}
