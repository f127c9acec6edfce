/**
 * test/global-setup.js, plus a warm-up of the generated platform's synth, which faults.test.ts starts as
 * many processes at once.
 */
const { setUp } = require('./global-setup');

module.exports = () => setUp([['test/fixtures/synth-generated.ts', '1']]);
