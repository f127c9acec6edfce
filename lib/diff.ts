/**
 * `npm run diff`: what a fresh synth would change against the committed dist/ and docs/, per
 * environment: objects added, removed and changed (with the fields that changed), and files whose
 * bytes differ although their objects do not. Nothing is written.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as yaml from 'js-yaml';
import { loadPlatform } from './config/load';
import { generateDocs, handWrittenDocs } from './docs';
import { ProblemsError } from './errors';
import { synthesizePlatform, type ManifestFile } from './synth';
import { objectName, type KubeObject } from './validate';
import type { TreeFile } from './write';

export interface EnvironmentDiff {
  readonly environment: string;
  readonly added: readonly string[];
  readonly removed: readonly string[];
  /** Changed objects, each with the paths of the fields that differ. */
  readonly changed: readonly { readonly object: string; readonly fields: readonly string[] }[];
  /** Files whose content differs while their objects are the same (order, formatting). */
  readonly rewritten: readonly string[];
}

/** Every file under `dir`, by path relative to it. */
function readTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (d: string) => {
    for (const entry of readdirSync(d).sort()) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path, 'utf8'));
    }
  };
  if (existsSync(dir)) walk(dir);
  return files;
}

/** An object's identity across the two trees (a hand-edited file may hold a document without metadata). */
const idOf = (o: KubeObject) => `${o.metadata ? objectName(o) : o.kind} (${o.apiVersion})`;

/** The paths at which two JSON values differ, as `a.b[0].c`. */
export function changedFields(a: unknown, b: unknown, path = ''): string[] {
  if (a === b) return [];
  const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return [path || '(root)'];
    return a.flatMap((item, i) => changedFields(item, b[i], `${path}[${i}]`));
  }
  if (isMap(a) && isMap(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    const step = (k: string) =>
      /^[A-Za-z_$][\w$-]*$/.test(k) ? (path ? `${path}.${k}` : k) : `${path}[${JSON.stringify(k)}]`;
    return keys.flatMap((k) => changedFields(a[k], b[k], step(k)));
  }
  return [path || '(root)'];
}

function objectsOf(files: ReadonlyMap<string, string>, environment: string): Map<string, KubeObject> {
  const objects = new Map<string, KubeObject>();
  for (const [path, content] of files) {
    if (!path.startsWith(`${environment}/`)) continue;
    for (const doc of yaml.loadAll(content)) if (doc) objects.set(idOf(doc as KubeObject), doc as KubeObject);
  }
  return objects;
}

/** Compares a fresh synth with the committed tree of dist/, environment by environment. */
export function diffManifests(
  fresh: readonly ManifestFile[],
  committed: ReadonlyMap<string, string>,
): EnvironmentDiff[] {
  const environments = [...new Set([...fresh.map((f) => f.path), ...committed.keys()].map((p) => p.split('/')[0]!))];
  const freshTree = new Map(fresh.map((f) => [f.path, f.content]));
  return environments.map((environment) => {
    const before = objectsOf(committed, environment);
    const after = new Map(
      fresh
        .filter((f) => f.path.startsWith(`${environment}/`))
        .flatMap((f) => f.objects.map((o) => [idOf(o), o] as const)),
    );
    const changed = [...after]
      .filter(([id]) => before.has(id))
      .map(([id, object]) => ({ object: id, fields: changedFields(before.get(id), object) }))
      .filter((c) => c.fields.length > 0);
    const paths = [...new Set([...freshTree.keys(), ...committed.keys()])].filter((p) =>
      p.startsWith(`${environment}/`),
    );
    return {
      environment,
      added: [...after.keys()].filter((id) => !before.has(id)).sort(),
      removed: [...before.keys()].filter((id) => !after.has(id)).sort(),
      changed: changed.sort((a, b) => (a.object < b.object ? -1 : 1)),
      rewritten: paths.filter((p) => freshTree.get(p) !== committed.get(p)).sort(),
    };
  });
}

/** Generated documents that differ from the committed ones. */
export function diffDocs(fresh: readonly TreeFile[], committed: ReadonlyMap<string, string>): string[] {
  const paths = [...new Set([...fresh.map((f) => f.path), ...committed.keys()])].sort();
  const freshTree = new Map(fresh.map((f) => [f.path, f.content]));
  return paths.filter((p) => freshTree.get(p) !== committed.get(p));
}

/** A readable report; empty when nothing would change. */
export function formatDiff(diffs: readonly EnvironmentDiff[], docs: readonly string[]): string[] {
  const lines: string[] = [];
  for (const d of diffs) {
    const objectChanges = d.added.length + d.removed.length + d.changed.length;
    if (objectChanges === 0 && d.rewritten.length === 0) continue;
    lines.push(`${d.environment}: ${d.added.length} added, ${d.removed.length} removed, ${d.changed.length} changed`);
    for (const id of d.added) lines.push(`  + ${id}`);
    for (const id of d.removed) lines.push(`  - ${id}`);
    for (const c of d.changed) {
      const shown = c.fields.slice(0, 8).join(', ');
      lines.push(`  ~ ${c.object}: ${shown}${c.fields.length > 8 ? `, and ${c.fields.length - 8} more` : ''}`);
    }
    if (objectChanges === 0) lines.push(`  files rewritten (same objects): ${d.rewritten.join(', ')}`);
  }
  for (const path of docs) lines.push(`docs/${path}: would change`);
  return lines;
}

export interface DiffCommand {
  readonly platform: unknown;
  readonly environments: readonly unknown[];
  readonly outDir: string;
  readonly docsDir: string;
}

/** Runs the diff command; returns 0 when dist/ and docs/ are up to date, 1 otherwise. */
export function runDiff(command: DiffCommand, log: Pick<Console, 'log' | 'error'> = console): number {
  try {
    const model = loadPlatform(command.platform, command.environments);
    const files = synthesizePlatform(model);
    const report = formatDiff(
      diffManifests(files, readTree(command.outDir)),
      diffDocs([...generateDocs(model, files), ...handWrittenDocs(command.docsDir)], readTree(command.docsDir)),
    );
    if (report.length === 0) {
      log.log('dist/ and docs/ are up to date');
      return 0;
    }
    log.log(report.join('\n'));
    log.log('drift: run `npm run synth` and commit dist/ and docs/');
    return 1;
  } catch (error) {
    if (error instanceof ProblemsError) {
      log.error(`diff failed: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
