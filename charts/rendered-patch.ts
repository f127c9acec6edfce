import { JsonPatch, type ApiObject } from 'cdk8s';

const patches = new WeakMap<ApiObject, JsonPatch[]>();

/**
 * Patches an object's final JSON. `ApiObject.addJsonPatch` cannot be used on cdk8s-plus-28 objects for
 * what cdk8s-plus does not model: their `toJson()` applies patches first and then converts through the
 * Kubernetes 1.28 types, which silently drop fields (`lifecycle.preStop.sleep`, plain-number ports).
 */
export function patchRendered(object: ApiObject, ...ops: JsonPatch[]): void {
  patches.set(object, [...(patches.get(object) ?? []), ...ops]);
}

/** An object's JSON with its `patchRendered` patches applied: what is written to dist/. */
export function renderedJson(object: ApiObject): unknown {
  const ops = patches.get(object);
  return ops ? JsonPatch.apply(object.toJson(), ...ops) : object.toJson();
}
