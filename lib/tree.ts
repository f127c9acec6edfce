/**
 * Reading an output tree (dist/) back as synth writes it: `<environment>/<chart>.yaml` files of
 * Kubernetes objects. Everything else in the tree (a file directly under dist/, a file that is not
 * YAML, YAML that does not parse or holds something other than objects) is named, never skipped: synth
 * deletes it, so `npm run diff` and `npm run plan` report it.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as yaml from 'js-yaml';
import type { ManifestFile } from './synth';
import { objectName, type KubeObject } from './validate';

/** Every file under `dir`, by path relative to it (`/`-separated), sorted. */
export function readTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d).sort()) {
      const path = join(d, entry);
      if (lstatSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path).split('\\').join('/'), readFileSync(path, 'utf8'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return files;
}

/** What synth writes: one YAML file per chart in a folder per environment. */
const MANIFEST_PATH = /^([^/]+)\/[^/]+\.yaml$/;

/** The environment a path of dist/ belongs to, or undefined when synth never writes such a path. */
export function environmentOf(path: string): string | undefined {
  return MANIFEST_PATH.exec(path)?.[1];
}

/** An object's identity across two trees: kind, namespace/name and API version. */
export const idOf = (o: KubeObject) => `${objectName(o)} (${o.apiVersion})`;

export interface ParsedTree {
  /** Objects by environment, then by identity. */
  readonly objects: Map<string, Map<string, KubeObject>>;
  /** Files that synth does not write and would delete, each with why (`path: reason`). */
  readonly strays: string[];
}

function isObject(doc: unknown): doc is KubeObject {
  const o = doc as Partial<KubeObject> | null;
  return (
    o !== null &&
    typeof o === 'object' &&
    typeof o.kind === 'string' &&
    typeof o.apiVersion === 'string' &&
    typeof o.metadata?.name === 'string'
  );
}

/** Parses a tree of dist/ (path -> content) into its objects; what is not an object file is a stray. */
export function parseTree(files: ReadonlyMap<string, string>): ParsedTree {
  const objects = new Map<string, Map<string, KubeObject>>();
  const strays: string[] = [];
  for (const [path, content] of files) {
    const environment = environmentOf(path);
    if (environment === undefined) {
      const reason = !path.includes('/')
        ? 'not in an environment folder'
        : path.endsWith('.yaml')
          ? 'not a file synth writes'
          : 'not a YAML file';
      strays.push(`${path}: ${reason}: synth would delete it`);
      continue;
    }
    let docs: unknown[];
    try {
      docs = yaml.loadAll(content);
    } catch (error) {
      const reason = (error as Error).message.split('\n')[0];
      strays.push(`${path}: not valid YAML (${reason}): synth would rewrite it`);
      continue;
    }
    const env = objects.get(environment) ?? new Map<string, KubeObject>();
    objects.set(environment, env);
    docs.forEach((doc, i) => {
      if (doc === null || doc === undefined) return;
      if (isObject(doc)) env.set(idOf(doc), doc);
      else strays.push(`${path}: document ${i + 1} is not a Kubernetes object: synth would rewrite it`);
    });
  }
  return { objects, strays };
}

/** An object's annotations (none: empty). */
export const annotationsOf = (o: KubeObject) => (o.metadata.annotations ?? {}) as Readonly<Record<string, string>>;

/** One field that differs: its path (`a.b[0].c`), its old and its new value (undefined: absent). */
export interface FieldChange {
  readonly path: string;
  readonly before: unknown;
  readonly after: unknown;
}

/** The fields at which two JSON values differ, with both values (an array of another length as a whole). */
export function fieldChanges(a: unknown, b: unknown, path = ''): FieldChange[] {
  if (a === b) return [];
  const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    return a.flatMap((item, i) => fieldChanges(item, b[i], `${path}[${i}]`));
  }
  if (isMap(a) && isMap(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    const step = (k: string) =>
      /^[A-Za-z_$][\w$-]*$/.test(k) ? (path ? `${path}.${k}` : k) : `${path}[${JSON.stringify(k)}]`;
    return keys.flatMap((k) => fieldChanges(a[k], b[k], step(k)));
  }
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  return [{ path: path || '(root)', before: a, after: b }];
}

/** The objects of one environment before (a tree read back) and after (a fresh synth), and what differs. */
export interface EnvironmentChanges {
  readonly environment: string;
  readonly before: ReadonlyMap<string, KubeObject>;
  readonly after: ReadonlyMap<string, KubeObject>;
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly changed: readonly { readonly object: string; readonly fields: readonly FieldChange[] }[];
}

/** Compares a fresh synth with a tree of dist/ read back, environment by environment, objects by identity. */
export function compareObjects(fresh: readonly ManifestFile[], parsed: ParsedTree): EnvironmentChanges[] {
  const environments = [...new Set([...fresh.map((f) => environmentOf(f.path)!), ...parsed.objects.keys()])];
  return environments.map((environment) => {
    const before = parsed.objects.get(environment) ?? new Map<string, KubeObject>();
    const after = new Map(
      fresh.filter((f) => environmentOf(f.path) === environment).flatMap((f) => f.objects.map((o) => [idOf(o), o])),
    );
    const changed = [...after]
      .filter(([id]) => before.has(id))
      .map(([id, o]) => ({ object: id, fields: fieldChanges(before.get(id), o) }))
      .filter((c) => c.fields.length > 0)
      .sort((a, b) => (a.object < b.object ? -1 : 1));
    return {
      environment,
      before,
      after,
      added: [...after.keys()].filter((id) => !before.has(id)).sort(),
      removed: [...before.keys()].filter((id) => !after.has(id)).sort(),
      changed,
    };
  });
}
