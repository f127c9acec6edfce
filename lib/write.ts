/**
 * Replaces output folders (dist/ and docs/) as a whole and together, so that they are only ever both
 * entirely old or both entirely new, whatever stops the run.
 *
 * Each new tree is written to a scratch folder beside its target (same file system). Then a journal
 * naming every (target, scratch) pair is written beside the first target: from that moment the change
 * is decided. Each target is swapped with two renames (target -> `.<target>.old`, scratch -> target),
 * the journal removed, the old trees deleted. The next run's `recover` completes a change whose journal
 * exists (roll forward) and undoes one without (roll back), before doing anything else.
 *
 * Runs are serialized by a lock file beside the first target (`.<target>.lock`, see `acquireLock`).
 * Every file-system failure is a `WriteError` of one line; nothing has changed then.
 */
import {
  accessSync,
  constants,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { types } from 'node:util';

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

/**
 * A file-system error as one line: Node's message (code, reason, path) without a stack. `isNativeError`
 * rather than `instanceof Error`, which is false for Node's errors inside Jest's sandbox (another realm).
 */
const reasonOf = (error: unknown) => (types.isNativeError(error) ? error.message.split('\n')[0]! : String(error));

/**
 * The names the writer uses beside a target, all starting with `.<target>.`, which `.gitignore` ignores:
 * the scratch folders (`.tmp-<pid>`), the old tree (`.old`), the journal and the lock.
 */
export function scratchPaths(target: string) {
  const parent = dirname(target);
  const name = basename(target);
  return {
    parent,
    old: join(parent, `.${name}.old`),
    tmpPrefix: `.${name}.tmp-`,
    journal: join(parent, `.${name}.journal`),
    lock: join(parent, `.${name}.lock`),
  };
}

/**
 * Where a target really is: a symlinked target is written through (its link is kept, the folder it
 * points to is replaced). A target that is a mount point cannot be replaced as a whole: refused.
 */
function resolveTarget(target: string): string {
  let real = target;
  if (lstatSync(target, { throwIfNoEntry: false })?.isSymbolicLink()) {
    try {
      real = realpathSync(target);
    } catch {
      throw new WriteError(`cannot write ${target}: it is a symbolic link to a missing folder`);
    }
  }
  const stat = statSync(real, { throwIfNoEntry: false });
  if (stat && !stat.isDirectory()) throw new WriteError(`cannot write ${target}: it is a file, not a folder`);
  const parent = statSync(dirname(real), { throwIfNoEntry: false });
  if (stat && parent && stat.dev !== parent.dev) {
    throw new WriteError(
      `cannot write ${target}: it is a mount point, which cannot be replaced as a whole (make it an ordinary folder, or mount its parent instead)`,
    );
  }
  return real;
}

interface Swap {
  readonly target: string;
  readonly tmp: string;
}

function readJournal(journal: string): Swap[] | undefined {
  try {
    return (JSON.parse(readFileSync(journal, 'utf8')) as { swaps: Swap[] }).swaps;
  } catch {
    return undefined; // none, or cut short before its rename: the change was not decided
  }
}

/** Swaps a scratch folder in for its target; safe to repeat after an interruption at any point. */
function swapIn({ target, tmp }: Swap): void {
  if (!existsSync(tmp)) return; // already swapped
  const { old } = scratchPaths(target);
  if (existsSync(target)) {
    rmSync(old, { recursive: true, force: true });
    renameSync(target, old);
  }
  renameSync(tmp, target);
}

/**
 * Undoes or completes what an interrupted run left behind: a decided change (its journal exists) is
 * completed, anything else is rolled back; scratch folders and old trees are removed.
 */
export function recover(target: string): void {
  const real = resolveTarget(target);
  const { journal } = scratchPaths(real);
  const swaps = readJournal(journal);
  if (swaps) {
    for (const swap of swaps) swapIn(swap);
    unlinkSync(journal);
    for (const swap of swaps) cleanUp(swap.target);
  }
  rmSync(`${journal}.tmp`, { force: true });
  cleanUp(real);
}

/** Rolls back a swap stopped half-way and removes the scratch folders and the old tree of a target. */
function cleanUp(target: string): void {
  const { parent, old, tmpPrefix } = scratchPaths(target);
  if (existsSync(old)) {
    if (existsSync(target)) rmSync(old, { recursive: true, force: true });
    else renameSync(old, target);
  }
  if (existsSync(parent)) {
    const lockPrefix = `${basename(scratchPaths(target).lock)}.`;
    for (const entry of readdirSync(parent)) {
      if (entry.startsWith(tmpPrefix)) rmSync(join(parent, entry), { recursive: true, force: true });
      // A lock a run was about to take when it stopped (see acquireLock).
      const pid = entry.startsWith(lockPrefix) ? Number(entry.slice(lockPrefix.length)) : NaN;
      if (pid > 0 && pid !== process.pid && !isAlive(pid)) rmSync(join(parent, entry), { force: true });
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

/** Runs a file-system step; any failure becomes a one-line WriteError about `target`. */
function guarded<T>(target: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof WriteError) throw error;
    throw new WriteError(`cannot write ${target}: ${reasonOf(error)}`);
  }
}

/**
 * Writes files under `dir` (a scratch folder of a `TreeWriter`, which may be written from another thread
 * too: see lib/parallel.ts), making their folders; `made` remembers the folders already made.
 */
export function writeFiles(dir: string, files: readonly TreeFile[], made = new Set<string>()): void {
  const mkdir = (folder: string) => {
    if (made.has(folder)) return;
    mkdirSync(folder, { recursive: true });
    made.add(folder);
  };
  mkdir(dir);
  for (const file of files) {
    const path = join(dir, file.path);
    mkdir(dirname(path));
    writeFileSync(path, file.content);
  }
}

/**
 * Builds the new content of `target` file by file in a scratch folder beside it; `commitTrees` swaps
 * it in, `abort` throws it away. Files can be added as they are produced, so that a large tree never
 * has to be held in memory.
 */
export class TreeWriter {
  /** The folder really replaced (the target, or where its symbolic link points). */
  readonly real: string;
  readonly tmp: string;
  private readonly made = new Set<string>();

  /**
   * @throws WriteError when the target's parent is missing or not writable, a folder of the target is
   *   not writable (the old tree could not be removed), the target is a file or a mount point: nothing
   *   is changed then
   */
  constructor(readonly target: string) {
    this.real = guarded(target, () => resolveTarget(target));
    const { parent, tmpPrefix } = scratchPaths(this.real);
    try {
      accessSync(parent, constants.W_OK);
    } catch {
      throw new WriteError(`cannot write ${target}: ${dirname(target)} is missing or not writable`);
    }
    const locked = guarded(target, () => (existsSync(this.real) ? unwritableFolder(this.real) : undefined));
    if (locked !== undefined) throw new WriteError(`cannot write ${target}: ${locked} is not writable`);
    guarded(target, () => recover(this.real));
    this.tmp = join(parent, `${tmpPrefix}${process.pid}`);
    guarded(target, () => writeFiles(this.tmp, [], this.made));
  }

  /** @throws WriteError (the scratch folder is removed then) */
  add(files: readonly TreeFile[]): void {
    try {
      writeFiles(this.tmp, files, this.made);
    } catch (error) {
      this.abort();
      throw new WriteError(`cannot write ${this.target}: ${reasonOf(error)}`);
    }
  }

  /** Leaves the target as it was. */
  abort(): void {
    rmSync(this.tmp, { recursive: true, force: true });
  }
}

/**
 * Replaces every writer's target with what was added to it, all or none (see the module's comment).
 * @throws WriteError when the change could not be decided (every target is as it was then)
 */
export function commitTrees(writers: readonly TreeWriter[]): void {
  const first = writers[0];
  if (!first) return;
  const { journal } = scratchPaths(first.real);
  const swaps: Swap[] = writers.map((w) => ({ target: w.real, tmp: w.tmp }));
  guarded(first.target, () => {
    writeFileSync(`${journal}.tmp`, JSON.stringify({ swaps }));
    renameSync(`${journal}.tmp`, journal); // the change is decided
  });
  try {
    for (const swap of swaps) swapIn(swap);
  } catch (error) {
    // Undecide: put back what was swapped (the scratch folders stay for the abort that follows).
    for (const { target, tmp } of [...swaps].reverse()) {
      const { old } = scratchPaths(target);
      if (existsSync(old)) {
        if (existsSync(target) && !existsSync(tmp)) renameSync(target, tmp);
        renameSync(old, target);
      }
    }
    rmSync(journal, { force: true });
    throw new WriteError(`cannot write ${first.target}: ${reasonOf(error)}`);
  }
  unlinkSync(journal);
  for (const swap of swaps) rmSync(scratchPaths(swap.target).old, { recursive: true, force: true });
}

/**
 * Writes `files` as the complete new content of `target`.
 * @throws WriteError when the target's folder is missing or not writable (nothing is changed then)
 */
export function writeTreeAtomically(target: string, files: readonly TreeFile[]): void {
  const writer = new TreeWriter(target);
  writer.add(files);
  commitTrees([writer]);
}

export interface LockOptions {
  /** How long to wait for another run to finish. @default 30 s */
  readonly waitMs?: number;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Takes the lock of a target (`.<target>.lock` beside it), so that one run at a time writes it: waits
 * while another live process holds it, takes over the lock of a process that is gone (on this host).
 * Returns the function that releases it.
 * @throws WriteError naming the holder when it is still held after `waitMs`
 */
export function acquireLock(target: string, options: LockOptions = {}): () => void {
  const real = guarded(target, () => resolveTarget(target));
  const { lock, parent } = scratchPaths(real);
  const me = `${process.pid} ${hostname()}\n`;
  const mine = `${lock}.${process.pid}`;
  const deadline = Date.now() + (options.waitMs ?? 30_000);
  try {
    accessSync(parent, constants.W_OK);
  } catch {
    throw new WriteError(`cannot write ${target}: ${dirname(target)} is missing or not writable`);
  }
  guarded(target, () => writeFileSync(mine, me));
  try {
    for (;;) {
      try {
        linkSync(mine, lock); // atomic: fails if the lock exists
        return () => rmSync(lock, { force: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = holderOf(lock);
      if (holder === undefined) continue; // released in between
      const [pid, host] = holder.split(' ');
      if (host === hostname() && !isAlive(Number(pid))) {
        // A dead process's lock: take it over, unless another run has just done so.
        if (holderOf(lock) === holder) rmSync(lock, { force: true });
        continue;
      }
      if (Date.now() >= deadline) {
        throw new WriteError(
          holder === ''
            ? `cannot write ${target}: ${lock} names no holder (a run stopped by a crash left it empty); delete it if no synth is running`
            : `cannot write ${target}: another synth (pid ${pid} on ${host}) holds ${lock}; wait for it, or delete the lock if that process is gone`,
        );
      }
      sleep(50);
    }
  } catch (error) {
    if (error instanceof WriteError) throw error;
    throw new WriteError(`cannot write ${target}: ${reasonOf(error)}`);
  } finally {
    rmSync(mine, { force: true });
  }
}

/**
 * The holder a lock names (`<pid> <host>`; empty only when a crash cut its file short, since a lock is
 * linked in whole), or undefined when it was released since.
 */
function holderOf(lock: string): string | undefined {
  try {
    return readFileSync(lock, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
