/**
 * The synth command: configuration in, dist/ out, or a clear report and exit code 1 with dist/ untouched.
 */
import { ConfigError, loadPlatform } from './config/load';
import { environmentDoc, handWrittenDocs } from './docs';
import { ProblemsError } from './errors';
import type { EnvironmentModel } from './model';
import { renderInParallel, serveQueue, useTwoThreads, workerJob } from './parallel';
import { sisterProblem } from './platforms';
import { synthesizeEnvironment, SynthError } from './synth';
import { acquireLock, commitTrees, TreeWriter, WriteError, writeFiles, type TreeFile } from './write';

export interface SynthCommand {
  /** The platform description, as exported by `environments/platform.ts`. */
  readonly platform: unknown;
  /** The environment configs, as exported by `environments/*.ts`. */
  readonly environments: readonly unknown[];
  /** Folder replaced by the output (dist/). */
  readonly outDir: string;
  /**
   * Folder replaced by the generated documents (docs/).
   * @default - no documents
   */
  readonly docsDir?: string;
  /**
   * How long to wait for another run that holds the output's lock.
   * @default 30 s (SYNTH_LOCK_WAIT_MS)
   */
  readonly lockWaitMs?: number;
  /**
   * A platform beside the default one (platforms/<name>/): its problems are reported as
   * `<name>: <problem>`, with the paths of its output under its own folder.
   * @default - the default platform: problems as they are
   */
  readonly sister?: { readonly name: string; readonly folder: string };
}

/**
 * Runs the synth command and returns its exit code. Each environment is written to a scratch folder as
 * soon as it is synthesized and valid (so memory holds one environment at a time per thread); dist/ and
 * docs/ are swapped in only when every environment is, and left as they were otherwise.
 */
export function runSynth(command: SynthCommand, log: Pick<Console, 'log' | 'error'> = console): number {
  return runSynthAll([command], log);
}

/**
 * From how many workloads per environment the environments are rendered on two threads when a core is
 * free (lib/parallel.ts; SYNTH_THREADS=1 or 2 decides otherwise). The worker thread costs about 0.6 s of
 * CPU to start (the program and its validators loaded once more) and an environment about 3 ms per
 * workload: below a few hundred workloads one thread is as fast (Orofi has 8; the 100-service test
 * platform 110).
 */
export const PARALLEL_MIN_WORKLOADS = 250;

/** One environment rendered and written to the scratch folder, or why not. */
interface RenderedEnvironment {
  /** Its page of docs/. */
  readonly doc?: TreeFile;
  readonly files: number;
  readonly objects: number;
  /** Invalid objects: nothing was written. */
  readonly problems: readonly string[];
  /** The files could not be written. */
  readonly writeError?: string;
}

/**
 * Renders one environment and, if it is valid, writes its files to `scratch` (the scratch folder of
 * dist/'s TreeWriter), on whichever thread renders it: only the page of docs/ and the counts go back.
 */
function renderEnvironment(env: EnvironmentModel, scratch: string): RenderedEnvironment {
  const problems: string[] = [];
  const files = synthesizeEnvironment(env, problems);
  if (problems.length > 0) return { files: 0, objects: 0, problems };
  try {
    writeFiles(scratch, files);
  } catch (error) {
    return { files: 0, objects: 0, problems, writeError: (error as Error).message.split('\n')[0] };
  }
  const objects = files.flatMap((f) => f.objects);
  return { doc: environmentDoc(env, objects), files: files.length, objects: objects.length, problems };
}

/**
 * Renders every environment of a platform, handing each to `accept` as soon as it is rendered: on two
 * threads when the platform is large (see above; then it returns true), in order otherwise.
 */
function renderEnvironments(
  environments: readonly EnvironmentModel[],
  job: WorkerJob,
  accept: (index: number, rendered: RenderedEnvironment) => void,
): boolean {
  const workloads = environments.reduce((n, env) => Math.max(n, env.workloads.length), 0);
  const render = (i: number) => renderEnvironment(environments[i]!, job.scratch);
  if (environments.length > 1 && useTwoThreads(workloads >= PARALLEL_MIN_WORKLOADS)) {
    renderInParallel(environments.length, job, render, accept, (i) => environments[i]!.name);
    return true;
  }
  environments.forEach((_, i) => accept(i, render(i)));
  return false;
}

