/**
 * The synth command: configuration in, dist/ out, or a clear report and exit code 1 with dist/ untouched.
 */
import { loadPlatform } from './config/load';
import { environmentDoc, handWrittenDocs } from './docs';
import { ProblemsError } from './errors';
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
}

/**
 * Runs the synth command and returns its exit code. Each environment is written to a scratch folder as
 * soon as it is synthesized and valid (so memory holds one environment at a time); dist/ and docs/ are
 * swapped in only when every environment is, and left as they were otherwise.
 */
export function runSynth(command: SynthCommand, log: Pick<Console, 'log' | 'error'> = console): number {
  const started = performance.now();
  const writers: TreeWriter[] = [];
  let release: (() => void) | undefined;
  try {
    // One run at a time; an output folder that cannot be written fails before any work.
    const waitMs = command.lockWaitMs ?? Number(process.env.SYNTH_LOCK_WAIT_MS ?? 30_000);
    release = acquireLock(command.outDir, { waitMs });
    const dist = new TreeWriter(command.outDir);
    writers.push(dist);
    const model = loadPlatform(command.platform, command.environments);
    for (const warning of model.warnings) log.log(`synth: warning: ${warning}`);
    const docs: TreeFile[] = [];
    const problems: string[] = [];
    let files = 0;
    let objects = 0;
    for (const env of model.environments) {
      const envFiles = synthesizeEnvironment(env, problems);
      if (problems.length > 0) continue; // still check the others, but write nothing more
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
    if (problems.length > 0) throw new SynthError(problems);
    if (command.docsDir) {
      const docsWriter = new TreeWriter(command.docsDir);
      writers.push(docsWriter);
      // The generated pages are replaced; the hand-written ones (docs/design/) are carried over as they are.
      docsWriter.add([...docs, ...handWrittenDocs(command.docsDir)]);
    }
    commitTrees(writers); // dist/ and docs/ together
    writers.length = 0;
    const envs = model.environments.map((e) => e.name).join(', ');
    log.log(`synth: ${envs}: ${files} files, ${objects} objects in ${Math.round(performance.now() - started)} ms`);
    return 0;
  } catch (error) {
    for (const writer of writers) writer.abort();
    if (error instanceof ProblemsError || error instanceof WriteError) {
      log.error(`synth failed, ${command.outDir} left unchanged: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    release?.();
  }
}
