/** Removes the real platform's synthesized output written by test/global-setup.js. */
const { rmSync } = require('node:fs');
const { dirname } = require('node:path');

module.exports = async () => {
  if (process.env.OROFI_TEST_OUTPUT) rmSync(dirname(process.env.OROFI_TEST_OUTPUT), { recursive: true, force: true });
};
