/**
 * The atomic writer (lib/write.ts) in-process: the new tree replaces the old as a whole, stale files
 * go, an interrupted swap is undone, a failed write leaves the target and nothing beside it. The same
 * guarantees against killed processes are in test/faults.test.ts.
 */
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { basename, join } from 'node:path';
import { runSynth, runSynthAll } from '../../lib/cli';
import { loadPlatform } from '../../lib/config/load';
import { environmentDoc } from '../../lib/docs';
import { outputsOf } from '../../lib/platforms';
import { commitTrees, recover, TreeWriter, WriteError, writeTreeAtomically } from '../../lib/write';
import { platforms } from '../../platforms';
import { allObjects, orofiInputs, orofiModel, platformModel, synth, tempDir, treeDigest } from '../helpers';

// The module object lib/write.ts calls through (CommonJS): spied on to make one rename fail.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fs = require('node:fs') as typeof import('node:fs');
afterEach(() => jest.restoreAllMocks());
/** Where scripts/run.mjs offers lib/parallel.ts a way to start a worker thread (none under Jest). */
const START_WORKER = Symbol.for('orofi.run.startWorker');

/** Runs `fn` as if on an idle machine with two CPUs where a worker thread could start (a stand-in that throws). */
function onIdleTwoCpuMachine<T>(fn: () => T): { result: T; startWorker: jest.Mock } {
  jest.spyOn(os, 'availableParallelism').mockReturnValue(2);
  jest.spyOn(os, 'loadavg').mockReturnValue([0, 0, 0]);
  const startWorker = jest.fn(() => {
    throw new Error('a second thread was started');
  });
  const threads = process.env.SYNTH_THREADS;
  delete process.env.SYNTH_THREADS;
  (globalThis as Record<symbol, unknown>)[START_WORKER] = startWorker;
  try {
    return { result: fn(), startWorker };
  } finally {
    delete (globalThis as Record<symbol, unknown>)[START_WORKER];
    if (threads !== undefined) process.env.SYNTH_THREADS = threads;
  }
}

const tree = (dir: string) => (existsSync(dir) ? treeDigest(dir) : undefined);
const files = (root: string) => readdirSync(root).sort();

/** A parent folder holding `dist` with the given files. */
function parentWith(content: Record<string, string>): { parent: string; target: string } {
  const parent = tempDir();
  const target = join(parent, 'dist');
  for (const [path, text] of Object.entries(content)) {
    mkdirSync(join(target, path, '..'), { recursive: true });
    writeFileSync(join(target, path), text);
  }
  return { parent, target };
}

describe('writeTreeAtomically', () => {
  test('the target holds exactly the new files, nested folders included, and nothing is left beside it', () => {
    const { parent, target } = parentWith({ 'dev/stale.yaml': 'old', 'dev/kept.yaml': 'old', 'top.yaml': 'old' });
    writeTreeAtomically(target, [
      { path: 'dev/kept.yaml', content: 'new' },
      { path: 'prod/deep/a.yaml', content: 'a' },
    ]);
    expect(tree(target)).toEqual(
      treeDigest(
        parentWith({
          'dev/kept.yaml': 'new',
          'prod/deep/a.yaml': 'a',
        }).target,
      ),
    );
    expect(files(parent)).toEqual(['dist']);
  });

  test('a target that does not exist yet is created', () => {
    const parent = tempDir();
    writeTreeAtomically(join(parent, 'dist'), [{ path: 'a.yaml', content: 'a' }]);
    expect(readFileSync(join(parent, 'dist', 'a.yaml'), 'utf8')).toBe('a');
    expect(files(parent)).toEqual(['dist']);
  });

  test('a symbolic link: written through, the link kept; to a missing folder or a file: WriteError', () => {
    const { parent, target: real } = parentWith({ 'stale.yaml': 'old' });
    const link = join(parent, 'link');
    symlinkSync(real, link);
    writeTreeAtomically(link, [{ path: 'a.yaml', content: 'a' }]);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(files(real)).toEqual(['a.yaml']);
    expect(readFileSync(join(link, 'a.yaml'), 'utf8')).toBe('a');
    const dangling = join(parent, 'dangling');
    symlinkSync(join(parent, 'nowhere'), dangling);
    expect(() => writeTreeAtomically(dangling, [])).toThrow(
      new WriteError(`cannot write ${dangling}: it is a symbolic link to a missing folder`),
    );
    const file = join(parent, 'file');
    writeFileSync(file, 'x');
    expect(() => writeTreeAtomically(file, [])).toThrow(
      new WriteError(`cannot write ${file}: it is a file, not a folder`),
    );
    expect(readFileSync(file, 'utf8')).toBe('x');
    expect(files(parent)).toEqual(['dangling', 'dist', 'file', 'link']);
  });

  test('a missing parent: WriteError, nothing created', () => {
    const missing = join(tempDir(), 'missing', 'dist');
    expect(() => writeTreeAtomically(missing, [])).toThrow(
      new WriteError(`cannot write ${missing}: ${join(missing, '..')} is missing or not writable`),
    );
    expect(existsSync(join(missing, '..'))).toBe(false);
  });
});

