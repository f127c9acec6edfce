/** Reading JSON data of unknown shape (synthesized objects) without casts at every step. */

export type Json = Record<string, unknown>;

/** The value as an object, or an empty one. */
export const asObject = (value: unknown): Json => (value !== null && typeof value === 'object' ? (value as Json) : {});

/** The value as an array, or an empty one. */
export const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
