import { Application } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1/Application';
import { AppProject } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1/AppProject';
import type { Construct } from 'constructs';
import type { HelmChart } from '../lib/model';
import { addModel } from './model-object';
import { PlatformChart, type PlatformChartProps } from './platform-chart';
import { keepState } from './stateful';
import { setSyncWave, SYNC_WAVE } from './sync-waves';

/** The cluster Argo CD runs in: every Application deploys to it. */
const IN_CLUSTER = 'https://kubernetes.default.svc';

/** A cluster-scoped kind, as AppProjects list them. */
/** A cluster-scoped kind the AppProject lets the platform write. */
export interface ClusterKind {
  /** API group (`''` for the core group). */
  readonly group: string;
  /** Kind, e.g. `Namespace`. */
  readonly kind: string;
}

/** An operator or shared component: a pinned Helm chart installed by its own Application. */
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
  /** Sync wave of the Application within the root Application: releases that need others come later. */
  readonly wave: number;
}

/** Props of `GitOpsChart`. */
export interface GitOpsChartProps extends PlatformChartProps {
  /** Environment name: the folder `dist/<environment>` the root Application syncs. */
  readonly environment: string;
  /** Namespace of Argo CD, where the Applications and AppProjects live. */
  readonly argoNamespace: string;
  /** This repository: the only source of the platform's own manifests. */
  readonly repoURL: string;
  /** Git revision (branch, tag or commit) the root Application syncs. */
  readonly targetRevision: string;
  /** Namespaces the platform's own manifests write to. */
  readonly namespaces: readonly string[];
  /** Cluster-scoped kinds the platform's own manifests contain. */
  readonly clusterKinds: readonly ClusterKind[];
  /** The operators and shared components, one Application each. */
  readonly releases: readonly HelmRelease[];
}

/** Cluster-scoped kinds that operator charts install: their CRDs, RBAC and admission webhooks. */
const OPERATOR_CLUSTER_KINDS: readonly ClusterKind[] = [
  { group: 'admissionregistration.k8s.io', kind: 'MutatingWebhookConfiguration' },
  { group: 'admissionregistration.k8s.io', kind: 'ValidatingWebhookConfiguration' },
  { group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition' },
  { group: '', kind: 'Namespace' },
  { group: 'rbac.authorization.k8s.io', kind: 'ClusterRole' },
  { group: 'rbac.authorization.k8s.io', kind: 'ClusterRoleBinding' },
];

/** Retries of a failed sync: 5 times, from 10 s up to 3 min apart. */
const RETRY = { limit: 5, backoff: { duration: '10s', factor: 2, maxDuration: '3m' } };

const sorted = <T>(items: readonly T[], key: (item: T) => string) =>
  [...items].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

/**
 * Argo CD's view of one environment, bootstrapped with a single `kubectl apply` of this chart's file:
 * - the AppProject of the platform's own manifests: this repository only, the platform's namespaces
 *   only, and only the cluster-scoped kinds the platform writes;
 * - the AppProject of the operators: their pinned chart repositories only, their namespaces, and the
 *   cluster-scoped kinds operators need (CRDs, RBAC, webhooks);
 * - the root Application (app-of-apps): `dist/<environment>` of this repository, automated sync with
 *   prune and self-heal, server-side apply (CRs and CRDs are large), retries;
 * - one Application per operator, a pinned Helm chart, ordered by sync waves.
 * @see https://argo-cd.readthedocs.io/en/stable/operator-manual/declarative-setup/
 */
export class GitOpsChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: GitOpsChartProps) {
    super(scope, id, props);
    const name = `${props.platform}-${props.environment}`;
    const operators = `${name}-operators`;
    const namespace = props.argoNamespace;
    const argo = (n: string) => ({ name: n, namespace });
    const destinations = (namespaces: readonly string[]) =>
      [...new Set(namespaces)].sort().map((ns) => ({ server: IN_CLUSTER, namespace: ns }));

    const project = addModel(
      this,
      'project',
      new AppProject({
        metadata: argo(name),
        spec: {
          description: `${props.platform} ${props.environment}: the manifests of dist/${props.environment}`,
          sourceRepos: [props.repoURL],
          destinations: destinations([...props.namespaces, namespace]),
          clusterResourceWhitelist: sorted(props.clusterKinds, (k) => `${k.group}/${k.kind}`).map((k) => ({ ...k })),
        },
      }),
    );
    const operatorsProject = addModel(
      this,
      'operators-project',
      new AppProject({
        metadata: argo(operators),
        spec: {
          description: `${props.platform} ${props.environment}: operators and shared components (pinned Helm charts)`,
          sourceRepos: [...new Set(props.releases.map((r) => r.chart.repoURL))].sort(),
          destinations: destinations(props.releases.map((r) => r.namespace)),
          clusterResourceWhitelist: OPERATOR_CLUSTER_KINDS.map((k) => ({ ...k })),
        },
      }),
    );
    const root = addModel(
      this,
      'root',
      new Application({
        metadata: { ...argo(name), finalizers: ['resources-finalizer.argocd.argoproj.io'] },
        spec: {
          project: name,
          source: { repoURL: props.repoURL, targetRevision: props.targetRevision, path: `dist/${props.environment}` },
          destination: { server: IN_CLUSTER },
          syncPolicy: {
            automated: { prune: true, selfHeal: true },
            // Custom resources are applied before their operators' CRDs exist (later waves wait for them).
            syncOptions: ['ServerSideApply=true', 'SkipDryRunOnMissingResource=true', 'PruneLast=true'],
            retry: RETRY,
          },
        },
      }),
    );
    for (const release of sorted(props.releases, (r) => r.name)) {
      const app = addModel(
        this,
        release.name,
        new Application({
          metadata: { ...argo(release.name), finalizers: ['resources-finalizer.argocd.argoproj.io'] },
          spec: {
            project: operators,
            source: {
              repoURL: release.chart.repoURL,
              chart: release.chart.chart,
              targetRevision: release.chart.version,
              helm: { releaseName: release.name, valuesObject: { ...release.values } },
            },
            destination: { server: IN_CLUSTER, namespace: release.namespace },
            syncPolicy: {
              automated: { prune: true, selfHeal: true },
              syncOptions: ['CreateNamespace=true', 'ServerSideApply=true'],
              retry: RETRY,
            },
          },
        }),
      );
      setSyncWave(app, release.wave);
      // Its CRDs (deleting one deletes every object of its kind) or its volumes (Loki's) are state.
      keepState(app);
    }
    for (const own of [project, operatorsProject, root]) setSyncWave(own, SYNC_WAVE.gitops);
  }
}