describe('TreeWriter', () => {
  test('a folder of the target that cannot be written (seen by access(2)): WriteError naming it, nothing changed', () => {
    // As root every folder is writable: access(2) is made to refuse one, as it does for another user.
    const { parent, target } = parentWith({ 'top.yaml': 'a', 'dev/a.yaml': 'a', 'prod/deep/b.yaml': 'b' });
    const before = tree(target);
    const access = fs.accessSync;
    for (const locked of [join(target, 'prod', 'deep'), target]) {
      jest.spyOn(fs, 'accessSync').mockImplementation((path, mode) => {
        if (path === locked && ((mode ?? 0) & fs.constants.W_OK) !== 0) {
          throw Object.assign(new Error(`EACCES: permission denied, access '${locked}'`), { code: 'EACCES' });
        }
        access(path, mode);
      });
      expect(() => new TreeWriter(target)).toThrow(new WriteError(`cannot write ${target}: ${locked} is not writable`));
      jest.restoreAllMocks();
      expect(tree(target)).toEqual(before);
      expect(files(parent)).toEqual(['dist']);
    }
  });

  test('a target on a mount point of its own (another device than its parent): refused, nothing changed', () => {
    // The device number is made to differ, as for a mount point: no real mount is replaced.
    const { parent, target } = parentWith({ 'a.yaml': 'a' });
    const before = tree(target);
    const stat = fs.statSync;
    jest.spyOn(fs, 'statSync').mockImplementation(((path: string, options?: object) => {
      const real = stat(path, options);
      if (path !== target || !real) return real;
      return Object.assign(Object.create(Object.getPrototypeOf(real) as object) as object, real, { dev: real.dev + 1 });
    }) as typeof stat);
    expect(() => new TreeWriter(target)).toThrow(
      new WriteError(
        `cannot write ${target}: it is a mount point, which cannot be replaced as a whole (make it an ordinary folder, or mount its parent instead)`,
      ),
    );
    jest.restoreAllMocks();
    expect(tree(target)).toEqual(before);
    expect(files(parent)).toEqual(['dist']);
  });

  test('a file that cannot be written aborts: WriteError, the target as it was, no scratch folder', () => {
    const { parent, target } = parentWith({ 'a.yaml': 'old' });
    const before = tree(target);
    const writer = new TreeWriter(target);
    expect(files(parent)).toEqual(['.dist.tmp-' + process.pid, 'dist'].sort());
    writer.add([{ path: 'x/a.yaml', content: 'a' }]);
    let error: unknown;
    try {
      writer.add([{ path: 'x/a.yaml/b.yaml', content: 'b' }]); // a file where a folder should be
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(WriteError);
    expect((error as Error).name).toBe('WriteError');
    // One line: Node's reason (its code, what failed, the path), no stack.
    expect((error as Error).message).toMatch(
      new RegExp(`^cannot write ${target}: E[A-Z]+: [^\\n]+ '${parent}/[^\\n]+'$`),
    );
    expect(tree(target)).toEqual(before);
    expect(files(parent)).toEqual(['dist']);
  });

  test('abort is safe to repeat (synth aborts every writer of a failed run, one that aborted itself too)', () => {
    const { parent, target } = parentWith({ 'a.yaml': 'old' });
    const writer = new TreeWriter(target);
    writer.add([{ path: 'x', content: 'a file' }]);
    expect(() => writer.add([{ path: 'x/b.yaml', content: 'b' }])).toThrow(WriteError); // aborts itself
    expect(files(parent)).toEqual(['dist']);
    expect(() => writer.abort()).not.toThrow();
    expect(files(parent)).toEqual(['dist']);
  });

  test('abort leaves the target as it was; files added in several batches are all committed', () => {
    const { parent, target } = parentWith({ 'a.yaml': 'old' });
    const before = tree(target);
    const aborted = new TreeWriter(target);
    aborted.add([{ path: 'a.yaml', content: 'new' }]);
    aborted.abort();
    expect(tree(target)).toEqual(before);
    expect(files(parent)).toEqual(['dist']);
    const writer = new TreeWriter(target);
    writer.add([{ path: 'one/a.yaml', content: '1' }]);
    writer.add([{ path: 'one/b.yaml', content: '2' }]);
    writer.add([]);
    commitTrees([writer]);
    expect(readdirSync(join(target, 'one'))).toEqual(['a.yaml', 'b.yaml']);
    expect(files(target)).toEqual(['one']);
  });
});

describe('commitTrees', () => {
  test('no writer: nothing to do', () => {
    expect(() => commitTrees([])).not.toThrow();
  });

  /** dist/ and docs/ with old files, a writer for each with new ones; `fails` names the rename that fails (by base names). */
  function failedSwap(fails: (from: string, to: string) => boolean) {
    const { parent, target: dist } = parentWith({ 'dev/a.yaml': 'old a' });
    const docs = join(parent, 'docs');
    mkdirSync(docs);
    writeFileSync(join(docs, 'dev.md'), 'old page');
    const before = { dist: tree(dist), docs: tree(docs) };
    const writers = [new TreeWriter(dist), new TreeWriter(docs)];
    writers[0]!.add([{ path: 'dev/b.yaml', content: 'new b' }]);
    writers[1]!.add([{ path: 'prod.md', content: 'new page' }]);
    const rename = fs.renameSync;
    jest.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      if (fails(basename(String(from)), basename(String(to)))) {
        throw Object.assign(new Error(`EIO: i/o error, rename '${from}' -> '${to}'\n    at renameSync`), {
          code: 'EIO',
        });
      }
      rename(from, to);
    });
    let error: unknown;
    try {
      commitTrees(writers);
    } catch (e) {
      error = e;
    }
    jest.restoreAllMocks();
    return { parent, dist, docs, before, writers, error };
  }

  const pid = process.pid;
  for (const [which, from, to] of [
    ['the second folder’s scratch folder moved in', `.docs.tmp-${pid}`, 'docs'],
    ['the second folder moved aside', 'docs', '.docs.old'],
    ['the first folder’s scratch folder moved in', `.dist.tmp-${pid}`, 'dist'],
  ] as const) {
    test(`a rename that fails (${which}): every folder as it was, one line, the scratch folders left to abort`, () => {
      const { parent, dist, docs, before, writers, error } = failedSwap((f, t) => f === from && t === to);
      expect(error).toBeInstanceOf(WriteError);
      expect((error as Error).message).toBe(
        `cannot write ${dist}: EIO: i/o error, rename '${join(parent, from)}' -> '${join(parent, to)}'`,
      );
      expect({ dist: tree(dist), docs: tree(docs) }).toEqual(before);
      expect(files(parent)).toEqual([`.dist.tmp-${pid}`, `.docs.tmp-${pid}`, 'dist', 'docs']);
      expect(files(join(parent, `.dist.tmp-${pid}`))).toEqual(['dev']);
      expect(files(join(parent, `.docs.tmp-${pid}`))).toEqual(['prod.md']);
      for (const w of writers) w.abort();
      expect(files(parent)).toEqual(['dist', 'docs']);
    });
  }

  test('the change is decided by a journal naming every folder and its scratch folder, in order', () => {
    const { parent, target: dist } = parentWith({ 'a.yaml': 'old' });
    const docs = join(parent, 'docs');
    const writers = [new TreeWriter(dist), new TreeWriter(docs)];
    const journal = join(parent, '.dist.journal');
    const rename = fs.renameSync;
    const decided: unknown[] = [];
    jest.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      rename(from, to);
      if (to === journal) decided.push(JSON.parse(readFileSync(journal, 'utf8')));
    });
    commitTrees(writers);
    expect(decided).toEqual([
      {
        swaps: [
          { target: dist, tmp: join(parent, `.dist.tmp-${process.pid}`) },
          { target: docs, tmp: join(parent, `.docs.tmp-${process.pid}`) },
        ],
      },
    ]);
    expect(files(parent)).toEqual(['dist', 'docs']);
  });

  test('two folders committed together: both new, nothing left beside them', () => {
    const { parent, dist, docs, writers, error } = failedSwap(() => false);
    expect(error).toBeUndefined();
    expect(files(dist)).toEqual(['dev']);
    expect(files(join(dist, 'dev'))).toEqual(['b.yaml']);
    expect(files(docs)).toEqual(['prod.md']);
    expect(files(parent)).toEqual(['dist', 'docs']);
    expect(writers).toHaveLength(2);
  });
});

