// Runs only the mutants of a sample (scripts/mutation-sample.mjs) when MUTATION_SAMPLE names its JSON
// (stryker.config.mjs loads this plug-in then). `--mutate` with the exact range of each sampled mutant
// also takes every mutant of the code inside that range (a sampled `{}` of a function body takes all of
// the body's) and the other mutants of the same node: 882 mutants for a sample of 200. StrykerJS has no
// option to name single mutants, so:
// - an ignore plug-in (`sample`) ignores every node that holds no sampled mutant (357 left of the 882);
// - StrykerJS's collector of mutants is wrapped so that a mutant of a sampled node that is not itself
//   sampled (another mutator, or another replacement) is ignored too: exactly the 200 are run.
// Ignored mutants are reported as such and are in no score; the summary counts the sampled ones only.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin';
import { mutantKey } from './mutation-key.mjs';

// Read when first asked (while StrykerJS instruments, in its main process): its test-runner and checker
// processes load the plug-in too, in other folders.
let sample;
const sampled = () => (sample ??= JSON.parse(readFileSync(process.env.MUTATION_SAMPLE, 'utf8')).sample);
let keys;
const inSample = (fileName, m) => {
  keys ??= new Set(sampled().map((s) => mutantKey(s.file, s)));
  const file = sampled().find((s) => fileName.endsWith(`/${s.file}`))?.file;
  return file !== undefined && keys.has(mutantKey(file, m));
};

// Babel's locations: lines from 1, columns from 0; the sample's (StrykerJS's API): both from 0.
const before = (a, b) => a.line < b.line || (a.line === b.line && a.column <= b.column);
const within = (outer, { start, end }) =>
  before(outer.start, { line: start.line + 1, column: start.column }) &&
  before({ line: end.line + 1, column: end.column }, outer.end);

if (process.env.MUTATION_SAMPLE) {
  // The collector is internal to the instrumenter (not exported): reached by its file, the same module
  // instance StrykerJS loads.
  const index = createRequire(import.meta.url).resolve('@stryker-mutator/instrumenter');
  const { MutantCollector } = await import(
    pathToFileURL(join(dirname(index), 'transformers', 'mutant-collector.js')).href
  );
  const collect = MutantCollector.prototype.collect;
  MutantCollector.prototype.collect = function (...args) {
    const mutant = collect.apply(this, args);
    if (!mutant.ignoreReason && !inSample(mutant.fileName, mutant.toApiMutant()))
      mutant.ignoreReason = 'not in the sample (scripts/mutation-sample.mjs)';
    return mutant;
  };
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'sample', {
    shouldIgnore(path) {
      const file = path.hub?.file?.opts?.filename ?? '';
      const loc = path.node.loc;
      if (!loc) return undefined;
      const held = sampled().some((m) => file.endsWith(`/${m.file}`) && within(loc, m.location));
      return held ? undefined : 'not in the sample (scripts/mutation-sample.mjs)';
    },
  }),
];
