/**
 * The synth command: configuration in, dist/ out, or a clear report and exit code 1 with dist/ untouched.
 */
import { loadPlatform } from './config/load';
import { generateDocs } from './docs';
import { ProblemsError } from './errors';
import { synthesizePlatform } from './synth';
import { writeTreeAtomically, WriteError } from './write';

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
}

/** Runs the synth command and returns its exit code. */
export function runSynth(command: SynthCommand, log: Pick<Console, 'log' | 'error'> = console): number {
  const started = performance.now();
  try {
    const model = loadPlatform(command.platform, command.environments);
    const files = synthesizePlatform(model);
    writeTreeAtomically(command.outDir, files);
    if (command.docsDir) writeTreeAtomically(command.docsDir, generateDocs(model, files));
    const objects = files.reduce((n, f) => n + f.objects.length, 0);
    const envs = model.environments.map((e) => e.name).join(', ');
    log.log(
      `synth: ${envs}: ${files.length} files, ${objects} objects in ${Math.round(performance.now() - started)} ms`,
    );
    return 0;
  } catch (error) {
    if (error instanceof ProblemsError || error instanceof WriteError) {
      log.error(`synth failed, ${command.outDir} left unchanged: ${error.message}`);
      return 1;
    }
    throw error;
  }
}
