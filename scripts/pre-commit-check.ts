/**
 * Run by scripts/pre-commit.mjs inside a checkout of the index: `node scripts/run.mjs
 * scripts/pre-commit-check.ts <repository>`. See lib/precommit.ts.
 */
import { join } from 'node:path';
import { environments, platform } from '../environments';
import { runPreCommit } from '../lib/precommit';

const root = join(__dirname, '..');
process.exitCode = runPreCommit({
  platform,
  environments,
  outDir: join(root, 'dist'),
  docsDir: join(root, 'docs'),
  repo: process.argv[2] ?? root,
  allowDestructive: process.env.ALLOW_DESTRUCTIVE === '1',
});
