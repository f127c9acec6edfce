/**
 * The plug-in list (charts/backing/index.ts): what a new kind must not clash with, and that what the
 * list declares reaches the composed schema and the model. The kinds' behaviour has its own tests
 * (kafka, mongodb, postgresql, workloads...).
 */
import { BACKING, NO_BACKING_SERVICES } from '../charts/backing';
import { SYNC_WAVE } from '../charts/sync-waves';
import { isStatefulKind } from '../charts/stateful';
import { environmentSchema, platformSchema } from '../lib/config/schema';
import { orofiModel } from './helpers';

const duplicatesOf = (items: readonly string[]) => items.filter((item, i) => items.indexOf(item) !== i);

test('names, uses flags, secret keys and kinds are each claimed by one plug-in', () => {
  expect(duplicatesOf(BACKING.map((b) => b.name))).toEqual([]);
  expect(duplicatesOf(BACKING.flatMap((b) => b.uses))).toEqual([]);
  expect(duplicatesOf(BACKING.flatMap((b) => Object.values(b.secretKeys ?? {}) as string[]))).toEqual([]);
  expect(duplicatesOf(BACKING.flatMap((b) => Object.keys(b.kinds ?? {})))).toEqual([]);
  for (const b of BACKING) {
    // A secret key belongs to one of the plug-in's own flags.
    expect(Object.keys(b.secretKeys ?? {}).filter((flag) => !b.uses.includes(flag))).toEqual([]);
  }
});

test('the composed schema has each plug-in’s fragment, flags and fields', () => {
  const backingServices = platformSchema.shape.backingServices.shape as Record<string, unknown>;
  const uses = platformSchema.shape.services.element.shape.uses.unwrap().shape as Record<string, unknown>;
  const environment = environmentSchema.shape as Record<string, unknown>;
  const storage = environmentSchema.shape.storage.shape as Record<string, unknown>;
  const operators = environmentSchema.shape.operators.shape as Record<string, unknown>;
  for (const b of BACKING) {
    expect(backingServices[b.name]).toBe(b.schema.platform);
    for (const flag of b.uses) expect(uses).toHaveProperty(flag);
    for (const [field, schema] of Object.entries(b.schema.environment ?? {})) expect(environment[field]).toBe(schema);
    for (const [field, schema] of Object.entries(b.schema.storage ?? {})) expect(storage[field]).toBe(schema);
    for (const [field, schema] of Object.entries(b.schema.operators ?? {})) expect(operators[field]).toBe(schema);
  }
  expect(Object.keys(NO_BACKING_SERVICES).sort()).toEqual(BACKING.flatMap((b) => b.uses).sort());
  expect(Object.values(NO_BACKING_SERVICES).every((used) => used === false)).toBe(true);
});

test('each kind’s sync wave is a named wave, and what holds data is protected', () => {
  for (const b of BACKING) {
    for (const [kind, { wave, loses }] of Object.entries(b.kinds ?? {})) {
      expect(Object.keys(SYNC_WAVE)).toContain(wave);
      expect(isStatefulKind(kind)).toBe(loses !== undefined);
    }
  }
});

test('every workload’s uses has exactly the flags of the list', () => {
  for (const env of orofiModel().values()) {
    for (const w of env.workloads) expect(Object.keys(w.uses).sort()).toEqual(Object.keys(NO_BACKING_SERVICES).sort());
  }
});
