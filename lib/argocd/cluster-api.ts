/**
 * What the cluster serves, as Argo CD tells Helm (`--api-versions`) and decides namespaced or
 * cluster scope: the built-in kinds of Kubernetes 1.33 and the kinds of the CRDs installed on it.
 */
import { asArray, asObject, type Json } from '../json';

/** A served kind. */
export interface ServedKind {
  readonly group: string;
  readonly version: string;
  readonly kind: string;
  readonly namespaced: boolean;
}

/**
 * The cluster-scoped built-in kinds of Kubernetes 1.33 (`kubectl api-resources --namespaced=false`);
 * every other built-in kind is namespaced.
 */
const CLUSTER_SCOPED_BUILT_IN: ReadonlySet<string> = new Set([
  '/ComponentStatus',
  '/Namespace',
  '/Node',
  '/PersistentVolume',
  'admissionregistration.k8s.io/MutatingAdmissionPolicy',
  'admissionregistration.k8s.io/MutatingAdmissionPolicyBinding',
  'admissionregistration.k8s.io/MutatingWebhookConfiguration',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicy',
  'admissionregistration.k8s.io/ValidatingAdmissionPolicyBinding',
  'admissionregistration.k8s.io/ValidatingWebhookConfiguration',
  'apiextensions.k8s.io/CustomResourceDefinition',
  'apiregistration.k8s.io/APIService',
  'authentication.k8s.io/SelfSubjectReview',
  'authentication.k8s.io/TokenReview',
  'authorization.k8s.io/SelfSubjectAccessReview',
  'authorization.k8s.io/SelfSubjectRulesReview',
  'authorization.k8s.io/SubjectAccessReview',
  'certificates.k8s.io/CertificateSigningRequest',
  'certificates.k8s.io/ClusterTrustBundle',
  'flowcontrol.apiserver.k8s.io/FlowSchema',
  'flowcontrol.apiserver.k8s.io/PriorityLevelConfiguration',
  'internal.apiserver.k8s.io/StorageVersion',
  'networking.k8s.io/IPAddress',
  'networking.k8s.io/IngressClass',
  'networking.k8s.io/ServiceCIDR',
  'node.k8s.io/RuntimeClass',
  'rbac.authorization.k8s.io/ClusterRole',
  'rbac.authorization.k8s.io/ClusterRoleBinding',
  'resource.k8s.io/DeviceClass',
  'resource.k8s.io/ResourceSlice',
  'scheduling.k8s.io/PriorityClass',
  'storage.k8s.io/CSIDriver',
  'storage.k8s.io/CSINode',
  'storage.k8s.io/StorageClass',
  'storage.k8s.io/VolumeAttachment',
  'storage.k8s.io/VolumeAttributesClass',
  'storagemigration.k8s.io/StorageVersionMigration',
]);

/** Kinds in the schema that are not resources (lists, watch events, options). */
const NOT_A_RESOURCE = /List$|^(DeleteOptions|WatchEvent|Status|Scale|Eviction)$/;

/**
 * The built-in kinds a 1.33 cluster serves, from the Kubernetes JSON schema (`definitions`, each kind
 * tagged with `x-kubernetes-group-version-kind`): stable versions only, since alpha and beta APIs are
 * off by default (GKE enables none of them).
 */
export function builtInKinds(schema: Json): ServedKind[] {
  const kinds = new Map<string, ServedKind>();
  for (const definition of Object.values(asObject(schema.definitions))) {
    for (const gvk of asArray(asObject(definition)['x-kubernetes-group-version-kind'])) {
      const { group = '', version = '', kind = '' } = asObject(gvk) as Record<string, string>;
      if (!/^v\d+$/.test(version) || NOT_A_RESOURCE.test(kind)) continue;
      const namespaced = !CLUSTER_SCOPED_BUILT_IN.has(`${group}/${kind}`);
      kinds.set(`${group}/${version}/${kind}`, { group, version, kind, namespaced });
    }
  }
  return [...kinds.values()];
}

/** The kinds a CRD serves (every served version). */
export function crdKinds(crd: Json): ServedKind[] {
  const spec = asObject(crd.spec);
  const group = String(spec.group);
  const kind = String(asObject(spec.names).kind);
  return asArray(spec.versions)
    .map(asObject)
    .filter((v) => v.served !== false)
    .map((v) => ({ group, version: String(v.name), kind, namespaced: spec.scope !== 'Cluster' }));
}

/** `--api-versions` as Argo CD passes them: every `group/version` and `group/version/Kind`, sorted. */
export function apiVersions(kinds: readonly ServedKind[]): string[] {
  const out = new Set<string>();
  for (const k of kinds) {
    const gv = k.group ? `${k.group}/${k.version}` : k.version;
    out.add(gv);
    out.add(`${gv}/${k.kind}`);
  }
  return [...out].sort();
}

/** Whether a group/kind is namespaced; `undefined` when the cluster does not serve it. */
export function scopeOf(kinds: readonly ServedKind[]): (group: string, kind: string) => boolean | undefined {
  const scope = new Map(kinds.map((k) => [`${k.group}/${k.kind}`, k.namespaced]));
  return (group, kind) => scope.get(`${group}/${kind}`);
}
