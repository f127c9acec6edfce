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
  const { apiVersion, kind, metadata, ...rest } = model.toJSON() as {
    apiVersion: string;
    kind: string;
    metadata?: ApiObjectMetadata;
  };
  return new ApiObject(scope, id, { apiVersion, kind, metadata, ...rest });
}
