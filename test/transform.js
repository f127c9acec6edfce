/**
 * Jest transformer: TypeScript and ES modules to CommonJS with esbuild, the compiler of the synth
 * path, with the options of test/compile.js (which compiles the same way for the light runner). No
 * type-checking here: `npm run typecheck` does it once for the whole project. CommonJS files are
 * returned as they are.
 */
const { createHash } = require('node:crypto');
const { transformSync } = require('esbuild');
const { options } = require('./compile');

module.exports = {
  process(source, file) {
    const compile = options(file, source);
    if (!compile) return { code: source };
    const { code, map } = transformSync(source, { ...compile, sourcemap: 'external' });
    return { code, map };
  },
  getCacheKey(source, file) {
    return createHash('sha1').update(file).update('\0').update(source).update('v1').digest('hex');
  },
};
