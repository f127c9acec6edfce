#!/usr/bin/env node
// Runs a TypeScript entry point (`node scripts/run.mjs main.ts [args...]`) without type-checking:
// type-checking belongs to `npm test`, and the synth path must stay fast.
//
// esbuild bundles the entry with its dependencies into one CommonJS script (which also lets Node 20
// load the ESM-only kubernetes-models packages). Only the generated validators under
// imports/validators stay outside: each is loaded from disk when an object of its kind is first
// validated.
//
// Loading JavaScript (~4 MB of bundle, ~1 MB per validator module) is most of a synth's time, so the
// bundle is cached under node_modules/.cache/run/, and V8's code cache is kept for the bundle and for
// each validator module (what Node 22's module.enableCompileCache does; Node 20 lacks it).
// - The bundle is reused only while every file that went into it has the size and mtime recorded.
// - A code cache is used only for the exact source it was made from (V8 itself checks only the length).
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, realpathSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, Module, SourceMap } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { threadId, Worker, workerData } from 'node:worker_threads';

const self = fileURLToPath(import.meta.url);
const root = resolve(self, '../..');
const [entryArg, ...args] = process.argv.slice(2);
if (!entryArg) {
  console.error('usage: node scripts/run.mjs <entry.ts> [args...]');
  process.exit(2);
}
const entry = resolve(entryArg);
const validatorsDir = join(root, 'imports', 'validators');
// The caches belong to this checkout: a copy (`cp -a`), a git worktree or a checkout whose node_modules
// is linked to another's finds its own folder (keyed by the checkout's real path), never the original's
// bundle, whose recorded inputs are the original's files. RUN_NO_CACHE=1 (the pre-commit hook's
// throw-away checkout of the index) neither reads nor writes them.
const useCache = process.env.RUN_NO_CACHE !== '1';
const checkoutKey = createHash('sha1').update(realpathSync(root)).digest('hex').slice(0, 12);
const cacheDir = join(root, 'node_modules', '.cache', 'run', checkoutKey);
const cacheBase = join(cacheDir, relative(root, entry).replace(/[^A-Za-z0-9.-]/g, '_'));

/** A fingerprint of an input file; the cached bundle is valid while every fingerprint matches. */
function fingerprint(file) {
  try {
    const s = statSync(file);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return 'missing';
  }
}

