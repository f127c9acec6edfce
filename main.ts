/** `npm run synth`: synthesizes every environment into dist/<environment>/, and the documents into docs/. */
import { join } from 'node:path';
import { environments, platform } from './environments';
import { runSynth } from './lib/cli';

process.exitCode = runSynth({
  platform,
  environments,
  outDir: join(__dirname, 'dist'),
  docsDir: join(__dirname, 'docs'),
});
