// The mutants StrykerJS makes of charts/ and lib/ (stryker.config.mjs `mutate`), listed by its own
// instrumenter, for scripts/mutation-sample.mjs and scripts/mutation-strata.mjs.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Instrumenter } from '@stryker-mutator/instrumenter';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Every .ts file under charts/ and lib/ whose path starts with one of `only` (all when empty), in path order. */
export function mutatedFiles(only = []) {
  return ['charts', 'lib']
    .flatMap((dir) => readdirSync(join(root, dir), { recursive: true }).map((f) => join(dir, f)))
    .filter((f) => f.endsWith('.ts') && (only.length === 0 || only.some((prefix) => f.startsWith(prefix))))
    .sort();
}

const quiet = {
  isDebugEnabled: () => false,
  isTraceEnabled: () => false,
  debug() {},
  info() {},
  warn() {},
  error() {},
};

/** The mutants of `files` (paths relative to the repository), in StrykerJS's order. */
export async function mutantsOf(files) {
  const { mutants } = await new Instrumenter(quiet).instrument(
    files.map((name) => ({ name: join(root, name), content: readFileSync(join(root, name), 'utf8'), mutate: true })),
    { plugins: null, excludedMutations: [], ignorers: [] },
  );
  return mutants;
}
