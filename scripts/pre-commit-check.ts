/**
 * Run by scripts/pre-commit.mjs inside a checkout of the index: `node scripts/run.mjs
 * scripts/pre-commit-check.ts <repository>`. See lib/precommit.ts. Every platform is checked.
 */
import { join } from 'node:path';
import { outputsOf } from '../lib/platforms';
import { runPreCommit } from '../lib/precommit';
import { platforms } from '../platforms';

const root = join(__dirname, '..');
const [first, ...others] = platforms.map((p) => outputsOf(p, root));
process.exitCode = runPreCommit(
  { ...first!, repo: process.argv[2] ?? root, allowDestructive: process.env.ALLOW_DESTRUCTIVE === '1' },
  console,
  others,
);
