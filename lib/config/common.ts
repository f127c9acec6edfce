/**
 * Helpers of the config checks and the resolution into the model, shared by lib/config/load.ts and the
 * backing-service plug-ins (charts/backing/<kind>/).
 */
import type { EnvironmentSpec, PlatformSpec } from './schema';

/** A path into an input file: keys and list indexes (items with a `name` are reported by name). */
export type Path = readonly PropertyKey[];
/** Reports one problem at a path of one input file (the description or one environment). */
export type Report = (path: Path, message: string) => void;

/** GCP service account ids: 6 to 30 characters. */
export const GCP_SERVICE_ACCOUNT_ID = /^[a-z][-a-z0-9]{4,28}[a-z0-9]$/;

/** Zones it takes to spread over zones: with fewer, one zone's loss takes a quorum (2 of 3) with it. */
export const MIN_ZONES_TO_SPREAD = 3;

/** Whether the cluster has the zones to spread over: hard zone spreading, zone anti-affinity, zone racks. */
export const acrossZones = (platform: PlatformSpec) => platform.cluster.zones.length >= MIN_ZONES_TO_SPREAD;

/** `{service}` and `{env}` of a name pattern replaced. */
export function expand(pattern: string, service: string, env: string): string {
  return pattern.replaceAll('{service}', service).replaceAll('{env}', env);
}

/** The environment's GCP project: the description's `gcpProject` with `{env}` replaced. */
export function gcpProjectOf(platform: PlatformSpec, env: EnvironmentSpec): string {
  return expand(platform.gcpProject, '', env.name);
}

/** The GCP service account a namespace's SecretStore reads Secret Manager as. */
export function secretStoreAccountId(namespace: string): string {
  return `${namespace}-secrets`;
}

/** A GCP service account's e-mail in the environment's project. */
export function gsaOf(platform: PlatformSpec, env: EnvironmentSpec, id: string): string {
  return serviceAccountEmail(gcpProjectOf(platform, env), id);
}

/** A GCP service account's e-mail in a project. */
export function serviceAccountEmail(project: string, id: string): string {
  return `${id}@${project}.iam.gserviceaccount.com`;
}

/** `jwt-signing-key` -> `JWT_SIGNING_KEY` */
export function envVarOf(key: string): string {
  return key.toUpperCase().replaceAll('-', '_');
}

/** The items listed more than once. */
export function duplicates<T>(items: readonly T[]): Set<T> {
  const seen = new Set<T>();
  const dups = new Set<T>();
  for (const item of items) (seen.has(item) ? dups : seen).add(item);
  return dups;
}

export const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
