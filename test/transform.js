/**
 * Jest transformer: TypeScript and ES modules to CommonJS with esbuild, the compiler of the synth
 * path. No type-checking here: `npm run typecheck` does it once for the whole project. CommonJS
 * files are returned as they are.
 */
const { createHash } = require('node:crypto');
const { transformSync } = require('esbuild');

const ESM_SYNTAX = /^\s*(import\s|import\{|export\s|export\{)/m;

module.exports = {
  process(source, file) {
    const typescript = file.endsWith('.ts');
    if (!typescript && !ESM_SYNTAX.test(source)) return { code: source };
    const { code, map } = transformSync(source, {
      loader: typescript ? 'ts' : 'js',
      format: 'cjs',
      target: 'node20',
      sourcemap: 'external',
      sourcefile: file,
    });
    return { code, map };
  },
  getCacheKey(source, file) {
    return createHash('sha1').update(file).update('\0').update(source).update('v1').digest('hex');
  },
};
