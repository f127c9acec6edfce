/**
 * Strict schema validation of synthesized objects, as `kubectl apply --validate=strict` would do it:
 * built-in kinds against the Kubernetes v1.33 OpenAPI schema, custom resources against the served
 * version of their pinned CRD, unknown fields rejected. The validators are generated ahead of time
 * (scripts/import.mjs) and loaded per kind on first use.
 */
import { validators } from '../imports/validators';
import type { SchemaError, Validator } from './validator-types';

/** A Kubernetes object as synthesized. */
export interface KubeObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata: { readonly name: string; readonly namespace?: string; readonly [key: string]: unknown };
  readonly [key: string]: unknown;
}

/** How reports name an object: `<Kind> <namespace>/<name>`, or `<Kind> <name>` if cluster-scoped. */
export function objectName(o: KubeObject): string {
  return `${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`;
}

const loaded = new Map<string, Validator>();

function validatorFor(apiVersion: string, kind: string): Validator | undefined {
  const key = `${apiVersion}/${kind}`;
  let validator = loaded.get(key);
  if (!validator) {
    const load = validators[key];
    if (!load) return undefined;
    validator = load();
    loaded.set(key, validator);
  }
  return validator;
}

/** `/spec/containers/0/name` -> `spec.containers[0].name` */
function fieldPath(pointer: string, child?: unknown): string {
  const segments = pointer.split('/').slice(1);
  if (typeof child === 'string') segments.push(child);
  return segments
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, s) => (/^\d+$/.test(s) ? `${path}[${s}]` : path ? `${path}.${s}` : s), '');
}

function describeError(error: SchemaError): [field: string, message: string] {
  const { instancePath, keyword, params } = error;
  switch (keyword) {
    case 'additionalProperties':
      return [fieldPath(instancePath, params.additionalProperty), 'unknown field'];
    case 'required':
      return [fieldPath(instancePath, params.missingProperty), 'is required'];
    case 'const':
      return [fieldPath(instancePath), `must be ${JSON.stringify(params.allowedValue)}`];
    case 'enum':
      return [
        fieldPath(instancePath),
        `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      ];
    default:
      return [fieldPath(instancePath), error.message ?? keyword];
  }
}

/**
 * Problems of one object, each as `<field>: <message>`. Alternatives (`anyOf`, `oneOf`) that all
 * failed are reported once, listing what each alternative expected.
 */
export function validateObject(object: KubeObject): string[] {
  const validator = validatorFor(object.apiVersion, object.kind);
  if (!validator) {
    return [
      `kind: no schema for ${object.apiVersion} ${object.kind}; the platform emits only the kinds listed in imports/validators/index.ts (Secrets never: they come from External Secrets)`,
    ];
  }
  if (validator(object)) return [];
  const errors = validator.errors ?? [];
  const alternatives = new Set(
    errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => e.instancePath),
  );
  const problems = new Map<string, string[]>();
  for (const error of errors) {
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf') continue;
    const [field, message] = describeError(error);
    const key = alternatives.has(error.instancePath) ? fieldPath(error.instancePath) : `${field}\0${message}`;
    problems.set(key, [...(problems.get(key) ?? []), message]);
  }
  return [...problems].map(([key, messages]) =>
    key.includes('\0') ? key.replace('\0', ': ') : `${key}: ${[...new Set(messages)].join(', or ')}`,
  );
}
