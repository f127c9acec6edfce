/**
 * `npm run plan`: what a fresh synth of the working tree changes against `dist/` at a base revision
 * (HEAD by default), per environment: objects added, removed and changed, with each changed field's old
 * and new value. Changes that lose data or identity come first, under their own heading, each saying
 * what it does. Exit code: 0 no change, 1 changes, 2 destructive changes.
 */
import { execFileSync } from 'node:child_process';
import { loadPlatform } from './config/load';
import { ProblemsError } from './errors';
import { asSister, sisterProblem } from './platforms';
import { synthesizePlatform, type ManifestFile } from './synth';
import { annotationsOf, compareObjects, parseTree, type FieldChange } from './tree';
import { objectName, type KubeObject } from './validate';
import { BACKING } from '../charts/backing';
import { isStatefulKind, SYNC_OPTIONS } from '../charts/stateful';

/** A change that deletes data or changes an identity that data is keyed by. */
export interface Destructive {
  readonly environment: string;
  /** The object, as `Kind namespace/name (apiVersion)`. */
  readonly object: string;
  /** What changes and what it does to data or identity. */
  readonly effect: string;
}

export interface EnvironmentPlan {
  readonly environment: string;
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly { readonly object: string; readonly fields: readonly FieldChange[] }[];
}

export interface Plan {
  readonly environments: readonly EnvironmentPlan[];
  readonly destructive: readonly Destructive[];
  /** Files of the base's dist/ that synth does not write (see tree.ts). */
  readonly strays: readonly string[];
}

/** What deleting an object of a stateful kind loses (the backing services' kinds: charts/backing/<kind>/). */
const LOSES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    BACKING.flatMap((backing) =>
      Object.entries(backing.kinds ?? {}).flatMap(([kind, { loses }]) => (loses ? [[kind, loses]] : [])),
    ),
  ),
  PersistentVolumeClaim: 'the volume and its data',
  StatefulSet: 'its volumes and their data',
  Namespace: 'everything in the namespace, the data stores with it',
  Application: 'the operator’s CRDs (deleting one deletes every object of its kind) and its volumes',
};

const isProtected = (o: KubeObject) => (annotationsOf(o)[SYNC_OPTIONS] ?? '').split(',').includes('Prune=false');
const isStateful = (o: KubeObject) => isStatefulKind(o.kind) || isProtected(o);

/** Kubernetes quantity in bytes (or units), or undefined when the value is not one. */
function quantity(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|k|M|G|T|P|E)?$/.exec(value);
  if (!m) return undefined;
  const unit = m[2] ?? '';
  const binary = ['Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'].indexOf(unit) + 1;
  const decimal = ['k', 'M', 'G', 'T', 'P', 'E'].indexOf(unit) + 1;
  return Number(m[1]) * (binary > 0 ? 1024 ** binary : 1000 ** decimal);
}

const show = (v: unknown) => (v === undefined ? '(none)' : JSON.stringify(v));

/** The destructive changes among the field changes of one object. */
function destructiveFields(object: KubeObject, fields: readonly FieldChange[]): string[] {
  const effects: string[] = [];
  for (const { path, before, after } of fields) {
    const change = `${path} ${show(before)} -> ${show(after)}`;
    if (object.kind === 'KafkaTopic' && path === 'spec.partitions' && Number(after) < Number(before)) {
      effects.push(`${change}: fewer partitions, which Kafka refuses (a topic's partitions can only grow)`);
    } else if (/(^|\.)(storage|size)$/.test(path) && (quantity(after) ?? Infinity) < (quantity(before) ?? 0)) {
      effects.push(
        `${change}: a smaller volume, which cannot shrink (the claim is refused or must be recreated empty)`,
      );
    } else if ((object.kind === 'KafkaTopic' && path === 'spec.replicas') || /replication\.factor"?\]$/.test(path)) {
      effects.push(`${change}: a changed replication factor (Strimzi refuses it; changing it moves every partition)`);
    } else if (object.kind === 'PerconaServerMongoDB' && /^spec\.replsets\[\d+\]\.name$/.test(path)) {
      effects.push(`${change}: a new replica set name, a new replica set: its members start empty`);
    }
  }
  return effects;
}

