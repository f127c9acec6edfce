/**
 * scripts/run.mjs caches the bundle and V8 code caches; an edited source must always be picked up.
 */
import { spawnSync } from 'node:child_process';
import { rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers';

const entry = join(ROOT, 'test', 'fixtures', 'run-script-entry.generated.ts');
const run = () => spawnSync(process.execPath, [join(ROOT, 'scripts/run.mjs'), entry, 'arg'], { encoding: 'utf8' });

afterAll(() => rmSync(entry, { force: true }));

test('runs TypeScript with its arguments, and picks up an edit of the same length', () => {
  writeFileSync(entry, "const answer: string = 'one';\nconsole.log(answer, process.argv.slice(2).join(' '));\n");
  expect(run().stdout).toBe('one arg\n');
  expect(run().stdout).toBe('one arg\n'); // from the cache
  writeFileSync(entry, "const answer: string = 'two';\nconsole.log(answer, process.argv.slice(2).join(' '));\n");
  const later = new Date(Date.now() + 2000);
  utimesSync(entry, later, later);
  expect(run().stdout).toBe('two arg\n');
});

test('a failing entry exits non-zero with its error', () => {
  writeFileSync(entry, "throw new Error('boom');\n");
  const later = new Date(Date.now() + 4000);
  utimesSync(entry, later, later);
  const result = run();
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('Error: boom');
});
