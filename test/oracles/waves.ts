/**
 * Oracle for Argo CD's sync waves, independent of charts/sync-waves.ts and of the dependency finder of
 * test/gitops.test.ts: which object needs which other, and whether the waves let Argo CD apply them in
 * that order.
 *
 * Argo CD applies a wave, waits until all of it is healthy, then applies the next; inside a wave it
 * applies by kind, in a fixed order (gitops-engine's `kindOrder`), custom resources last, and waits for
 * nothing. So a dependency is met when:
 * - it must be *ready* (a Secret that an operator or External Secrets writes, a CRD that an Application
 *   installs, a cluster before its users, the network and mesh policies before the pods they govern,
 *   a Kafka client's topics, the pods behind a route): only in an earlier wave;
 * - it must merely *exist* (a namespace, a ServiceAccount, a ConfigMap): in an earlier wave, or in the
 *   same one when Argo CD's kind order applies it first, or when what needs it is a custom resource
 *   (its controller watches what it refers to and reconciles once it appears: an Application its
 *   AppProject, a VirtualService its Gateway, a Gateway its TLS Secret).
 */
import type { KubeObject } from '../../lib/validate';

/** gitops-engine's kind order inside a wave (pkg/sync/sync_tasks.go); other kinds come after these. */
const KIND_ORDER = [
  'Namespace',
  'NetworkPolicy',
  'ResourceQuota',
  'LimitRange',
  'PodSecurityPolicy',
  'PodDisruptionBudget',
  'ServiceAccount',
  'Secret',
  'SecretList',
  'ConfigMap',
  'StorageClass',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'CustomResourceDefinition',
  'ClusterRole',
  'ClusterRoleList',
  'ClusterRoleBinding',
  'ClusterRoleBindingList',
  'Role',
  'RoleList',
  'RoleBinding',
  'RoleBindingList',
  'Service',
  'DaemonSet',
  'Pod',
  'ReplicationController',
  'ReplicaSet',
  'Deployment',
  'HorizontalPodAutoscaler',
  'StatefulSet',
  'Job',
  'CronJob',
  'IngressClass',
  'Ingress',
  'APIService',
];
const kindRank = (kind: string) => (KIND_ORDER.includes(kind) ? KIND_ORDER.indexOf(kind) : KIND_ORDER.length);

/** The upstream chart that installs the CRDs of each API group (Argo CD's own come with its install). */
const CRD_CHART: Readonly<Record<string, string>> = {
  'networking.istio.io': 'base',
  'security.istio.io': 'base',
  'cert-manager.io': 'cert-manager',
  'external-secrets.io': 'external-secrets',
  'kafka.strimzi.io': 'strimzi-kafka-operator',
  'psmdb.percona.com': 'psmdb-operator',
  'monitoring.coreos.com': 'kube-prometheus-stack',
};
const BUILT_IN =
  /^(v1|apps\/v1|batch\/v1|autoscaling\/v2|policy\/v1|networking\.k8s\.io\/v1|rbac\.authorization\.k8s\.io\/v1|scheduling\.k8s\.io\/v1)$/;

