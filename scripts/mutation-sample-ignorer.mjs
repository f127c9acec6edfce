// A StrykerJS ignore plug-in for the sample of scripts/mutation-sample.mjs, used when MUTATION_SAMPLE
// names its JSON (stryker.config.mjs). `--mutate` with the exact range of each sampled mutant also
// takes every mutant of the code inside that range (a sampled `{}` of a function body takes all of the
// body's): 882 mutants for a sample of 200. This ignores every node that holds no sampled mutant, so
// that StrykerJS runs only the sampled mutants and the others of the very same node (331 for those
// 200); the summary (`--sample`) counts the sampled ones only.
import { readFileSync } from 'node:fs';
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin';

// Read when first asked (while StrykerJS instruments, in its main process): its test-runner and checker
// processes load the plug-in too, in other folders.
let sample;
const sampled = () => (sample ??= JSON.parse(readFileSync(process.env.MUTATION_SAMPLE, 'utf8')).sample);
// Babel's locations: lines from 1, columns from 0; the sample's (StrykerJS's API): both from 0.
const before = (a, b) => a.line < b.line || (a.line === b.line && a.column <= b.column);
const within = (outer, { start, end }) =>
  before(outer.start, { line: start.line + 1, column: start.column }) &&
  before({ line: end.line + 1, column: end.column }, outer.end);

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
