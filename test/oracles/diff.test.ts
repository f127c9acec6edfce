/**
 * `npm run diff` (lib/diff.ts): every kind of change between the committed tree and a fresh synth is
 * reported at its field, metadata included (a sync wave, a label), and nothing is reported when
 * nothing changed. The committed tree is made from a real synth and then edited, never hard-coded.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump } from 'js-yaml';
import { changedFields, diffDocs, diffManifests, formatDiff, runDiff } from '../../lib/diff';
import type { ManifestFile } from '../../lib/synth';
import type { KubeObject } from '../../lib/validate';
import { objectName } from '../../lib/validate';
import { orofiInputs, orofiModel, synth, tempDir } from '../helpers';

const env = [...orofiModel().values()][0]!;
// The shared synth, parsed for this file alone: these tests compare objects with their YAML, which no
// other test file may have touched.
const files = synth(env);
const WAVE = 'argocd.argoproj.io/sync-wave';

/** The committed tree: the fresh files, with `edit` applied to the objects of one file. */
function committedWith(file: ManifestFile, edit: (objects: KubeObject[]) => KubeObject[]): Map<string, string> {
  const tree = new Map(files.map((f) => [f.path, f.content]));
  const objects = edit(structuredClone(file.objects) as KubeObject[]);
  tree.set(file.path, objects.map((o) => dump(o)).join('---\n'));
  return tree;
}
const id = (o: KubeObject) => `${objectName(o)} (${o.apiVersion})`;
const fileWithMany = files.find((f) => f.objects.length > 2)!;
const [first, second] = fileWithMany.objects as [KubeObject, KubeObject];

describe('changedFields', () => {
  test('equal values: nothing; a changed annotation, label or value: its path', () => {
    expect(changedFields(first, structuredClone(first))).toEqual([]);
    const moved = structuredClone(first);
    (moved.metadata.annotations as Record<string, string>)[WAVE] = '99';
    expect(changedFields(first, moved)).toEqual([`metadata.annotations["${WAVE}"]`]);
    expect(changedFields({ a: { b: [1, { c: 2 }] } }, { a: { b: [1, { c: 3 }] } })).toEqual(['a.b[1].c']);
    expect(changedFields({ a: 1, $x_y: 1 }, { b: 1, $x_y: 2 })).toEqual(['$x_y', 'a', 'b']);
  });

  test('a list of another length, a type change and the root are reported where they happen', () => {
    expect(changedFields({ l: [1, 2] }, { l: [1] })).toEqual(['l']);
    expect(changedFields({ l: [1] }, { l: { 0: 1 } })).toEqual(['l']);
    expect(changedFields({ m: null }, { m: {} })).toEqual(['m']);
    expect(changedFields(1, 2)).toEqual(['(root)']);
    expect(changedFields([1], [1, 2])).toEqual(['(root)']);
    expect(changedFields({ 'a.b': { '0x': 1 } }, { 'a.b': { '0x': 2 } })).toEqual(['["a.b"]["0x"]']);
  });
});

