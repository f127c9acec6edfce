import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { environments, platform } from '../environments';
import type { EnvironmentInput, PlatformInput } from '../lib/config/schema';
import { ConfigError, loadPlatform } from '../lib/config/load';
import type { EnvironmentModel } from '../lib/model';
import type { PlatformSource } from '../lib/platforms';
import { synthesizeEnvironment, type ManifestFile } from '../lib/synth';
import type { KubeObject } from '../lib/validate';
import { platforms } from '../platforms';

export const ROOT = join(__dirname, '..');

/** The security context every container of the platform has (its user aside). */
export const HARDENED_CONTAINER = {
  allowPrivilegeEscalation: false,
  capabilities: { drop: ['ALL'] },
  privileged: false,
  readOnlyRootFilesystem: true,
  runAsNonRoot: true,
  seccompProfile: { type: 'RuntimeDefault' },
};

/** Fresh, mutable copies of the real inputs, for tests that break them on purpose. */
/** What `loadPlatform` reports for the inputs: its problems, none when it accepts them; other errors rethrown. */
export function configProblems(platform: unknown, environments: readonly unknown[]): readonly string[] {
  try {
    loadPlatform(platform, environments);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

export function orofiInputs(): { platform: PlatformInput; environments: EnvironmentInput[] } {
  return structuredClone({ platform, environments });
}

const models = new Map<string, Map<string, EnvironmentModel>>();

/** The model of each environment of a platform of platforms/index.ts, by name (read-only: one per test file). */
export function platformModel(source: PlatformSource): Map<string, EnvironmentModel> {
  let model = models.get(source.name);
  if (!model) {
    model = new Map(loadPlatform(source.platform, source.environments).environments.map((e) => [e.name, e]));
    models.set(source.name, model);
  }
  return model;
}

/** The model of each real environment of the default platform (Orofi), by name. */
export function orofiModel(): Map<string, EnvironmentModel> {
  return platformModel(platforms.find((p) => p.isDefault)!);
}

let shared: { problems: string[]; environments: Record<string, ManifestFile[]> } | undefined;

/** The model of the real environment `env` stands for (same platform, same name), if `env` equals it. */
function realEnvironment(env: EnvironmentModel): EnvironmentModel | undefined {
  const source = platforms.find((p) => p.name === env.platform);
  const real = source && platformModel(source).get(env.name);
  return real === env || isDeepStrictEqual(real, env) ? real : undefined;
}

/**
 * Synthesizes one environment and fails the test on any validation problem. An environment whose model
 * equals a real one (of `platformModel()`, any platform: the same object, or one loaded again from the
 * same or equivalent inputs) is read from the synth test/global-setup.js ran once for the whole test
 * run, in a process of its own, rather than synthesized and validated again in every test file: the
 * objects of an environment are a function of its model alone (platform.test.ts checks that another
 * process gives the same). Read-only: one copy per test file.
 */
export function synth(env: EnvironmentModel): ManifestFile[] {
  const file = process.env.OROFI_TEST_OUTPUT;
  if (file && realEnvironment(env)) {
    shared ??= JSON.parse(readFileSync(file, 'utf8')) as NonNullable<typeof shared>;
    expect(shared.problems).toEqual([]);
    return shared.environments[`${env.platform}/${env.name}`]!;
  }
  return synthFresh(env);
}

/** The files of every environment through `synth`, in order, as `synthesizePlatform` gives them. */
export function synthAll(environments: Iterable<EnvironmentModel>): ManifestFile[] {
  return [...environments].flatMap((env) => synth(env));
}

/** Synthesizes one environment in this process and fails the test on any validation problem. */
export function synthFresh(env: EnvironmentModel): ManifestFile[] {
  const problems: string[] = [];
  const files = synthesizeEnvironment(env, problems);
  expect(problems).toEqual([]);
  return files;
}

export function allObjects(files: readonly ManifestFile[]): KubeObject[] {
  return files.flatMap((f) => f.objects);
}

export function ofKind<T extends KubeObject = KubeObject>(files: readonly ManifestFile[], kind: string): T[] {
  return allObjects(files).filter((o) => o.kind === kind) as T[];
}

export function find<T extends KubeObject = KubeObject>(files: readonly ManifestFile[], kind: string, name: string): T {
  const found = ofKind<T>(files, kind).filter((o) => o.metadata.name === name);
  if (found.length !== 1) throw new Error(`expected one ${kind} ${name}, found ${found.length}`);
  return found[0] as T;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'orofi-test-'));
}

/** Every file under `dir`, path -> sha256 of its content; compares folders byte for byte. */
export function treeDigest(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d).sort()) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}
