/**
 * Environment parity, the seed's first principle: "Dev, staging, and production use the same ...
 * Kubernetes manifests. The only differences are resource sizes and replica counts." Every environment
 * emits the same objects (kind, namespace, name), and two environments' objects differ only at the
 * field paths listed here (and, for a backing service, in its plug-in's `parity`); dev's ingress
 * allow-list (principle 4) is the one object an environment may have alone. `parityProblems` compares
 * every pair of environments field by field.
 */
import { BACKING } from '../charts/backing';
import type { KubeObject } from './validate';

/** Why a field may differ between environments. */
export type Difference =
  | 'sizes'
  | 'storage'
  | 'retention'
  | 'replicas'
  | 'hosts'
  | 'image tags'
  | 'GCP project'
  | 'alert thresholds'
  | 'ingress address'
  | 'allow-list'
  | 'promotion'
  | 'environment name';

/** Fields that may differ: where, and why. */
export interface AllowedDifference {
  readonly why: Difference;
  /** Kinds the paths apply to; `'*'` for every kind. */
  readonly kinds: readonly string[] | '*';
  /**
   * Field paths: keys separated by `.`, a key with dots or slashes in brackets and quotes
   * (`metadata.labels["app.kubernetes.io/version"]`), `[]` for any item of a list, `*` for any key.
   * A path allows its whole subtree to differ.
   */
  readonly paths: readonly string[];
  /** Only the numbers in the string may differ (a threshold inside an expression or a message). */
  readonly numbersOnly?: boolean;
  /** Only for the objects this accepts. @default - every object of the kinds */
  readonly where?: (object: KubeObject) => boolean;
}

/** The ingress gateway's pods are labelled `istio: <name>`: a policy selecting them. */
const selectsIngressGateway = (o: KubeObject) =>
  'istio' in ((o.spec as { podSelector?: { matchLabels?: object } } | undefined)?.podSelector?.matchLabels ?? {});

const RESOURCES = [
  'resources.requests.cpu',
  'resources.requests.memory',
  'resources.limits.cpu',
  'resources.limits.memory',
];
const POD = 'spec.template.spec';
const VERSION_LABELS = ['metadata.labels["app.kubernetes.io/version"]', 'metadata.labels.version'];
const WI = 'metadata.annotations["iam.gke.io/gcp-service-account"]';
const VALUES = 'spec.source.helm.valuesObject';

/**
 * Every field two environments of any platform may set differently; a platform's backing services add
 * their own (`parity` of charts/backing/<kind>/: their sizes, storage and retention), see `rulesOf`.
 */
