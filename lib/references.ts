/**
 * References between the objects of one environment that the API server does not check, and that
 * would only fail at run time: every Secret a pod (or an operator, for a custom resource) reads is
 * created by an ExternalSecret (or by the operator that owns it), with the key it reads; the TLS Secret
 * of an Istio Gateway is issued by a cert-manager Certificate; no two ExternalSecrets write one Secret;
 * every ExternalSecret's store exists. Secrets themselves are never synthesized (validate.ts rejects the
 * kind), so these are the only ways a Secret can come to exist.
 *
 * And least privilege in Secret Manager: every Secret Manager store authenticates as a ServiceAccount
 * of its namespace that is bound to a GCP service account, and each Secret Manager key is read as one
 * GCP service account only.
 */
import { BACKING, type SecretRead } from '../charts/backing';
import { asArray, asObject, type Json } from './json';
import type { KubeObject } from './validate';

/** An object and the file it is written to, for reports. */
export interface PlacedObject {
  readonly object: KubeObject;
  /** Where the object is reported: `dist/<env>/<file>.yaml: <Kind> <namespace>/<name>`. */
  readonly where: string;
}

interface SecretSource {
  readonly where: string;
  /** The keys it writes, or undefined when they cannot be known in advance (operator-made Secrets). */
  readonly keys?: ReadonlySet<string>;
}

/** Kinds whose operator creates a Secret named after the object in its namespace (the backing services'). */
const OPERATOR_SECRETS: ReadonlySet<string> = new Set(BACKING.flatMap((b) => b.references?.operatorSecrets ?? []));

/** Secrets that an operator publishes, in the object's namespace, for a custom resource, by kind. */
const PUBLISHED_SECRETS: Readonly<Record<string, (name: string, spec: Json) => string[]>> = Object.assign(
  {},
  ...BACKING.map((b) => b.references?.published ?? {}),
);

/**
 * The Secrets an operator reads for a custom resource and that must exist beforehand, by kind. (Those
 * the operator makes itself when they are missing, like PSMDB's TLS certificates, are not listed: the
 * platform wants no credential that the operator generates.)
 */
const CUSTOM_RESOURCE_READS: Readonly<Record<string, (spec: Json) => SecretRead[]>> = Object.assign(
  {},
  ...BACKING.map((b) => b.references?.reads ?? {}),
);

/** The pod spec of a workload object, if it has one. */
function podSpecOf(object: KubeObject): { spec: Json; path: string } | undefined {
  const spec = asObject(object.spec);
  if (object.kind === 'CronJob') {
    return {
      spec: asObject(asObject(asObject(asObject(spec.jobTemplate).spec).template).spec),
      path: 'spec.jobTemplate.spec.template.spec',
    };
  }
  const template = asObject(spec.template);
  return 'spec' in template ? { spec: asObject(template.spec), path: 'spec.template.spec' } : undefined;
}

/** Every Secret (and key, where one is named) that a pod spec reads, with the field that reads it. */
function secretReads(pod: Json, base: string): SecretRead[] {
  const reads: SecretRead[] = [];
  for (const list of ['initContainers', 'containers'] as const) {
    asArray(pod[list]).forEach((c, i) => {
      const container = asObject(c);
      asArray(container.env).forEach((e, j) => {
        const ref = asObject(asObject(asObject(e).valueFrom).secretKeyRef);
        if (typeof ref.name === 'string') {
          reads.push({ field: `${base}.${list}[${i}].env[${j}]`, name: ref.name, key: String(ref.key) });
        }
      });
      asArray(container.envFrom).forEach((e, j) => {
        const ref = asObject(asObject(e).secretRef);
        if (typeof ref.name === 'string') reads.push({ field: `${base}.${list}[${i}].envFrom[${j}]`, name: ref.name });
      });
    });
  }
  asArray(pod.volumes).forEach((v, i) => {
    const volume = asObject(v);
    const secret = asObject(volume.secret);
    if (typeof secret.secretName === 'string') reads.push({ field: `${base}.volumes[${i}]`, name: secret.secretName });
    asArray(asObject(volume.projected).sources).forEach((s, j) => {
      const ref = asObject(asObject(s).secret);
      if (typeof ref.name === 'string')
        reads.push({ field: `${base}.volumes[${i}].projected.sources[${j}]`, name: ref.name });
    });
  });
  return reads;
}

