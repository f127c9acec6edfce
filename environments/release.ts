import type { EnvironmentInput } from '../lib/config/schema';

/**
 * What the release pipeline records for an environment in `environments/releases/<env>.json`
 * (`npm run release:record`, after it pushed the images): the tag it released and the registry's
 * digest of each workload's image of that tag. Nothing else writes a digest of Orofi's own images.
 */
export interface Release {
  readonly imageTag: string;
  /** Digest of each workload's image of `imageTag` (`sha256:...`), keyed by workload name. */
  readonly imageDigests: Readonly<Record<string, string>>;
  /** Set while the digests are placeholders that no pipeline wrote (synth warns, naming each workload). */
  readonly placeholderImageDigests?: boolean;
}

/**
 * The environment fields a release sets: its tag, whether its digests are placeholders, and each
 * workload's digest beside the environment's own per-workload overrides.
 */
export function released(
  release: Release,
  overrides: NonNullable<EnvironmentInput['workloads']> = {},
): Pick<EnvironmentInput, 'imageTag' | 'placeholderImageDigests' | 'workloads'> {
  const names = [...new Set([...Object.keys(overrides), ...Object.keys(release.imageDigests)])];
  return {
    imageTag: release.imageTag,
    placeholderImageDigests: release.placeholderImageDigests ?? false,
    workloads: Object.fromEntries(
      names.map((name) => [
        name,
        {
          ...overrides[name],
          ...(release.imageDigests[name] === undefined ? {} : { imageDigest: release.imageDigests[name] }),
        },
      ]),
    ),
  };
}