const CORE_DIFFERENCES: readonly AllowedDifference[] = [
  {
    why: 'sizes',
    kinds: ['Deployment'],
    paths: [
      ...RESOURCES.map((r) => `${POD}.containers[].${r}`),
      ...RESOURCES.map((r) => `${POD}.initContainers[].${r}`),
    ],
  },
  // The mesh's connection pools are sized per environment, like the pods behind them.
  {
    why: 'sizes',
    kinds: ['DestinationRule'],
    paths: [
      'spec.trafficPolicy.connectionPool.tcp.maxConnections',
      'spec.trafficPolicy.connectionPool.http.http1MaxPendingRequests',
      'spec.trafficPolicy.connectionPool.http.http2MaxRequests',
    ],
  },
  { why: 'replicas', kinds: ['HorizontalPodAutoscaler'], paths: ['spec.minReplicas', 'spec.maxReplicas'] },
  // A workload with fixed bounds (min == max) has a replica count instead of an HPA's bounds.
  { why: 'replicas', kinds: ['Deployment'], paths: ['spec.replicas'] },
  { why: 'hosts', kinds: ['Certificate'], paths: ['spec.dnsNames', 'spec.commonName'] },
  { why: 'hosts', kinds: ['Gateway'], paths: ['spec.servers[].hosts'] },
  { why: 'hosts', kinds: ['VirtualService'], paths: ['spec.hosts'] },
  // The edge's per-host limits and the internal hosts' policy name the hosts.
  { why: 'hosts', kinds: ['EnvoyFilter'], paths: ['spec.configPatches[].match.routeConfiguration.vhost.name'] },
  { why: 'hosts', kinds: ['AuthorizationPolicy'], paths: ['spec.rules[].to[].operation.hosts'] },
  // The ingress gateway admits the environment's allow-list, or everyone where it has none.
  { why: 'allow-list', kinds: ['NetworkPolicy'], paths: ['spec.ingress'], where: selectsIngressGateway },
  { why: 'image tags', kinds: '*', paths: VERSION_LABELS },
  {
    why: 'image tags',
    kinds: ['Deployment'],
    paths: [`${POD}.containers[].image`, ...VERSION_LABELS.map((l) => `spec.template.${l}`)],
  },
  { why: 'GCP project', kinds: ['ServiceAccount'], paths: [WI] },
  { why: 'GCP project', kinds: ['SecretStore'], paths: ['spec.provider.gcpsm.projectID'] },
  { why: 'GCP project', kinds: ['ClusterIssuer'], paths: ['spec.acme.solvers[].dns01.cloudDNS.project'] },
  {
    why: 'GCP project',
    kinds: ['Deployment'],
    paths: [`spec.template.metadata.annotations["checksum/config"]`, `${POD}.initContainers[].args[]`],
  },
  {
    why: 'GCP project',
    kinds: ['Application'],
    paths: [
      `${VALUES}.serviceAccount.annotations["iam.gke.io/gcp-service-account"]`,
      `${VALUES}.loki.storage.bucketNames`,
    ],
  },
  { why: 'ingress address', kinds: ['Application'], paths: [`${VALUES}.service.loadBalancerIP`] },
  {
    why: 'alert thresholds',
    kinds: ['PrometheusRule'],
    paths: [
      'spec.groups[].rules[].expr',
      'spec.groups[].rules[].annotations.summary',
      'spec.groups[].rules[].annotations.description',
    ],
    numbersOnly: true,
  },
  // An environment may be promoted: it follows its own release reference, synced in its own window.
  { why: 'promotion', kinds: ['Application'], paths: ['spec.source.targetRevision'] },
  { why: 'promotion', kinds: ['AppProject'], paths: ['spec.syncWindows'] },
  // Argo CD's objects are named after their environment and point at its folder.
  // (Objects are matched with the environment's name in their names read as `{env}`.)
  { why: 'environment name', kinds: ['AppProject'], paths: ['metadata.name', 'spec.description'] },
  { why: 'environment name', kinds: ['Application'], paths: ['metadata.name', 'spec.project', 'spec.source.path'] },
];

/** Every backing service's name: what a platform that declares them all has. */
const ALL_KINDS = BACKING.map((backing) => backing.name);

/** An object only some environments have, and why. */
export interface EnvironmentOnlyObject {
  readonly why: string;
  readonly kind: string;
  /** Its name, by pattern (names derive from the description). */
  readonly name: RegExp;
}

/** The objects an environment may have alone: dev's ingress allow-list (seed principle 4). */
export const ENVIRONMENT_ONLY_OBJECTS: readonly EnvironmentOnlyObject[] = [
  {
    why: "the ingress allow-list (seed principle 4: dev's zero-trust networking)",
    kind: 'AuthorizationPolicy',
    name: /-source-allow-list$/,
  },
];

/** One environment's objects. */
export interface EnvironmentObjects {
  readonly name: string;
  readonly objects: readonly KubeObject[];
}

type Segment = string | number;

