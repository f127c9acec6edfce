/**
 * The tests of `npm run test:mutation`, as one Jest file: every test file under test/ except those
 * that kill mutants without proving anything or that run synth as separate processes (EXCLUDED), in
 * one module registry, so that the real platform is synthesized once per mutant instead of once per
 * test file (the charts run while the test files load, so every mutant of charts/ runs every test).
 * Run by jest.mutation.config.js only; `npm test` runs the same files one by one.
 *
 * `MUTATION_TESTS=oracles/,mesh.test.ts` narrows the kill set to the test files whose path (under
 * test/) starts with one of the prefixes: a quicker run whose score is a lower bound of the whole
 * kill set's (more tests can only kill more mutants).
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Test files left out of the kill set, and why. */
export const EXCLUDED: Readonly<Record<string, string>> = {
  'drift.test.ts': 'compares dist/ with a fresh synth: fails for every mutant that changes any output',
  'app-synth.test.ts': 'compares app.synth() with the committed dist/, as the drift test does',
  'faults.test.ts': 'kills synth processes: seconds per case; the writer is covered in-process',
  'run-script.test.ts': 'the runner of scripts/, not charts/ or lib/',
  'synth-command.test.ts': 'runs synth processes; its in-process cases are covered by test/oracles/writer.test.ts',
  'cdk8s-cli.test.ts': 'runs the cdk8s CLI as processes',
  'pre-commit.test.ts': 'runs git and the hook in a copy of the repository',
  'check-operators.test.ts': 'the checks of scripts/check-operators (2 s to load), not charts/ or lib/',
  'entry-point.test.ts': "parses the sources' doc comments: documentation, not behaviour",
  'load-errors.test.ts':
    "bundles copies of the repository in processes (12 s): the runner's error mapping, in scripts/",
};

/**
 * Single tests left out of the kill set, by file and name, and why: they compare with the committed
 * dist/ (which the sandboxes of StrykerJS do not hold), as the drift test does.
 */
export const EXCLUDED_TESTS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'platforms.test.ts': {
    "npm run diff covers every platform: a sister's stale output is reported under its name and folder":
      "the default platform's fresh synth against the committed dist/: the drift test's comparison",
  },
};

/**
 * Test files run last: the slowest (whole-platform re-synths, git, random platforms). A mutant runs its
 * tests until the first failure (test/mutation/environment.js), so the quick and pointed ones go first.
 */
const LAST = ['polaris', 'cluster', 'monitoring', 'parity', 'properties', 'gitops', 'plan'];
const rank = (name: string) => (name.startsWith('oracles/') ? -2 : LAST.findIndex((p) => name.startsWith(p)));

jest.mock('../helpers', () => {
  const actual = jest.requireActual<typeof import('../helpers')>('../helpers');
  const model = actual.orofiModel();
  const files = new WeakMap<object, ReturnType<typeof actual.synth>>();
  return {
    ...actual,
    orofiModel: () => model,
    synth: (env: Parameters<typeof actual.synth>[0]) => {
      if (!files.has(env)) files.set(env, actual.synth(env));
      return files.get(env)!;
    },
  };
});

const root = join(__dirname, '..');
const only = (process.env.MUTATION_TESTS ?? '').split(',').filter(Boolean);
const testFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) =>
      e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
    );

const names = testFiles(root)
  .map((file) => relative(root, file))
  .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : 1));
for (const name of names) {
  const file = join(root, name);
  if (name in EXCLUDED || (only.length > 0 && !only.some((prefix) => name.startsWith(prefix)))) continue;
  describe(name, () => {
    const skipped = EXCLUDED_TESTS[name] ?? {};
    const [original, originalIt] = [globalThis.test, globalThis.it];
    const filtered = (title: string, ...rest: unknown[]) =>
      title in skipped ? original.skip(title, () => {}) : (original as (...a: unknown[]) => void)(title, ...rest);
    globalThis.test = globalThis.it = Object.assign(filtered, original) as typeof original;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- each file registers its tests as it loads
      require(file);
    } finally {
      [globalThis.test, globalThis.it] = [original, originalIt];
    }
  });
}