/** Problems of the secret references of one environment's objects, each as `<where>: <field>: <message>`. */
export function secretReferenceProblems(objects: readonly PlacedObject[]): string[] {
  const problems: string[] = [];
  const sources = new Map<string, SecretSource>();
  const stores = new Set<string>();
  const clusterStores = new Set<string>();
  /** SecretStores of External Secrets' Kubernetes provider: the namespace they read Secrets from. */
  const kubernetesStores = new Map<string, string>();
  for (const { object } of objects) {
    if (object.kind === 'SecretStore') stores.add(`${object.metadata.namespace}/${object.metadata.name}`);
    const kubernetes = asObject(asObject(asObject(object.spec).provider).kubernetes);
    if (object.kind === 'SecretStore' && Object.keys(kubernetes).length > 0) {
      const remote = typeof kubernetes.remoteNamespace === 'string' ? kubernetes.remoteNamespace : 'default';
      kubernetesStores.set(`${object.metadata.namespace}/${object.metadata.name}`, remote);
    }
    if (object.kind === 'ClusterSecretStore') clusterStores.add(object.metadata.name);
  }
  for (const { object, where } of objects) {
    const namespace = object.metadata.namespace ?? '';
    if (OPERATOR_SECRETS.has(`${object.apiVersion}/${object.kind}`)) {
      sources.set(`${namespace}/${object.metadata.name}`, { where });
    }
    if (object.kind === 'Certificate')
      sources.set(`${namespace}/${String(asObject(object.spec).secretName)}`, { where });
    for (const secret of PUBLISHED_SECRETS[`${object.apiVersion}/${object.kind}`]?.(
      object.metadata.name,
      asObject(object.spec),
    ) ?? []) {
      sources.set(`${namespace}/${secret}`, { where });
    }
    if (object.kind !== 'ExternalSecret') continue;
    const spec = asObject(object.spec);
    const target = String(asObject(spec.target).name ?? object.metadata.name);
    const key = `${namespace}/${target}`;
    const other = sources.get(key);
    if (other) problems.push(`${where}: spec.target.name: Secret "${target}" is also written by ${other.where}`);
    const hasDataFrom = asArray(spec.dataFrom).length > 0;
    // A template's keys replace the data's, or join them (`mergePolicy: Merge`).
    const template = asObject(asObject(spec.target).template);
    const templated = Object.keys(asObject(template.data));
    const merged = template.mergePolicy === 'Merge' || templated.length === 0;
    const keys = new Set([
      ...(merged ? asArray(spec.data).map((d) => String(asObject(d).secretKey)) : []),
      ...templated,
    ]);
    sources.set(key, { where, ...(hasDataFrom ? {} : { keys }) });
    const store = asObject(spec.secretStoreRef);
    const storeName = String(store.name);
    const found =
      store.kind === 'ClusterSecretStore' ? clusterStores.has(storeName) : stores.has(`${namespace}/${storeName}`);
    if (!found) {
      problems.push(
        `${where}: spec.secretStoreRef: ${String(store.kind ?? 'SecretStore')} "${storeName}" does not exist in namespace "${namespace}"`,
      );
    }
  }
  problems.push(...secretManagerProblems(objects));
  for (const { object, where } of objects) {
    if (object.kind === 'ExternalSecret')
      problems.push(...copiedSecretProblems(object, where, kubernetesStores, sources));
    if (object.kind === 'Gateway' && object.apiVersion.startsWith('networking.istio.io/')) {
      asArray(asObject(object.spec).servers).forEach((server, i) => {
        const credential = asObject(asObject(server).tls).credentialName;
        if (typeof credential === 'string' && !sources.has(`${object.metadata.namespace}/${credential}`)) {
          problems.push(
            `${where}: spec.servers[${i}].tls.credentialName: Secret "${credential}" is created by no Certificate or ExternalSecret in namespace "${object.metadata.namespace}"`,
          );
        }
      });
    }
    const pod = podSpecOf(object);
    const customReads = CUSTOM_RESOURCE_READS[`${object.apiVersion}/${object.kind}`];
    const reads = pod ? secretReads(pod.spec, pod.path) : customReads ? customReads(asObject(object.spec)) : [];
    for (const read of reads) {
      const source = sources.get(`${object.metadata.namespace}/${read.name}`);
      if (!source) {
        problems.push(
          `${where}: ${read.field}: Secret "${read.name}" is created by no ExternalSecret or operator in namespace "${object.metadata.namespace}"`,
        );
      } else if (read.key !== undefined && source.keys && !source.keys.has(read.key)) {
        problems.push(`${where}: ${read.field}: Secret "${read.name}" has no key "${read.key}" (${source.where})`);
      }
    }
  }
  return problems;
}

/**
 * The Secret Manager stores of the environment, by `<namespace>/<name>` (a SecretStore) or `/<name>` (a
 * ClusterSecretStore), with the ServiceAccount each authenticates as (Workload Identity). A SecretStore's
 * ServiceAccount is in its own namespace; a ClusterSecretStore's in the one its reference names, or else
 * in the namespace of each ExternalSecret that uses it (as External Secrets resolves it).
 */
