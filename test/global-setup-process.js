/** test/global-setup.js, plus the warm-up of the generated platform's synth, which faults.test.ts runs as many processes at once. */
const { setUp } = require('./global-setup');

module.exports = () => setUp([['test/fixtures/synth-generated.ts', '1']]);
