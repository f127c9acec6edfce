/**
 * The pre-commit hook judges what is staged: in a copy of this repository with the hook installed, a
 * commit of the description without its dist/ is refused even though the working tree's dist/ is fresh,
 * a commit whose index is right goes in whatever the working tree holds, and destructive changes need
 * ALLOW_DESTRUCTIVE=1.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ROOT, tempDir } from './helpers';

// Each commit runs the hook: a checkout of the index, a cold bundle and a synth.
jest.setTimeout(120_000);

const repo = join(tempDir(), 'repo');
const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' }).toString();
const commit = (env: Record<string, string> = {}) =>
  spawnSync('git', ['commit', '-q', '-m', 'change'], { cwd: repo, encoding: 'utf8', env: { ...process.env, ...env } });
const synth = () => execFileSync(process.execPath, ['scripts/run.mjs', 'main.ts'], { cwd: repo, stdio: 'pipe' });
const edit = (path: string, from: string, to: string) => {
  const file = join(repo, path);
  const text = readFileSync(file, 'utf8');
  expect(text).toContain(from);
  writeFileSync(file, text.replace(from, to));
};

beforeAll(() => {
  // The repository as it stands (tracked files of the working tree), with node_modules linked.
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT })
    .toString()
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(repo, file)), { recursive: true });
    cpSync(join(ROOT, file), join(repo, file));
  }
  symlinkSync(join(ROOT, 'node_modules'), join(repo, 'node_modules'));
  git('init', '-q');
  appendFileSync(join(repo, '.git', 'info', 'exclude'), 'node_modules\n');
  git('config', 'user.name', 'test');
  git('config', 'user.email', 'test@example.com');
  synth(); // the copy's dist/ and docs/ as its own description gives them
  git('add', '-A');
  git('commit', '-q', '--no-verify', '-m', 'base');
  git('config', 'core.hooksPath', '.githooks');
});

test('a staged description without its staged dist/ is refused, though the working tree is fresh', () => {
  edit('environments/dev.ts', "imageTag: 'dev-4f1c2a9'", "imageTag: 'dev-1234567'");
  synth();
  git('add', 'environments/dev.ts');
  const refused = commit();
  expect(refused.status).not.toBe(0);
  expect(refused.stderr.trim().split('\n').pop()).toBe(
    "pre-commit: the staged dist/ or docs/ is not what the staged description synthesizes: run 'npm run synth' and stage dist/ and docs/",
  );
  git('add', 'dist', 'docs');
  expect(commit().status).toBe(0);
});

test('the index, not the working tree, is judged: a right index goes in beside an unsynthesized edit', () => {
  edit('environments/dev.ts', "imageTag: 'dev-1234567'", "imageTag: 'dev-7654321'");
  writeFileSync(join(repo, 'NOTES.md'), 'notes\n');
  git('add', 'NOTES.md');
  const result = commit();
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  git('checkout', '--', 'environments/dev.ts');
});

test('destructive changes are refused with a one-line hint, and go in with ALLOW_DESTRUCTIVE=1', () => {
  edit('environments/platform.ts', 'partitions: 12', 'partitions: 6');
  synth();
  git('add', '-A');
  const refused = commit();
  expect(refused.status).not.toBe(0);
  expect(refused.stderr).toContain('Destructive changes (3):');
  expect(refused.stderr).toContain('spec.partitions 12 -> 6: fewer partitions, which Kafka refuses');
  expect(refused.stderr.trim().split('\n').pop()).toBe(
    'pre-commit: destructive changes (above); commit them on purpose with: ALLOW_DESTRUCTIVE=1 git commit ...',
  );
  const allowed = commit({ ALLOW_DESTRUCTIVE: '1' });
  expect(allowed.status).toBe(0);
  expect(git('log', '--oneline').split('\n').filter(Boolean)).toHaveLength(4);
});
