/**
 * The committed dist/ and docs/ of every platform (Orofi's at the top, each sister platform's under
 * platforms/<name>/) are exactly what a fresh synth of the committed sources gives: no file missing,
 * none extra, every byte equal. Run `npm run synth` and commit them when this fails. The fresh synth is
 * the one test/global-setup.js made for the whole run (test/helpers.ts `synth`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadPlatform } from '../lib/config/load';
import { generateDocs, handWrittenDocs } from '../lib/docs';
import { platforms } from '../platforms';
import { ROOT, synthAll } from './helpers';

function committedFiles(root: string, dir = root): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? committedFiles(root, join(dir, e.name)) : [relative(root, join(dir, e.name))],
  );
}

describe.each(platforms.map((p) => [p.name, p] as const))('%s', (_, source) => {
  const dist = join(ROOT, source.folder, 'dist');
  const docs = join(ROOT, source.folder, 'docs');
  const model = loadPlatform(source.platform, source.environments);
  const fresh = synthAll(model.environments);
  test.each([
    [`${source.folder}/dist/`, dist, fresh],
    [`${source.folder}/docs/`, docs, [...generateDocs(model, fresh), ...handWrittenDocs(docs)]],
  ])('%s equals a fresh synth byte for byte', (_, dir, files) => {
    expect(committedFiles(dir).sort()).toEqual(files.map((f) => f.path).sort());
    for (const file of files) {
      expect({ path: file.path, content: readFileSync(join(dir, file.path), 'utf8') }).toEqual({
        path: file.path,
        content: file.content,
      });
    }
  });
});