describe('recover', () => {
  test('a decided change already swapped in, its journal left behind: the new tree is kept', () => {
    const { parent, target } = parentWith({ 'a.yaml': 'new' });
    const before = tree(target);
    const swaps = [{ target, tmp: join(parent, '.dist.tmp-1') }]; // the scratch folder is already gone
    writeFileSync(join(parent, '.dist.journal'), JSON.stringify({ swaps }));
    recover(target);
    expect(tree(target)).toEqual(before);
    expect(files(parent)).toEqual(['dist']);
  });

  test('a decided change not yet swapped in, beside a stale old tree: completed, nothing left', () => {
    const { parent, target } = parentWith({ 'a.yaml': 'current' });
    mkdirSync(join(parent, '.dist.old', 'dev'), { recursive: true });
    writeFileSync(join(parent, '.dist.old', 'dev', 'a.yaml'), 'older');
    const tmp = join(parent, '.dist.tmp-1');
    mkdirSync(tmp);
    writeFileSync(join(tmp, 'b.yaml'), 'new');
    writeFileSync(join(parent, '.dist.journal'), JSON.stringify({ swaps: [{ target, tmp }] }));
    recover(target);
    expect(files(target)).toEqual(['b.yaml']);
    expect(readFileSync(join(target, 'b.yaml'), 'utf8')).toBe('new');
    expect(files(parent)).toEqual(['dist']);
  });

  test('a swap stopped between its renames: the old tree is put back', () => {
    const { parent, target } = parentWith({ 'a.yaml': 'old' });
    const before = tree(target);
    mkdirSync(join(parent, '.dist.old', 'dev'), { recursive: true });
    writeFileSync(join(parent, '.dist.old', 'dev', 'a.yaml'), 'older');
    mkdirSync(join(parent, '.dist.tmp-1', 'dev'), { recursive: true });
    recover(target); // a complete target: a leftover .dist.old goes, and any scratch folder
    expect(files(parent)).toEqual(['dist']);
    const old = join(parent, '.dist.old');
    writeTreeAtomically(old, [{ path: 'a.yaml', content: 'old' }]);
    rmSync(target, { recursive: true });
    mkdirSync(join(parent, '.dist.tmp-999', 'dev'), { recursive: true });
    writeFileSync(join(parent, '.dist.tmp-999', 'dev', 'half.yaml'), 'half');
    writeFileSync(join(parent, 'other'), 'not ours');
    recover(target);
    expect(tree(target)).toEqual(before);
    expect(files(parent)).toEqual(['dist', 'other']);
  });

  test('nothing to do: nothing changes, even without a parent folder', () => {
    const { parent, target } = parentWith({ 'a.yaml': 'a' });
    const before = tree(target);
    recover(target);
    expect(tree(target)).toEqual(before);
    expect(files(parent)).toEqual(['dist']);
    expect(() => recover(join(tempDir(), 'missing', 'dist'))).not.toThrow();
  });

  test('a decided change of two folders: both completed; a journal cut short before its rename: gone', () => {
    const { parent, target: dist } = parentWith({ 'a.yaml': 'old' });
    const docs = join(parent, 'docs');
    mkdirSync(docs);
    const tmps = [join(parent, '.dist.tmp-7'), join(parent, '.docs.tmp-7')];
    for (const tmp of tmps) {
      mkdirSync(tmp);
      writeFileSync(join(tmp, 'new.txt'), tmp);
    }
    writeFileSync(
      join(parent, '.dist.journal'),
      JSON.stringify({ swaps: [dist, docs].map((target, i) => ({ target, tmp: tmps[i] })) }),
    );
    writeFileSync(join(parent, '.dist.journal.tmp'), '{"swaps": [');
    recover(dist);
    expect(readFileSync(join(dist, 'new.txt'), 'utf8')).toBe(tmps[0]);
    expect(readFileSync(join(docs, 'new.txt'), 'utf8')).toBe(tmps[1]);
    expect(files(dist)).toEqual(['new.txt']);
    expect(files(docs)).toEqual(['new.txt']);
    expect(files(parent)).toEqual(['dist', 'docs']);
  });

  test('the leftovers of other runs: a dead run’s lock-to-be goes; a live one’s, the lock and strangers stay', () => {
    const { parent, target } = parentWith({ 'a.yaml': 'a' });
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    const kept = [
      '.dist.lock',
      `.dist.lock.${process.pid}`,
      '.dist.lock.1',
      '.dist.lock.x',
      '.dist.lock.0',
      '.dist.tmp',
      '.docs.tmp-1',
      'dist',
    ];
    for (const name of [...kept.filter((n) => n !== 'dist'), `.dist.lock.${dead}`])
      writeFileSync(join(parent, name), '');
    mkdirSync(join(parent, '.dist.tmp-1'));
    writeFileSync(join(parent, '.dist.tmp-2'), '');
    recover(target);
    expect(files(parent)).toEqual([...kept].sort());
  });

  test('a new writer recovers first', () => {
    const parent = tempDir();
    mkdirSync(join(parent, '.dist.tmp-1'));
    new TreeWriter(join(parent, 'dist')).abort();
    expect(files(parent)).toEqual([]);
  });
});

