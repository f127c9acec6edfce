/**
 * `npm run plan [-- --base <rev>]`: what a fresh synth of the working tree changes against dist/ at a
 * git revision (HEAD by default); destructive changes first. Exit 0: no change, 1: changes, 2: destructive
 * changes, 3: the description is invalid or the revision unknown.
 */
import { join } from 'node:path';
import { environments, platform } from '../environments';
import { runPlan } from '../lib/plan';

const args = process.argv.slice(2);
const at = args.indexOf('--base');
const base = at >= 0 ? args[at + 1] : args.find((a) => a.startsWith('--base='))?.slice('--base='.length);
process.exitCode = runPlan({ platform, environments, repo: join(__dirname, '..'), ...(base ? { base } : {}) });
