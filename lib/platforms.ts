/**
 * Several platforms side by side: the default one at the top of the repository (environments/, dist/,
 * docs/) and its sister platforms under platforms/<name>/, each with its own description, environments,
 * dist/ and docs/. The list itself is platforms/index.ts.
 */
import { join } from 'node:path';
import type { EnvironmentInput, PlatformInput } from './config/schema';
import { ProblemsError } from './errors';

export interface PlatformSource {
  /** The platform's name (its description's `name`), as `npm run synth -- <name>` selects it. */
  readonly name: string;
  /** Its folder, relative to the repository: `.` for the default platform, else `platforms/<name>`. */
  readonly folder: string;
  /** Whether it is the default platform, whose problems are reported without its name. */
  readonly isDefault: boolean;
  readonly platform: PlatformInput;
  readonly environments: readonly EnvironmentInput[];
}

/** Where a platform's output goes, and how its problems are named: what the synth, diff and plan commands take. */
export function outputsOf(source: PlatformSource, root: string) {
  return {
    platform: source.platform,
    environments: source.environments,
    outDir: join(root, source.folder, 'dist'),
    docsDir: join(root, source.folder, 'docs'),
    ...(source.isDefault ? {} : { sister: { name: source.name, folder: source.folder } }),
  };
}

/**
 * The platforms named on the command line (all of them when none is), in the list's order.
 * @throws Error naming the unknown names and the known ones
 */
export function selectPlatforms(all: readonly PlatformSource[], names: readonly string[]): PlatformSource[] {
  const unknown = names.filter((n) => !all.some((p) => p.name === n));
  if (unknown.length > 0) {
    throw new Error(
      `unknown platform ${unknown.map((n) => `"${n}"`).join(', ')}: the platforms are ${all.map((p) => p.name).join(', ')}`,
    );
  }
  return names.length === 0 ? [...all] : all.filter((p) => names.includes(p.name));
}

/**
 * A sister platform's problem, named after it and pointing into its own folder (`platforms/shop/dist/...`);
 * the default platform's (no `sister`) as it is.
 */
export function sisterProblem(
  sister: { readonly name: string; readonly folder: string } | undefined,
  problem: string,
): string {
  if (!sister) return problem;
  return `${sister.name}: ${problem.replace(/(^|[\s(])(dist|docs)\//g, `$1${sister.folder}/$2/`)}`;
}

/** Runs `fn`; the problems it throws for a sister platform are named after it (see `sisterProblem`). */
export function asSister<T>(sister: { readonly name: string; readonly folder: string } | undefined, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (!sister || !(error instanceof ProblemsError)) throw error;
    const what = error.message.slice(0, error.message.indexOf(' ('));
    throw new ProblemsError(
      what,
      error.problems.map((p) => sisterProblem(sister, p)),
    );
  }
}
