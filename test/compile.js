/**
 * The project's TypeScript and ES-module files compiled to CommonJS once per run, for the light runner's
 * workers (test/light-setup.js), by global setup (test/light-global-setup.js): esbuild's `transform`, as
 * test/transform.js compiles them for Jest, all at once in one esbuild service, instead of each worker
 * compiling every file it loads again, one synchronous call at a time.
 */
const { mkdirSync, readdirSync, readFileSync, writeFileSync } = require('node:fs');
const { dirname, join, relative } = require('node:path');

const root = join(__dirname, '..');
const ESM_SYNTAX = /^\s*(import\s|import\{|export\s|export\{)/m;
const FOLDERS = ['charts', 'environments', 'examples', 'imports', 'lib', 'platforms', 'scripts', 'test'];

/** esbuild's options for `file`, whose source is `source`; undefined if it needs no compiling. */
function options(file, source) {
  const typescript = file.endsWith('.ts');
  if (!typescript && !ESM_SYNTAX.test(source)) return undefined;
  return { loader: typescript ? 'ts' : 'js', format: 'cjs', target: 'node20', sourcemap: 'inline', sourcefile: file };
}

/** Where the compiled form of `file` is kept under `dir`. */
const outputOf = (dir, file) => join(dir, `${relative(root, file)}.cjs`);

/** Compiles every `.ts` file of the project and its `.js` files with ES-module syntax into `dir`. */
async function compileProject(dir) {
  const { transform } = require('esbuild');
  const files = [
    'main.ts',
    ...FOLDERS.flatMap((d) => readdirSync(join(root, d), { recursive: true }).map((f) => join(d, f))),
  ].filter((f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts') && !/(^|\/)(dist|docs)\//.test(f));
  await Promise.all(
    files.map(async (f) => {
      const file = join(root, f);
      const source = readFileSync(file, 'utf8');
      const opts = options(file, source);
      if (!opts) return;
      const { code } = await transform(source, opts);
      mkdirSync(dirname(outputOf(dir, file)), { recursive: true });
      writeFileSync(outputOf(dir, file), code);
    }),
  );
}

module.exports = { ESM_SYNTAX, compileProject, options, outputOf };