function cachedBundle() {
  if (!useCache) return undefined;
  try {
    const meta = JSON.parse(readFileSync(`${cacheBase}.json`, 'utf8'));
    // A change of this script (how it bundles) invalidates every bundle, as a change of any input does.
    if (meta.runner !== fingerprint(self)) return undefined;
    if (!Object.entries(meta.inputs).every(([file, print]) => fingerprint(file) === print)) return undefined;
    cycles = meta.cycles ?? {};
    return readFileSync(`${cacheBase}.cjs`, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Writes a cache file atomically: concurrent runs (jest workers) never read a half-written one. Returns
 * whether it was written.
 */
function writeCache(file, data) {
  if (!useCache) return false;
  try {
    mkdirSync(dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}-${threadId}`;
    writeFileSync(tmp, data);
    renameSync(tmp, file);
    return true;
  } catch {
    return false; // a read-only node_modules only costs the next run a rebuild
  }
}

/** Code caches to write at exit (one listener for all, however many modules were compiled afresh). */
const pendingCaches = [];

/**
 * Compiles CommonJS source with V8's code cache and runs it as `module`. The cache file of a module
 * starts with the hash of what identifies its source and is used only for that source: the size, mtime
 * and inode of the file it was read from (`from`; a rewrite changes them, as git's checkouts, which
 * replace files, and the bundle cache's renames do), or else the source itself (a bundle just built).
 * Hashing the file's identity instead of its megabytes saves ~25 ms of a warm synth. The cache is
 * (re)written at exit, so that it covers the functions the run compiled.
 */
function runWithCodeCache(source, filename, module, from) {
  const cacheFile = join(cacheDir, 'v8', `${relative(root, filename).replace(/[^A-Za-z0-9.-]/g, '_')}.v8`);
  const stat = from ? statSync(from, { throwIfNoEntry: false }) : undefined;
  const identity = stat ? `${from}\0${stat.size}:${stat.mtimeMs}:${stat.ino}` : source;
  const hash = createHash('sha1').update(identity).digest();
  let cachedData;
  try {
    if (!useCache) throw new Error('no cache');
    const file = readFileSync(cacheFile);
    if (file.subarray(0, hash.length).equals(hash)) cachedData = file.subarray(hash.length);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(Module.wrap(source), { filename, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) {
    if (pendingCaches.length === 0) {
      process.once('exit', () => {
        for (const write of pendingCaches) write();
      });
    }
    pendingCaches.push(() => writeCache(cacheFile, Buffer.concat([hash, script.createCachedData()])));
  }
  const require = createRequire(filename);
  script.runInThisContext().call(module.exports, module.exports, require, module, filename, dirname(filename));
}

const keepOutside = {
  name: 'keep-outside',
  setup(b) {
    b.onResolve({ filter: /^node:/ }, () => ({ external: true }));
    b.onResolve({ filter: /^\.\/.*\.js$/ }, ({ path, resolveDir }) =>
      resolveDir === validatorsDir ? { path: resolve(resolveDir, path), external: true } : undefined,
    );
  },
};

// A failure is one line, `<what failed>: <file>:<line>:<column>: <message>`, at the place in the
// TypeScript sources (esbuild's location of a build error; the source map's of a thrown error's first
// frame outside node_modules), never a stack trace. main.ts is `npm run synth`, whose failures say that
// dist/ is left as it was.
const failure =
  relative(root, entry) === 'main.ts'
    ? `synth failed, ${join(root, 'dist')} left unchanged`
    : `${relative(root, entry)} failed`;
function fail(where, message) {
  process.stderr.write(`${failure}: ${where ? `${where}: ` : ''}${message}\n`);
  process.exit(1);
}

/** Whether the bundle just built was written to the cache. */
let bundleWritten = false;

/** The source map of the bundle, made with it (read only when something fails). */
let sourceMap;

async function bundle() {
  const { build } = await import('esbuild');
  let result;
  try {
    result = await build({
      absWorkingDir: root,
      entryPoints: [entry],
      outfile: `${cacheBase}.cjs`,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      write: false,
      metafile: true,
      sourcemap: 'external',
      sourcesContent: false,
      // No comments nor indentation: the bundle is ASCII (esbuild escapes the strings, but keeps comments
      // as they are, and a single non-ASCII character makes V8 hold the whole source as UTF-16, twice the
      // size, decoded slowly) and 40 % smaller. Names are kept; errors are located through the source map.
      minifyWhitespace: true,
      legalComments: 'none',
      logLevel: 'silent',
      // ajv-formats-draft2019 (under @kubernetes-models/validate) requires Node's deprecated `punycode`,
      // which Node 22 warns about on stderr; the userland package of the same name and API is bundled.
      alias: { punycode: 'punycode/' },
      plugins: [keepOutside],
    });
  } catch (error) {
    const first = error.errors?.[0];
    if (!first) throw error;
    const at = first.location;
    fail(at ? `${at.file}:${at.line}:${at.column + 1}` : undefined, first.text);
  }
  const output = (suffix) => result.outputFiles.find((f) => f.path.endsWith(suffix)).text;
  const code = output('.cjs');
  sourceMap = output('.cjs.map');
  const inputs = Object.fromEntries(
    Object.keys(result.metafile.inputs).map((file) => [resolve(root, file), fingerprint(resolve(root, file))]),
  );
  cycles = importCycles(result.metafile);
  bundleWritten = writeCache(`${cacheBase}.cjs`, code);
  writeCache(`${cacheBase}.cjs.map`, sourceMap);
  writeCache(`${cacheBase}.json`, JSON.stringify({ runner: fingerprint(self), inputs, cycles })); // last: it is what makes the .cjs valid
  return code;
}

/** The import cycles among the sources (not node_modules): file -> the cycle through it, as `a -> b -> a`. */
let cycles = {};
function importCycles(metafile) {
  const own = (file) => !file.includes('node_modules');
  const importsOf = (file) =>
    (metafile.inputs[file]?.imports ?? []).map((i) => i.path).filter((f) => own(f) && metafile.inputs[f]);
  const found = {};
  for (const start of Object.keys(metafile.inputs).filter(own)) {
    const seen = new Set();
    const walk = (file, trail) => {
      for (const next of importsOf(file)) {
        if (next === start) return [...trail, next];
        if (seen.has(next)) continue;
        seen.add(next);
        const cycle = walk(next, [...trail, next]);
        if (cycle) return cycle;
      }
      return undefined;
    };
    const cycle = walk(start, [start]);
    if (cycle) found[start] = cycle.join(' -> ');
  }
  return found;
}

/** Where in the TypeScript sources an error thrown by the bundle comes from, as `file:line:column`. */
function sourceOf(error) {
  try {
    const map = new SourceMap(JSON.parse(sourceMap ?? readFileSync(`${cacheBase}.cjs.map`, 'utf8')));
    for (const frame of String(error?.stack ?? '')
      .split('\n')
      .slice(1)) {
      const m = /\(?([^()\s]+):(\d+):(\d+)\)?$/.exec(frame.trim());
      if (!m || resolve(m[1]) !== entry) continue;
      const found = map.findEntry(Number(m[2]) - 1, Number(m[3]) - 1);
      const source = found?.originalSource;
      if (!source || source.includes('node_modules')) continue;
      const file = relative(root, resolve(dirname(`${cacheBase}.cjs`), source.replace(/^file:\/\//, '')));
      return { where: `${file}:${found.originalLine + 1}:${found.originalColumn + 1}`, cycle: cycles[file] };
    }
  } catch {
    // no map: the message alone
  }
  return undefined;
}

// A worker thread started below gets the bundle from the thread that started it.
const cached = workerData?.runBundle ?? cachedBundle();
const code = cached ?? (await bundle());
/** The file holding the bundle (for its code cache), if there is one. */
const codeFrom = workerData?.runBundle
  ? workerData.runBundleFrom
  : cached !== undefined || bundleWritten
    ? `${cacheBase}.cjs`
    : undefined;

// What the program may use to render on a second thread (lib/parallel.ts): a worker thread running this
// same bundle with the same arguments, told by `data` (its workerData) what to do instead.
globalThis[Symbol.for('orofi.run.startWorker')] = (data, transferList) =>
  new Worker(self, {
    argv: [entryArg, ...args],
    workerData: { ...data, runBundle: code, runBundleFrom: codeFrom },
    transferList,
  }).unref();

// The validators are plain CommonJS files loaded with `require`; give them the code cache too.
const loadJs = Module._extensions['.js'];
Module._extensions['.js'] = (module, filename) =>
  dirname(filename) === validatorsDir
    ? runWithCodeCache(readFileSync(filename, 'utf8'), filename, module, filename)
    : loadJs(module, filename);

// Evaluate the bundle as if it were the entry file itself, so that __dirname and require resolve
// relative to the entry.
const mod = new Module(entry, undefined);
mod.filename = entry;
mod.paths = Module._nodeModulePaths(dirname(entry));
process.argv = [process.argv[0], entry, ...args];
try {
  runWithCodeCache(code, entry, mod, codeFrom);
} catch (error) {
  const source = sourceOf(error);
  const message = error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}` : String(error);
  // A value read before its module ran: the usual sign of a circular import.
  const cycle =
    source?.cycle && /^(TypeError|ReferenceError)/.test(message) ? ` (circular import: ${source.cycle})` : '';
  fail(source?.where, `${message}${cycle}`);
}
