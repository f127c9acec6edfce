#!/usr/bin/env node
// Runs a TypeScript entry point (`node scripts/run.mjs main.ts [args...]`) without type-checking:
// type-checking belongs to `npm test`, and the synth path must stay fast.
//
// esbuild bundles the entry with its dependencies into one CommonJS script (which also lets Node 20
// load the ESM-only kubernetes-models packages). Only the generated validators under
// imports/validators stay outside: each is loaded from disk when an object of its kind is first
// validated.
//
// Loading JavaScript (~2 MB of bundle, ~1 MB per validator module) is most of a synth's time, so the
// bundle is cached under node_modules/.cache/run/, and V8's code cache is kept for the bundle and for
// each validator module (what Node 22's module.enableCompileCache does; Node 20 lacks it).
// - The bundle is reused only while every file that went into it has the size and mtime recorded.
// - A code cache is used only for the exact source it was made from (V8 itself checks only the length).
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const self = fileURLToPath(import.meta.url);
const root = resolve(self, '../..');
const [entryArg, ...args] = process.argv.slice(2);
if (!entryArg) {
  console.error('usage: node scripts/run.mjs <entry.ts> [args...]');
  process.exit(2);
}
const entry = resolve(entryArg);
const validatorsDir = join(root, 'imports', 'validators');
const cacheDir = join(root, 'node_modules', '.cache', 'run');
// Keyed by the entry's absolute path too: checkouts that share one node_modules (a symlink) never
// share a bundle.
const cacheBase = join(
  cacheDir,
  `${relative(root, entry).replace(/[^A-Za-z0-9.-]/g, '_')}-${createHash('sha1').update(entry).digest('hex').slice(0, 8)}`,
);

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
  try {
    const { runner, inputs } = JSON.parse(readFileSync(`${cacheBase}.json`, 'utf8'));
    // A change of this script (how it bundles) invalidates every bundle, as a change of any input does.
    if (runner !== fingerprint(self)) return undefined;
    if (!Object.entries(inputs).every(([file, print]) => fingerprint(file) === print)) return undefined;
    return readFileSync(`${cacheBase}.cjs`, 'utf8');
  } catch {
    return undefined;
  }
}

/** Writes a cache file atomically: concurrent runs (jest workers) never read a half-written one. */
function writeCache(file, data) {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(`${file}.${process.pid}`, data);
    renameSync(`${file}.${process.pid}`, file);
  } catch {
    // A read-only node_modules only costs the next run a rebuild.
  }
}

/** Code caches to write at exit (one listener for all, however many modules were compiled afresh). */
const pendingCaches = [];

/**
 * Compiles CommonJS source with V8's code cache and runs it as `module`. The cache file of a module
 * starts with the hash of the source it was made from and is used only for that exact source. It is
 * (re)written at exit, so that it covers the functions the run compiled.
 */
function runWithCodeCache(source, filename, module) {
  const cacheFile = join(cacheDir, 'v8', `${relative(root, filename).replace(/[^A-Za-z0-9.-]/g, '_')}.v8`);
  const hash = createHash('sha1').update(source).digest();
  let cachedData;
  try {
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

async function bundle() {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'error',
    // ajv-formats-draft2019 (under @kubernetes-models/validate) requires Node's deprecated `punycode`,
    // which Node 22 warns about on stderr; the userland package of the same name and API is bundled instead.
    alias: { punycode: 'punycode/' },
    plugins: [keepOutside],
  });
  const code = result.outputFiles[0].text;
  const inputs = Object.fromEntries(
    Object.keys(result.metafile.inputs).map((file) => [resolve(root, file), fingerprint(resolve(root, file))]),
  );
  writeCache(`${cacheBase}.cjs`, code);
  writeCache(`${cacheBase}.json`, JSON.stringify({ runner: fingerprint(self), inputs })); // last: it makes the .cjs valid
  return code;
}

const code = cachedBundle() ?? (await bundle());

// The validators are plain CommonJS files loaded with `require`; give them the code cache too.
const loadJs = Module._extensions['.js'];
Module._extensions['.js'] = (module, filename) =>
  dirname(filename) === validatorsDir
    ? runWithCodeCache(readFileSync(filename, 'utf8'), filename, module)
    : loadJs(module, filename);

// Evaluate the bundle as if it were the entry file itself, so that __dirname and require resolve
// relative to the entry.
const mod = new Module(entry, undefined);
mod.filename = entry;
mod.paths = Module._nodeModulePaths(dirname(entry));
process.argv = [process.argv[0], entry, ...args];
runWithCodeCache(code, entry, mod);
