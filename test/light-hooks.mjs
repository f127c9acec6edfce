/**
 * Module hooks of the light runner's workers (registered by test/light-setup.js): the runner imports each
 * test file with `import()`; a TypeScript file is handed to Node's CommonJS loader, which compiles it
 * through the `.ts` handler test/light-setup.js installs (so it has `__dirname` and `require`, as under
 * Jest's transform).
 */
export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && /\.ts(\?|$)/.test(url)) return { format: 'commonjs', shortCircuit: true };
  return nextLoad(url, context);
}
