/**
 * Fault tests: real synth processes (`node scripts/run.mjs`, as `npm run synth` runs them) stopped by
 * SIGKILL, SIGTERM or SIGINT while they write their output, and output folders that cannot be written.
 *
 * The process synthesizes the benchmark's generated platform (4 microservices and a gateway, 3
 * environments: 45 files) over an old tree of other files. It is killed
 * - at exact points, by a preloaded hook (test/fixtures/interrupt.js) that stops it just before a given
 *   file operation and lets the test kill it there: every rename, removal and link a run makes (listed
 *   by tracing an uninterrupted run), and its first, middle and last file write;
 * - from outside, by watching its scratch folder fill (its writes slowed down so that the kill lands
 *   while it writes).
 * After recovery, dist/ and docs/ are both exactly the old trees or both exactly the new ones (file
 * digests), with nothing left over; the next run (taking over the dead run's lock) writes both new.
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  readFileSync,
  renameSync,
  symlinkSync,
  mkdirSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { recover } from '../lib/write';
import { ROOT, tempDir, treeDigest } from './helpers';

// Several processes run at once beside the other test files; on a fresh clone each first bundles the
// app (scripts/run.mjs's cache is empty), which takes seconds on a loaded 2-core machine.
jest.setTimeout(60_000);

/** Runs a command to its end without blocking the event loop (see inNamespace); never rejects. */
const execAsync = (command: string, args: string[]) =>
  new Promise<{ stdout: string }>((resolve) =>
    execFile(command, args, { encoding: 'utf8' }, (_error, stdout) => resolve({ stdout })),
  );
const HOOK = join(ROOT, 'test/fixtures/interrupt.js');
const SERVICES = '4';
const FILES = 45;

interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  /** stderr without the fixture's `maxrss` line. */
  readonly stderr: string;
}

interface RunOptions {
  /** Environment of the process (the hook's settings). */
  readonly env?: Record<string, string>;
  /** Called with the process and what it printed on stderr so far, on every chunk of stderr. */
  readonly onStderr?: (kill: (signal?: NodeJS.Signals) => void, stderr: string) => void;
  /** Called once the process runs, to watch it from outside; returns a function that stops watching. */
  readonly watch?: (pid: number, kill: () => void) => () => void;
  /** Run as another user (see `unprivileged`). */
  readonly user?: { uid: number; gid: number };
  /** Where to write the documents. @default - none */
  readonly docs?: string;
}

/** Runs the synth process on the generated platform into `outDir` and resolves when it has exited. */
function synth(outDir: string, options: RunOptions = {}): Promise<Exit> {
  const preload = options.env ? ['--require', HOOK] : [];
  const args = [...preload, join(ROOT, 'scripts/run.mjs'), join(ROOT, 'test/fixtures/synth-generated.ts')];
  const child = spawn(process.execPath, [...args, SERVICES, outDir, ...(options.docs ? [options.docs] : [])], {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options.user,
  });
  const kill = (signal: NodeJS.Signals = 'SIGKILL') => child.kill(signal);
  const stopWatching = options.watch?.(child.pid!, kill);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    options.onStderr?.(kill, stderr);
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      stopWatching?.();
      resolve({ code, signal, stdout, stderr: stderr.replace(/^maxrss \d+\n/m, '') });
    });
  });
}

/** An output folder as a previous run and a hand edit left it, in a fresh parent folder. */
function oldTree(): { parent: string; out: string; digest: Record<string, string> } {
  const parent = tempDir();
  const out = join(parent, 'dist');
  for (const [path, content] of [
    ['dev/edge.yaml', 'kind: Gateway\n'],
    ['dev/removed-service.yaml', 'kind: Deployment\n'],
    ['staging/edge.yaml', 'kind: Gateway\n'],
    ['hand-edit.yaml', 'kept until the next complete run\n'],
  ] as const) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), content);
  }
  return { parent, out, digest: treeDigest(out) };
}

/** Runs the synth process until the hook pauses it before `at`, then kills it there with `signal`. */
async function killAt(at: string, out: string, docs: string, signal: NodeJS.Signals = 'SIGKILL'): Promise<Exit> {
  const exit = await synth(out, {
    docs,
    env: { INTERRUPT_DIR: dirname(out), INTERRUPT_AT: at },
    onStderr: (kill, stderr) => stderr.includes(`paused ${at}\n`) && kill(signal),
  });
  expect(exit.stderr).toContain(`paused ${at}\n`);
  expect(exit.signal).toBe(signal);
  return exit;
}

