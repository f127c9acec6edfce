import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { environments, platform } from '../environments';
import { runSynth } from '../lib/cli';
import { recover, scratchPaths, writeTreeAtomically } from '../lib/write';
import { orofiInputs, orofiModel, ROOT, synthAll, tempDir, treeDigest } from './helpers';

const ENVIRONMENTS = environments.map((e) => e.name);

/** Runs the synth command in-process and returns its exit code and what it printed. */
function synthInto(outDir: string, mutate: (i: ReturnType<typeof orofiInputs>) => void = () => undefined) {
  const inputs = orofiInputs();
  mutate(inputs);
  const printed: string[] = [];
  const code = runSynth(
    { ...inputs, outDir },
    { log: (m: string) => printed.push(m), error: (m: string) => printed.push(m) },
  );
  return { code, printed: printed.join('\n') };
}

/** An output folder holding what synth writes for the real description (the shared synth, test/helpers.ts). */
function synthesizedInto(outDir: string) {
  writeTreeAtomically(outDir, synthAll(orofiModel().values()));
}

describe('runSynth', () => {
  test('writes every environment and replaces stale files', () => {
    const out = join(tempDir(), 'dist');
    mkdirSync(join(out, 'dev'), { recursive: true });
    writeFileSync(join(out, 'dev', 'removed-service.yaml'), 'stale');
    expect(synthInto(out).code).toBe(0);
    expect(readdirSync(out)).toEqual([...ENVIRONMENTS].sort());
    expect(readdirSync(join(out, 'dev'))).not.toContain('removed-service.yaml');
    expect(readdirSync(join(out, 'dev'))).toContain(`${platform.services[0]!.name}.yaml`);
    expect(readdirSync(join(out, '..'))).toEqual(['dist']);
  });

  test('writes the generated documents when asked to, and keeps the hand-written ones', () => {
    const root = tempDir();
    mkdirSync(join(root, 'docs', 'design'), { recursive: true });
    writeFileSync(join(root, 'docs', 'design', 'kafka.md'), '# Kafka\n');
    writeFileSync(join(root, 'docs', 'stale.md'), 'generated once, no longer');
    const code = runSynth(
      { ...orofiInputs(), outDir: join(root, 'dist'), docsDir: join(root, 'docs') },
      { log: () => undefined, error: () => undefined },
    );
    expect(code).toBe(0);
    expect(readdirSync(join(root, 'docs'))).toEqual(['design', ...ENVIRONMENTS.map((e) => `${e}.md`)].sort());
    expect(readFileSync(join(root, 'docs', 'design', 'kafka.md'), 'utf8')).toBe('# Kafka\n');
    expect(readFileSync(join(root, 'docs', 'production.md'), 'utf8')).toContain('# orofi: production');
  });

  test('two runs give byte-identical output', () => {
    const out = join(tempDir(), 'dist');
    synthInto(out);
    const first = treeDigest(out);
    synthInto(out);
    expect(treeDigest(out)).toEqual(first);
  });

  test('bad input: exit code 1, every problem printed, dist/ untouched', () => {
    const out = join(tempDir(), 'dist');
    synthesizedInto(out);
    writeFileSync(join(out, 'hand-edit.yaml'), 'kept as it was');
    const before = treeDigest(out);
    const { code, printed } = synthInto(out, (i) => {
      i.environments.find((e) => e.name === 'production')!.imageTag = 'latest';
      i.platform.gateways[0]!.calls = ['microservice-unknown'];
    });
    expect(code).toBe(1);
    expect(printed).toBe(
      `synth failed, ${out} left unchanged: invalid configuration (2 problems):\n` +
        '  platform: gateways.api-gateway-public.calls.0: calls unknown workload "microservice-unknown"\n' +
        '  production: imageTag: must name a release: "latest" is not reproducible',
    );
    expect(treeDigest(out)).toEqual(before);
  });

  test('a topic that does not exist, or MongoDB access nobody declared: exit code 1, dist/ untouched', () => {
    const out = join(tempDir(), 'dist');
    synthesizedInto(out);
    const before = treeDigest(out);
    const { code, printed } = synthInto(out, (i) => {
      i.platform.services
        .find((s) => s.name === 'microservice-communication')!
        .topics!.consumes!.push('billing.invoice-paid');
      i.platform.backingServices.mongodb!.users!.push('microservice-analytics');
    });
    expect(code).toBe(1);
    expect(printed).toBe(
      `synth failed, ${out} left unchanged: invalid configuration (2 problems):\n` +
        '  platform: services.microservice-communication.topics.consumes.2: consumes unknown topic "billing.invoice-paid" (declared: identity.user-registered, communication.notification-requested, analytics.activity-tracked, audit.action-recorded)\n' +
        '  platform: backingServices.mongodb.users.2: gives MongoDB access to "microservice-analytics", which does not declare uses.mongodb',
    );
    expect(treeDigest(out)).toEqual(before);
  });

  test('warnings are printed, and synth still succeeds', () => {
    const out = join(tempDir(), 'dist');
    const { code, printed } = synthInto(out, (i) => {
      i.platform.backingServices.kafka!.topics!.push({ name: 'billing.refunded' });
    });
    expect(code).toBe(0);
    expect(printed.split('\n')[0]).toBe(
      'synth: warning: platform: backingServices.kafka.topics.billing.refunded: no service produces or consumes it',
    );
  });

  test('a missing output parent folder is a clear error', () => {
    const out = join(tempDir(), 'missing', 'dist');
    const { code, printed } = synthInto(out);
    expect(code).toBe(1);
    expect(printed).toContain(`cannot write ${out}: ${join(out, '..')} is missing or not writable`);
  });
});

describe('writeTreeAtomically', () => {
  test('recovers the old tree when a run stopped between its two renames', () => {
    const parent = tempDir();
    const out = join(parent, 'dist');
    writeTreeAtomically(out, [{ path: 'dev/a.yaml', content: 'old' }]);
    // The state a kill between "dist -> .dist.old" and ".dist.tmp-N -> dist" leaves behind:
    renameSync(out, join(parent, '.dist.old'));
    mkdirSync(join(parent, '.dist.tmp-12345', 'dev'), { recursive: true });
    writeFileSync(join(parent, '.dist.tmp-12345', 'dev', 'a.yaml'), 'half-written');
    recover(out);
    expect(readFileSync(join(out, 'dev', 'a.yaml'), 'utf8')).toBe('old');
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  test('writes an empty tree as an empty folder', () => {
    const out = join(tempDir(), 'dist');
    writeTreeAtomically(out, []);
    expect(existsSync(out)).toBe(true);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('what the writer keeps beside dist/ and docs/', () => {
  const inGit = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: ROOT }).status === 0;
  (inGit ? test : test.skip)('is git-ignored: scratch folders, old trees, the journal and the lock', () => {
    const names = ['dist', 'docs'].flatMap((folder) => {
      const paths = scratchPaths(join(ROOT, folder));
      return [
        join(paths.parent, `${paths.tmpPrefix}12345`, 'dev', 'edge.yaml'),
        join(paths.old, 'dev', 'edge.yaml'),
        paths.journal,
        `${paths.journal}.tmp`,
        paths.lock,
        `${paths.lock}.12345`,
      ];
    });
    const ignored = spawnSync('git', ['check-ignore', '--no-index', ...names], { cwd: ROOT, encoding: 'utf8' });
    expect(ignored.stdout.trim().split('\n')).toEqual(names);
  });
});
