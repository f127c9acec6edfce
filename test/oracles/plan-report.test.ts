/**
 * `npm run plan`'s report and its git side (lib/plan.ts): the lines `formatPlan` prints for a plan
 * written by hand (every kind of line, values clipped at 120 characters), `treeAtRevision` reading
 * dist/ at a revision back byte for byte (the files committed are the oracle), and `runPlan`'s exit
 * codes and lines, a sister platform's named after it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatPlan, PlanError, runPlan, treeAtRevision, type Plan } from '../../lib/plan';
import { orofiInputs, tempDir } from '../helpers';

describe('formatPlan', () => {
  test('destructive changes first, then the strays, then each environment with changes, field by field', () => {
    const plan: Plan = {
      destructive: [
        { environment: 'dev', object: 'KafkaTopic kafka/t (kafka.strimzi.io/v1)', effect: 'removed; it loses t' },
        { environment: 'production', object: 'Namespace db (v1)', effect: 'removed' },
      ],
      strays: ['README.md: not an object file: synth would delete it'],
      environments: [
        {
          environment: 'dev',
          added: ['ConfigMap a/one (v1)', 'ConfigMap a/two (v1)'],
          removed: ['KafkaTopic kafka/t (kafka.strimzi.io/v1)'],
          changed: [
            {
              object: 'Deployment a/web (apps/v1)',
              fields: [
                { path: 'metadata.labels.x', before: undefined, after: 'b' },
                { path: 'spec.replicas', before: 3, after: undefined },
                { path: 'spec.selector', before: { a: 1 }, after: ['a', 2] },
              ],
            },
          ],
        },
        { environment: 'qa', added: [], removed: [], changed: [] },
        { environment: 'staging', added: ['Service a/s (v1)'], removed: ['Service a/r (v1)'], changed: [] },
        {
          environment: 'production',
          added: ['Service a/p (v1)'],
          removed: [],
          changed: [{ object: 'Service a/q (v1)', fields: [{ path: 'spec.type', before: 'A', after: 'B' }] }],
        },
      ],
    };
    expect(formatPlan(plan)).toEqual([
      'Destructive changes (2):',
      '  dev: KafkaTopic kafka/t (kafka.strimzi.io/v1): removed; it loses t',
      '  production: Namespace db (v1): removed',
      '',
      'dist/README.md: not an object file: synth would delete it',
      'dev: 2 added, 1 removed, 1 changed',
      '  + ConfigMap a/one (v1)',
      '  + ConfigMap a/two (v1)',
      '  - KafkaTopic kafka/t (kafka.strimzi.io/v1)',
      '  ~ Deployment a/web (apps/v1)',
      '      metadata.labels.x: (none) -> "b"',
      '      spec.replicas: 3 -> (none)',
      '      spec.selector: {"a":1} -> ["a",2]',
      'staging: 1 added, 1 removed, 0 changed',
      '  + Service a/s (v1)',
      '  - Service a/r (v1)',
      'production: 1 added, 0 removed, 1 changed',
      '  + Service a/p (v1)',
      '  ~ Service a/q (v1)',
      '      spec.type: "A" -> "B"',
    ]);
  });

  test('no destructive change: no heading and no blank line; nothing at all: no line', () => {
    const env = { environment: 'dev', added: [], removed: [], changed: [] };
    expect(formatPlan({ destructive: [], strays: [], environments: [env] })).toEqual([]);
    expect(formatPlan({ destructive: [], strays: ['x: y'], environments: [{ ...env, removed: ['A'] }] })).toEqual([
      'dist/x: y',
      'dev: 0 added, 1 removed, 0 changed',
      '  - A',
    ]);
  });

  test('a value longer than 120 characters, as printed, is clipped to 117 and "..."', () => {
    const line = (before: unknown, after: unknown) =>
      formatPlan({
        destructive: [],
        strays: [],
        environments: [
          {
            environment: 'dev',
            added: [],
            removed: [],
            changed: [{ object: 'O', fields: [{ path: 'p', before, after }] }],
          },
        ],
      })[2];
    const fits = 'a'.repeat(118); // 120 characters with its quotes
    const long = 'b'.repeat(119); // 121
    expect(line(fits, long)).toBe(`      p: "${fits}" -> "${'b'.repeat(116)}...`);
    expect(line(long, fits)).toBe(`      p: "${'b'.repeat(116)}... -> "${fits}"`);
    expect(`"${'b'.repeat(116)}...`).toHaveLength(120);
  });
});

describe('treeAtRevision', () => {
  const repo = tempDir();
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' }).toString().trim();
  const commit = (files: Record<string, string>) => {
    rmSync(join(repo, 'dist'), { recursive: true, force: true });
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(join(repo, path, '..'), { recursive: true });
      writeFileSync(join(repo, path), content);
    }
    git('add', '-A', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '--no-verify', '--allow-empty', '-m', 'c');
    return git('rev-parse', 'HEAD');
  };
  const first = { 'dist/dev/a.yaml': 'a: 1\n', 'dist/README.md': 'read me\n' };
  const second = {
    'dist/dev/a.yaml': 'name: café ü 日本 ✓\n', // bytes and characters differ
    'dist/dev/empty.yaml': '',
    'dist/dev/no-newline.yaml': 'a: 1',
    'dist/dev/lines.yaml': 'a: 1\n\n---\nb: 2\n\n',
    'dist/prod/with space.yaml': 'x\n',
    'dist/prod/tab\there.yaml': 'tab\n',
    'dist/prod/deep/er/z.yaml': 'z\n',
    'sister/dist/dev/s.yaml': 'sister\n',
    'distant/dev/d.yaml': 'not dist\n',
    'top.yaml': 'not dist\n',
  };
  const under = (files: Record<string, string>, dir: string) =>
    new Map(
      Object.entries(files)
        .filter(([path]) => path.startsWith(`${dir}/`))
        .map(([path, content]) => [path.slice(dir.length + 1), content]),
    );
  let none = '';
  let one = '';
  beforeAll(() => {
    git('init', '-q');
    none = commit({ 'top.yaml': 'no dist/ yet\n' });
    one = commit(first);
    commit(second);
  });

  test('the files of dist/ at each revision, byte for byte; a revision without dist/: none', () => {
    expect(under(second, 'dist').size).toBe(7);
    expect(treeAtRevision(repo, 'HEAD')).toEqual(under(second, 'dist'));
    expect(treeAtRevision(repo, 'HEAD~1')).toEqual(under(first, 'dist'));
    expect(treeAtRevision(repo, one)).toEqual(under(first, 'dist'));
    expect(treeAtRevision(repo, none)).toEqual(new Map());
  });

  test("another folder's dist/ (a sister platform's)", () => {
    expect(treeAtRevision(repo, 'HEAD', 'sister/dist')).toEqual(new Map([['dev/s.yaml', 'sister\n']]));
  });

  test('an unknown revision, or one that is not a commit: PlanError', () => {
    for (const revision of ['no-such-rev', 'HEAD:dist', 'HEAD~9']) {
      expect(() => treeAtRevision(repo, revision)).toThrow(new PlanError(`unknown revision "${revision}"`));
    }
    expect(() => treeAtRevision(join(repo, 'missing'), 'HEAD')).toThrow(new PlanError('unknown revision "HEAD"'));
  });
});

describe('runPlan', () => {
  const repo = tempDir();
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' }).toString();
  /** Orofi's description with its development environment only (one synth per run). */
  const dev = () => {
    const inputs = orofiInputs();
    return { platform: inputs.platform, environments: inputs.environments.slice(0, 1) };
  };
  const sister = { name: 'copy', folder: 'copy' };
  const run = (commands: Parameters<typeof runPlan>[0]) => {
    const printed: string[] = [];
    const code = runPlan(commands, {
      log: (m: string) => printed.push(`log: ${m}`),
      error: (m: string) => printed.push(`error: ${m}`),
    });
    return { code, printed };
  };
  const commit = (message: string) => {
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '--no-verify', '-m', message);
    git('tag', message);
  };
  beforeAll(() => {
    git('init', '-q');
    // The sister's dist/ is empty (a README only): every object of a fresh synth is added.
    mkdirSync(join(repo, 'copy', 'dist', 'dev'), { recursive: true });
    writeFileSync(join(repo, 'copy', 'dist', 'README.md'), 'x\n');
    commit('base');
    // Then it holds a volume claim that no synth writes: removing it loses data.
    writeFileSync(
      join(repo, 'copy', 'dist', 'dev', 'old.yaml'),
      'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: old\n  namespace: db\n',
    );
    commit('lossy');
  });

  test("a sister platform's lines are named after it, its dist/ paths under its folder", () => {
    const { code, printed } = run({ ...dev(), repo, base: 'base', sister });
    expect(code).toBe(1);
    expect(printed).toHaveLength(1);
    const lines = printed[0]!.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'log: plan: a fresh synth against dist/ at base',
      '',
      'copy: copy/dist/README.md: not in an environment folder: synth would delete it',
    ]);
    expect(lines[3]).toMatch(/^copy: dev: \d+ added, 0 removed, 0 changed$/);
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.slice(4).every((l) => l.startsWith('copy:   + '))).toBe(true);
  });

  test('the first command names the base of all; a destructive change in any platform: exit 2', () => {
    // The sister loses its claim; the default platform's dist/ is missing at the base: only added.
    const { code, printed } = run([
      { ...dev(), repo, base: 'lossy', sister },
      { ...dev(), repo },
    ]);
    expect(code).toBe(2);
    expect(printed).toHaveLength(1);
    const lines = printed[0]!.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      'log: plan: a fresh synth against dist/ at lossy',
      '',
      'copy: Destructive changes (1):',
      'copy:   dev: PersistentVolumeClaim db/old (v1): removed; deleting it loses the volume and its data (Argo CD keeps it while it carries Prune=false: retire it by hand, see the README)',
      '',
      'copy: copy/dist/README.md: not in an environment folder: synth would delete it',
    ]);
    expect(lines[6]).toMatch(/^copy: dev: \d+ added, 1 removed, 0 changed$/);
    const own = lines.findIndex((l, i) => i > 6 && !l.startsWith('copy: '));
    expect(lines[own]).toMatch(/^dev: \d+ added, 0 removed, 0 changed$/);
    expect(lines.slice(own + 1).every((l) => l.startsWith('  + '))).toBe(true);
  });

  test('no platform at all: no change against HEAD', () => {
    expect(run([])).toEqual({ code: 0, printed: ['log: plan: no changes against dist/ at HEAD'] });
  });

  test('invalid input: one line per problem, named after the platform; exit 3', () => {
    const bad = dev();
    bad.environments[0]!.imageTag = 'latest';
    const { code, printed } = run({ ...bad, repo, sister });
    expect(code).toBe(3);
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(/^error: plan failed: invalid configuration \(1 problem\):\n {2}copy: \S+/);
    expect(printed[0]).toContain('latest');
  });

  test('an error that is not a plan problem is thrown, not printed', () => {
    const broken = {
      log: () => {
        throw new Error('stdout closed');
      },
      error: () => {
        throw new Error('stderr closed');
      },
    };
    expect(() => runPlan({ ...dev(), repo, base: 'base', sister }, broken)).toThrow('stdout closed');
  });
});
