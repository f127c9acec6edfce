/**
 * Mutation runs only (jest.mutation.config.js): snapshot assertions always pass, so that they kill no
 * mutant. A regenerated snapshot proves nothing; behaviour must be checked by its own assertion.
 */
/* global expect */
const pass = () => ({ pass: true, message: () => 'snapshots are not part of the mutation kill set' });
expect.extend({ toMatchSnapshot: pass, toMatchInlineSnapshot: pass });
