import { ApiObject, type ApiObjectMetadata } from 'cdk8s';
import type { Construct } from 'constructs';

/** A typed object of a `kubernetes-models` package (`@kubernetes-models/istio`, `/external-secrets`, ...). */
export interface KubernetesModel {
  /** API group and version. */
  readonly apiVersion: string;
  /** Kind. */
  readonly kind: string;
  /** Name, namespace, labels, annotations. @default - none */
  readonly metadata?: object;
  /** Throws when the object does not match its package's schema, naming the field. */
  validate(): void;
  /** The object as plain JSON. */
  toJSON(): unknown;
}

/**
 * Context key (`app.node.setContext(VALIDATED_AFTER_SYNTHESIS, true)`): every object the app synthesizes
 * is validated strictly afterwards, against the schemas the cluster serves (lib/synth.ts does), so
 * `addModel` leaves out the package's own validation, which would check the same objects a second time.
 */
export const VALIDATED_AFTER_SYNTHESIS = 'platform:validated-after-synthesis';

/**
 * Adds a typed `kubernetes-models` object to a chart: validated first with the package's own schema
 * (which names the field at fault; not in an app that sets `VALIDATED_AFTER_SYNTHESIS`), then rendered
 * as a plain cdk8s ApiObject, so that it gets the chart's labels and goes through the same strict
 * validation as every other object.
 */
export function addModel(scope: Construct, id: string, model: KubernetesModel): ApiObject {
  if (scope.node.tryGetContext(VALIDATED_AFTER_SYNTHESIS) !== true) model.validate();
  return addTyped(scope, id, model.toJSON() as TypedObject);
}

/** A Kubernetes object typed by a `kubernetes-models` interface (`IPrometheusRule`, ...). */
export interface TypedObject {
  /** API group and version. */
  readonly apiVersion: string;
  /** Kind. */
  readonly kind: string;
  /** Name, namespace, labels, annotations; the chart adds its labels. @default - none */
  readonly metadata?: ApiObjectMetadata;
}

/** Drops null and undefined members and sorts keys, as cdk8s renders objects. */
function sanitize(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(sanitize);
  const keys = Object.keys(value);
  // Most maps are written with their keys in order: sort only those that are not.
  for (let i = 1; i < keys.length; i++) {
    if (keys[i - 1]! > keys[i]!) {
      keys.sort();
      break;
    }
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const v = sanitize((value as Record<string, unknown>)[key]);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/**
 * An ApiObject whose content is plain JSON data: rendered without cdk8s's token resolution, which
 * plain data never needs and which dominates rendering time. Metadata (name, namespace, the chart's
 * labels, annotations added later) is still cdk8s's. JSON patches are not supported.
 */
class PlainApiObject extends ApiObject {
  constructor(
    scope: Construct,
    id: string,
    object: TypedObject,
    private readonly body: Readonly<Record<string, unknown>>,
  ) {
    super(scope, id, { apiVersion: object.apiVersion, kind: object.kind, metadata: object.metadata });
  }

  override addJsonPatch(): void {
    throw new Error(`${this.node.path}: JSON patches are not supported on plain objects; set the field instead`);
  }

  override toJson(): Record<string, unknown> {
    return {
      apiVersion: this.apiVersion,
      kind: this.kind,
      metadata: this.metadata.toJson(), // already without empty members, keys sorted
      ...(sanitize(this.body) as Record<string, unknown>),
    };
  }
}

/**
 * Adds an object typed by a `kubernetes-models` interface, without the package's runtime validation:
 * for packages whose validators cannot run in the bundled synth (the prometheus-operator models check
 * patterns with a WebAssembly RE2). The strict validation of every synthesized object still checks it
 * against its CRD.
 */
export function addTyped(scope: Construct, id: string, object: TypedObject): ApiObject {
  const body = Object.fromEntries(
    Object.entries(object).filter(([key]) => key !== 'apiVersion' && key !== 'kind' && key !== 'metadata'),
  );
  return new PlainApiObject(scope, id, object, body);
}
