/**
 * `npm run plan [-- --base <rev>]`: what a fresh synth of the working tree changes against every
 * platform's dist/ at a git revision (HEAD by default); destructive changes first. Exit 0: no change,
 * 1: changes, 2: destructive changes, 3: a description is invalid or the revision unknown.
 */
import { join } from 'node:path';
import { runPlan } from '../lib/plan';
import { outputsOf } from '../lib/platforms';
import { platforms } from '../platforms';

const args = process.argv.slice(2);
const at = args.indexOf('--base');
const base = at >= 0 ? args[at + 1] : args.find((a) => a.startsWith('--base='))?.slice('--base='.length);
const repo = join(__dirname, '..');
process.exitCode = runPlan(platforms.map((p) => ({ ...outputsOf(p, repo), repo, ...(base ? { base } : {}) })));
