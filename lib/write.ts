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

/** The first folder of a tree (itself included) whose entries cannot be removed, if any. */
function unwritableFolder(dir: string): string | undefined {
  try {
    accessSync(dir, constants.W_OK | constants.X_OK);
  } catch {
    return dir;
  }
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const locked = entry.isDirectory() ? unwritableFolder(join(dir, entry.name)) : undefined;
    if (locked !== undefined) return locked;
  }
  return undefined;
}

/**
 * Builds the new content of `target` file by file in a scratch folder beside it, then swaps it in as a
 * whole (`commit`) or throws it away (`abort`). Files can be added as they are produced, so that a large
 * tree never has to be held in memory.
 */
export class TreeWriter {
  private readonly tmp: string;
  private readonly made = new Set<string>();

  /**
   * @throws WriteError when the target's parent is missing or not writable, or a folder of the target
   *   is not writable (the old tree could not be removed): nothing is changed then
   */
  constructor(private readonly target: string) {
    const { parent, tmpPrefix } = scratchPaths(target);
    try {
      accessSync(parent, constants.W_OK);
    } catch {
      throw new WriteError(`cannot write ${target}: ${parent} is missing or not writable`);
    }
    const locked = existsSync(target) ? unwritableFolder(target) : undefined;
    if (locked !== undefined) throw new WriteError(`cannot write ${target}: ${locked} is not writable`);
    recover(target);
    this.tmp = join(parent, `${tmpPrefix}${process.pid}`);
    this.mkdir(this.tmp);
  }

  private mkdir(dir: string): void {
    if (this.made.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    this.made.add(dir);
  }

  /** @throws WriteError (the scratch folder is removed then) */
  add(files: readonly TreeFile[]): void {
    try {
      for (const file of files) {
        const path = join(this.tmp, file.path);
        this.mkdir(dirname(path));
        writeFileSync(path, file.content);
      }
    } catch (error) {
      this.abort();
      throw new WriteError(`cannot write ${this.target}: ${(error as Error).message}`);
    }
  }

  /** Replaces the target with what was added: two renames, see the module's comment. */
  commit(): void {
    const { old } = scratchPaths(this.target);
    if (existsSync(this.target)) renameSync(this.target, old);
    renameSync(this.tmp, this.target);
    rmSync(old, { recursive: true, force: true });
  }

  /** Leaves the target as it was. */
  abort(): void {
    rmSync(this.tmp, { recursive: true, force: true });
  }
}

/**
 * Writes `files` as the complete new content of `target`.
 * @throws WriteError when the target's folder is missing or not writable (nothing is changed then)
 */
export function writeTreeAtomically(target: string, files: readonly TreeFile[]): void {
  const writer = new TreeWriter(target);
  writer.add(files);
  writer.commit();
}
