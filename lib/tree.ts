/**
 * Reading an output tree (dist/) back as synth writes it: `<environment>/<chart>.yaml` files of
 * Kubernetes objects. Everything else in the tree (a file directly under dist/, a file that is not
 * YAML, YAML that does not parse or holds something other than objects) is named, never skipped: synth
 * deletes it, so `npm run diff` and `npm run plan` report it.
 */
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as yaml from 'js-yaml';
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
