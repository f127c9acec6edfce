/**
 * The constructs are a cdk8s construct library: a plain cdk8s app (`new App()`, `app.synth()`, cdk8s's
 * own YAML) emits exactly the objects `npm run synth` writes to dist/. Nothing `npm run synth` does on
 * the side (its own renderer, validation, YAML writer) adds, removes or changes a field.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'cdk8s';
import yaml from 'js-yaml';
import { addPlatformCharts } from '../charts/platform';
import { orofiModel, ROOT, tempDir } from './helpers';

const readObjects = (file: string): unknown[] => yaml.loadAll(readFileSync(file, 'utf8')).filter((o) => o !== null);

describe.each([...orofiModel().values()].map((env) => [env.name, env] as const))('%s', (name, env) => {
  test('app.synth() of the charts writes the objects of dist/', () => {
    const outdir = tempDir();
    try {
      const app = new App({ outdir, outputFileExtension: '.yaml' });
      addPlatformCharts(app, env);
      app.synth();
      const files = (dir: string) => readdirSync(dir).sort();
      expect(files(outdir)).toEqual(files(join(ROOT, 'dist', name)));
      for (const file of files(outdir)) {
        expect({ file, objects: readObjects(join(outdir, file)) }).toEqual({
          file,
          objects: readObjects(join(ROOT, 'dist', name, file)),
        });
      }
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });
});
