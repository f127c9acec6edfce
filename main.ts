/**
 * `npm run synth [-- <platform>...]`: synthesizes every environment of every platform (or of those
 * named) into its dist/<environment>/, and the documents into its docs/: Orofi's at the top of the
 * repository, each sister platform's under platforms/<name>/ (platforms/index.ts).
 *
 * Run by the cdk8s CLI (`cdk8s synth`, which sets CDK8S_OUTDIR to its `output` folder), it writes the
 * default platform's objects to that folder instead, in the same layout, and leaves dist/ and docs/ alone.
 */
import { resolve } from 'node:path';
import { runSynth, runSynthAll } from './lib/cli';
import { outputsOf, selectPlatforms } from './lib/platforms';
import { platforms } from './platforms';

const cdk8sOutDir = process.env.CDK8S_OUTDIR;

if (cdk8sOutDir) {
  const orofi = platforms.find((p) => p.isDefault)!;
  process.exitCode = runSynth({
    platform: orofi.platform,
    environments: orofi.environments,
    outDir: resolve(cdk8sOutDir),
  });
} else {
  let selected;
  try {
    selected = selectPlatforms(platforms, process.argv.slice(2));
  } catch (error) {
    console.error(`synth: ${(error as Error).message}`);
    process.exit(2);
  }
  process.exitCode = runSynthAll(selected.map((p) => outputsOf(p, __dirname)));
}
