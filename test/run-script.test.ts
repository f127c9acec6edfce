/**
 * scripts/run.mjs caches the bundle and V8 code caches; an edited source must always be picked up.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, treeDigest } from './helpers';

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

describe('rendering on a second thread (lib/parallel.ts, started by the runner)', () => {
  const runFixture = (...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts/run.mjs'), ...args], { encoding: 'utf8' });

  test('every item once, on both threads, each result handed over', () => {
    const { stdout, stderr, status } = runFixture(join(ROOT, 'test/fixtures/parallel.ts'), '12');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines.map((l) => Number(l.split(':')[0])).sort((a, b) => a - b)).toEqual([...Array(12).keys()]);
    for (const line of lines) expect(line).toMatch(/^(\d+): \1 (main|worker)$/);
    expect(lines.some((l) => l.endsWith('worker'))).toBe(true);
    expect(lines.some((l) => l.endsWith('main'))).toBe(true);
  });

  test("a worker's failure is one line naming the item", () => {
    const { stdout, status } = runFixture(join(ROOT, 'test/fixtures/parallel.ts'), '12', 'worker-fails');
    expect(status).toBe(0);
    expect(stdout.trim().split('\n').at(-1)).toMatch(/^failed: item (\d+): Error: item \1 is invalid$/);
  });

  test('a platform renders on two threads (SYNTH_THREADS=2) exactly what one thread renders', () => {
    const [parallel, sequential] = [{ SYNTH_THREADS: '2' }, { SYNTH_THREADS: '1' }].map((extra) => {
      const out = join(mkdtempSync(join(tmpdir(), 'orofi-parallel-')), 'dist');
      mkdirSync(out);
      const result = spawnSync(
        process.execPath,
        [join(ROOT, 'scripts/run.mjs'), join(ROOT, 'test/fixtures/synth-generated.ts'), '100', out, `${out}-docs`],
        { encoding: 'utf8', env: { ...process.env, ...extra } },
      );
      expect(result.status).toBe(0);
      const digest = { dist: treeDigest(out), docs: treeDigest(`${out}-docs`) };
      rmSync(join(out, '..'), { recursive: true, force: true });
      return { stdout: result.stdout, digest };
    });
    const files = Object.keys(parallel!.digest.dist).length;
    expect(files).toBeGreaterThan(300);
    expect(parallel!.stdout).toMatch(
      new RegExp(`^synth: dev, staging, production on 2 threads: ${files} files, `, 'm'),
    );
    expect(sequential!.stdout).toMatch(new RegExp(`^synth: dev, staging, production: ${files} files, `, 'm'));
    expect(parallel!.digest).toEqual(sequential!.digest);
  });
});
