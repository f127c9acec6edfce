#!/usr/bin/env node
// Runs a TypeScript entry point (`node scripts/run.mjs main.ts [args...]`) without type-checking:
// type-checking belongs to `npm test`, and the synth path must stay fast.
//
// esbuild bundles the entry with its dependencies into one CommonJS script (which also lets Node 20
// load the ESM-only kubernetes-models packages). Only the generated validators under
// imports/validators stay outside: each is loaded from disk when an object of its kind is first
// validated.
//
// Loading ~2 MB of JavaScript is most of a synth's time, so the bundle is cached under
// node_modules/.cache/run/ with V8's code cache for it (what Node 22's module.enableCompileCache does;
// Node 20 lacks it). The cache records the size and mtime of every file that went into the bundle and
// is used only while all of them are unchanged; V8 itself rejects a code cache that does not match.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const [entryArg, ...args] = process.argv.slice(2);
if (!entryArg) {
  console.error('usage: node scripts/run.mjs <entry.ts> [args...]');
  process.exit(2);
}
const entry = resolve(entryArg);
const validatorsDir = join(root, 'imports', 'validators');
const cacheDir = join(root, 'node_modules', '.cache', 'run');
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
  try {
    const { inputs } = JSON.parse(readFileSync(`${cacheBase}.json`, 'utf8'));
    if (!Object.entries(inputs).every(([file, print]) => fingerprint(file) === print)) return undefined;
    return readFileSync(`${cacheBase}.cjs`, 'utf8');
  } catch {
    return undefined;
  }
}

function writeCache(name, data) {
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(`${cacheBase}${name}`, data);
  } catch {
    // A read-only node_modules only costs the next run a rebuild.
  }
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
    plugins: [keepOutside],
  });
  const code = result.outputFiles[0].text;
  const inputs = Object.fromEntries(
    Object.keys(result.metafile.inputs).map((file) => [resolve(root, file), fingerprint(resolve(root, file))]),
  );
  writeCache('.cjs', code);
  writeCache('.json', JSON.stringify({ inputs }));
  return code;
}

const code = cachedBundle() ?? (await bundle());
let codeCache;
try {
  codeCache = readFileSync(`${cacheBase}.v8`);
} catch {
  codeCache = undefined;
}

// Evaluate the bundle as if it were the entry file itself, so that __dirname and require resolve
// relative to the entry.
const script = new Script(Module.wrap(code), { filename: entry, cachedData: codeCache });
const mod = new Module(entry, undefined);
mod.filename = entry;
mod.paths = Module._nodeModulePaths(dirname(entry));
if (codeCache === undefined || script.cachedDataRejected) {
  // Produced after the run, so that it covers the functions the run compiled.
  process.once('exit', () => writeCache('.v8', script.createCachedData()));
}
process.argv = [process.argv[0], entry, ...args];
script.runInThisContext().call(mod.exports, mod.exports, createRequire(entry), mod, entry, dirname(entry));