describe('diffManifests and formatDiff', () => {
  test('the same tree: nothing to report', () => {
    const diffs = diffManifests(files, new Map(files.map((f) => [f.path, f.content])));
    expect(diffs).toEqual([{ environment: env.name, added: [], removed: [], changed: [], rewritten: [] }]);
    expect(formatDiff(diffs, [])).toEqual([]);
  });

  test('a sync wave changed in the committed tree is a changed object, at its annotation', () => {
    const committed = committedWith(fileWithMany, (objects) => {
      (objects[0]!.metadata.annotations as Record<string, string>)[WAVE] = '-99';
      return objects;
    });
    const [diff] = diffManifests(files, committed);
    expect(diff!.changed).toEqual([{ object: id(first), fields: [`metadata.annotations["${WAVE}"]`] }]);
    expect(diff!.rewritten).toEqual([fileWithMany.path]);
    expect(formatDiff([diff!], [])).toEqual([
      `${env.name}: 0 added, 0 removed, 1 changed`,
      `  ~ ${id(first)}: metadata.annotations["${WAVE}"]`,
    ]);
  });

  test('objects added, removed, and files rewritten with the same objects', () => {
    const stale: KubeObject = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'stale', namespace: 'x' } };
    const committed = committedWith(fileWithMany, (objects) => [...objects.slice(1), stale]);
    const [diff] = diffManifests(files, committed);
    expect(diff!.added).toEqual([id(first)]);
    expect(diff!.removed).toEqual([id(stale)]);
    expect(diff!.changed).toEqual([]);
    const report = formatDiff([diff!], ['dev.md']);
    expect(report).toEqual([
      `${env.name}: 1 added, 1 removed, 0 changed`,
      `  + ${id(first)}`,
      `  - ${id(stale)}`,
      'docs/dev.md: would change',
    ]);
    const reordered = committedWith(fileWithMany, (objects) => [second, first, ...objects.slice(2)]);
    const [same] = diffManifests(files, reordered);
    expect([same!.added, same!.removed, same!.changed]).toEqual([[], [], []]);
    expect(formatDiff([same!], [])).toEqual([
      `${env.name}: 0 added, 0 removed, 0 changed`,
      `  files rewritten (same objects): ${fileWithMany.path}`,
    ]);
  });

  test('as many objects changed as added: both listed, and no "same objects" line', () => {
    // One object missing from the committed tree (added) and one with a label more (changed).
    const committed = committedWith(fileWithMany, ([, changed, ...rest]) => [
      {
        ...changed!,
        metadata: { ...changed!.metadata, labels: { ...(changed!.metadata.labels as object), edited: 'yes' } },
      },
      ...rest,
    ]);
    const [diff] = diffManifests(files, committed);
    expect([diff!.added, diff!.removed, diff!.rewritten]).toEqual([[id(first)], [], [fileWithMany.path]]);
    expect(diff!.changed).toEqual([{ object: id(second), fields: ['metadata.labels.edited'] }]);
    expect(formatDiff([diff!], [])).toEqual([
      `${env.name}: 1 added, 0 removed, 1 changed`,
      `  + ${id(first)}`,
      `  ~ ${id(second)}: metadata.labels.edited`,
    ]);
  });

  test('a file missing from the committed tree, and an environment only there', () => {
    const tree = new Map(files.map((f) => [f.path, f.content]));
    tree.delete(fileWithMany.path);
    tree.set('gone/x.yaml', dump(first));
    const diffs = diffManifests(files, tree);
    expect(diffs.map((d) => d.environment)).toEqual([env.name, 'gone']);
    expect(diffs[0]!.added).toEqual(fileWithMany.objects.map(id).sort());
    expect(diffs[0]!.rewritten).toEqual([fileWithMany.path]);
    expect(diffs[1]).toEqual({
      environment: 'gone',
      added: [],
      removed: [id(first)],
      changed: [],
      rewritten: ['gone/x.yaml'],
    });
  });

  test('several changes: objects and files sorted; a change beside additions is no mere rewrite', () => {
    const [third] = fileWithMany.objects.slice(2) as [KubeObject];
    const committed = committedWith(fileWithMany, (objects) => {
      for (const o of [objects[2]!, objects[0]!]) (o.metadata.annotations as Record<string, string>)[WAVE] = '-99';
      return objects.filter((o) => o !== objects[1]);
    });
    committed.set(`${env.name}/0-gone.yaml`, '');
    const [diff] = diffManifests(files, committed);
    expect(diff!.changed.map((c) => c.object)).toEqual([id(first), id(third)].sort());
    expect(diff!.rewritten).toEqual([`${env.name}/0-gone.yaml`, fileWithMany.path]);
    const lines = formatDiff([diff!], []);
    expect(lines[0]).toBe(`${env.name}: 1 added, 0 removed, 2 changed`);
    expect(lines.some((l) => l.includes('files rewritten'))).toBe(false);
    const rewrittenOnly = {
      environment: 'e',
      added: [],
      removed: [],
      changed: [],
      rewritten: ['e/a.yaml', 'e/b.yaml'],
    };
    expect(formatDiff([rewrittenOnly], [])[1]).toBe('  files rewritten (same objects): e/a.yaml, e/b.yaml');
  });

  test('eight changed fields are listed whole', () => {
    const eight = { object: 'X', fields: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] };
    const lines = formatDiff([{ environment: 'e', added: [], removed: [], changed: [eight], rewritten: [] }], []);
    expect(lines[1]).toBe('  ~ X: a, b, c, d, e, f, g, h');
  });

  test('more than eight changed fields are summarised', () => {
    const many = { object: 'X', fields: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] };
    const lines = formatDiff([{ environment: 'e', added: [], removed: [], changed: [many], rewritten: [] }], []);
    expect(lines).toEqual(['e: 0 added, 0 removed, 1 changed', '  ~ X: a, b, c, d, e, f, g, h, and 2 more']);
  });

  test('documents: only those that differ, in either tree', () => {
    const committed = new Map([
      ['a.md', 'same'],
      ['b.md', 'old'],
      ['c.md', 'gone'],
    ]);
    const fresh = [
      { path: 'a.md', content: 'same' },
      { path: 'b.md', content: 'new' },
      { path: 'd.md', content: 'added' },
    ];
    expect(diffDocs(fresh, committed)).toEqual(['b.md', 'c.md', 'd.md']);
  });
});

describe('runDiff', () => {
  const quiet = () => {
    const printed: string[] = [];
    return { printed, log: { log: (m: string) => printed.push(m), error: (m: string) => printed.push(`E ${m}`) } };
  };

  test('a stale sync wave in dist/ is drift: exit 1, the object and field named', () => {
    const root = tempDir();
    const inputs = orofiInputs();
    inputs.environments = inputs.environments.filter((e) => e.name === env.name);
    const committed = committedWith(fileWithMany, (objects) => {
      (objects[0]!.metadata.annotations as Record<string, string>)[WAVE] = '-99';
      return objects;
    });
    for (const [path, content] of committed) {
      mkdirSync(join(root, 'dist', path, '..'), { recursive: true });
      writeFileSync(join(root, 'dist', path), content);
    }
    const { printed, log } = quiet();
    const command = { ...inputs, outDir: join(root, 'dist'), docsDir: join(root, 'docs') };
    expect(runDiff(command, log)).toBe(1);
    expect(printed[0]).toBe(
      `${env.name}: 0 added, 0 removed, 1 changed\n  ~ ${id(first)}: metadata.annotations["${WAVE}"]\ndocs/${env.name}.md: would change`,
    );
    expect(printed[1]).toBe('drift: run `npm run synth` and commit dist/ and docs/');
  });

  test('bad input: exit 1 with the problems, no stack trace', () => {
    const inputs = orofiInputs();
    inputs.environments[0]!.imageTag = 'latest';
    const { printed, log } = quiet();
    expect(runDiff({ ...inputs, outDir: tempDir(), docsDir: tempDir() }, log)).toBe(1);
    expect(printed).toHaveLength(1);
    expect(printed[0]).toMatch(/^E diff failed: invalid configuration \(1 problem\):\n {2}\w+: imageTag: /);
  });
});