/** What a worker thread renders: the environments of `commands[command]`, into `scratch`. */
interface WorkerJob {
  readonly command: number;
  readonly scratch: string;
}

/**
 * The synth command over several platforms (the default one and those under platforms/): every
 * platform's every environment is synthesized and checked, and every dist/ and docs/ is replaced
 * together, or none is.
 */
export function runSynthAll(commands: readonly SynthCommand[], log: Pick<Console, 'log' | 'error'> = console): number {
  // A worker thread (lib/parallel.ts) runs this same command: it renders the environments it takes.
  const job = workerJob<WorkerJob>();
  if (job) {
    const command = commands[job.command]!;
    const { environments } = loadPlatform(command.platform, command.environments);
    serveQueue((i) => renderEnvironment(environments[i]!, job.scratch));
    return 0;
  }
  const started = performance.now();
  const writers: TreeWriter[] = [];
  const releases: (() => void)[] = [];
  const outDirs = commands.map((c) => c.outDir).join(', ');
  try {
    const configProblems: string[] = [];
    const problems: string[] = [];
    const summaries: string[] = [];
    let files = 0;
    let objects = 0;
    for (const [index, command] of commands.entries()) {
      const own = (problem: string) => sisterProblem(command.sister, problem);
      // One run at a time; an output folder that cannot be written fails before any work.
      const waitMs = command.lockWaitMs ?? Number(process.env.SYNTH_LOCK_WAIT_MS ?? 30_000);
      releases.push(acquireLock(command.outDir, { waitMs }));
      const dist = new TreeWriter(command.outDir);
      writers.push(dist);
      let model;
      try {
        model = loadPlatform(command.platform, command.environments);
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error;
        configProblems.push(...error.problems.map(own));
        continue;
      }
      for (const warning of model.warnings) log.log(`synth: warning: ${own(warning)}`);
      const docs: TreeFile[] = [];
      const problemsByEnv: (readonly string[])[] = [];
      const parallel = renderEnvironments(model.environments, { command: index, scratch: dist.tmp }, (i, env) => {
        if (env.writeError) throw new WriteError(`cannot write ${command.outDir}: ${env.writeError}`);
        // An environment with problems has no page; the run then fails and discards the pages and counts.
        problemsByEnv[i] = env.problems;
        docs[i] = env.doc!;
        files += env.files;
        objects += env.objects;
      });
      const envProblems = problemsByEnv.flat();
      problems.push(...envProblems.map(own));
      const envs = model.environments.map((e) => e.name).join(', ');
      const name = command.sister?.name ?? model.environments[0]?.platform;
      const threads = parallel ? ' on 2 threads' : '';
      summaries.push(commands.length > 1 || command.sister ? `${name} (${envs}${threads})` : `${envs}${threads}`);
      if (command.docsDir && problems.length + configProblems.length === 0) {
        const docsWriter = new TreeWriter(command.docsDir);
        writers.push(docsWriter);
        // The generated pages are replaced; the hand-written ones (docs/design/) are carried over as they are.
        docsWriter.add([...docs, ...handWrittenDocs(command.docsDir)]);
      }
    }
    if (configProblems.length > 0) throw new ConfigError(configProblems);
    if (problems.length > 0) throw new SynthError(problems);
    commitTrees(writers); // every dist/ and docs/ together
    writers.length = 0;
    log.log(
      `synth: ${summaries.join(', ')}: ${files} files, ${objects} objects in ${Math.round(performance.now() - started)} ms`,
    );
    return 0;
  } catch (error) {
    for (const writer of writers) writer.abort();
    if (error instanceof ProblemsError || error instanceof WriteError) {
      log.error(`synth failed, ${outDirs} left unchanged: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    for (const release of releases) release();
  }
}
