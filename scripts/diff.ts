/** `npm run diff`: what a fresh synth would change in every platform's dist/ and docs/; exits 1 when one is stale. */
import { join } from 'node:path';
import { runDiff } from '../lib/diff';
import { outputsOf } from '../lib/platforms';
import { platforms } from '../platforms';

const root = join(__dirname, '..');
process.exitCode = runDiff(platforms.map((p) => outputsOf(p, root)));