/** Old dist/ and docs/ side by side, as a previous run and a hand edit left them. */
function oldTrees() {
  const { parent, out, digest } = oldTree();
  const docs = join(parent, 'docs');
  mkdirSync(docs);
  writeFileSync(join(docs, 'dev.md'), 'old\n');
  return { parent, out, docs, digest, docsDigest: treeDigest(docs) };
}

/** What an uninterrupted run writes over old dist/ and docs/, and every file operation it makes there. */
let newTrees: Promise<{ dist: Record<string, string>; docs: Record<string, string>; ops: string[] }> | undefined;
function expectedNewTrees() {
  newTrees ??= (async () => {
    const { out, docs } = oldTrees();
    const exit = await synth(out, { docs, env: { INTERRUPT_DIR: dirname(out), INTERRUPT_TRACE: '1' } });
    expect(exit.code).toBe(0);
    const ops = [...exit.stderr.matchAll(/^op (\S+) /gm)].map((m) => m[1]!);
    return { dist: treeDigest(out), docs: treeDigest(docs), ops };
  })();
  return newTrees;
}

/** Runs `run` on every item, at most `size` at a time; the results in the items' order. */
async function inBatches<T, R>(items: readonly T[], size: number, run: (item: T, i: number) => Promise<R>) {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) {
    results.push(...(await Promise.all(items.slice(i, i + size).map((item, j) => run(item, i + j)))));
  }
  return results;
}

/** Leftovers of a killed run that the next run takes care of: its lock (a dead process's). */
const besides = (parent: string) =>
  readdirSync(parent)
    .filter((e) => e !== '.dist.lock')
    .sort();

describe('a synth process interrupted at any file operation on dist/ and docs/', () => {
  test('every operation of a run is known (the points below)', async () => {
    const { ops } = await expectedNewTrees();
    expect(ops.filter((o) => o.startsWith('rename:')).length).toBeGreaterThanOrEqual(5);
  });

  // Every rename, rm, link and unlink, and the first, a middle and the last write, each with one of
  // the three signals a run can be stopped by.
  const signals: NodeJS.Signals[] = ['SIGKILL', 'SIGTERM', 'SIGINT'];
  const points = (ops: string[]) => {
    const writes = ops.filter((o) => o.startsWith('write:'));
    return [
      ...new Set([
        writes[0]!,
        writes[Math.floor(writes.length / 2)]!,
        writes[writes.length - 1]!,
        ...ops.filter((o) => !o.startsWith('write:')),
      ]),
    ];
  };

  test('dist/ and docs/ are both old or both new after recovery', async () => {
    const expected = await expectedNewTrees();
    const all = points(expected.ops);
    expect(all.length).toBeGreaterThan(8);
    // A few at a time: each is a whole synth process, on a machine shared with the other test files.
    const outcomes = await inBatches(all, 4, async (at, i) => {
      const { parent, out, docs, digest, docsDigest } = oldTrees();
      const signal = signals[i % signals.length]!;
      await killAt(at, out, docs, signal);
      recover(out);
      recover(docs);
      expect([at, besides(parent)]).toEqual([at, ['dist', 'docs']]);
      const state = JSON.stringify([treeDigest(out), treeDigest(docs)]);
      const which =
        state === JSON.stringify([digest, docsDigest])
          ? 'old'
          : state === JSON.stringify([expected.dist, expected.docs])
            ? 'new'
            : 'mixed';
      expect([at, signal, which]).toEqual([at, signal, expect.stringMatching(/^(old|new)$/)]);
      return which;
    });
    // Both occur: before the journal is written, the change is undone; after, completed.
    expect(new Set(outcomes)).toEqual(new Set(['old', 'new']));
  }, 300_000);

  test('killed between the two renames of dist/, the next run takes over its lock, recovers, writes both new', async () => {
    const expected = await expectedNewTrees();
    const { parent, out, docs } = oldTrees();
    const renames = expected.ops.filter((o) => o.startsWith('rename:'));
    await killAt(renames[2]!, out, docs);
    expect(existsSync(join(parent, '.dist.lock'))).toBe(true);
    const next = await synth(out, { docs });
    expect(next).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(parent).sort()).toEqual(['dist', 'docs']);
    expect(treeDigest(out)).toEqual(expected.dist);
    expect(treeDigest(docs)).toEqual(expected.docs);
  });
});

