import { ApiObject, type App } from 'cdk8s';
import { BACKING } from './backing';

/**
 * The order in which Argo CD applies an environment (`argocd.argoproj.io/sync-wave`): each wave is
 * applied, and must be healthy, before the next. Nothing may depend on a later wave (test/gitops.test.ts).
 */
export const SYNC_WAVE = {
  /** Argo CD's own objects: the AppProjects and the root Application. */
  gitops: -30,
  /**
   * Namespaces and PriorityClasses: before the operators, so that every pod, an operator's too, is
   * admitted under its namespace's Pod Security level from the first.
   */
  namespaces: -25,
  /** Operators and their CRDs (Applications of pinned Helm charts), first those others need. */
  operators: -20,
  /** Mesh and network policy, issuers: in force before anything runs. */
  policy: 0,
  /** The ServiceAccounts that SecretStores authenticate as (the workloads' own among them). */
  identities: 5,
  /** SecretStores. */
  secretStores: 10,
  /** ExternalSecrets: the Secrets exist before the pods that read them. */
  externalSecrets: 20,
  /** The backing services' clusters (Kafka's, MongoDB's). */
  dataClusters: 30,
  /** Kafka topics and users (the users' Secrets), MongoDB backups. */
  dataAccess: 31,
  /** Copies, beside their readers, of Secrets that operators make for the objects of the wave before. */
  secretCopies: 32,
  /** The workloads. */
  workloads: 40,
  /** Monitoring of the workloads. */
  monitoring: 45,
  /** Routes from the outside: certificates, the Gateway and the VirtualServices, last. */
  routes: 50,
} as const;

/** The wave of each kind (the backing services' own kinds: charts/backing/<kind>/); kinds not listed are workloads. */
const WAVE_OF_KIND: Readonly<Record<string, number>> = {
  AppProject: SYNC_WAVE.gitops,
  Application: SYNC_WAVE.operators,
  Namespace: SYNC_WAVE.namespaces,
  PriorityClass: SYNC_WAVE.namespaces,
  PeerAuthentication: SYNC_WAVE.policy,
  AuthorizationPolicy: SYNC_WAVE.policy,
  Sidecar: SYNC_WAVE.policy,
  ServiceEntry: SYNC_WAVE.policy,
  EnvoyFilter: SYNC_WAVE.policy,
  Telemetry: SYNC_WAVE.policy,
  NetworkPolicy: SYNC_WAVE.policy,
  ClusterIssuer: SYNC_WAVE.policy,
  SecretStore: SYNC_WAVE.secretStores,
  ClusterSecretStore: SYNC_WAVE.secretStores,
  ExternalSecret: SYNC_WAVE.externalSecrets,
  ServiceMonitor: SYNC_WAVE.monitoring,
  PodMonitor: SYNC_WAVE.monitoring,
  PrometheusRule: SYNC_WAVE.monitoring,
  Certificate: SYNC_WAVE.routes,
  Gateway: SYNC_WAVE.routes,
  VirtualService: SYNC_WAVE.routes,
};

/** The backing services' kinds and their waves, read from their plug-ins on first use (they import this module). */
let backingWaves: ReadonlyMap<string, number> | undefined;
function waveOfKind(kind: string): number {
  backingWaves ??= new Map(
    BACKING.flatMap((backing) => Object.entries(backing.kinds ?? {}).map(([k, { wave }]) => [k, SYNC_WAVE[wave]])),
  );
  return WAVE_OF_KIND[kind] ?? backingWaves.get(kind) ?? SYNC_WAVE.workloads;
}

const ANNOTATION = 'argocd.argoproj.io/sync-wave';

/** Objects given a wave of their own. */
const ownWave = new WeakSet<ApiObject>();

/** Annotates an object with a wave of its own, overriding its kind's. */
export function setSyncWave(object: ApiObject, wave: number): void {
  object.metadata.addAnnotation(ANNOTATION, String(wave));
  ownWave.add(object);
}

/** Gives every object of the app that has no wave of its own the wave of its kind. */
export function assignSyncWaves(app: App): void {
  for (const construct of app.node.findAll()) {
    if (!(construct instanceof ApiObject) || ownWave.has(construct)) continue;
    construct.metadata.addAnnotation(ANNOTATION, String(waveOfKind(construct.kind)));
  }
}
