/**
 * `npm run synth`: synthesizes every environment into dist/<environment>/, and the documents into docs/.
 *
 * Run by the cdk8s CLI (`cdk8s synth`, which sets CDK8S_OUTDIR to its `output` folder), it writes the same
 * objects to that folder instead, in the same layout, and leaves dist/ and docs/ alone.
 */
import { join, resolve } from 'node:path';
import { environments, platform } from './environments';
import { runSynth } from './lib/cli';

const cdk8sOutDir = process.env.CDK8S_OUTDIR;

process.exitCode = runSynth(
  cdk8sOutDir
    ? { platform, environments, outDir: resolve(cdk8sOutDir) }
    : { platform, environments, outDir: join(__dirname, 'dist'), docsDir: join(__dirname, 'docs') },
);