describe('runSynth', () => {
  test('an output folder that cannot be written: exit 1, one line, nothing written', () => {
    const missing = join(tempDir(), 'missing', 'dist');
    const printed: string[] = [];
    const code = runSynth(
      { ...orofiInputs(), outDir: missing },
      { log: (m) => printed.push(m), error: (m) => printed.push(m) },
    );
    expect(code).toBe(1);
    expect(printed).toEqual([
      `synth failed, ${missing} left unchanged: cannot write ${missing}: ${join(missing, '..')} is missing or not writable`,
    ]);
  });

  test('bad input in one environment: nothing written, not even the valid environments; docs untouched', () => {
    const { parent, target } = parentWith({ 'dev/a.yaml': 'old' });
    const docs = join(parent, 'docs');
    const before = tree(target);
    const inputs = orofiInputs();
    inputs.environments[inputs.environments.length - 1]!.imageTag = 'latest';
    const printed: string[] = [];
    const code = runSynth(
      { ...inputs, outDir: target, docsDir: docs },
      { log: (m) => printed.push(m), error: (m) => printed.push(m) },
    );
    expect(code).toBe(1);
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(
      new RegExp(`^synth failed, ${target} left unchanged: invalid configuration \\(1 problem\\)`),
    );
    expect(tree(target)).toEqual(before);
    expect(files(parent)).toEqual(['dist']);
  });

  test('success: dist/ and docs/ replaced, the hand-written pages kept, the warnings, one summary line with the counts', () => {
    const { parent, target } = parentWith({ 'stale.yaml': 'old' });
    const docs = join(parent, 'docs');
    mkdirSync(join(docs, 'design', 'sub'), { recursive: true });
    writeFileSync(join(docs, 'design', 'a.md'), 'hand-written');
    writeFileSync(join(docs, 'design', 'sub', 'b.md'), 'nested');
    writeFileSync(join(docs, 'stale.md'), 'a generated page of an environment that is gone');
    const printed: string[] = [];
    const inputs = orofiInputs();
    const started = performance.now();
    // On an idle machine with two CPUs, where a second thread could start, a platform of a few workloads
    // still renders on one (PARALLEL_MIN_WORKLOADS): the stand-in for scripts/run.mjs's worker is never called.
    const { result: code, startWorker } = onIdleTwoCpuMachine(() =>
      runSynth(
        { ...inputs, outDir: target, docsDir: docs },
        { log: (m) => printed.push(m), error: (m) => printed.push(m) },
      ),
    );
    const took = performance.now() - started;
    expect(startWorker).not.toHaveBeenCalled();
    expect(code).toBe(0);
    const names = inputs.environments.map((e) => e.name);
    expect(files(target)).toEqual([...names].sort());
    expect(files(docs)).toEqual(['design', ...names.map((n) => `${n}.md`)].sort());
    expect(files(parent)).toEqual(['dist', 'docs']);
    expect(readFileSync(join(docs, 'design', 'a.md'), 'utf8')).toBe('hand-written');
    expect(readFileSync(join(docs, 'design', 'sub', 'b.md'), 'utf8')).toBe('nested');
    // Each page is its environment's, from its own objects (those global setup's synth gives for it).
    const model = orofiModel();
    const expected = [...model.values()].map((env) => ({ env, files: synth(env) }));
    expect(expected.map((e) => e.env.name)).toEqual(names);
    for (const { env, files: own } of expected)
      expect(readFileSync(join(docs, `${env.name}.md`), 'utf8')).toBe(environmentDoc(env, allObjects(own)).content);
    const written = names.flatMap((n) => readdirSync(join(target, n)));
    const fileCount = expected.reduce((n, e) => n + e.files.length, 0);
    const objectCount = expected.reduce((n, e) => n + allObjects(e.files).length, 0);
    expect(written.length).toBe(fileCount);
    // The description's warnings (its placeholder digests), one line each, then the summary.
    const { warnings } = loadPlatform(inputs.platform, inputs.environments);
    expect(warnings.length).toBeGreaterThan(0);
    expect(printed.slice(0, -1)).toEqual(warnings.map((w) => `synth: warning: ${w}`));
    const summary = new RegExp(`^synth: ${names.join(', ')}: ${fileCount} files, ${objectCount} objects in (\\d+) ms$`);
    expect(printed.at(-1)).toMatch(summary);
    expect(Number(summary.exec(printed.at(-1)!)![1])).toBeLessThanOrEqual(Math.ceil(took));
  });

  test('a file that cannot be written while an environment is written (a full disk): exit 1, its first line, nothing changed', () => {
    const shop = platforms.find((p) => p.name === 'shop')!;
    const { parent, target } = parentWith({ 'kept.yaml': 'old' });
    const before = tree(target);
    const write = fs.writeFileSync;
    const yaml = jest.spyOn(fs, 'writeFileSync').mockImplementation((...args: Parameters<typeof write>) => {
      if (String(args[0]).endsWith('.yaml'))
        throw new Error('ENOSPC: no space left on device, write\n    at a stack frame');
      write(...args);
    });
    const printed: string[] = [];
    const code = runSynth(
      { platform: shop.platform, environments: shop.environments, outDir: target, docsDir: join(parent, 'docs') },
      { log: (m) => printed.push(m), error: (m) => printed.push(m) },
    );
    const { warnings } = loadPlatform(shop.platform, shop.environments);
    expect([code, printed]).toEqual([
      1,
      [
        ...warnings.map((w) => `synth: warning: ${w}`),
        `synth failed, ${target} left unchanged: cannot write ${target}: ENOSPC: no space left on device, write`,
      ],
    ]);
    expect(yaml.mock.calls.filter(([path]) => String(path).endsWith('.yaml'))).toHaveLength(1);
    expect(tree(target)).toEqual(before);
    expect(files(parent)).toEqual(['dist']);
  });

  test('a sister platform: its name and environments in the summary, its own dist/ and docs/', () => {
    const shop = platforms.find((p) => p.name === 'shop')!;
    const root = tempDir();
    const printed: string[] = [];
    const command = outputsOf(shop, root);
    mkdirSync(join(root, shop.folder), { recursive: true });
    const code = runSynthAll([command], { log: (m) => printed.push(m), error: (m) => printed.push(m) });
    const names = shop.environments.map((e) => e.name);
    const own = [...platformModel(shop).values()].map((env) => synth(env));
    // The sister's warnings are named after it, as its problems are.
    const { warnings } = loadPlatform(shop.platform, shop.environments);
    expect(warnings.length).toBeGreaterThan(0);
    expect([code, printed.slice(0, -1)]).toEqual([0, warnings.map((w) => `synth: warning: shop: ${w}`)]);
    expect(printed.at(-1)).toMatch(
      new RegExp(
        `^synth: shop \\(${names.join(', ')}\\): ${own.flat().length} files, ${allObjects(own.flat()).length} objects in \\d+ ms$`,
      ),
    );
    expect(files(command.outDir)).toEqual([...names].sort());
    expect(files(command.docsDir)).toEqual(names.map((n) => `${n}.md`).sort());
  });
});
