/**
 * The synth command: configuration in, dist/ out, or a clear report and exit code 1 with dist/ untouched.
 */
import { ConfigError, loadPlatform } from './config/load';
import { environmentDoc, handWrittenDocs } from './docs';
import { ProblemsError } from './errors';
import { sisterProblem } from './platforms';
import { synthesizeEnvironment, SynthError } from './synth';
import { acquireLock, commitTrees, TreeWriter, WriteError, type TreeFile } from './write';

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
 * soon as it is synthesized and valid (so memory holds one environment at a time); dist/ and docs/ are
 * swapped in only when every environment is, and left as they were otherwise.
 */
export function runSynth(command: SynthCommand, log: Pick<Console, 'log' | 'error'> = console): number {
  return runSynthAll([command], log);
}

/**
 * The synth command over several platforms (the default one and those under platforms/): every
 * platform's every environment is synthesized and checked, and every dist/ and docs/ is replaced
 * together, or none is.
 */
export function runSynthAll(commands: readonly SynthCommand[], log: Pick<Console, 'log' | 'error'> = console): number {
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
    for (const command of commands) {
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
      const envProblems: string[] = [];
      for (const env of model.environments) {
        const envFiles = synthesizeEnvironment(env, envProblems);
        if (envProblems.length > 0) continue; // still check the others, but write nothing more
        dist.add(envFiles);
        docs.push(
          environmentDoc(
            env,
            envFiles.flatMap((f) => f.objects),
          ),
        );
        files += envFiles.length;
        objects += envFiles.reduce((n, f) => n + f.objects.length, 0);
      }
      problems.push(...envProblems.map(own));
      const envs = model.environments.map((e) => e.name).join(', ');
      const name = command.sister?.name ?? model.environments[0]?.platform;
      summaries.push(commands.length > 1 || command.sister ? `${name} (${envs})` : envs);
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