/** Synthesizes over an old tree and kills the run from outside once its scratch folder holds `files` files. */
async function killFromOutside(files: number) {
  const { parent, out, digest } = oldTree();
  let seen = 0;
  const exit = await synth(out, {
    // 100 ms a file keeps the scratch folder filling for seconds, so that the poll below sees it
    // even when Jest's event loop is slow on a loaded machine.
    env: { INTERRUPT_DIR: parent, INTERRUPT_SLOW_MS: '100' },
    // Polls the scratch folder (no timed sleep): kills once it holds `files` files.
    watch: (pid, kill) => {
      const tmp = join(parent, `.dist.tmp-${pid}`);
      const poll = setInterval(() => {
        seen = existsSync(tmp) ? countFiles(tmp) : 0;
        if (seen >= files) {
          clearInterval(poll);
          kill();
        }
      }, 1);
      return () => clearInterval(poll);
    },
  });
  return { parent, out, digest, exit, seen };
}

describe('killed from outside while it writes', () => {
  test.concurrent.each([
    [1, 'as soon as the scratch folder appears'],
    [Math.floor(FILES / 2), 'once it holds half the files'],
  ])('after %i file(s) (%s): dist/ is the old tree', async (files) => {
    const { parent, out, digest, exit, seen } = await killFromOutside(files);
    expect([exit.signal, exit.stderr]).toEqual(['SIGKILL', '']);
    expect(seen).toBeGreaterThanOrEqual(files);
    expect(treeDigest(out)).toEqual(digest);
    recover(out);
    expect(besides(parent)).toEqual(['dist']);
    expect(treeDigest(out)).toEqual(digest);
  });
});

function countFiles(dir: string): number {
  return readdirSync(dir).reduce((n, e) => {
    const path = join(dir, e);
    return n + (statSync(path, { throwIfNoEntry: false })?.isDirectory() ? countFiles(path) : 1);
  }, 0);
}

/**
 * How to run the synth process so that file permissions apply to it. Tests run as root here, and root
 * writes through any mode bits, so as root the process runs as `nobody` (spawn's uid and gid); as any
 * other user, as that user. Undefined when that is impossible (root without the right to switch users).
 */
