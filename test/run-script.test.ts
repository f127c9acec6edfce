/**
 * scripts/run.mjs caches the bundle and V8 code caches; an edited source must always be picked up.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

describe('the bundle cache belongs to its checkout', () => {
  /** A minimal checkout: the runner, esbuild, and an entry printing `name`. */
  function checkout(name: string): string {
    const dir = mkdtempSync(join(tmpdir(), `orofi-checkout-${name}-`));
    mkdirSync(join(dir, 'scripts'));
    cpSync(join(ROOT, 'scripts', 'run.mjs'), join(dir, 'scripts', 'run.mjs'));
    mkdirSync(join(dir, 'node_modules', '@esbuild'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', 'esbuild'), join(dir, 'node_modules', 'esbuild'));
    for (const platform of readdirSync(join(ROOT, 'node_modules', '@esbuild'))) {
      symlinkSync(join(ROOT, 'node_modules', '@esbuild', platform), join(dir, 'node_modules', '@esbuild', platform));
    }
    writeEntry(dir, name);
    return dir;
  }
  const writeEntry = (dir: string, name: string) =>
    writeFileSync(join(dir, 'entry.ts'), `const checkout: string = '${name}';\nconsole.log(checkout);\n`);
  const runIn = (dir: string) =>
    spawnSync(process.execPath, [join(dir, 'scripts/run.mjs'), join(dir, 'entry.ts')], { encoding: 'utf8' }).stdout;

  test('a copy made with cp -a runs its own code, not the original’s', () => {
    const original = checkout('a');
    expect(runIn(original)).toBe('a\n');
    const copy = `${original}-copy`;
    execFileSync('cp', ['-a', original, copy]);
    writeEntry(copy, 'b'); // same size as the original's entry
    expect(runIn(copy)).toBe('b\n');
    expect(runIn(original)).toBe('a\n');
  });

  test('a checkout whose node_modules is linked to another’s runs its own code', () => {
    const original = checkout('a');
    expect(runIn(original)).toBe('a\n');
    const linked = mkdtempSync(join(tmpdir(), 'orofi-checkout-linked-'));
    cpSync(join(original, 'scripts'), join(linked, 'scripts'), { recursive: true });
    symlinkSync(join(original, 'node_modules'), join(linked, 'node_modules'));
    writeEntry(linked, 'c');
    expect(runIn(linked)).toBe('c\n');
  });
});
