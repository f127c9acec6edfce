/**
 * Setup of each worker of `npm test`'s runner (jest.light.config.js, test/light-runner.mjs), once per
 * worker before its first test file. The worker loads the test files one after another with Node's own
 * module loader, so the modules they share (the vendor bundle, lib/, charts/) are loaded, compiled and
 * optimized once per worker instead of once per test file; this makes Node load them as
 * test/transform.js and test/resolver.js make Jest load them:
 * - TypeScript and ES-module syntax (the project's `.ts`, the `.js` of `imports/`) are compiled to
 *   CommonJS by esbuild, as test/transform.js does, with inline source maps so that stack traces name the
 *   TypeScript lines: by global setup, once for every worker (test/compile.js). The runner imports each
 *   test file with `import()`: test/light-hooks.mjs hands a `.ts` one to the CommonJS loader.
 * - The project's own imports of the heavy packages come from the bundle global setup made
 *   (test/vendor.js `vendorShim`), as test/resolver.js has them under Jest.
 * - Each test file gets fresh copies of every project module but the code of lib/ and charts/ (and the
 *   generated imports/): the description (environments/, platforms/), the test helpers and their caches
 *   (test/helpers.ts: the shared synth output, the models) are its own, as in Jest's registry of its own,
 *   so that a test file that changes them changes them for itself alone. lib/ and charts/ hold no state
 *   but caches of pure functions.
 * - As jest-circus does and jest-light-runner does not: a skipped `describe` counts each of its tests as
 *   skipped, a block with no test to run runs no `beforeAll`/`afterAll`, and a test that exceeds its
 *   timeout (5 s, or its own) fails instead of hanging the run.
 */
const Module = require('node:module');
const { existsSync, readFileSync } = require('node:fs');
const { dirname, join, relative } = require('node:path');
const { pathToFileURL } = require('node:url');
const { ESM_SYNTAX, options, outputOf } = require('./compile');
const { vendorShim } = require('./vendor');

const root = join(__dirname, '..');
const SHARED = /^(node_modules|imports|lib|charts)\//;
const HARNESS = ['test/light-setup.js', 'test/compile.js', 'test/vendor.js'];

process.setSourceMapsEnabled(true);

const compiled = new Map();
/** Compiles `file` as test/compile.js does, taking what global setup compiled when it did. */
function compile(target, file) {
  let code = compiled.get(file);
  if (code === undefined) {
    const dir = process.env.OROFI_TEST_COMPILED;
    if (dir && existsSync(outputOf(dir, file))) code = readFileSync(outputOf(dir, file), 'utf8');
    else {
      const source = readFileSync(file, 'utf8');
      code = require('esbuild').transformSync(source, options(file, source)).code;
    }
    compiled.set(file, code);
  }
  target._compile(code, file);
}

/** Drops from the module cache every project module a test file must have its own copy of. */
function freshModules() {
  for (const file of Object.keys(require.cache)) {
    const path = relative(root, file);
    if (!path.startsWith('..') && !SHARED.test(path) && !HARNESS.includes(path)) {
      delete require.cache[file];
    }
  }
}

// The runner's jest-circus: the test file's blocks, once it has declared them.
const circus = require(require.resolve('jest-circus', { paths: [dirname(require.resolve('jest-light-runner'))] }));

/** Applies what jest-circus does at run time to the blocks the runner will walk. */
function asCircusRuns(block, skipped, timeout) {
  let enabled = false;
  for (const child of block.children) {
    const skip = skipped || child.mode === 'skip';
    if (child.type === 'describeBlock') {
      if (skip) child.mode = undefined;
      enabled = asCircusRuns(child, skip, timeout) || enabled;
    } else {
      if (skip) child.mode = 'skip';
      else enabled = true;
      child.fn = withTimeout(child.fn, child.timeout ?? timeout);
    }
  }
  if (!enabled) block.hooks = block.hooks.filter((h) => h.type === 'beforeEach' || h.type === 'afterEach');
  return enabled;
}

function withTimeout(fn, ms) {
  if (fn.length > 0) return fn; // a `done` callback: left as the runner calls it
  return () => {
    let timer;
    const limit = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Exceeded timeout of ${ms} ms for a test.`)), ms);
    });
    return Promise.race([Promise.resolve().then(fn), limit]).finally(() => clearTimeout(timer));
  };
}

const plainJs = Module._extensions['.js'];
Module._extensions['.js'] = (target, file) => {
  if (file.includes('/node_modules/') || !ESM_SYNTAX.test(readFileSync(file, 'utf8'))) return plainJs(target, file);
  compile(target, file);
};
Module._extensions['.ts'] = (target, file) => {
  const testFile = file.endsWith('.test.ts');
  if (testFile) freshModules();
  compile(target, file);
  if (testFile) {
    const state = circus.getState();
    asCircusRuns(state.rootDescribeBlock, false, state.testTimeout);
  }
};

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  const shim = parent?.filename && vendorShim(request, dirname(parent.filename));
  return shim || resolveFilename.call(this, request, parent, ...rest);
};

Module.register('./light-hooks.mjs', pathToFileURL(__filename));
