#!/usr/bin/env node
// `npm run bench`: wall time and peak memory of the synth command, measured as whole processes.
//
//   1. `npm run synth` (all environments, validation on, writing dist/ and docs/): one cold run with the
//      bundle cache removed, then RUNS warm runs of Orofi alone (`npm run synth -- orofi`) and RUNS of
//      every platform (`npm run synth`), interleaved; median, min and max.
//   2. The same app run the way the default cdk8s-cli template runs it, `npx ts-node main.ts` (ts-node
//      compiles and type-checks each file as it is required), side by side with 1 in the same run:
//      median of TS_NODE_RUNS runs and the ratio, then the same with `--transpile-only`. It runs in a
//      scratch copy of the repository (node_modules linked), so that main.ts writes the copy's dist/,
//      never this one; the copy's output must equal this dist/ byte for byte. ts-node reads the
//      "ts-node" section of tsconfig.json (CommonJS output); Node needs `--conditions=import` to
//      require the ESM-only kubernetes-models packages, which have only an `import` export.
//   3. Generated platforms of 100, 300 and 1,000 microservices (plus one gateway per ten; topics,
//      secrets, MongoDB, MySQL, Redis) x 3 environments, through the same command code into a scratch
//      folder: median of RUNS_GENERATED runs, peak resident memory (of the process: both threads when
//      synth renders on two, lib/parallel.ts), output size, and how time grows with size.
//
//   4. `npm test` on a fresh clone: `git clone` of this repository's HEAD into a scratch folder, with this
//      node_modules linked in (what `npm ci` would install; its caches are keyed by path, so nothing is
//      warm), `npm run synth`, then `npm test`, timed as a whole: once with nothing beside the clone (the
//      tests that need ../shared skip), once with ../shared beside it, as CI has it. TEST_RUNS each.
//
// Nothing here reaches the network: every process is node, npm run or npx on an installed bin, with
// npm's update check off. `unshare -n npm run bench` (no network device) gives the same figures.
//
// Options: --runs N (default 7), --ts-node-runs N (default 5), --generated-runs N (default 3),
// --sizes 100,300,1000, --test-runs N (default 1), --sections 1,2,3,4 (which sections to run; 1 and 2
// run together).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '../..');
const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const RUNS = Number(option('runs', 7));
const RUNS_TS_NODE = Number(option('ts-node-runs', 5));
const RUNS_GENERATED = Number(option('generated-runs', 3));
const SIZES = option('sizes', '100,300,1000').split(',').map(Number);
const RUNS_TEST = Number(option('test-runs', 1));
const SECTIONS = new Set(option('sections', '1,2,3,4').split(',').map(Number));
const TARGET_SYNTH_S = 0.8;
/** Every platform side by side (Orofi and the sister platforms under platforms/). */
const TARGET_ALL_S = 1.2;
/** The default platform, timed alone against TARGET_SYNTH_S (`npm run synth -- orofi`). */
const DEFAULT_PLATFORM = 'orofi';
const TARGET_RATIO = 4;
const TARGET_1000_S = 10;
const TARGET_MEMORY_MIB = 1024;
const TARGET_TEST_S = 20;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const seconds = (ms) => `${(ms / 1000).toFixed(3)} s`;

/** npm's once-a-day update check is the only network access npm run or npx would make here. */
const env = { ...process.env, npm_config_update_notifier: 'false' };

