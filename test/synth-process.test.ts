/**
 * The synth command as a process (node scripts/run.mjs, as `npm run synth` runs it): its exit codes, its
 * summary line, and that it writes what the in-process synth (test/synth-command.test.ts) writes. A
 * process-level file (`npm run test:process`): each run bundles and synthesizes every environment.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { environments } from '../environments';
import { runSynth } from '../lib/cli';
import { orofiInputs, ROOT, tempDir, treeDigest } from './helpers';

const ENVIRONMENTS = environments.map((e) => e.name);

/** Runs the synth command in-process into `outDir`. */
function synthInto(outDir: string) {
  return runSynth({ ...orofiInputs(), outDir }, { log: () => undefined, error: () => undefined });
}

describe('the synth process (node scripts/run.mjs, as npm run synth runs it)', () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts/run.mjs'), join(ROOT, 'test/fixtures/synth.ts'), ...args], {
      encoding: 'utf8',
    });

  test('succeeds, then fails on bad input with exit code 1 and leaves the output as it was', () => {
    const out = join(tempDir(), 'dist');
    const ok = run(out);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    const before = treeDigest(out);
    const files = Object.keys(before);
    const objects = files.reduce((n, f) => n + yaml.loadAll(readFileSync(join(out, f), 'utf8')).length, 0);
    // Warnings (the description's placeholder digests) come first, one line each.
    const summary = ok.stdout.replace(/^(synth: warning: .*\n)*/, '');
    expect(summary).toMatch(
      new RegExp(`^synth: ${ENVIRONMENTS.join(', ')}: ${files.length} files, ${objects} objects in \\d+ ms\n$`),
    );

    const bad = run(out, 'latest-in-last');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(`${ENVIRONMENTS.at(-1)}: imageTag: must name a release: "latest" is not reproducible`);
    expect(treeDigest(out)).toEqual(before);
  });

  test('output equals the in-process synth of the same inputs', () => {
    const viaProcess = join(tempDir(), 'dist');
    const inProcess = join(tempDir(), 'dist');
    run(viaProcess);
    synthInto(inProcess);
    expect(treeDigest(viaProcess)).toEqual(treeDigest(inProcess));
    expect(execFileSync('diff', ['-r', viaProcess, inProcess], { encoding: 'utf8' })).toBe('');
  });
});
