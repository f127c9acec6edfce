/**
 * The committed dist/ is exactly what a fresh synth of the committed sources gives: no file missing,
 * none extra, every byte equal. Run `npm run synth` and commit dist/ when this fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { environments, platform } from '../environments';
import { loadPlatform } from '../lib/config/load';
import { synthesizePlatform } from '../lib/synth';
import { ROOT } from './helpers';

const DIST = join(ROOT, 'dist');

function committedFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? committedFiles(join(dir, e.name)) : [relative(DIST, join(dir, e.name))],
  );
}

test('dist/ equals a fresh synth byte for byte', () => {
  const fresh = synthesizePlatform(loadPlatform(platform, environments));
  expect(committedFiles(DIST).sort()).toEqual(fresh.map((f) => f.path).sort());
  for (const file of fresh) {
    expect({ path: file.path, content: readFileSync(join(DIST, file.path), 'utf8') }).toEqual({
      path: file.path,
      content: file.content,
    });
  }
});
