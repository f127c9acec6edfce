// One mutant's identity across StrykerJS's outputs and scripts/mutation-sample.mjs's sample: its file,
// location, mutator and replacement. `base` is added to every line and column, so that locations counted
// from 0 (the API's, the plan's, the sample's) and from 1 (the tested events') give the same key.
export const mutantKey = (file, { location: { start, end }, mutatorName, replacement }, base = 0) =>
  `${file}:${start.line + base}:${start.column + base}-${end.line + base}:${end.column + base} ${mutatorName} ${replacement}`;
