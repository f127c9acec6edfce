/** Global setup of `npm test`'s runner (jest.light.config.js): test/global-setup.js's, plus test/compile.js. */
const { setUp } = require('./global-setup');

module.exports = () => setUp([], { compile: true });
