/**
 * Rendering the environments of a large platform on two threads: the main thread and one worker thread
 * take environments from a shared queue, so a 3-environment platform on 2 cores renders in about two
 * environments' time instead of three. Everything stays synchronous for the caller (lib/cli.ts): the main
 * thread waits for the worker's results with `Atomics.wait` and `receiveMessageOnPort`.
 *
 * The worker runs the same program as the main thread (the same bundle, the same arguments: see
 * `startWorker` in scripts/run.mjs, which alone can start one), and the job it finds in `workerData`
 * tells the program to serve the queue (`workerJob`, `serveQueue`) instead of running the command.
 * Each environment is rendered from the same description by the same code whichever thread takes it,
 * and results are put back in environment order, so the output does not depend on the threads.
 */
import { availableParallelism, loadavg } from 'node:os';
import { isMainThread, MessageChannel, receiveMessageOnPort, workerData, type MessagePort } from 'node:worker_threads';

/** What scripts/run.mjs offers the program it runs: a worker thread running the same entry and arguments. */
const START_WORKER = Symbol.for('orofi.run.startWorker');
type StartWorker = (data: unknown, transferList: MessagePort[]) => void;

/** Slots of the shared queue. */
const NEXT = 0; // the next index to take
const POSTED = 1; // results the worker has posted
const STOPPED = 2; // 1 once the worker thread has stopped, whatever the reason

/** What a worker is started with: its job, the shared queue and the port it posts its results to. */
export interface WorkerData<J> {
  readonly parallelJob: J;
  readonly queue: SharedArrayBuffer;
  readonly count: number;
  readonly port: MessagePort;
}

/** A result of the worker, or why it could not render the item it took. */
type Message<T> = { readonly index: number } & ({ readonly result: T } | { readonly error: string });

/** Whether a worker thread can be started here: run by scripts/run.mjs (never under Jest), on the main thread. */
export function canRenderInParallel(): boolean {
  return isMainThread && typeof (globalThis as Record<symbol, unknown>)[START_WORKER] === 'function';
}

/**
 * Whether to render on two threads: SYNTH_THREADS=1 never, SYNTH_THREADS=2 always (where it can), and
 * otherwise when the work is `large` and a core is free: more than one CPU and a 1-minute load average
 * below their number. On a loaded machine the worker's start-up and the second thread's share cost more
 * than they bring (1,000 services at load 8 to 15: 13 to 26 s of wall time on two threads against 11.5
 * to 20 s on one, docs/design/performance.md).
 */
export function useTwoThreads(large: boolean): boolean {
  const wanted = process.env.SYNTH_THREADS;
  if (wanted === '1' || !canRenderInParallel()) return false;
  const cpus = availableParallelism();
  return wanted === '2' || (large && cpus > 1 && loadavg()[0]! < cpus);
}

/** The job this thread was started for, if it is a worker started by `renderInParallel`. */
export function workerJob<J>(): J | undefined {
  return isMainThread ? undefined : (workerData as Partial<WorkerData<J>> | undefined)?.parallelJob;
}

/**
 * Worker side: renders the items it takes from the queue until it is empty, posting each result (or the
 * one-line reason it failed) to the main thread. `data` is the thread's `workerData` (a test's stand-in
 * passes its own).
 */
export function serveQueue<T>(render: (index: number) => T, data = workerData as WorkerData<unknown>): void {
  const { queue, count, port } = data;
  const slots = new Int32Array(queue);
  process.once('exit', () => {
    Atomics.store(slots, STOPPED, 1);
    Atomics.notify(slots, POSTED);
  });
  for (let index = Atomics.add(slots, NEXT, 1); index < count; index = Atomics.add(slots, NEXT, 1)) {
    let message: Message<T>;
    try {
      message = { index, result: render(index) };
    } catch (error) {
      message = { index, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    }
    port.postMessage(message);
    Atomics.add(slots, POSTED, 1);
    Atomics.notify(slots, POSTED);
  }
  port.close();
}

/**
 * Main side: renders items 0..count-1 on this thread and on one worker thread started for `job`, and
 * hands each result to `accept` as soon as it is there (so that it can be written and dropped), in no
 * particular order. An item the worker could not render throws here, naming it (`describe`).
 */
export function renderInParallel<T>(
  count: number,
  job: unknown,
  render: (index: number) => T,
  accept: (index: number, result: T) => void,
  describe: (index: number) => string,
): void {
  const queue = new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT);
  const slots = new Int32Array(queue);
  const { port1, port2 } = new MessageChannel();
  const start = (globalThis as Record<symbol, unknown>)[START_WORKER] as StartWorker;
  start({ parallelJob: job, queue, count, port: port2 } satisfies WorkerData<unknown>, [port2]);
  let done = 0;
  for (let index = Atomics.add(slots, NEXT, 1); index < count; index = Atomics.add(slots, NEXT, 1)) {
    accept(index, render(index));
    done++;
  }
  const taken = count - done; // this thread stops taking only when every item is taken
  let received = 0;
  try {
    while (received < taken) {
      const posted = Atomics.load(slots, POSTED);
      const stopped = Atomics.load(slots, STOPPED) === 1;
      for (let m = receiveMessageOnPort(port1); m; m = receiveMessageOnPort(port1)) {
        const message = m.message as Message<T>;
        received++;
        if ('error' in message) throw new Error(`${describe(message.index)}: ${message.error}`);
        accept(message.index, message.result);
      }
      if (received < taken && stopped && received >= Atomics.load(slots, POSTED)) {
        throw new Error(`the worker thread stopped before rendering all it took (${taken - received} of ${taken})`);
      }
      if (received < taken) Atomics.wait(slots, POSTED, posted, 1000);
    }
  } finally {
    port1.close();
  }
}