function secretManagerStores(objects: readonly PlacedObject[]): Map<string, SecretManagerStore> {
  const stores = new Map<string, SecretManagerStore>();
  for (const { object, where } of objects) {
    const cluster = object.kind === 'ClusterSecretStore';
    if (object.kind !== 'SecretStore' && !cluster) continue;
    const gcpsm = asObject(asObject(asObject(object.spec).provider).gcpsm);
    if (gcpsm.projectID === undefined) continue;
    const ref = asObject(asObject(asObject(gcpsm.auth).workloadIdentity).serviceAccountRef);
    const namespace = cluster
      ? typeof ref.namespace === 'string'
        ? ref.namespace
        : undefined
      : object.metadata.namespace;
    stores.set(`${cluster ? '' : object.metadata.namespace}/${object.metadata.name}`, {
      serviceAccount: String(ref.name),
      namespace,
      where,
    });
  }
  return stores;
}

interface SecretManagerStore {
  readonly serviceAccount: string;
  /** The ServiceAccount's namespace; undefined: the reading ExternalSecret's. */
  readonly namespace: string | undefined;
  readonly where: string;
}

/** Each Secret Manager key is read as one GCP service account: no identity shares another's keys. */
function secretManagerProblems(objects: readonly PlacedObject[]): string[] {
  const problems: string[] = [];
  const accounts = new Map<string, string>();
  for (const { object } of objects) {
    if (object.kind !== 'ServiceAccount') continue;
    const gsa = asObject(object.metadata.annotations)['iam.gke.io/gcp-service-account'];
    if (typeof gsa === 'string') accounts.set(`${object.metadata.namespace}/${object.metadata.name}`, gsa);
  }
  const unbound = (store: SecretManagerStore, namespace: string, where: string, field: string) =>
    `${where}: ${field}: no ServiceAccount "${store.serviceAccount}" bound to a GCP service account (iam.gke.io/gcp-service-account) in namespace "${namespace}"`;
  const stores = secretManagerStores(objects);
  const storeField = 'spec.provider.gcpsm.auth.workloadIdentity.serviceAccountRef';
  for (const store of stores.values()) {
    if (store.namespace !== undefined && !accounts.has(`${store.namespace}/${store.serviceAccount}`))
      problems.push(unbound(store, store.namespace, store.where, storeField));
  }
  const readers = new Map<string, { account: string; where: string }>();
  for (const { object, where } of objects) {
    if (object.kind !== 'ExternalSecret') continue;
    const spec = asObject(object.spec);
    const ref = asObject(spec.secretStoreRef);
    const cluster = ref.kind === 'ClusterSecretStore';
    const store = stores.get(`${cluster ? '' : object.metadata.namespace}/${String(ref.name)}`);
    if (store === undefined) continue;
    const namespace = store.namespace ?? String(object.metadata.namespace);
    const account = accounts.get(`${namespace}/${store.serviceAccount}`);
    if (account === undefined) {
      // A store with a namespace of its own is reported once, above.
      if (store.namespace === undefined)
        problems.push(
          unbound(store, namespace, where, `spec.secretStoreRef (ClusterSecretStore "${String(ref.name)}")`),
        );
      continue;
    }
    asArray(spec.data).forEach((d, i) => {
      const key = String(asObject(asObject(d).remoteRef).key);
      const other = readers.get(key);
      if (other === undefined) readers.set(key, { account, where });
      else if (other.account !== account) {
        problems.push(
          `${where}: spec.data[${i}].remoteRef.key: Secret Manager key "${key}" is read as ${account} here and as ${other.account} by ${other.where}: one reader per key`,
        );
      }
    });
  }
  return problems;
}

/**
 * A copy made through a Kubernetes-provider store reads Secrets of the store's remote namespace: each
 * must be written there by an ExternalSecret, an operator or a Certificate, with the keys read.
 */
function copiedSecretProblems(
  object: KubeObject,
  where: string,
  kubernetesStores: ReadonlyMap<string, string>,
  sources: ReadonlyMap<string, SecretSource>,
): string[] {
  const spec = asObject(object.spec);
  const remote = kubernetesStores.get(`${object.metadata.namespace}/${String(asObject(spec.secretStoreRef).name)}`);
  if (remote === undefined) return [];
  const reads: SecretRead[] = [
    ...asArray(spec.data).map((d, i) => {
      const ref = asObject(asObject(d).remoteRef);
      return {
        field: `spec.data[${i}].remoteRef`,
        name: String(ref.key),
        ...(typeof ref.property === 'string' ? { key: ref.property } : {}),
      };
    }),
    ...asArray(spec.dataFrom).map((d, i) => ({
      field: `spec.dataFrom[${i}].extract`,
      name: String(asObject(asObject(d).extract).key),
    })),
  ];
  return reads.flatMap((read) => {
    const source = sources.get(`${remote}/${read.name}`);
    if (!source) {
      return [
        `${where}: ${read.field}: Secret "${read.name}" is created by no ExternalSecret or operator in namespace "${remote}"`,
      ];
    }
    return read.key !== undefined && source.keys && !source.keys.has(read.key)
      ? [`${where}: ${read.field}: Secret "${read.name}" has no key "${read.key}" (${source.where})`]
      : [];
  });
}
