/**
 * The plug-in list (charts/backing/index.ts): what a new kind must not clash with, and that what the
 * list declares reaches the composed schema and the model. The kinds' behaviour has its own tests
 * (kafka, mongodb, postgresql, workloads...).
 */
import { BACKING, NO_BACKING_SERVICES } from '../charts/backing';
import { SYNC_WAVE } from '../charts/sync-waves';
import { isStatefulKind } from '../charts/stateful';
import { loadPlatform } from '../lib/config/load';
import { environmentSchema, platformSchema, type EnvironmentInput, type PlatformInput } from '../lib/config/schema';
import { environmentDoc } from '../lib/docs';
import type { PlatformSource } from '../lib/platforms';
import { platforms } from '../platforms';
import { allObjects, configProblems, ofKind, orofiModel, platformModel, synthFresh } from './helpers';

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
  const storage = environmentSchema.shape.storage.unwrap().shape as Record<string, unknown>;
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

/**
 * A platform declares only the stores it has. Every kind some platform uses, in every platform that uses
 * it, is taken away two ways: its fragment alone (each client is then one config error at its flag, each
 * environment setting of it one more), and the kind altogether (fragment, flags, fields and settings:
 * synth then emits nothing of it).
 */
type Backing = (typeof BACKING)[number];
type Inputs = { platform: PlatformInput; environments: EnvironmentInput[] };

const fragmentOf = (platform: PlatformInput, b: Backing) =>
  (platform.backingServices as Record<string, unknown>)[b.name] as Record<string, unknown> | undefined;
const flagsOf = (service: PlatformInput['services'][number], b: Backing) =>
  b.uses.filter((flag) => (service.uses as Record<string, boolean> | undefined)?.[flag]);
const usedKinds = platforms.flatMap((source) =>
  BACKING.filter((b) => source.platform.services.some((s) => flagsOf(s, b).length > 0)).map(
    (b) => [`${source.name} without ${b.name}`, source, b] as const,
  ),
);

const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value !== null && typeof value === 'object'
      ? Object.entries(value).flatMap(([k, v]) => [k, ...strings(v)])
      : [];

function inputsOf(source: PlatformSource, change: (inputs: Inputs) => void): Inputs {
  const inputs: Inputs = structuredClone({ platform: source.platform, environments: [...source.environments] });
  change(inputs);
  return inputs;
}

function problemsOf(inputs: Inputs): string[] {
  return [...configProblems(inputs.platform, inputs.environments)];
}

test('every kind is used by some platform, so each has its config-error test below', () => {
  expect(BACKING.filter((b) => !usedKinds.some(([, , used]) => used === b)).map((b) => b.name)).toEqual([]);
});