/** What is keyed by a workload's name, read from its old objects, to say what a rename takes with it. */
function workloadIdentity(
  name: string,
  namespace: string | undefined,
  before: ReadonlyMap<string, KubeObject>,
): string {
  const find = (kind: string, n: string, ns = namespace) =>
    [...before.values()].find((o) => o.kind === kind && o.metadata.name === n && o.metadata.namespace === ns);
  const parts: string[] = [];
  const account = find('ServiceAccount', name);
  const gsa = account && annotationsOf(account)['iam.gke.io/gcp-service-account'];
  if (gsa) parts.push(`GCP service account ${gsa}`);
  const secret = find('ExternalSecret', name) as { spec?: { data?: { remoteRef: { key: string } }[] } };
  const keys = secret?.spec?.data?.map((d) => d.remoteRef.key) ?? [];
  if (keys.length > 0) parts.push(`Secret Manager keys ${keys.join(', ')}`);
  const data = (find('ConfigMap', name) as { data?: Record<string, string> } | undefined)?.data ?? {};
  if (data.MYSQL_DATABASE) parts.push(`MySQL database ${data.MYSQL_DATABASE} and user ${data.MYSQL_USER}`);
  if (data.PGDATABASE) parts.push(`PostgreSQL database ${data.PGDATABASE} and user ${data.PGUSER}`);
  const kafkaUser = [...before.values()].find((o) => o.kind === 'KafkaUser' && o.metadata.name === name);
  if (kafkaUser) parts.push(`KafkaUser ${name}`);
  if (data.KAFKA_CONSUMER_GROUP) parts.push(`consumer group ${data.KAFKA_CONSUMER_GROUP} (committed offsets lost)`);
  if (data.MONGODB_USERNAME) parts.push(`MongoDB user ${data.MONGODB_USERNAME}`);
  return parts.length > 0 ? parts.join(', ') : 'its GCP service account and everything keyed by its name';
}

/** Compares a fresh synth with a base tree of dist/ (path -> content). */
export function planChanges(fresh: readonly ManifestFile[], base: ReadonlyMap<string, string>): Plan {
  const parsed = parseTree(base);
  const destructive: Destructive[] = [];
  const plans = compareObjects(fresh, parsed).map(({ environment, before, after, added, removed, changed }) => {
    const addedObjects = added.map((id) => after.get(id)!);
    for (const id of removed) {
      const old = before.get(id)!;
      if (isStateful(old)) {
        const moved = addedObjects.find((o) => o.kind === old.kind && o.metadata.name === old.metadata.name);
        const renamed = addedObjects.filter((o) => o.kind === old.kind);
        const how = moved
          ? `moved to namespace ${moved.metadata.namespace}: the new one starts empty`
          : renamed.length > 0
            ? `removed or renamed (added: ${renamed.map((o) => objectName(o)).join(', ')}): a new one starts empty`
            : 'removed';
        const loses = LOSES[old.kind] ?? 'the data it holds';
        destructive.push({
          environment,
          object: id,
          effect: `${how}; deleting it loses ${loses} (Argo CD keeps it while it carries Prune=false: retire it by hand, see the README)`,
        });
      }
      if (old.kind === 'Deployment') {
        destructive.push({
          environment,
          object: id,
          effect: `workload removed or renamed: ${workloadIdentity(old.metadata.name, old.metadata.namespace, before)} change with its name`,
        });
      }
    }
    for (const { object, fields } of changed) {
      for (const effect of destructiveFields(after.get(object)!, fields)) {
        destructive.push({ environment, object, effect });
      }
    }
    return { environment, added, removed, changed };
  });
  return { environments: plans, destructive, strays: parsed.strays };
}

