/**
 * The heavy dependencies as one bundle, for Jest.
 *
 * Jest gives every test file a module registry of its own, and loads each module file through its
 * resolver, its transform cache and a fresh `vm.Script`. The description's graph holds ~750 files of
 * node_modules (kubernetes-models has one file per kind and per schema), and loading them that way cost
 * ~1 s of CPU in every one of the ~45 test files: most of the suite's CPU. So test/global-setup.js calls
 * `buildVendor` once per run: esbuild bundles every module that the project's own files import from the
 * packages below into one CommonJS file, each module evaluated only when first required; and
 * test/resolver.js (`vendorShim`; test/light-setup.js under `npm test`'s light runner) resolves those
 * imports of the project's own files to a two-line shim that takes the module from the bundle. A test
 * file then loads one bundle instead of hundreds of files.
 *
 * What a module exports is unchanged: each is resolved exactly as the resolver would (the `require`
 * export condition first, then `import`), and the bundle requires that very file, so a CommonJS module
 * is its `module.exports` and an ES module the namespace the transform would have made. The packages are
 * bundled together, so objects shared between them (cdk8s's classes, which cdk8s-plus-28 extends) are one.
 * Imports from inside node_modules (another version of a package, nested) are left as they are.
 */
const { mkdirSync, readdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');

const root = join(__dirname, '..');
const PACKAGES = /^(cdk8s|cdk8s-plus-28|constructs|zod|js-yaml|yaml|kubernetes-models|@kubernetes-models\/[^/]+)(\/|$)/;

/** The bundle's folder, set by global setup for the workers; unset (no bundle), resolution is plain. */
const vendorDir = () => process.env.OROFI_TEST_VENDOR;

/** Every specifier of those packages that the project's own files import (a plain scan of their text). */
function importedSpecifiers() {
  const found = new Set();
  const files = [
    'main.ts',
    ...['charts', 'environments', 'examples', 'imports', 'lib', 'scripts', 'test'].flatMap((d) =>
      readdirSync(join(root, d), { recursive: true }).map((f) => join(d, f)),
    ),
  ].filter((f) => /\.(ts|js|mjs)$/.test(f) && !f.startsWith('imports/validators/'));
  for (const file of files) {
    for (const m of readFileSync(join(root, file), 'utf8').matchAll(/(?:from|require\(|import\()\s*'([^'.][^']*)'/g)) {
      if (PACKAGES.test(m[1])) found.add(m[1]);
    }
  }
  return [...found].sort();
}

/** Builds the bundle and its shims into `dir`. */
async function buildVendor(dir) {
  const { build } = require('esbuild');
  const specifiers = importedSpecifiers();
  const entry = specifiers
    .map(
      (s) =>
        `Object.defineProperty(exports, ${JSON.stringify(s)}, { enumerable: true, get: () => require(${JSON.stringify(s)}) });`,
    )
    .join('\n');
  await build({
    absWorkingDir: root,
    stdin: { contents: entry, resolveDir: root, sourcefile: 'vendor-entry.js', loader: 'js' },
    outfile: join(dir, 'vendor.js'),
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'silent',
    // As scripts/run.mjs: the userland punycode, not Node's deprecated module.
    alias: { punycode: 'punycode/' },
    plugins: [
      {
        // Each module of the entry as test/resolver.js resolves it: `require` condition, then `import`.
        name: 'as-jest-resolves',
        setup(b) {
          b.onResolve({ filter: /^[^./]/ }, async (args) => {
            if (args.importer.includes('/node_modules/') || args.pluginData === 'resolving') return undefined;
            const resolve = (kind) => b.resolve(args.path, { kind, resolveDir: root, pluginData: 'resolving' });
            const found = await resolve('require-call');
            return { path: (found.errors.length > 0 ? await resolve('import-statement') : found).path };
          });
        },
      },
    ],
  });
  mkdirSync(join(dir, 'shims'), { recursive: true });
  specifiers.forEach((s, i) =>
    writeFileSync(
      join(dir, 'shims', `${i}.js`),
      `// ${s}\nmodule.exports = require('../vendor.js')[${JSON.stringify(s)}];\n`,
    ),
  );
  writeFileSync(join(dir, 'modules.json'), JSON.stringify(Object.fromEntries(specifiers.map((s, i) => [s, i]))));
}

let shims;
/** The shim of `request` made from `basedir` if the bundle holds it; undefined otherwise. */
function vendorShim(request, basedir) {
  const dir = vendorDir();
  if (
    !dir ||
    !PACKAGES.test(request) ||
    basedir.includes('/node_modules/') ||
    relative(root, basedir).startsWith('..')
  ) {
    return undefined;
  }
  shims ??= JSON.parse(readFileSync(join(dir, 'modules.json'), 'utf8'));
  const index = shims[request];
  return index === undefined ? undefined : join(dir, 'shims', `${index}.js`);
}

module.exports = { buildVendor, vendorShim };