function unprivileged(): { user?: { uid: number; gid: number }; reason?: string } {
  if (process.getuid?.() !== 0) return {};
  const user = { uid: 65534, gid: 65534 };
  const probe = spawnSync(process.execPath, ['-e', ''], user);
  if (probe.error) return { reason: `cannot run as nobody (${probe.error.message})` };
  // A clone in a folder only its owner can enter: nobody cannot run the synth there.
  const runner = join(ROOT, 'scripts', 'run.mjs');
  const reads = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(runner)})`], user);
  return reads.status === 0 ? { user } : { reason: `nobody cannot read ${runner}` };
}

/** Gives a folder tree to `user`, so that its modes, not root's rights, decide what it may write. */
function giveTo(path: string, user: { uid: number; gid: number } | undefined): void {
  if (!user) return;
  chownSync(path, user.uid, user.gid);
  if (statSync(path).isDirectory()) for (const entry of readdirSync(path)) giveTo(join(path, entry), user);
}

const { user, reason } = unprivileged();
const asUser = reason === undefined ? describe : describe.skip;
if (reason) process.stderr.write(`test/faults.test.ts: unwritable output folders skipped: ${reason}\n`);

asUser(`an output folder that cannot be written${reason ? ` (skipped: ${reason})` : ''}`, () => {
  const failure = (out: string) =>
    `synth failed, ${out} left unchanged: cannot write ${out}: ${dirname(out)} is missing or not writable\n`;

  test.concurrent('dist/ read-only: exit 1, a clear error, dist/ untouched', async () => {
    const { parent, out, digest } = oldTree();
    giveTo(parent, user);
    chmodSync(out, 0o555);
    const exit = await synth(out, user ? { user } : {});
    expect(exit).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `synth failed, ${out} left unchanged: cannot write ${out}: ${out} is not writable\n`,
    });
    expect(treeDigest(out)).toEqual(digest);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  test.concurrent('its parent folder read-only: exit 1, a clear error, dist/ untouched', async () => {
    const { parent, out, digest } = oldTree();
    giveTo(parent, user);
    chmodSync(parent, 0o555);
    const exit = await synth(out, user ? { user } : {});
    expect(exit).toMatchObject({ code: 1, stdout: '', stderr: failure(out) });
    expect(treeDigest(out)).toEqual(digest);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  // The writer checks every folder of dist/ before it starts: the old tree could not be removed after
  // the swap otherwise.
  test.concurrent('a read-only folder inside dist/: exit 1, a clear error, dist/ untouched, nothing left over', async () => {
    const { parent, out, digest } = oldTree();
    giveTo(parent, user);
    chmodSync(join(out, 'dev'), 0o555);
    const exit = await synth(out, user ? { user } : {});
    expect(exit).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `synth failed, ${out} left unchanged: cannot write ${out}: ${join(out, 'dev')} is not writable\n`,
    });
    expect(treeDigest(out)).toEqual(digest);
    expect(readdirSync(parent)).toEqual(['dist']);
  });
});

test('a missing parent folder: exit 1, a clear error, nothing created', async () => {
  const parent = tempDir();
  const out = join(parent, 'missing', 'dist');
  const exit = await synth(out);
  expect(exit).toMatchObject({
    code: 1,
    stdout: '',
    stderr: `synth failed, ${out} left unchanged: cannot write ${out}: ${join(parent, 'missing')} is missing or not writable\n`,
  });
  expect(readdirSync(parent)).toEqual([]);
});

describe('one run at a time: the lock beside dist/', () => {
  test.concurrent('two runs at once: both succeed, one after the other; dist/ and docs/ new, nothing left over', async () => {
    const { parent, out, docs } = oldTrees();
    const expected = await expectedNewTrees();
    // The second waits for the first however slow the shared machine makes it.
    const env = { SYNTH_LOCK_WAIT_MS: '300000' };
    const [a, b] = await Promise.all([synth(out, { docs, env }), synth(out, { docs, env })]);
    expect([a.code, a.stderr, b.code, b.stderr]).toEqual([0, '', 0, '']);
    expect(readdirSync(parent).sort()).toEqual(['dist', 'docs']);
    expect(treeDigest(out)).toEqual(expected.dist);
    expect(treeDigest(docs)).toEqual(expected.docs);
  });

  test.concurrent('held by a live process: waits, then fails with one line naming the holder', async () => {
    const { parent, out, digest } = oldTree();
    const lock = join(parent, '.dist.lock');
    writeFileSync(lock, `${process.pid} ${hostname()}\n`);
    const exit = await synth(out, { env: { SYNTH_LOCK_WAIT_MS: '300' } });
    expect(exit).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `synth failed, ${out} left unchanged: cannot write ${out}: another synth (pid ${process.pid} on ${hostname()}) holds ${lock}; wait for it, or delete the lock if that process is gone\n`,
    });
    expect(treeDigest(out)).toEqual(digest);
    expect(readdirSync(parent).sort()).toEqual(['.dist.lock', 'dist']);
  });

  test.concurrent('held by a process that is gone: taken over', async () => {
    const { parent, out } = oldTree();
    const gone = await execAsync(process.execPath, ['-e', 'console.log(process.pid)']);
    writeFileSync(join(parent, '.dist.lock'), `${gone.stdout.trim()} ${hostname()}\n`);
    const exit = await synth(out);
    expect(exit).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(parent)).toEqual(['dist']);
  });
});

describe('the output folder is not an ordinary folder', () => {
  test.concurrent('a symbolic link: written through, the link kept', async () => {
    const { parent, out } = oldTree();
    const real = join(parent, 'real-dist');
    renameSync(out, real);
    symlinkSync('real-dist', out);
    const exit = await synth(out);
    expect(exit).toMatchObject({ code: 0, stderr: '' });
    expect(lstatSync(out).isSymbolicLink()).toBe(true);
    expect(readdirSync(real).sort()).toEqual(['dev', 'production', 'staging']);
    expect(readdirSync(parent).sort()).toEqual(['dist', 'real-dist']);
  });

  test.concurrent('a file: one line, nothing changed', async () => {
    const parent = tempDir();
    const out = join(parent, 'dist');
    writeFileSync(out, 'not a folder\n');
    const exit = await synth(out);
    expect(exit).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `synth failed, ${out} left unchanged: cannot write ${out}: it is a file, not a folder\n`,
    });
    expect(readFileSync(out, 'utf8')).toBe('not a folder\n');
    expect(readdirSync(parent)).toEqual(['dist']);
  });
});

/**
 * A full disk, no inodes left, a mount point: a small tmpfs mounted in a mount namespace of its own
 * (`unshare -m`, root only), where the synth process runs; the digests before and after are taken there.
 */
const canMount =
  spawnSync('unshare', ['-m', 'sh', '-c', 'mount -t tmpfs -o size=64k tmpfs /mnt'], { stdio: 'ignore' }).status === 0;
const withMounts = canMount ? describe : describe.skip;

withMounts(`file-system failures${canMount ? '' : ' (skipped: cannot mount a tmpfs here)'}`, () => {
  /**
   * Runs `script` (sh) in a mount namespace with $ROOT, run (the synth command, `run <out> [docs]`).
   * Asynchronous: a synchronous spawn would block this file's event loop for the whole synth, and with
   * it the watch of the concurrent kill-from-outside tests (which then missed the run they watch).
   */
  async function inNamespace(script: string): Promise<{ stdout: string }> {
    const run = `"${process.execPath}" "${join(ROOT, 'scripts/run.mjs')}" "${join(ROOT, 'test/fixtures/synth-generated.ts')}" ${SERVICES}`;
    const digest = 'digest() { (cd "$1" && find . -type f | sort | xargs -r sha256sum); }';
    const { stdout } = await execAsync('unshare', ['-m', 'sh', '-c', `${digest}\nrun() { ${run} "$@"; }\n${script}`]);
    return { stdout };
  }

  test.concurrent.each([
    ['a full disk', 'size=96k', /ENOSPC: no space left on device/],
    ['no inodes left', 'nr_inodes=12', /ENOSPC: no space left on device/],
  ])('%s: one line, dist/ unchanged', async (_what, option, reason) => {
    const parent = tempDir();
    const result = await inNamespace(
      `mount -t tmpfs -o ${option} tmpfs "${parent}" && mkdir -p "${parent}/dist/dev" && echo old > "${parent}/dist/dev/edge.yaml"
       before=$(digest "${parent}/dist"); run "${parent}/dist" 2>"${parent}/../err-$$" >/dev/null; echo "exit $?"
       cat "${parent}/../err-$$" | grep -v '^maxrss'; rm -f "${parent}/../err-$$"
       [ "$before" = "$(digest "${parent}/dist")" ] && echo unchanged; ls -A "${parent}"`,
    );
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('exit 1');
    expect(lines[1]).toMatch(
      new RegExp(`^synth failed, ${parent}/dist left unchanged: cannot write ${parent}/dist: ${reason.source}`),
    );
    expect(lines.slice(2)).toEqual(['unchanged', 'dist']);
  });

  test.concurrent('docs/ on a mount point: refused before anything changes', async () => {
    const parent = tempDir();
    mkdirSync(join(parent, 'dist', 'dev'), { recursive: true });
    writeFileSync(join(parent, 'dist', 'dev', 'edge.yaml'), 'old\n');
    mkdirSync(join(parent, 'docs'));
    const before = treeDigest(join(parent, 'dist'));
    const result = await inNamespace(
      `mount -t tmpfs tmpfs "${parent}/docs" && run "${parent}/dist" "${parent}/docs" 2>&1 >/dev/null | grep -v '^maxrss'; echo "exit $?"; ls -A "${parent}"`,
    );
    expect(result.stdout.split('\n')[0]).toBe(
      `synth failed, ${parent}/dist left unchanged: cannot write ${parent}/docs: it is a mount point, which cannot be replaced as a whole (make it an ordinary folder, or mount its parent instead)`,
    );
    expect(treeDigest(join(parent, 'dist'))).toEqual(before);
    expect(readdirSync(parent).sort()).toEqual(['dist', 'docs']);
  });
});