/** The plan as lines: destructive changes first, then every environment's changes with old and new values. */
export function formatPlan(plan: Plan): string[] {
  const lines: string[] = [];
  if (plan.destructive.length > 0) {
    lines.push(`Destructive changes (${plan.destructive.length}):`);
    for (const d of plan.destructive) lines.push(`  ${d.environment}: ${d.object}: ${d.effect}`);
    lines.push('');
  }
  for (const stray of plan.strays) lines.push(`dist/${stray}`);
  for (const e of plan.environments) {
    if (e.added.length + e.removed.length + e.changed.length === 0) continue;
    lines.push(`${e.environment}: ${e.added.length} added, ${e.removed.length} removed, ${e.changed.length} changed`);
    for (const id of e.added) lines.push(`  + ${id}`);
    for (const id of e.removed) lines.push(`  - ${id}`);
    for (const c of e.changed) {
      lines.push(`  ~ ${c.object}`);
      for (const f of c.fields) lines.push(`      ${f.path}: ${clip(show(f.before))} -> ${clip(show(f.after))}`);
    }
  }
  return lines;
}

const clip = (s: string) => (s.length > 120 ? `${s.slice(0, 117)}...` : s);

/** The files of `dist/` at a git revision (path relative to dist/ -> content); empty when it has none. */
export function treeAtRevision(repo: string, revision: string, dir = 'dist'): Map<string, string> {
  const git = (args: string[], input?: string) =>
    execFileSync('git', args, { cwd: repo, input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });
  try {
    git(['rev-parse', '--verify', '--quiet', `${revision}^{commit}`]);
  } catch {
    throw new PlanError(`unknown revision "${revision}"`);
  }
  const listing = git(['ls-tree', '-r', '-z', revision, '--', `${dir}/`]).toString();
  const entries = listing
    .split('\0')
    .filter((l) => l !== '')
    .map((l) => {
      const tab = l.indexOf('\t'); // `<mode> <type> <object>\t<path>`, the path unquoted (-z): tabs and all
      return { object: l.slice(0, tab).split(' ')[2]!, path: l.slice(tab + 1 + dir.length + 1) };
    });
  const files = new Map<string, string>();
  if (entries.length === 0) return files;
  // One `git cat-file --batch` for every file: `<oid> blob <size>\n<content>\n` each.
  const out = git(['cat-file', '--batch'], entries.map((e) => e.object).join('\n') + '\n');
  let at = 0;
  for (const entry of entries) {
    const header = out.indexOf(0x0a, at);
    const size = Number(out.subarray(at, header).toString().split(' ')[2]);
    files.set(entry.path, out.subarray(header + 1, header + 1 + size).toString('utf8'));
    at = header + 1 + size + 1;
  }
  return files;
}

export class PlanError extends Error {}

export interface PlanCommand {
  readonly platform: unknown;
  readonly environments: readonly unknown[];
  /** The git work tree whose history holds the base. */
  readonly repo: string;
  /** @default 'HEAD' */
  readonly base?: string;
  /** A platform beside the default one: its dist/ is `<folder>/dist`, its lines named after it. @default - the default platform */
  readonly sister?: { readonly name: string; readonly folder: string };
}

/** Runs the plan (over several platforms); returns 0 (no change), 1 (changes) or 2 (destructive changes). */
export function runPlan(
  command: PlanCommand | readonly PlanCommand[],
  log: Pick<Console, 'log' | 'error'> = console,
): number {
  const commands: readonly PlanCommand[] = Array.isArray(command) ? command : [command as PlanCommand];
  const base = commands[0]?.base ?? 'HEAD';
  try {
    const lines: string[] = [];
    let destructive = false;
    for (const c of commands) {
      const dir = c.sister ? `${c.sister.folder}/dist` : 'dist';
      const plan = asSister(c.sister, () =>
        planChanges(synthesizePlatform(loadPlatform(c.platform, c.environments)), treeAtRevision(c.repo, base, dir)),
      );
      destructive ||= plan.destructive.length > 0;
      lines.push(...formatPlan(plan).map((l) => (l === '' ? l : sisterProblem(c.sister, l))));
    }
    if (lines.length === 0) {
      log.log(`plan: no changes against dist/ at ${base}`);
      return 0;
    }
    log.log(`plan: a fresh synth against dist/ at ${base}\n\n${lines.join('\n')}`);
    return destructive ? 2 : 1;
  } catch (error) {
    if (error instanceof ProblemsError || error instanceof PlanError) {
      log.error(`plan failed: ${error.message}`);
      return 3;
    }
    throw error;
  }
}
