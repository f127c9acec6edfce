import { ApiObject, type ApiObjectMetadata } from 'cdk8s';
import type { Construct } from 'constructs';

/** A typed object of a `kubernetes-models` package (`@kubernetes-models/istio`, `/external-secrets`, ...). */
export interface KubernetesModel {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata?: object;
  validate(): void;
  toJSON(): unknown;
}

/**
 * Adds a typed `kubernetes-models` object to a chart: validated first with the package's own schema
 * (which names the field at fault), then rendered as a plain cdk8s ApiObject, so that it gets the
 * chart's labels and goes through the same strict validation as every other object.
 */
export function addModel(scope: Construct, id: string, model: KubernetesModel): ApiObject {
  model.validate();
  return addTyped(scope, id, model.toJSON() as TypedObject);
}

/** A Kubernetes object typed by a `kubernetes-models` interface (`IPrometheusRule`, ...). */
export interface TypedObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly metadata?: ApiObjectMetadata;
}

/**
 * Adds an object typed by a `kubernetes-models` interface, without the package's runtime validation:
 * for packages whose validators cannot run in the bundled synth (the prometheus-operator models check
 * patterns with a WebAssembly RE2). The strict validation of every synthesized object still checks it
 * against its CRD.
 */
export function addTyped(scope: Construct, id: string, object: TypedObject): ApiObject {
  const { apiVersion, kind, metadata, ...rest } = object;
  return new ApiObject(scope, id, { apiVersion, kind, metadata, ...rest });
}
