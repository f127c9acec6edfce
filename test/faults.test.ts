/**
 * Fault tests: real synth processes (`node scripts/run.mjs`, as `npm run synth` runs them) killed with
 * SIGKILL while they write their output, and output folders that cannot be written.
 *
 * The process synthesizes the benchmark's generated platform (4 microservices and a gateway, 3
 * environments: 45 files) over an old tree of other files. It is killed
 * - at exact points, by a preloaded hook (test/fixtures/interrupt.js) that stops it just before a given
 *   file operation and lets the test kill it there: nothing written yet, half the files written, all
 *   written, between the two renames of the swap, after the swap;
 * - from outside, by watching its scratch folder fill (its writes slowed down so that the kill lands
 *   while it writes).
 * Each time, the output folder is exactly the old tree or exactly the new one (file digests), or, killed
 * between the two renames, missing with the old tree complete beside it; after the next run's recovery
 * it is exactly old or new with nothing left over.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { recover } from '../lib/write';
import { ROOT, tempDir, treeDigest } from './helpers';

// Several processes run at once beside the other test files; on a fresh clone each first bundles the
// app (scripts/run.mjs's cache is empty), which takes seconds on a loaded 2-core machine.
jest.setTimeout(60_000);

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
  readonly onStderr?: (kill: () => void, stderr: string) => void;
  /** Called once the process runs, to watch it from outside; returns a function that stops watching. */
  readonly watch?: (pid: number, kill: () => void) => () => void;
  /** Run as another user (see `unprivileged`). */
  readonly user?: { uid: number; gid: number };
}

/** Runs the synth process on the generated platform into `outDir` and resolves when it has exited. */
function synth(outDir: string, options: RunOptions = {}): Promise<Exit> {
  const preload = options.env ? ['--require', HOOK] : [];
  const args = [...preload, join(ROOT, 'scripts/run.mjs'), join(ROOT, 'test/fixtures/synth-generated.ts')];
  const child = spawn(process.execPath, [...args, SERVICES, outDir], {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...options.user,
  });
  const kill = () => child.kill('SIGKILL');
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

/** The new tree: what an uninterrupted run writes over the old one (computed once). */
let newTree: Promise<Record<string, string>> | undefined;
function expectedNewTree(): Promise<Record<string, string>> {
  newTree ??= (async () => {
    const { out } = oldTree();
    const exit = await synth(out);
    expect(exit).toMatchObject({ code: 0, stderr: '' });
    const digest = treeDigest(out);
    expect(Object.keys(digest)).toHaveLength(FILES);
    return digest;
  })();
  return newTree;
}

/** Runs the synth process until the hook pauses it before `at`, then kills it there. */
async function killAt(at: string, out: string): Promise<Exit> {
  const exit = await synth(out, {
    env: { INTERRUPT_DIR: dirname(out), INTERRUPT_AT: at },
    onStderr: (kill, stderr) => stderr.includes(`paused ${at}\n`) && kill(),
  });
  expect(exit.stderr).toContain(`paused ${at}\n`);
  expect(exit.signal).toBe('SIGKILL');
  return exit;
}

/** The entries of a folder that the writer leaves beside its target: its scratch folder and the old tree. */
const scratch = (parent: string) => readdirSync(parent).filter((e) => e !== 'dist');

describe('a synth process killed with SIGKILL while it writes dist/', () => {
  test.concurrent.each([
    ['write:1', 'nothing written yet: the scratch folder exists'],
    [`write:${Math.floor(FILES / 2)}`, 'half the files written'],
    ['rename:1', 'every file written, before dist/ is renamed away'],
  ])('at %s (%s): dist/ is the old tree, and so after recovery', async (at) => {
    const { parent, out, digest } = oldTree();
    await killAt(at, out);
    expect(treeDigest(out)).toEqual(digest);
    expect(scratch(parent)).toEqual([expect.stringMatching(/^\.dist\.tmp-\d+$/)]);
    recover(out);
    expect(readdirSync(parent)).toEqual(['dist']);
    expect(treeDigest(out)).toEqual(digest);
  });

  test.concurrent(
    'at rename:2 (between the two renames): the old tree is complete beside the missing dist/; the next run puts it back, then writes the new tree',
    async () => {
      const { parent, out, digest } = oldTree();
      await killAt('rename:2', out);
      expect(existsSync(out)).toBe(false);
      expect(treeDigest(join(parent, '.dist.old'))).toEqual(digest);
      expect(scratch(parent).sort()).toEqual(['.dist.old', expect.stringMatching(/^\.dist\.tmp-\d+$/)]);

      // Recovery alone (on a copy of that state) puts the old tree back...
      const copy = join(tempDir(), 'copy');
      cpSync(parent, copy, { recursive: true });
      recover(join(copy, 'dist'));
      expect(readdirSync(copy)).toEqual(['dist']);
      expect(treeDigest(join(copy, 'dist'))).toEqual(digest);

      // ...and the next run, from the state the kill left, puts it back first, then replaces it.
      const next = await synth(out);
      expect(next).toMatchObject({ code: 0, stderr: '' });
      expect(readdirSync(parent)).toEqual(['dist']);
      expect(treeDigest(out)).toEqual(await expectedNewTree());
    },
  );

  test.concurrent(
    'at rm:1 (after the swap, before the old tree is deleted): dist/ is the new tree, and so after recovery',
    async () => {
      const { parent, out, digest } = oldTree();
      await killAt('rm:1', out);
      expect(treeDigest(out)).toEqual(await expectedNewTree());
      expect(scratch(parent)).toEqual(['.dist.old']);
      expect(treeDigest(join(parent, '.dist.old'))).toEqual(digest);
      recover(out);
      expect(readdirSync(parent)).toEqual(['dist']);
      expect(treeDigest(out)).toEqual(await expectedNewTree());
    },
  );

  test.concurrent.each([
    [1, 'as soon as the scratch folder appears'],
    [Math.floor(FILES / 2), 'once it holds half the files'],
  ])('killed from outside after %i file(s) (%s): dist/ is the old tree', async (files) => {
    const { parent, out, digest } = oldTree();
    let seen = 0;
    const exit = await synth(out, {
      env: { INTERRUPT_DIR: parent, INTERRUPT_SLOW_MS: '5' },
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
    expect(exit.signal).toBe('SIGKILL');
    expect(seen).toBeGreaterThanOrEqual(files);
    expect(treeDigest(out)).toEqual(digest);
    recover(out);
    expect(readdirSync(parent)).toEqual(['dist']);
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
  return probe.error ? { reason: `cannot run as nobody (${probe.error.message})` } : { user };
}

/** Gives a folder tree to `user`, so that its modes, not root's rights, decide what it may write. */
function giveTo(path: string, user: { uid: number; gid: number } | undefined): void {
  if (!user) return;
  chownSync(path, user.uid, user.gid);
  if (statSync(path).isDirectory()) for (const entry of readdirSync(path)) giveTo(join(path, entry), user);
}

const { user, reason } = unprivileged();
const asUser = reason === undefined ? describe : describe.skip;

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
  test.concurrent(
    'a read-only folder inside dist/: exit 1, a clear error, dist/ untouched, nothing left over',
    async () => {
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
    },
  );
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
