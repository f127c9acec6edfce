/**
 * When synth renders on two threads (lib/parallel.ts `useTwoThreads`), from its documented rule alone:
 * SYNTH_THREADS=1 never, SYNTH_THREADS=2 always where a worker can be started, and otherwise only
 * when the work is large, there is more than one CPU and the 1-minute load average is below their
 * number. Under Jest no worker can be started (scripts/run.mjs alone offers one), so the test offers a
 * stand-in and fixes the CPUs and the load; every case of the rule is checked, each one alone.
 */
import os from 'node:os';
import { useTwoThreads } from '../../lib/parallel';

const START_WORKER = Symbol.for('orofi.run.startWorker');
const global = globalThis as Record<symbol, unknown>;

const machine = (cpus: number, load: number) => {
  jest.spyOn(os, 'availableParallelism').mockReturnValue(cpus);
  jest.spyOn(os, 'loadavg').mockReturnValue([load, load, load]);
};

let threads: string | undefined;
beforeEach(() => {
  threads = process.env.SYNTH_THREADS;
  delete process.env.SYNTH_THREADS;
  global[START_WORKER] = () => {};
});
afterEach(() => {
  jest.restoreAllMocks();
  delete global[START_WORKER];
  if (threads === undefined) delete process.env.SYNTH_THREADS;
  else process.env.SYNTH_THREADS = threads;
});

test.each([
  // [large, cpus, load, two threads]
  [true, 2, 0.5, true],
  [true, 8, 7.9, true],
  [false, 2, 0.5, false], // small work: one thread, however idle the machine
  [true, 1, 0, false], // one CPU
  [true, 2, 2, false], // load equal to the CPUs: no core free
  [true, 2, 3.5, false],
])('without SYNTH_THREADS: large %s, %d CPUs, load %s: two threads %s', (large, cpus, load, expected) => {
  machine(cpus, load);
  expect(useTwoThreads(large)).toBe(expected);
});

test('SYNTH_THREADS=1: never, even for large work on an idle machine', () => {
  machine(4, 0);
  process.env.SYNTH_THREADS = '1';
  expect(useTwoThreads(true)).toBe(false);
});

test('SYNTH_THREADS=2: always, even for small work on one busy CPU', () => {
  machine(1, 9);
  process.env.SYNTH_THREADS = '2';
  expect(useTwoThreads(false)).toBe(true);
});

test('no worker can be started (not run by scripts/run.mjs): never, even with SYNTH_THREADS=2', () => {
  machine(4, 0);
  delete global[START_WORKER];
  expect(useTwoThreads(true)).toBe(false);
  process.env.SYNTH_THREADS = '2';
  expect(useTwoThreads(true)).toBe(false);
});
