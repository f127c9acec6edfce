/**
 * Replaces an output folder (dist/) as a whole, so that it is only ever entirely old or entirely new.
 *
 * The new tree is written to a scratch folder beside the target (same file system), then swapped in
 * with two renames: target -> `.<target>.old`, scratch -> target. A process killed between the two
 * renames leaves no target but a complete `.old`; the next run puts it back before doing anything
 * else. Files of objects that no longer exist disappear with the old tree.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync, accessSync, constants } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A file of the tree, by path relative to the tree's root. */
export interface TreeFile {
  readonly path: string;
  readonly content: string;
}

export class WriteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WriteError';
  }
}

function scratchPaths(target: string) {
  const parent = dirname(target);
  const name = basename(target);
  return { parent, old: join(parent, `.${name}.old`), tmpPrefix: `.${name}.tmp-` };
}

/** Undoes what an interrupted run left behind: restores the old tree if the swap stopped half-way. */
export function recover(target: string): void {
  const { parent, old, tmpPrefix } = scratchPaths(target);
  if (existsSync(old)) {
    if (existsSync(target)) rmSync(old, { recursive: true, force: true });
    else renameSync(old, target);
  }
  if (existsSync(parent)) {
    for (const entry of readdirSync(parent)) {
      if (entry.startsWith(tmpPrefix)) rmSync(join(parent, entry), { recursive: true, force: true });
    }
  }
}

/**
 * Writes `files` as the complete new content of `target`.
 * @throws WriteError when the target's folder is missing or not writable (nothing is changed then)
 */
export function writeTreeAtomically(target: string, files: readonly TreeFile[]): void {
  const { parent, old, tmpPrefix } = scratchPaths(target);
  try {
    accessSync(parent, constants.W_OK);
    if (existsSync(target)) accessSync(target, constants.W_OK);
  } catch {
    throw new WriteError(`cannot write ${target}: ${parent} is missing or not writable`);
  }
  recover(target);
  const tmp = join(parent, `${tmpPrefix}${process.pid}`);
  try {
    for (const file of files) {
      const path = join(tmp, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.content);
    }
    if (files.length === 0) mkdirSync(tmp, { recursive: true });
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw new WriteError(`cannot write ${target}: ${(error as Error).message}`);
  }
  if (existsSync(target)) renameSync(target, old);
  renameSync(tmp, target);
  rmSync(old, { recursive: true, force: true });
}
