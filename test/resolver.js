/**
 * Jest resolves packages with the `require` export condition. Packages that export only `import`
 * (the ESM-only kubernetes-models family and its dependencies) are resolved again with that
 * condition; test/transform.js then compiles them to CommonJS.
 */
module.exports = (path, options) => {
  try {
    return options.defaultResolver(path, options);
  } catch {
    return options.defaultResolver(path, { ...options, conditions: ['import', 'default'] });
  }
};
