/**
 * The two-thread queue of lib/parallel.ts, in one thread: under Jest no worker thread can be started
 * (scripts/run.mjs alone offers one), so the stand-in `start` plays the worker synchronously, with
 * `serveQueue` on the data `renderInParallel` starts it with, before this thread takes its first item.
 * What must hold, from the module's contract: every item is accepted exactly once, with the result of
 * the thread that rendered it; an item the worker could not render fails the whole run with one line
 * naming it; a worker that stops before posting what it took is an error, never a hang.
 */
import { renderInParallel, serveQueue, type WorkerData } from '../../lib/parallel';

const START_WORKER = Symbol.for('orofi.run.startWorker');
const global = globalThis as Record<symbol, unknown>;
const ITEMS = ['dev', 'staging', 'production'];

/** Runs `renderInParallel` over ITEMS with `worker` as the stand-in thread; returns what was accepted, in order. */
function run(worker: (data: WorkerData<unknown>) => void): [number, string][] {
  global[START_WORKER] = worker;
  const accepted: [number, string][] = [];
  try {
    renderInParallel(
      ITEMS.length,
      { job: 'test' },
      (i) => `main:${ITEMS[i]}`,
      (i, result) => accepted.push([i, result]),
      (i) => ITEMS[i]!,
    );
  } finally {
    delete global[START_WORKER];
  }
  return accepted;
}

test('the worker is started with the job, the item count and a port it may keep', () => {
  let started: WorkerData<unknown> | undefined;
  run((data) => {
    started = data;
    serveQueue((i) => `worker:${ITEMS[i]}`, data);
  });
  expect(started).toMatchObject({ parallelJob: { job: 'test' }, count: ITEMS.length });
  expect(started!.queue).toBeInstanceOf(SharedArrayBuffer);
});

test('a worker that takes every item: each accepted once, with its result', () => {
  const accepted = run((data) => serveQueue((i) => `worker:${ITEMS[i]}`, data));
  expect(accepted).toHaveLength(ITEMS.length);
  expect(new Map(accepted)).toEqual(new Map(ITEMS.map((name, i) => [i, `worker:${name}`])));
});

test('a worker that takes nothing: this thread renders every item, in order', () => {
  expect(run(() => undefined)).toEqual(ITEMS.map((name, i) => [i, `main:${name}`]));
});

test('an item the worker could not render: one line naming it and the error, after the items before it', () => {
  const accepted: [number, string][] = [];
  global[START_WORKER] = (data: WorkerData<unknown>) =>
    serveQueue((i) => {
      if (i === 1) throw new TypeError('no such secret');
      return `worker:${ITEMS[i]}`;
    }, data);
  try {
    expect(() =>
      renderInParallel(
        ITEMS.length,
        {},
        () => 'main',
        (i, r: string) => accepted.push([i, r]),
        (i) => ITEMS[i]!,
      ),
    ).toThrow(new Error('staging: TypeError: no such secret'));
  } finally {
    delete global[START_WORKER];
  }
  expect(accepted).toEqual([[0, 'worker:dev']]);
});

test('a worker that throws something else than an Error: its text', () => {
  expect(() =>
    run((data) =>
      serveQueue(() => {
        throw 'out of memory';
      }, data),
    ),
  ).toThrow(new Error('dev: out of memory'));
});

test('a worker that stops after taking items it never posted: an error saying how many it lost', () => {
  // The stand-in serves as if there were one item: it posts item 0, takes item 1 on its way out of the
  // loop, and stops (slot 2 of the queue is the worker's `stopped` flag, set by its `exit` handler).
  // This thread renders item 2; of the 2 the worker took, 1 never came.
  const postOneOfTwoAndStop = (data: WorkerData<unknown>) => {
    serveQueue((i) => `worker:${ITEMS[i]}`, { ...data, count: 1 });
    Atomics.store(new Int32Array(data.queue), 2, 1);
  };
  expect(() => run(postOneOfTwoAndStop)).toThrow(
    new Error('the worker thread stopped before rendering all it took (1 of 2)'),
  );
});