/** Runs a command to completion and returns its wall time in ms; fails loudly if it fails. */
function timed(command, args, { cwd = root, extraEnv = {} } = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...env, ...extraEnv } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status}`);
  }
  return { ms, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under `dir`, relative path -> sha256, to compare two outputs byte for byte. */
function treeDigest(dir, base = dir, out = {}) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) treeDigest(path, base, out);
    else out[path.slice(base.length + 1)] = createHash('sha256').update(readFileSync(path)).digest('hex');
  }
  return out;
}
const sameTree = (a, b) => JSON.stringify(treeDigest(a)) === JSON.stringify(treeDigest(b));

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

if (SECTIONS.has(1) || SECTIONS.has(2)) {
  // 1 and 2: npm run synth, and the cdk8s-cli template's way (npx ts-node main.ts) in a scratch copy of the
  // repository, interleaved run by run so that both see the same machine.
  if (!existsSync(join(root, 'node_modules', '.bin', 'ts-node')))
    throw new Error('ts-node is not installed: npm ci first');
  const copy = mkdtempSync(join(tmpdir(), 'orofi-bench-ts-node-'));
  // docs/ is copied for its hand-written design pages, which synth carries over.
  const skip = new Set(['.git', 'node_modules', 'dist', '.cdk8s.out', 'coverage', '.bench']);
  cpSync(root, copy, { recursive: true, filter: (source) => !skip.has(source.slice(root.length + 1).split('/')[0]) });
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const synth = (...platforms) =>
    timed('npm', ['run', '-s', 'synth', ...(platforms.length > 0 ? ['--', ...platforms] : [])]).ms;
  const tsNode = (...flags) => {
    const { ms } = timed('npx', ['ts-node', ...flags, 'main.ts'], {
      cwd: copy,
      extraEnv: { NODE_OPTIONS: '--conditions=import' },
    });
    const same = sameTree(join(copy, 'dist'), join(root, 'dist')) && sameTree(join(copy, 'docs'), join(root, 'docs'));
    if (!same)
      throw new Error(`npx ts-node ${flags.join(' ')} main.ts wrote another dist/ or docs/ than npm run synth`);
    return ms;
  };
  rmSync(join(root, 'node_modules', '.cache', 'run'), { recursive: true, force: true });
  const cold = synth();
  const warm = [];
  const warmAll = [];
  const typeChecked = [];
  const transpiled = [];
  for (let i = 0; i < Math.max(RUNS, RUNS_TS_NODE); i++) {
    if (i < RUNS) warm.push(synth(DEFAULT_PLATFORM));
    if (i < RUNS) warmAll.push(synth());
    if (i < RUNS_TS_NODE) typeChecked.push(tsNode());
    if (i < RUNS_TS_NODE) transpiled.push(tsNode('--transpile-only'));
  }
  rmSync(copy, { recursive: true, force: true });
  const synthMedian = median(warm);
  const ratio = median(typeChecked) / synthMedian;
  const spread = (runs) => `(min ${seconds(Math.min(...runs))}, max ${seconds(Math.max(...runs))})`;

  console.log('1. npm run synth (validation on; writes dist/ and docs/)');
  console.log(
    `   cold, every platform (no bundle cache, first run after a clone or a source change): ${seconds(cold)}`,
  );
  console.log(
    `   ${DEFAULT_PLATFORM} alone (dev, staging, production), warm median of ${RUNS}: ${seconds(synthMedian)}  ${spread(warm)}` +
      `  target < ${TARGET_SYNTH_S} s: ${synthMedian / 1000 < TARGET_SYNTH_S ? 'met' : 'MISSED'}`,
  );
  const allMedian = median(warmAll);
  console.log(
    `   every platform (platforms/index.ts), warm median of ${RUNS}: ${seconds(allMedian)}  ${spread(warmAll)}` +
      `  target < ${TARGET_ALL_S} s: ${allMedian / 1000 < TARGET_ALL_S ? 'met' : 'MISSED'}`,
  );

  console.log(
    `\n2. the same app run as the default cdk8s-cli template runs it, interleaved with 1 (median of ${RUNS_TS_NODE} runs each;`,
  );
  console.log("   in a scratch copy of the repository; every run's dist/ and docs/ identical to npm run synth's)");
  console.log(`   npx ts-node main.ts (type-checks):      ${seconds(median(typeChecked))}  ${spread(typeChecked)}`);
  console.log(`   npx ts-node --transpile-only main.ts:   ${seconds(median(transpiled))}  ${spread(transpiled)}`);
  console.log(
    `   npm run synth (warm) is ${ratio.toFixed(1)}x faster than npx ts-node main.ts` +
      ` (${(median(transpiled) / synthMedian).toFixed(1)}x than --transpile-only)` +
      `  target >= ${TARGET_RATIO}x: ${ratio >= TARGET_RATIO ? 'met' : 'MISSED'}`,
  );
}

// 3. Generated platforms
if (SECTIONS.has(3)) {
  console.log(
    `\n3. generated platforms x 3 environments (median of ${RUNS_GENERATED} runs each, after one warm-up run)`,
  );
  console.log('   services   objects   median wall   peak RSS     output      ms/service   threads');
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
    const threads = / on 2 threads:/.test(runs[0].stdout) ? 2 : 1;
    rmSync(join(out, '..'), { recursive: true, force: true });
    rows.push({ size, ms, rssMiB });
    console.log(
      `   ${String(size).padStart(8)}   ${String(objects).padStart(7)}   ${seconds(ms).padStart(11)}   ${`${rssMiB.toFixed(0)} MiB`.padStart(8)}   ${`${(bytes / 1024 / 1024).toFixed(1)} MiB`.padStart(9)}   ${(ms / size).toFixed(2).padStart(10)}   ${threads}`,
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
}

// 4. npm test on a fresh clone
if (SECTIONS.has(4) && RUNS_TEST > 0) {
  console.log(
    `\n4. npm test on a fresh clone of HEAD (node_modules linked, every cache cold; ${RUNS_TEST} run(s) each)`,
  );
  const shared = resolve(root, '..', 'shared');
  for (const withShared of [false, true]) {
    if (withShared && !existsSync(shared)) {
      console.log('   with ../shared: skipped, ../shared is not beside this repository');
      continue;
    }
    const times = [];
    for (let i = 0; i < RUNS_TEST; i++) {
      const scratch = mkdtempSync(join(tmpdir(), 'orofi-bench-clone-'));
      const clone = join(scratch, 'clone');
      timed('git', ['clone', '--quiet', root, clone]);
      symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'), 'dir');
      if (withShared) symlinkSync(shared, join(scratch, 'shared'), 'dir');
      try {
        const synthMs = timed('npm', ['run', '-s', 'synth'], { cwd: clone }).ms;
        const test = timed('npm', ['test'], { cwd: clone });
        const summary = /Tests:\s+(.*)/.exec(test.stdout)?.[1] ?? '?';
        times.push(test.ms);
        console.log(
          `   ${withShared ? 'with ../shared:   ' : 'nothing beside it:'} npm test ${seconds(test.ms)}` +
            ` (after npm run synth ${seconds(synthMs)}; ${summary})`,
        );
      } finally {
        rmSync(scratch, { recursive: true, force: true });
      }
    }
    const m = median(times);
    console.log(
      `   ${withShared ? 'with ../shared' : 'nothing beside it'}: median ${seconds(m)}` +
        `  target < ${TARGET_TEST_S} s: ${m / 1000 < TARGET_TEST_S ? 'met' : 'MISSED'}`,
    );
  }
}
