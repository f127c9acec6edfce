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

/**
 * Runs the CLI as a user would (`npx cdk8s ...`), offline when this machine allows it: in a network
 * namespace of its own with no interface up (`unshare -n`, root only). The CLI's upgrade check, which
 * cdk8s-cli turns off only by `--no-check-upgrade` or `CDK8S_CHECK_UPGRADE=false` (cdk8s.yaml has no key
 * for it), is off through the variable.
 */
const offline = spawnSync('unshare', ['-n', 'true']).status === 0;
if (!offline) process.stderr.write('test/cdk8s-cli.test.ts: cannot unshare -n here: the CLI runs with the network\n');
const cdk8s = (...args: string[]) => {
  const command = [join(ROOT, 'node_modules', '.bin', 'cdk8s'), ...args];
  return spawnSync(offline ? 'unshare' : command[0]!, offline ? ['-n', ...command] : command.slice(1), {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CDK8S_CHECK_UPGRADE: 'false' },
  });
};
const committed = () => ({ dist: treeDigest(join(ROOT, 'dist')), docs: treeDigest(join(ROOT, 'docs')) });

test(`cdk8s synth${offline ? ' offline' : ''}: no error, what npm run synth writes, into its output folder, dist/ alone`, () => {
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

test(`cdk8s import${offline ? ' offline' : ''} leaves imports/ as npm run import made it`, () => {
  const before = treeDigest(join(ROOT, 'imports'));
  const run = cdk8s('import');
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(treeDigest(join(ROOT, 'imports'))).toEqual(before);
});
