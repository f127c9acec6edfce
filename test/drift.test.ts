/**
 * The committed dist/ and docs/ are exactly what a fresh synth of the committed sources gives: no file
 * missing, none extra, every byte equal. Run `npm run synth` and commit both when this fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { environments, platform } from '../environments';
import { loadPlatform } from '../lib/config/load';
import { generateDocs, handWrittenDocs } from '../lib/docs';
import { synthesizePlatform } from '../lib/synth';
import { ROOT } from './helpers';

const DIST = join(ROOT, 'dist');
const DOCS = join(ROOT, 'docs');

function committedFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? committedFiles(root, join(dir, e.name)) : [relative(root, join(dir, e.name))],
  );
}

const model = loadPlatform(platform, environments);
const fresh = synthesizePlatform(model);

test.each([
  ['dist/', DIST, fresh],
  ['docs/', DOCS, [...generateDocs(model, fresh), ...handWrittenDocs(DOCS)]],
])('%s equals a fresh synth byte for byte', (_, dir, files) => {
  expect(committedFiles(dir).sort()).toEqual(files.map((f) => f.path).sort());
  for (const file of files) {
    expect({ path: file.path, content: readFileSync(join(dir, file.path), 'utf8') }).toEqual({
      path: file.path,
      content: file.content,
    });
  }
});
