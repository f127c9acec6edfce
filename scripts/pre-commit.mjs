#!/usr/bin/env node
// The pre-commit hook (.githooks/pre-commit): judges what is staged, not the working tree. It checks out
// the index into a throw-away folder (`git checkout-index`, which honours the GIT_INDEX_FILE of
// `git commit -a` and `git commit <paths>`), links node_modules, and runs the staged
// scripts/pre-commit-check.ts there: the staged description must synthesize to exactly the staged dist/
// and docs/, and destructive changes against HEAD need ALLOW_DESTRUCTIVE=1.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
const checkout = mkdtempSync(join(tmpdir(), 'orofi-pre-commit-'));
let status;
try {
  execFileSync('git', ['checkout-index', '--all', '--force', `--prefix=${checkout}/`], { cwd: repo });
  symlinkSync(join(repo, 'node_modules'), join(checkout, 'node_modules'));
  const run = spawnSync(
    process.execPath,
    [join(checkout, 'scripts', 'run.mjs'), join(checkout, 'scripts', 'pre-commit-check.ts'), repo],
    { stdio: 'inherit', env: { ...process.env, RUN_NO_CACHE: '1' } },
  );
  status = run.status ?? 1;
} finally {
  rmSync(checkout, { recursive: true, force: true });
}
process.exit(status);