/** `metadata.labels["a.b/c"]` -> ['metadata', 'labels', 'a.b/c']; `[]` -> -1 (any item), `*` any key. */
function parsePath(path: string): Segment[] {
  return [...path.matchAll(/\["([^"]+)"\]|(\[\])|([^.[\]]+)/g)].map((m) => (m[2] ? -1 : (m[1] ?? m[3])!));
}

/** The printed form of a concrete path (list items by index). */
function printPath(path: readonly Segment[]): string {
  return path
    .map((s, i) =>
      typeof s === 'number' ? `[${s}]` : /^[A-Za-z_$][\w$-]*$/.test(s) ? (i === 0 ? s : `.${s}`) : `["${s}"]`,
    )
    .join('');
}

interface CompiledRule {
  readonly rule: AllowedDifference;
  readonly path: readonly Segment[];
}

const compiledFor = new Map<string, readonly CompiledRule[]>();

/** The rules of a platform that declares the backing services `kinds` (names), compiled once per set. */
function rulesOf(kinds: readonly string[]): readonly CompiledRule[] {
  const key = [...kinds].sort().join(' ');
  let rules = compiledFor.get(key);
  if (!rules) {
    const backing = BACKING.filter((b) => kinds.includes(b.name)).flatMap((b) => b.parity ?? []);
    rules = [...CORE_DIFFERENCES, ...backing].flatMap((rule) => rule.paths.map((p) => ({ rule, path: parsePath(p) })));
    compiledFor.set(key, rules);
  }
  return rules;
}

function ruleFor(
  compiled: readonly CompiledRule[],
  object: KubeObject,
  path: readonly Segment[],
): AllowedDifference | undefined {
  return compiled.find(
    ({ rule, path: pattern }) =>
      (rule.kinds === '*' || rule.kinds.includes(object.kind)) &&
      (rule.where === undefined || rule.where(object)) &&
      pattern.length === path.length &&
      pattern.every((p, i) => p === '*' || (p === -1 ? typeof path[i] === 'number' : p === path[i])),
  )?.rule;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function show(value: unknown): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Where `a` and `b` differ other than the rules allow, as `<path>: <a> vs <b>`. */
function fieldProblems(
  rules: readonly CompiledRule[],
  object: KubeObject,
  a: unknown,
  b: unknown,
  path: Segment[],
  out: string[],
): void {
  if (a === b) return;
  const rule = path.length > 0 ? ruleFor(rules, object, path) : undefined;
  if (rule && !rule.numbersOnly) return;
  if (rule?.numbersOnly && typeof a === 'string' && typeof b === 'string') {
    const shape = (s: string) => s.replace(/-?\d+(\.\d+)?(e-?\d+)?/g, 'N');
    if (shape(a) === shape(b)) return;
  }
  if (isObject(a) && isObject(b)) {
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
      fieldProblems(rules, object, a[key], b[key], [...path, key], out);
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    a.forEach((item, i) => fieldProblems(rules, object, item, b[i], [...path, i], out));
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`${printPath(path)}: ${show(a)} vs ${show(b)}`);
}

/** `<kind> <namespace>/<name>`, the environment's name in a name replaced by `{env}`. */
function identity(object: KubeObject, env: string): string {
  const name = object.metadata.name.replace(new RegExp(`(^|-)${env}(?=-|$)`, 'g'), '$1{env}');
  return `${object.kind} ${object.metadata.namespace ?? ''}/${name}`;
}

const environmentOnly = (o: KubeObject) =>
  ENVIRONMENT_ONLY_OBJECTS.some((e) => e.kind === o.kind && e.name.test(o.metadata.name));

/**
 * Every way two environments differ other than `CORE_DIFFERENCES`, the declared backing services'
 * `parity` and `ENVIRONMENT_ONLY_OBJECTS` allow, one line each: an object one of them lacks, or a field
 * that differs where it may not. `kinds`:
 * the backing services the platform declares (`backingServices.<name>`), whose rules apply; the others'
 * do not (a platform without Kafka has no Kafka sizes to differ).
 */
export function parityProblems(
  a: EnvironmentObjects,
  b: EnvironmentObjects,
  kinds: readonly string[] = ALL_KINDS,
): string[] {
  const rules = rulesOf(kinds);
  const index = (env: EnvironmentObjects) =>
    new Map(env.objects.filter((o) => !environmentOnly(o)).map((o) => [identity(o, env.name), o]));
  const left = index(a);
  const right = index(b);
  const problems: string[] = [];
  const pair = `${a.name} vs ${b.name}`;
  for (const [id, object] of left) {
    const other = right.get(id);
    if (other === undefined) {
      problems.push(`${pair}: ${id}: only in ${a.name}`);
      continue;
    }
    const fields: string[] = [];
    fieldProblems(rules, object, object, other, [], fields);
    for (const field of fields) problems.push(`${pair}: ${id}: ${field}`);
  }
  for (const id of right.keys()) if (!left.has(id)) problems.push(`${pair}: ${id}: only in ${b.name}`);
  return problems;
}

/** `parityProblems` of every pair of environments of a platform that declares the backing services `kinds`. */
export function allParityProblems(
  environments: readonly EnvironmentObjects[],
  kinds: readonly string[] = ALL_KINDS,
): string[] {
  return environments.flatMap((a, i) => environments.slice(i + 1).flatMap((b) => parityProblems(a, b, kinds)));
}
