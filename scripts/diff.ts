/** `npm run diff`: what a fresh synth would change in dist/ and docs/; exits 1 when they are stale. */
import { join } from 'node:path';
import { environments, platform } from '../environments';
import { runDiff } from '../lib/diff';

const root = join(__dirname, '..');
process.exitCode = runDiff({ platform, environments, outDir: join(root, 'dist'), docsDir: join(root, 'docs') });
