/**
 * The cdk8s CLI works on this project as a cdk8s user expects: `cdk8s synth` writes the objects of
 * `npm run synth` to its own output folder and leaves dist/ and docs/ alone; `cdk8s import` leaves a
 * working tree (cdk8s.yaml lists no imports that would shadow the compiled imports/).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { ROOT, tempDir, treeDigest } from './helpers';

const cdk8s = (...args: string[]) =>
  spawnSync(join(ROOT, 'node_modules', '.bin', 'cdk8s'), [...args, '--no-check-upgrade'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
const committed = () => ({ dist: treeDigest(join(ROOT, 'dist')), docs: treeDigest(join(ROOT, 'docs')) });

test('cdk8s synth writes what npm run synth writes, into its output folder, and leaves dist/ alone', () => {
  const output = join(tempDir(), 'out');
  try {
    const before = committed();
    const run = cdk8s('synth', '--output', output);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(committed()).toEqual(before);
    expect(treeDigest(output)).toEqual(before.dist);
  } finally {
    rmSync(join(output, '..'), { recursive: true, force: true });
  }
});

test('cdk8s.yaml: the app is main.ts, the output a scratch folder, no imports', () => {
  const config = yaml.load(readFileSync(join(ROOT, 'cdk8s.yaml'), 'utf8')) as Record<string, unknown>;
  expect(config).toEqual({ language: 'typescript', app: 'node scripts/run.mjs main.ts', output: '.cdk8s.out' });
});

test('cdk8s import leaves imports/ as npm run import made it', () => {
  const before = treeDigest(join(ROOT, 'imports'));
  const run = cdk8s('import');
  expect(run.status).toBe(0);
  expect(treeDigest(join(ROOT, 'imports'))).toEqual(before);
});
