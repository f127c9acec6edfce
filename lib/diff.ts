/**
 * `npm run diff`: what a fresh synth would change against the committed dist/ and docs/, per
 * environment: objects added, removed and changed (with the fields that changed), and files whose
 * bytes differ although their objects do not. Nothing is written.
 */
import { loadPlatform } from './config/load';
import { generateDocs, handWrittenDocs } from './docs';
import { ProblemsError } from './errors';
import { asSister, sisterProblem } from './platforms';
import { synthesizePlatform, type ManifestFile } from './synth';
import { compareObjects, environmentOf, fieldChanges, parseTree, readTree, type ParsedTree } from './tree';
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

/** The paths at which two JSON values differ, as `a.b[0].c`. */
export const changedFields = (a: unknown, b: unknown): string[] => fieldChanges(a, b).map((f) => f.path);

/** Compares a fresh synth with the committed tree of dist/, environment by environment. */
export function diffManifests(
  fresh: readonly ManifestFile[],
  committed: ReadonlyMap<string, string>,
  parsed: ParsedTree = parseTree(committed),
): EnvironmentDiff[] {
  const freshTree = new Map(fresh.map((f) => [f.path, f.content]));
  const paths = [...new Set([...freshTree.keys(), ...committed.keys()])];
  return compareObjects(fresh, parsed).map(({ environment, added, removed, changed }) => ({
    environment,
    added,
    removed,
    changed: changed.map((c) => ({ object: c.object, fields: c.fields.map((f) => f.path) })),
    rewritten: paths.filter((p) => environmentOf(p) === environment && freshTree.get(p) !== committed.get(p)).sort(),
  }));
}

/** Generated documents that differ from the committed ones. */
export function diffDocs(fresh: readonly TreeFile[], committed: ReadonlyMap<string, string>): string[] {
  const paths = [...new Set([...fresh.map((f) => f.path), ...committed.keys()])].sort();
  const freshTree = new Map(fresh.map((f) => [f.path, f.content]));
  return paths.filter((p) => freshTree.get(p) !== committed.get(p));
}

/** A readable report; empty when nothing would change. */
export function formatDiff(
  diffs: readonly EnvironmentDiff[],
  docs: readonly string[],
  strays: readonly string[] = [],
): string[] {
  const lines: string[] = strays.map((s) => `dist/${s}`);
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
  /** A platform beside the default one: its lines are named after it (see `SynthCommand.sister`). @default - the default platform */
  readonly sister?: { readonly name: string; readonly folder: string };
}

/**
 * A fresh synth of the description against `outDir` and `docsDir`: the synthesized files, and the report
 * of what differs (empty when both are up to date). Used by `npm run diff` and the pre-commit check.
 * @throws ProblemsError when the description is invalid
 */
export function driftOf(command: DiffCommand): { files: ManifestFile[]; report: string[] } {
  const { model, files } = asSister(command.sister, () => {
    const loaded = loadPlatform(command.platform, command.environments);
    return { model: loaded, files: synthesizePlatform(loaded) };
  });
  const committed = readTree(command.outDir);
  const parsed = parseTree(committed);
  const report = formatDiff(
    diffManifests(files, committed, parsed),
    diffDocs([...generateDocs(model, files), ...handWrittenDocs(command.docsDir)], readTree(command.docsDir)),
    parsed.strays,
  );
  return { files, report: report.map((line) => sisterProblem(command.sister, line)) };
}

/** Runs the diff command (over several platforms); returns 0 when every dist/ and docs/ is up to date, 1 otherwise. */
export function runDiff(
  command: DiffCommand | readonly DiffCommand[],
  log: Pick<Console, 'log' | 'error'> = console,
): number {
  const commands: readonly DiffCommand[] = Array.isArray(command) ? command : [command as DiffCommand];
  try {
    const report = commands.flatMap((c) => driftOf(c).report);
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
