import { JsonPatch, type ApiObject } from 'cdk8s';

/**
 * Patches an object's final JSON: from now on the object's own `toJson()` (what `App.synth()`, and
 * `npm run synth`, render) returns its JSON with `ops` applied.
 *
 * `ApiObject.addJsonPatch` cannot be used on cdk8s-plus-28 objects for what cdk8s-plus does not model:
 * their `toJson()` applies patches first and then converts through the Kubernetes 1.28 types, which
 * silently drop fields (`lifecycle.preStop.sleep`, plain-number probe ports). These patches are applied
 * after that conversion.
 */
export function patchRendered(object: ApiObject, ...ops: JsonPatch[]): void {
  const render = object.toJson.bind(object);
  object.toJson = () => JsonPatch.apply(render(), ...ops);
}
