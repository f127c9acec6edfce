#!/usr/bin/env node
// Re-tests the survivors of a mutation run against the tests as they are now, one mutant at a time:
//
//   MUTATION_TESTS=oracles/stateful node scripts/mutation-survivors.mjs reports/mutation/data-events [charts/stateful.ts]
//
// Reads the survived and uncovered mutants from StrykerJS's events folder (scripts/mutation-summary.mjs),
// applies each to its file in a scratch copy of the checkout (tracked and new files; node_modules
// linked), runs the kill set there (jest.mutation.config.js, narrowed by MUTATION_TESTS as for
// `npm run test:mutation`), and prints whether it is killed now. The checkout itself is never changed:
// a running `npm run test:mutation` type-checks the checkout's files. The mutants' locations are those
// of the code the run mutated: a file edited since shifts them.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [events, filter = ''] = process.argv.slice(2);
if (!events) {
  console.error('usage: node scripts/mutation-survivors.mjs <events folder> [file filter]');
  process.exit(2);
}

// A mutant's file relative to the checkout; events of a run in another checkout (a scratch clone) name
// that one's files: the path from charts/ or lib/ (stryker.config.mjs `mutate`) on.
const fileOf = (m) => {
  const file = relative(root, m.fileName);
  return file.startsWith('..') ? m.fileName.slice(m.fileName.search(/\/(charts|lib)\//) + 1) : file;
};

const survivors = readdirSync(events)
  .filter((f) => f.endsWith('-onMutantTested.json'))
  .map((f) => JSON.parse(readFileSync(join(events, f), 'utf8')))
  .filter((m) => (m.status === 'Survived' || m.status === 'NoCoverage') && fileOf(m).includes(filter));

const scratch = mkdtempSync(join(tmpdir(), 'orofi-survivors-'));
try {
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root })
    .toString()
    .split('\0')
    .filter((f) => f !== '' && !f.startsWith('node_modules'));
  for (const file of files) {
    mkdirSync(dirname(join(scratch, file)), { recursive: true });
    cpSync(join(root, file), join(scratch, file));
  }
  symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));
  const vendor = join(scratch, '.vendor');
  await createRequire(import.meta.url)(join(scratch, 'test/vendor.js')).buildVendor(vendor);

  let killed = 0;
  for (const m of survivors) {
    const file = fileOf(m);
    const source = readFileSync(join(scratch, file), 'utf8');
    // Event locations: lines and columns from 1, the end exclusive.
    const lines = source.split('\n');
    const offset = ({ line, column }) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
    const mutated = source.slice(0, offset(m.location.start)) + m.replacement + source.slice(offset(m.location.end));
    writeFileSync(join(scratch, file), mutated);
    const run = spawnSync(
      process.execPath,
      [join(scratch, 'node_modules/jest/bin/jest.js'), '-c', 'jest.mutation.config.js'],
      {
        cwd: scratch,
        env: { ...process.env, OROFI_TEST_VENDOR: vendor },
        encoding: 'utf8',
      },
    );
    writeFileSync(join(scratch, file), source);
    const output = `${run.stdout}${run.stderr}`;
    const tests = output.split('\n').find((l) => l.startsWith('Tests:')) ?? 'no test ran';
    // The first failing test: a kill is only as good as the test that made it (a flaky one makes none).
    const first = /^\s+● (.+)$/m.exec(output)?.[1];
    const verdict = run.status === 0 ? 'survives' : 'KILLED';
    if (run.status !== 0) killed++;
    const where = `${file}:${m.location.start.line}:${m.location.start.column}`;
    console.log(
      `${where} ${m.mutatorName} ${JSON.stringify(m.replacement.slice(0, 60))}: ${verdict} (${tests.trim()})` +
        (first ? `\n  first failure: ${first}` : ''),
    );
  }
  console.log(`${killed} of ${survivors.length} killed now`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