export interface Dependency {
  readonly on: KubeObject;
  /** `ready`: must be in an earlier wave; `exists`: may share the wave if applied first. */
  readonly needs: 'ready' | 'exists';
  readonly why: string;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const at = (o: unknown, ...path: string[]) => path.reduce<unknown>((v, k) => obj(v)[k], o);

export const waveOf = (o: KubeObject): number => {
  const value = obj(o.metadata.annotations)['argocd.argoproj.io/sync-wave'];
  return value === undefined ? NaN : Number(value);
};
export const idOf = (o: KubeObject) => `${o.kind} ${o.metadata.namespace ?? ''}/${o.metadata.name}`;

/** Every Secret (namespace/name) a pod spec reads. */
function podSecrets(pod: Json): string[] {
  const names: unknown[] = [];
  for (const c of [...list(pod.initContainers), ...list(pod.containers)]) {
    for (const e of list(obj(c).env)) names.push(at(e, 'valueFrom', 'secretKeyRef', 'name'));
    for (const e of list(obj(c).envFrom)) names.push(at(e, 'secretRef', 'name'));
  }
  for (const v of list(pod.volumes)) {
    names.push(at(v, 'secret', 'secretName'));
    for (const s of list(at(v, 'projected', 'sources'))) names.push(at(s, 'secret', 'name'));
  }
  return names.filter((n): n is string => typeof n === 'string');
}

function podConfigMaps(pod: Json): string[] {
  const names: unknown[] = [];
  for (const c of [...list(pod.initContainers), ...list(pod.containers)]) {
    for (const e of list(obj(c).env)) names.push(at(e, 'valueFrom', 'configMapKeyRef', 'name'));
    for (const e of list(obj(c).envFrom)) names.push(at(e, 'configMapRef', 'name'));
  }
  for (const v of list(pod.volumes)) names.push(at(v, 'configMap', 'name'));
  return names.filter((n): n is string => typeof n === 'string');
}

/** The Secrets a custom resource's operator (or External Secrets) reads for it, in its namespace or another. */
function customResourceSecrets(o: KubeObject, all: readonly KubeObject[]): { namespace: string; name: string }[] {
  const ns = o.metadata.namespace ?? '';
  const spec = obj(o.spec);
  const here = (name: unknown) => (typeof name === 'string' ? [{ namespace: ns, name }] : []);
  if (o.kind === 'PerconaServerMongoDB') {
    return [
      ...Object.values(obj(spec.secrets)).flatMap(here),
      ...list(spec.users).flatMap((u) => here(at(u, 'passwordSecretRef', 'name'))),
      ...Object.values(obj(at(spec, 'backup', 'storages'))).flatMap((s) => here(at(s, 'gcs', 'credentialsSecret'))),
    ];
  }
  if (o.kind === 'ExternalSecret') {
    // A store of the Kubernetes provider reads Secrets of its remote namespace.
    const ref = obj(spec.secretStoreRef);
    const store = all.find(
      (x) =>
        x.kind === (ref.kind ?? 'SecretStore') &&
        x.metadata.name === ref.name &&
        (x.kind === 'ClusterSecretStore' || x.metadata.namespace === ns),
    );
    const kubernetes = obj(at(store?.spec, 'provider', 'kubernetes'));
    if (!store || !kubernetes.remoteNamespace) return [];
    const remote = String(kubernetes.remoteNamespace);
    return [
      ...list(spec.data).map((d) => String(at(d, 'remoteRef', 'key'))),
      ...list(spec.dataFrom).map((d) => String(at(d, 'extract', 'key'))),
    ].map((name) => ({ namespace: remote, name }));
  }
  return [];
}

/** What an object needs, found from its fields alone. */
export function dependencies(o: KubeObject, all: readonly KubeObject[]): Dependency[] {
  const deps: Dependency[] = [];
  const ns = o.metadata.namespace;
  const add = (needs: Dependency['needs'], why: string, found: KubeObject[]) => {
    for (const on of found) {
      if (on !== o && !deps.some((d) => d.on === on && d.needs === needs)) deps.push({ on, needs, why });
    }
  };
  const named = (kind: string, namespace: string | undefined, name: unknown) =>
    all.filter((x) => x.kind === kind && x.metadata.namespace === namespace && x.metadata.name === name);
  /** What writes a Secret: an ExternalSecret, a KafkaUser, a Certificate, or the cluster whose operator makes it. */
  const writers = (namespace: string | undefined, name: string) =>
    all.filter(
      (x) =>
        x.metadata.namespace === namespace &&
        ((x.kind === 'ExternalSecret' && String(at(x, 'spec', 'target', 'name') ?? x.metadata.name) === name) ||
          (x.kind === 'KafkaUser' && x.metadata.name === name) ||
          (x.kind === 'Certificate' && at(x, 'spec', 'secretName') === name) ||
          (x.kind === 'Kafka' &&
            [`${x.metadata.name}-cluster-ca-cert`, `${x.metadata.name}-clients-ca-cert`].includes(name)) ||
          (x.kind === 'PerconaServerMongoDB' &&
            String(at(x, 'spec', 'secrets', 'ssl') ?? `${x.metadata.name}-ssl`) === name)),
    );

  /**
   * What writes a Secret, and where that is a copy (an ExternalSecret reading another namespace's Secret
   * through a store of the Kubernetes provider), what writes its source, hop by hop: a pod needs its
   * certificate's origin (a KafkaUser in Kafka's namespace, a cluster's CA) as much as the copy.
   */
  const origins = (namespace: string | undefined, name: string, seen = new Set<KubeObject>()): KubeObject[] =>
    writers(namespace, name).flatMap((w) => {
      if (seen.has(w)) return [];
      seen.add(w);
      const sources = w.kind === 'ExternalSecret' ? customResourceSecrets(w, all) : [];
      return [w, ...sources.flatMap((src) => origins(src.namespace, src.name, seen))];
    });

  if (ns) add('exists', 'its namespace', named('Namespace', undefined, ns));
  const group = o.apiVersion.includes('/') ? o.apiVersion.split('/')[0]! : '';
  if (!BUILT_IN.test(o.apiVersion) && CRD_CHART[group]) {
    add(
      'ready',
      'the Application installing its CRD',
      all.filter((x) => x.kind === 'Application' && at(x, 'spec', 'source', 'chart') === CRD_CHART[group]),
    );
  }
  if (o.kind === 'Application') add('exists', 'its AppProject', named('AppProject', ns, at(o, 'spec', 'project')));

  const template = obj(at(o, 'spec', 'template'));
  const jobTemplate = obj(at(o, 'spec', 'jobTemplate', 'spec', 'template'));
  const pod = obj(template.spec ?? jobTemplate.spec);
  if (Object.keys(pod).length > 0) {
    add('exists', 'its ServiceAccount', named('ServiceAccount', ns, pod.serviceAccountName));
    add('exists', 'its PriorityClass', named('PriorityClass', undefined, pod.priorityClassName));
    for (const cm of podConfigMaps(pod)) add('exists', `ConfigMap ${cm}`, named('ConfigMap', ns, cm));
    for (const secret of podSecrets(pod)) {
      const from = origins(ns, secret);
      add('ready', `Secret ${secret}`, from);
      // A Kafka client's topics (never auto-created): those its KafkaUser's ACLs name.
      for (const user of from.filter((x) => x.kind === 'KafkaUser')) {
        const topics = list(at(user, 'spec', 'authorization', 'acls'))
          .filter((acl) => at(acl, 'resource', 'type') === 'topic')
          .map((acl) => at(acl, 'resource', 'name'));
        add(
          'ready',
          'its topics',
          all.filter((x) => x.kind === 'KafkaTopic' && topics.includes(x.metadata.name)),
        );
      }
    }
    // Zero trust from the first pod: the policies that govern its pods are in force before it starts.
    const labels = obj(obj(template.metadata ?? at(o, 'spec', 'jobTemplate', 'spec', 'template', 'metadata')).labels);
    const covers = (selector: unknown) => Object.entries(obj(selector)).every(([k, v]) => labels[k] === v);
    add(
      'ready',
      'the policies of its pods',
      all.filter(
        (x) =>
          x.metadata.namespace === ns &&
          ((['NetworkPolicy'].includes(x.kind) && covers(at(x, 'spec', 'podSelector', 'matchLabels'))) ||
            (['AuthorizationPolicy', 'PeerAuthentication'].includes(x.kind) &&
              covers(at(x, 'spec', 'selector', 'matchLabels'))) ||
            (x.kind === 'Sidecar' && covers(at(x, 'spec', 'workloadSelector', 'labels')))),
      ),
    );
  }
  for (const read of customResourceSecrets(o, all)) {
    add('ready', `Secret ${read.namespace}/${read.name}`, writers(read.namespace, read.name));
  }
  if (o.kind === 'HorizontalPodAutoscaler') {
    const target = obj(at(o, 'spec', 'scaleTargetRef'));
    add('exists', 'its target', named(String(target.kind), ns, target.name));
  }
  if (o.kind === 'ExternalSecret') {
    const ref = obj(at(o, 'spec', 'secretStoreRef'));
    const kind = String(ref.kind ?? 'SecretStore');
    add('ready', 'its store', named(kind, kind === 'ClusterSecretStore' ? undefined : ns, ref.name));
  }
  if (o.kind === 'SecretStore' || o.kind === 'ClusterSecretStore') {
    const provider = obj(at(o, 'spec', 'provider'));
    const accounts = [
      at(provider, 'gcpsm', 'auth', 'workloadIdentity', 'serviceAccountRef', 'name'),
      at(provider, 'kubernetes', 'auth', 'serviceAccount', 'name'),
    ];
    for (const a of accounts) add('exists', `ServiceAccount ${String(a)}`, named('ServiceAccount', ns, a));
  }
  if (['KafkaUser', 'KafkaTopic'].includes(o.kind)) {
    // Its cluster, by label; a KafkaUser may live beside its clients, in another namespace than the cluster.
    const cluster = obj(o.metadata.labels)['strimzi.io/cluster'];
    add(
      'ready',
      'its Kafka cluster',
      all.filter((x) => x.kind === 'Kafka' && x.metadata.name === cluster),
    );
  }
  if (o.kind === 'PerconaServerMongoDBBackup') {
    add('ready', 'its cluster', named('PerconaServerMongoDB', ns, at(o, 'spec', 'clusterName')));
  }
  if (o.kind === 'Certificate') {
    const ref = obj(at(o, 'spec', 'issuerRef'));
    const kind = String(ref.kind ?? 'Issuer');
    add('ready', 'its issuer', named(kind, kind === 'ClusterIssuer' ? undefined : ns, ref.name));
  }
  if (o.kind === 'Gateway') {
    // Istio's gateway picks a TLS Secret up whenever it appears (SDS): it needs it to exist, no more.
    for (const s of list(at(o, 'spec', 'servers'))) {
      const credential = at(s, 'tls', 'credentialName');
      if (typeof credential === 'string') add('exists', `Secret ${credential}`, writers(ns, credential));
    }
  }
  if (o.kind === 'VirtualService') {
    for (const g of list(at(o, 'spec', 'gateways')).map(String)) {
      const [gns, gname] = g.includes('/') ? g.split('/') : [ns, g];
      add('exists', `Gateway ${g}`, named('Gateway', gns, gname));
    }
    for (const http of list(at(o, 'spec', 'http'))) {
      for (const r of list(obj(http).route)) {
        const [name, namespace] = String(at(r, 'destination', 'host')).split('.');
        const services = named('Service', namespace, name);
        add('exists', `Service ${namespace}/${name}`, services);
        // Routes from outside last: only to workloads that run.
        for (const service of services) {
          const selector = obj(at(service, 'spec', 'selector'));
          add(
            'ready',
            `the pods behind Service ${namespace}/${name}`,
            all.filter(
              (x) =>
                x.metadata.namespace === namespace &&
                ['Deployment', 'StatefulSet', 'DaemonSet'].includes(x.kind) &&
                Object.entries(selector).every(
                  ([k, v]) => obj(at(x, 'spec', 'template', 'metadata', 'labels'))[k] === v,
                ),
            ),
          );
        }
      }
    }
  }
  if (o.kind === 'RoleBinding' || o.kind === 'ClusterRoleBinding') {
    const ref = obj(at(o, 'roleRef'));
    add('exists', 'its role', named(String(ref.kind), ref.kind === 'Role' ? ns : undefined, ref.name));
    for (const s of list(at(o, 'subjects'))) {
      const subject = obj(s);
      if (subject.kind === 'ServiceAccount')
        add('exists', 'its subject', named('ServiceAccount', String(subject.namespace ?? ns), subject.name));
    }
  }
  return deps;
}

/** Whether the waves meet a dependency. */
export function met(o: KubeObject, d: Dependency): boolean {
  const [mine, theirs] = [waveOf(o), waveOf(d.on)];
  if (theirs < mine) return true;
  const custom = !BUILT_IN.test(o.apiVersion);
  return d.needs === 'exists' && theirs === mine && (custom || kindRank(d.on.kind) < kindRank(o.kind));
}

/** Every dependency the waves do not meet, and every object without an integer wave. */
export function waveProblems(objects: readonly KubeObject[]): string[] {
  const problems: string[] = [];
  for (const o of objects) {
    if (!Number.isInteger(waveOf(o))) problems.push(`${idOf(o)}: no sync wave`);
    for (const d of dependencies(o, objects)) {
      if (!met(o, d)) {
        problems.push(`${idOf(o)} (wave ${waveOf(o)}) needs ${d.why} ${d.needs}: ${idOf(d.on)} (wave ${waveOf(d.on)})`);
      }
    }
  }
  return problems;
}
