/**
 * Jest resolves packages with the `require` export condition. Packages that export only `import`
 * (the ESM-only kubernetes-models family and its dependencies) are resolved again with that
 * condition; test/transform.js then compiles them to CommonJS. The heavy packages the project's own
 * files import come from the one bundle of test/vendor.js, when global setup made it.
 */
const { vendorShim } = require('./vendor');

module.exports = (path, options) => {
  const shim = vendorShim(path, options.basedir);
  if (shim) return shim;
  try {
    return options.defaultResolver(path, options);
  } catch {
    return options.defaultResolver(path, { ...options, conditions: ['import', 'default'] });
  }
};