describe.each(usedKinds)('%s', (_, source, b) => {
  const missing = `the platform declares no ${b.name} (backingServices.${b.name})`;
  const serviceFields = Object.keys(b.schema.service ?? {});

  test('a client of an undeclared kind is one config error at its flag (or its fields), each of its environment settings one too', () => {
    const clients = source.platform.services.filter((s) => flagsOf(s, b).length > 0);
    // Its settings in the environments: one problem each, at its path (they size a store the platform lacks).
    const settings = source.environments.flatMap((e) => [
      ...Object.keys(b.schema.environment ?? {})
        .filter((f) => (e as Record<string, unknown>)[f] !== undefined)
        .map((f) => `${e.name}: ${f}: ${missing}`),
      ...Object.keys(b.schema.storage ?? {})
        .filter((f) => (e.storage as Record<string, unknown> | undefined)?.[f] !== undefined)
        .map((f) => `${e.name}: storage.${f}: ${missing}`),
    ]);
    const noFragment = inputsOf(source, (i) => delete (i.platform.backingServices as Record<string, unknown>)[b.name]);
    expect(problemsOf(noFragment)).toEqual([
      ...clients.flatMap((s) => flagsOf(s, b).map((flag) => `platform: services.${s.name}.uses.${flag}: ${missing}`)),
      ...settings,
    ]);
    // The kind's own fields of a service (Kafka's topics, RabbitMQ's events), its flags unset.
    const client = clients.find((s) => serviceFields.some((f) => (s as Record<string, unknown>)[f] !== undefined));
    if (!client) return;
    const fieldsOnly = inputsOf(source, (i) => {
      delete (i.platform.backingServices as Record<string, unknown>)[b.name];
      for (const s of i.platform.services)
        for (const flag of b.uses) delete (s.uses as Record<string, boolean> | undefined)?.[flag];
    });
    expect(problemsOf(fieldsOnly).filter((p) => p.includes(`services.${client.name}.`))).toEqual(
      serviceFields
        .filter((f) => (client as Record<string, unknown>)[f] !== undefined)
        .map((f) => `platform: services.${client.name}.${f}: ${missing}`),
    );
  });

  test('its storage and operators fields are required in every environment, as its clients need them', () => {
    const fields = [
      ...Object.keys(b.schema.storage ?? {}).map((f) => ['storage', f] as const),
      ...Object.keys(b.schema.operators ?? {}).map((f) => ['operators', f] as const),
    ];
    for (const [part, field] of fields) {
      const inputs = inputsOf(source, (i) => {
        for (const e of i.environments) delete (e[part] as Record<string, unknown> | undefined)?.[field];
      });
      expect(problemsOf(inputs)).toEqual(
        source.environments.map((e) =>
          expect.stringMatching(`^${e.name}: ${part}\\.${field}: is required: some services use `),
        ),
      );
    }
  });

  test('without the kind, nothing of it is emitted: no object of its kinds, nothing in its namespace, none of its settings, keys or docs', () => {
    const fragment = fragmentOf(source.platform, b)!;
    const without = inputsOf(source, (i) => {
      delete (i.platform.backingServices as Record<string, unknown>)[b.name];
      for (const e of i.environments) {
        for (const field of Object.keys(b.schema.environment ?? {})) delete (e as Record<string, unknown>)[field];
        for (const field of Object.keys(b.schema.storage ?? {})) delete (e.storage as Record<string, unknown>)[field];
      }
      for (const s of i.platform.services) {
        for (const flag of b.uses) delete (s.uses as Record<string, boolean> | undefined)?.[flag];
        for (const field of serviceFields) delete (s as Record<string, unknown>)[field];
      }
    });
    // The fragment's own values (names, hosts, images) that the rest of the description does not also name.
    const elsewhere = new Set(strings(without.platform));
    const values = Object.values(fragment).filter(
      (v): v is string => typeof v === 'string' && v.length >= 5 && !v.includes('{') && !elsewhere.has(v),
    );
    const namespace = typeof fragment.namespace === 'string' ? fragment.namespace : undefined;
    const mentions = (s: string) =>
      values.some((v) => s === v || s.includes(`${v}.`) || s.startsWith(`${v}/`) || s.endsWith(`/${v}`)) ||
      (namespace !== undefined &&
        (s === namespace || s.startsWith(`${namespace}/`) || s.includes(`.${namespace}.svc`)));
    const before = platformModel(source);
    const keys = Object.values(b.secretKeys ?? {}) as string[];
    for (const env of loadPlatform(without.platform, without.environments).environments) {
      const files = synthFresh(env);
      const objects = allObjects(files);
      const kinds = Object.keys(b.kinds ?? {});
      expect(objects.filter((o) => kinds.includes(o.kind)).map((o) => o.kind)).toEqual([]);
      expect(
        objects.flatMap((o) =>
          strings(o)
            .filter(mentions)
            .map((s) => `${o.kind} ${o.metadata.name}: ${s}`),
        ),
      ).toEqual([]);
      // A managed service outside the cluster is entered in the mesh only for workloads whose Sidecar admits it.
      const admitted = new Set(
        ofKind(files, 'Sidecar').flatMap((o) =>
          (o.spec as { egress: { hosts: string[] }[] }).egress.flatMap((e) => e.hosts.map((h) => h.split('/')[1])),
        ),
      );
      const entered = ofKind(files, 'ServiceEntry').flatMap((o) => (o.spec as { hosts: string[] }).hosts);
      expect(entered.filter((host) => !admitted.has(host))).toEqual([]);
      const remoteKeys = ofKind(files, 'ExternalSecret').flatMap((es) =>
        ((es.spec as { data?: { remoteRef: { key: string } }[] }).data ?? []).map((d) => d.remoteRef.key),
      );
      expect(remoteKeys.filter((k) => keys.some((key) => k.endsWith(`-${key}`)))).toEqual([]);
      const original = before.get(env.name)!;
      const labels = [b.docs?.diagram?.label(original), b.docs?.zoneSpread?.(original)].filter(
        (l): l is string => l !== undefined,
      );
      const doc = environmentDoc(env, objects).content;
      expect(labels.filter((l) => doc.includes(l))).toEqual([]);
    }
  });
});
