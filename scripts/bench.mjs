#!/usr/bin/env node
// `npm run bench`: wall time and peak memory of the synth command, measured as whole processes.
//
//   1. `npm run synth` on the real platform (all environments, validation on, writing dist/): one cold
//      run with the bundle cache removed, then RUNS warm runs; median, min and max.
//   2. Generated platforms of 100, 300 and 1,000 microservices (plus one gateway per ten) x 3
//      environments, through the same command code into a scratch folder: median of RUNS_GENERATED
//      runs, peak resident memory, output size, and how time grows with size.
//
// Options: --runs N (default 7), --generated-runs N (default 3), --sizes 100,300,1000.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const RUNS = Number(option('runs', 7));
const RUNS_GENERATED = Number(option('generated-runs', 3));
const SIZES = option('sizes', '100,300,1000').split(',').map(Number);
const TARGET_SYNTH_S = 0.8;
const TARGET_1000_S = 10;
const TARGET_MEMORY_MIB = 1024;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const seconds = (ms) => `${(ms / 1000).toFixed(3)} s`;

/** Runs a command to completion and returns its wall time in ms; fails loudly if it fails. */
function timed(command, args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
  }
  return { ms, stdout: result.stdout, stderr: result.stderr };
}

function treeBytes(dir) {
  return readdirSync(dir, { withFileTypes: true }).reduce(
    (n, e) => n + (e.isDirectory() ? treeBytes(join(dir, e.name)) : statSync(join(dir, e.name)).size),
    0,
  );
}

console.log(`bench: node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'})`);
console.log(
  'Every figure is the wall time of a whole process (spawn to exit), measured with hrtime around spawnSync.\n',
);

// 1. npm run synth
rmSync(join(root, 'node_modules', '.cache', 'run'), { recursive: true, force: true });
const cold = timed('npm', ['run', '-s', 'synth']).ms;
const warm = Array.from({ length: RUNS }, () => timed('npm', ['run', '-s', 'synth']).ms);
const synthMedian = median(warm);
console.log('1. npm run synth (real platform: dev, staging, production; validation on; writes dist/)');
console.log(`   cold (no bundle cache, first run after a clone or a source change): ${seconds(cold)}`);
console.log(
  `   warm median of ${RUNS}: ${seconds(synthMedian)}  (min ${seconds(Math.min(...warm))}, max ${seconds(Math.max(...warm))})` +
    `  target < ${TARGET_SYNTH_S} s: ${synthMedian / 1000 < TARGET_SYNTH_S ? 'met' : 'MISSED'}`,
);

// 2. Generated platforms
console.log(`\n2. generated platforms x 3 environments (median of ${RUNS_GENERATED} runs each, after one warm-up run)`);
console.log('   services   objects   median wall   peak RSS     output      ms/service');
const rows = [];
for (const size of SIZES) {
  const out = join(mkdtempSync(join(tmpdir(), 'orofi-bench-')), 'dist');
  const args = ['scripts/run.mjs', 'test/fixtures/synth-generated.ts', String(size), out];
  timed(process.execPath, args);
  const runs = Array.from({ length: RUNS_GENERATED }, () => timed(process.execPath, args));
  const ms = median(runs.map((r) => r.ms));
  const rssMiB = Math.max(...runs.map((r) => Number(/maxrss (\d+)/.exec(r.stderr)?.[1] ?? 0))) / 1024;
  const bytes = treeBytes(out);
  const objects = Number(/(\d+) objects/.exec(runs[0].stdout)?.[1]);
  rmSync(join(out, '..'), { recursive: true, force: true });
  rows.push({ size, ms, rssMiB });
  console.log(
    `   ${String(size).padStart(8)}   ${String(objects).padStart(7)}   ${seconds(ms).padStart(11)}   ${`${rssMiB.toFixed(0)} MiB`.padStart(8)}   ${`${(bytes / 1024 / 1024).toFixed(1)} MiB`.padStart(9)}   ${(ms / size).toFixed(2).padStart(10)}`,
  );
}
const first = rows[0];
const last = rows[rows.length - 1];
const growth = last.ms / first.ms / (last.size / first.size);
console.log(
  `   growth ${first.size} -> ${last.size}: time x${(last.ms / first.ms).toFixed(1)} for size x${(last.size / first.size).toFixed(1)}` +
    ` (${growth.toFixed(2)} of linear; below 1 means fixed start-up cost is being amortised)`,
);
if (last.size === 1000) {
  console.log(
    `   1,000 services: ${seconds(last.ms)} (target < ${TARGET_1000_S} s: ${last.ms / 1000 < TARGET_1000_S ? 'met' : 'MISSED'}),` +
      ` ${last.rssMiB.toFixed(0)} MiB (target < ${TARGET_MEMORY_MIB} MiB: ${last.rssMiB < TARGET_MEMORY_MIB ? 'met' : 'MISSED'})`,
  );
}
