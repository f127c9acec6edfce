#!/usr/bin/env node
// Runs a TypeScript entry point (`node scripts/run.mjs main.ts [args...]`) without type-checking:
// type-checking belongs to `npm test`, and the synth path must stay fast.
//
// esbuild bundles the entry in memory. Packages that Node 20 can `require` stay external and load from
// node_modules as usual; ESM-only packages (the kubernetes-models family) are bundled, because Node 20
// cannot `require` them. The generated validators under imports/validators stay external too: each is
// loaded from disk when an object of its kind is first validated.
//
// The bundle is cached under node_modules/.cache/run/ together with the size and mtime of every file
// that went into it; it is reused only while all of them are unchanged.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** A fingerprint of each input file; the cached bundle is valid while every fingerprint matches. */
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

const requireFromRoot = createRequire(join(root, 'package.json'));
const packageTypes = new Map();

/** The `type` of the package.json nearest to a file. */
function packageType(file) {
  const dir = dirname(file);
  if (!packageTypes.has(dir)) {
    let type;
    try {
      type = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).type ?? 'commonjs';
    } catch {
      type = dir === dirname(dir) ? 'commonjs' : packageType(dir);
    }
    packageTypes.set(dir, type);
  }
  return packageTypes.get(dir);
}

/** Whether Node 20 can `require` this bare specifier (CommonJS, or dual with a `require` export). */
function requirable(specifier) {
  try {
    const file = requireFromRoot.resolve(specifier);
    return file.endsWith('.cjs') || file.endsWith('.json') || (!file.endsWith('.mjs') && packageType(file) !== 'module');
  } catch {
    return false;
  }
}

const externals = {
  name: 'externals',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, ({ path }) =>
      path.startsWith('node:') || requirable(path) ? { external: true } : undefined,
    );
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
    plugins: [externals],
  });
  const code = result.outputFiles[0].text;
  const inputs = Object.fromEntries(
    Object.keys(result.metafile.inputs).map((file) => [resolve(root, file), fingerprint(resolve(root, file))]),
  );
  try {
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(`${cacheBase}.cjs`, code);
    writeFileSync(`${cacheBase}.json`, JSON.stringify({ inputs }));
  } catch {
    // A read-only node_modules only costs the next run a rebuild.
  }
  return code;
}

const code = cachedBundle() ?? (await bundle());

// Evaluate the bundle as if it were the entry file itself, so that __dirname and require resolve
// relative to the entry.
const mod = new Module(entry, undefined);
mod.filename = entry;
mod.paths = Module._nodeModulePaths(dirname(entry));
process.argv = [process.argv[0], entry, ...args];
mod._compile(code, entry);
