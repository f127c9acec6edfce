/**
 * The kinds of backing service, as plug-ins (see ./types.ts and ./README.md). Adding a kind is a folder
 * `charts/backing/<kind>/` exporting one `BackingService` and one entry in `BACKING_SERVICES`: the
 * description's schema, the model's types, the network and mesh rules, the charts, the reference checks,
 * the sync waves and the docs are all composed from this list, in its order (append new kinds: the
 * output's order follows the list).
 */
import type { z } from 'zod';
import type { PlatformSpec } from '../../lib/config/schema';
import { cloudSql } from './cloud-sql';
import { kafka } from './kafka';
import { mongodb } from './mongodb';
import { rabbitmq } from './rabbitmq';
import { redis } from './redis';
import type { BackingService, BackingTypes } from './types';

/** Every kind of backing service, in the order their parts appear in the output. */
export const BACKING_SERVICES = [kafka, mongodb, cloudSql, redis, rabbitmq] as const;

/** The list's kinds, as one union. */
type Plugin = (typeof BACKING_SERVICES)[number];
/** One of the types each plug-in adds, as a union over the plug-ins (distributive). */
type PartOf<P, K extends keyof BackingTypes> = P extends { readonly types?: infer T }
  ? T extends BackingTypes
    ? T[K]
    : never
  : never;
/** `A | B` -> `A & B`. */
type Intersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** `backingServices.<name>` of the description, one field per kind. */
export type BackingPlatformShape = { [P in Plugin as P['name']]: P['schema']['platform'] };
/** A service's `uses`: one flag per kind. */
export type BackingUsesShape = { [P in Plugin as P['uses'][number]]: z.ZodDefault<z.ZodBoolean> };
/** The fields the kinds add to a service, an environment file, its `storage` and its `operators`. */
export type BackingShape<Part extends 'service' | 'environment' | 'storage' | 'operators'> = Intersection<
  PartOf<Plugin, Part>
>;
/** The fields the kinds add to the model: to `Surroundings`, `EnvironmentModel` and `WorkloadModel`. */
export type BackingModel<Part extends 'surroundings' | 'model' | 'workload'> = Intersection<PartOf<Plugin, Part>>;
/** A workload's `uses` in the model: one flag per kind. */
export type BackingUses = { readonly [P in Plugin as P['uses'][number]]: boolean };

/** The list as plug-ins of any types, for the code that calls their hooks. */
export const BACKING: readonly BackingService<BackingTypes>[] =
  BACKING_SERVICES as unknown as readonly BackingService<BackingTypes>[];

/** The fields the kinds add to one part of the input formats, merged in the list's order. */
export function backingShape<Part extends 'service' | 'environment' | 'storage' | 'operators'>(
  part: Part,
): BackingShape<Part> {
  return Object.assign({}, ...BACKING.map((b) => b.schema[part] ?? {})) as BackingShape<Part>;
}

/** `backingServices.<name>` of each kind. */
export function backingPlatformShape(): BackingPlatformShape {
  return Object.fromEntries(BACKING.map((b) => [b.name, b.schema.platform])) as BackingPlatformShape;
}

/** The `uses` flags, with their schema. */
export function backingUsesShape(boolean: () => z.ZodDefault<z.ZodBoolean>): BackingUsesShape {
  return Object.fromEntries(BACKING.flatMap((b) => b.uses.map((flag) => [flag, boolean()]))) as BackingUsesShape;
}

/** The flags of a kind that a workload's (or service's) `uses` sets, in the kind's order. */
export function flagsSet(backing: BackingService<BackingTypes>, uses: object): string[] {
  return backing.uses.filter((flag) => (uses as Readonly<Record<string, boolean>>)[flag]);
}

/**
 * Whether the description declares the kind (`backingServices.<name>`): a platform declares only the
 * stores it has, and nothing of an undeclared kind is checked, resolved or emitted.
 */
export function declares(platform: PlatformSpec, backing: BackingService<BackingTypes>): boolean {
  return (platform.backingServices as Readonly<Record<string, unknown>>)[backing.name] !== undefined;
}

/** What a workload that uses nothing uses: every flag false. */
export const NO_BACKING_SERVICES = Object.freeze(
  Object.fromEntries(BACKING.flatMap((b) => b.uses.map((flag) => [flag, false]))),
) as BackingUses;

export type { BackingService, BackingTypes, ClientPart, ClientRules, ResolveContext, SecretRead, Shape } from './types';
