#!/usr/bin/env node
// `prepare` (run by `npm ci` and `npm install`): points git at the repository's hooks (.githooks/), so
// that a commit with a stale dist/ is refused. Does nothing, successfully, where there is no git
// repository (an unpacked tarball, a Docker build context) or no git.
import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const git = (...args) =>
  execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] })
    .toString()
    .trim();

try {
  // Only when this folder is the top of a work tree: never reconfigure an enclosing repository.
  if (resolve(git('rev-parse', '--show-toplevel')) !== root) process.exit(0);
} catch {
  process.exit(0);
}
git('config', 'core.hooksPath', '.githooks');
