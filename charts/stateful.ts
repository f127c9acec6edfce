import { ApiObject, type App } from 'cdk8s';
import type { IConstruct } from 'constructs';
import { BACKING } from './backing';

/**
 * Argo CD prunes automatically, and the root Application carries the resources finalizer: an object that
 * disappears from `dist/` (a dropped description, a renamed topic, a removed environment) would be
 * deleted, with its data. Objects that hold data carry `Prune=false` (a sync never deletes them) and
 * `Delete=false` (deleting the Application leaves them). Retiring one is a deliberate act: see the
 * README ("Retiring a stateful object").
 * @see https://argo-cd.readthedocs.io/en/stable/user-guide/sync-options/
 */
export const SYNC_OPTIONS = 'argocd.argoproj.io/sync-options';
const PROTECTION = ['Prune=false', 'Delete=false'];

/** Kinds that are or claim a volume. */
const VOLUME_KINDS: ReadonlySet<string> = new Set(['PersistentVolumeClaim', 'StatefulSet']);

/** The backing services' kinds that hold data, read from their plug-ins on first use (they import this module). */
let backingKinds: ReadonlySet<string> | undefined;

/**
 * Whether deleting an object of a kind deletes data: anything that is or claims a volume, and the backing
 * services' kinds that hold data (charts/backing/<kind>/: the Kafka cluster, its node pools and topics,
 * the MongoDB replica set and its backups...).
 */
export function isStatefulKind(kind: string): boolean {
  backingKinds ??= new Set(
    BACKING.flatMap((backing) =>
      Object.entries(backing.kinds ?? {})
        .filter(([, { loses }]) => loses !== undefined)
        .map(([k]) => k),
    ),
  );
  return VOLUME_KINDS.has(kind) || backingKinds.has(kind);
}

/** Objects that keep state although their kind does not say so (an operator's Application, see gitops.ts). */
const marked = new WeakSet<IConstruct>();

/** Protects an object whose kind is not stateful (`isStatefulKind`) but whose deletion would delete data. */
export function keepState(object: ApiObject): void {
  marked.add(object);
}

/** The sync options of an object, in order (Argo CD reads one comma-separated annotation). */
export function syncOptionsOf(object: ApiObject): string[] {
  const value = (object.metadata.toJson() as { annotations?: Record<string, string> }).annotations?.[SYNC_OPTIONS];
  return (value ?? '')
    .split(',')
    .map((o) => o.trim())
    .filter((o) => o !== '');
}

/** Sets sync options on an object, replacing any option of the same key and keeping the others. */
export function addSyncOptions(object: ApiObject, options: readonly string[]): void {
  const keys = new Set(options.map((o) => o.split('=')[0]));
  const kept = syncOptionsOf(object).filter((o) => !keys.has(o.split('=')[0]));
  object.metadata.addAnnotation(SYNC_OPTIONS, [...kept, ...options].join(','));
}

/**
 * Gives `Prune=false,Delete=false` to every object of the app that keeps state, and to every Namespace
 * of the app that holds one (deleting a namespace deletes everything in it).
 */
export function protectState(app: App): void {
  const objects = app.node.findAll().filter((c): c is ApiObject => c instanceof ApiObject);
  const stateful = new Set(objects.filter((o) => isStatefulKind(o.kind) || marked.has(o)));
  const namespaces = new Set([...stateful].map((o) => o.metadata.namespace));
  for (const object of objects) {
    if (stateful.has(object) || (object.kind === 'Namespace' && namespaces.has(object.name))) {
      addSyncOptions(object, PROTECTION);
    }
  }
}
