/**
 * The cluster as it will be once Argo CD has synced an environment, seen from its manifests: the pods
 * (of `dist/`, of the rendered charts, and those operators create from custom resources), Services and
 * namespaces, and Kubernetes label selectors over them.
 */
import { asArray, asObject, type Json } from '../../lib/json';

/** An operator Application and the objects its chart renders (namespaces filled in as Argo CD does). */
export interface RenderedApplication {
  readonly app: Json;
  readonly objects: readonly Json[];
}

/** A pod (or a pod template) as a selector sees it. */
export interface Pod {
  readonly namespace: string;
  readonly labels: Readonly<Record<string, string>>;
  /** What makes it: `<Kind> <namespace>/<name>`, and of which Application when a chart renders it. */
  readonly owner: string;
  /** The Application whose chart renders it, if any. */
  readonly application?: string;
  /** The rendered pod spec, when known. */
  readonly spec?: Json;
}

export const meta = (o: Json) =>
  asObject(o.metadata) as { name?: string; namespace?: string; labels?: Record<string, string> };
/** The API group of an object (`''` for the core group). */
export const groupOf = (o: Json) => (String(o.apiVersion).includes('/') ? String(o.apiVersion).split('/')[0]! : '');
export const nameOf = (o: Json) => `${o.kind} ${meta(o).namespace ? `${meta(o).namespace}/` : ''}${meta(o).name}`;

const POD_TEMPLATE_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job']);

/** The pods of an object with a pod template (a CronJob's too). */
function templatePods(o: Json, application?: string): Pod[] {
  const spec = asObject(o.spec);
  const template = POD_TEMPLATE_KINDS.has(String(o.kind))
    ? asObject(spec.template)
    : o.kind === 'CronJob'
      ? asObject(asObject(asObject(spec.jobTemplate).spec).template)
      : undefined;
  if (!template) return [];
  return [
    {
      namespace: String(meta(o).namespace ?? ''),
      labels: asObject(asObject(template.metadata).labels) as Record<string, string>,
      owner: nameOf(o),
      spec: asObject(template.spec),
      ...(application ? { application } : {}),
    },
  ];
}

/**
 * The pods operators create from custom resources, with the labels each operator documents and sets:
 * prometheus-operator (Prometheus, Alertmanager), Strimzi (Kafka: brokers, controllers, entity
 * operator), Percona (PerconaServerMongoDB: mongod).
 */
function customResourcePods(o: Json, application?: string): Pod[] {
  const name = String(meta(o).name);
  const namespace = String(meta(o).namespace ?? '');
  const spec = asObject(o.spec);
  const podLabels = asObject(asObject(spec.podMetadata).labels) as Record<string, string>;
  const pod = (labels: Record<string, string>): Pod => ({
    namespace,
    labels,
    owner: `pods of ${nameOf(o)}`,
    ...(application ? { application } : {}),
  });
  switch (`${String(o.apiVersion).split('/')[0]}/${o.kind}`) {
    case 'monitoring.coreos.com/Prometheus':
    case 'monitoring.coreos.com/Alertmanager': {
      const app = String(o.kind).toLowerCase();
      return [
        pod({
          ...podLabels,
          'app.kubernetes.io/name': app,
          'app.kubernetes.io/managed-by': 'prometheus-operator',
          'app.kubernetes.io/instance': name,
          [app]: name,
          [`operator.prometheus.io/name`]: name,
        }),
      ];
    }
    case 'kafka.strimzi.io/Kafka':
      return ['kafka', 'entity-operator'].map((component) =>
        pod({
          'strimzi.io/cluster': name,
          'strimzi.io/kind': 'Kafka',
          'strimzi.io/name': `${name}-${component}`,
          'app.kubernetes.io/name': component,
          'app.kubernetes.io/instance': name,
          'app.kubernetes.io/managed-by': 'strimzi-cluster-operator',
        }),
      );
    case 'psmdb.percona.com/PerconaServerMongoDB':
      return asArray(spec.replsets).map((rs) =>
        pod({
          'app.kubernetes.io/name': 'percona-server-mongodb',
          'app.kubernetes.io/instance': name,
          'app.kubernetes.io/replset': String(asObject(rs).name),
          'app.kubernetes.io/component': 'mongod',
          'app.kubernetes.io/managed-by': 'percona-server-mongodb-operator',
          'app.kubernetes.io/part-of': 'percona-server-mongodb',
        }),
      );
    case 'rabbitmq.com/RabbitmqCluster':
      // The cluster operator's labels (internal/metadata/label.go at v2.22.3).
      return [
        pod({
          'app.kubernetes.io/name': name,
          'app.kubernetes.io/component': 'rabbitmq',
          'app.kubernetes.io/part-of': 'rabbitmq',
        }),
      ];
    default:
      return [];
  }
}

/** Every pod of the environment: `dist/`'s, the charts', and those operators make from either's CRs. */
export function environmentPods(dist: readonly Json[], rendered: readonly RenderedApplication[]): Pod[] {
  return [
    ...dist.flatMap((o) => [...templatePods(o), ...customResourcePods(o)]),
    ...rendered.flatMap((r) => {
      const application = String(meta(r.app).name);
      return r.objects.flatMap((o) => [...templatePods(o, application), ...customResourcePods(o, application)]);
    }),
  ];
}

/** A Kubernetes label selector (matchLabels and matchExpressions); an empty one selects everything. */
export interface LabelSelector {
  readonly matchLabels?: Readonly<Record<string, string>>;
  readonly matchExpressions?: readonly { key: string; operator: string; values?: readonly string[] }[];
}

export function selects(selector: LabelSelector, labels: Readonly<Record<string, string>>): boolean {
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) if (labels[key] !== value) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    const values = e.values ?? [];
    const ok =
      e.operator === 'In'
        ? has && values.includes(labels[e.key]!)
        : e.operator === 'NotIn'
          ? !has || !values.includes(labels[e.key]!)
          : e.operator === 'Exists'
            ? has
            : e.operator === 'DoesNotExist'
              ? !has
              : false;
    if (!ok) return false;
  }
  return true;
}

export const isEmptySelector = (s: LabelSelector) =>
  Object.keys(s.matchLabels ?? {}).length === 0 && (s.matchExpressions ?? []).length === 0;

/** Each namespace's labels: those `dist/` gives it, and the `kubernetes.io/metadata.name` every one has. */
export function namespaceLabels(
  dist: readonly Json[],
  extra: readonly string[],
): Map<string, Readonly<Record<string, string>>> {
  const labels = new Map<string, Record<string, string>>();
  const add = (ns: string, more: Record<string, string> = {}) =>
    labels.set(ns, { ...(labels.get(ns) ?? {}), ...more, 'kubernetes.io/metadata.name': ns });
  for (const ns of extra) add(ns);
  for (const o of dist) {
    if (o.kind === 'Namespace') add(String(meta(o).name), meta(o).labels ?? {});
    else if (meta(o).namespace) add(String(meta(o).namespace));
  }
  return labels;
}
