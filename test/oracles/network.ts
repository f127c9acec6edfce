/**
 * Oracles for zero-trust networking, independent of the code under test (charts/platform-network.ts,
 * charts/network-policy.ts, charts/workload-mesh.ts, charts/mesh-defaults.ts):
 *
 * - `expected*` compute who may connect to whom, on which port, from the description alone: the
 *   model's workloads (names, namespaces, ports, `calls`, `uses`) and surroundings, and the platform
 *   facts below (well-known ports and addresses), written here again on purpose.
 * - `read*` turn synthesized objects into the same shape, with the semantics Kubernetes and Istio give
 *   them (a rule without peers admits anyone, a missing policy type leaves that direction open, a
 *   policy without a selector covers the namespace...). Anything they do not understand becomes an
 *   entry of its own, which no expectation contains: nothing is silently ignored.
 *
 * Each connection is one string, `<peer> <protocol>/<port>`, so that two sets compare in both
 * directions and a failure shows the extra or missing connection.
 */
import type { IAuthorizationPolicy } from '@kubernetes-models/istio/security.istio.io/v1/AuthorizationPolicy';
import type { IServiceEntry } from '@kubernetes-models/istio/networking.istio.io/v1/ServiceEntry';
import type { ISidecar } from '@kubernetes-models/istio/networking.istio.io/v1/Sidecar';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { EnvironmentModel, WorkloadModel } from '../../lib/model';
import type { ManifestFile } from '../../lib/synth';
import type { KubeObject } from '../../lib/validate';
import { ofKind } from '../helpers';

/** What the platform runs on, as Kubernetes, GKE and Istio define it (not read from charts/). */
export const FACTS = {
  /** Istio's sidecar agent: merged Prometheus metrics, probes. */
  sidecarMetricsPort: 15020,
  /** istiod's xDS and CA port, and the label of its pods. */
  istiodPort: 15012,
  istiodPods: { app: 'istiod' },
  /** kube-dns on GKE. */
  dns: { namespace: 'kube-system', pods: { 'k8s-app': 'kube-dns' }, port: 53 },
  /**
   * The GKE metadata server (Workload Identity): 169.254.169.254:80 as pods call it, and where the node
   * redirects it, 169.254.169.252:988 under Dataplane V2 or 127.0.0.1:988 on the legacy dataplane.
   */
  metadataServer: (dataplaneV2: boolean) =>
    [
      ['169.254.169.254/32', 80],
      [dataplaneV2 ? '169.254.169.252/32' : '127.0.0.1/32', 988],
    ] as const,
  /** The internet, for external hosts: every IPv4 address but the private, shared, loopback and link-local ranges. */
  internet: '0.0.0.0/0 except 10.0.0.0/8,100.64.0.0/10,127.0.0.0/8,169.254.0.0/16,172.16.0.0/12,192.168.0.0/16',
  /** Cloud SQL's server port (the Auth Proxy's peer), the SQL Admin API the proxy also calls. */
  cloudSqlPort: 3307,
  sqlAdminApi: 'sqladmin.googleapis.com',
  httpsPort: 443,
  /** Percona's mongodb_exporter, and the labels of the operator's pods (Percona's Helm chart psmdb-operator). */
  mongoExporterPort: 9216,
  mongoOperatorPods: { 'app.kubernetes.io/name': 'psmdb-operator' },
  /** The labels the Prometheus operator gives the Prometheus pods: the only scrapers metrics ports admit. */
  prometheusPods: { 'app.kubernetes.io/name': 'prometheus' },
  /** The label every workload's pods carry with their name. */
  nameLabel: 'app.kubernetes.io/name',
  /** Strimzi: the labels of its cluster operator's pods, the port of the brokers' Prometheus exporter. */
  strimziOperatorPods: { 'strimzi.io/kind': 'cluster-operator' },
  kafkaMetricsPort: 9404,
  /** The Kubernetes API server's port (at the description's controlPlaneCidr). */
  apiServerPort: 443,
  /** The namespaces cert-manager's and External Secrets' charts are installed in. */
  certManagerNamespace: 'cert-manager',
  /** The Istio CNI node agent's own namespace (privileged), apart from istiod's. */
  istioCniNamespace: 'istio-cni',
  externalSecretsNamespace: 'external-secrets',
};

type Labels = Readonly<Record<string, string>>;
export const labelText = (labels: Labels) =>
  Object.entries(labels)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join(',');

/** Peers as the oracle names them. */
export const peer = {
  pods: (namespace: string, labels: Labels) => `pods ${namespace}/${labelText(labels)}`,
  namespace: (namespace: string) => `namespace ${namespace}`,
  cidr: (cidr: string) => `cidr ${cidr}`,
};
/** A connection as `readNetworkPolicy` reads it: a peer and a port, or any port. */
export const conn = (p: string, port: number | string, protocol = 'TCP') => `${p} ${protocol}/${port}`;
export const anyPort = (p: string) => `${p} ANY PORT`;
const podsOf = (w: Pick<WorkloadModel, 'name' | 'namespace'>) => peer.pods(w.namespace, { [FACTS.nameLabel]: w.name });

/** The Prometheus pods, by pod and namespace selector: metrics ports admit nothing else. */
const prometheus = (env: EnvironmentModel) => peer.pods(env.surroundings.monitoringNamespace, FACTS.prometheusPods);

/** Callers of each workload, from the `calls` of every other workload. */
export function callersOf(env: EnvironmentModel, w: WorkloadModel): WorkloadModel[] {
  return env.workloads.filter((c) => c.calls.includes(w.name));
}
export function calleesOf(env: EnvironmentModel, w: WorkloadModel): WorkloadModel[] {
  return w.calls.map((name) => {
    const callee = env.workloads.find((c) => c.name === name);
    if (!callee) throw new Error(`${w.name} calls unknown ${name}`);
    return callee;
  });
}

export interface Connections {
  readonly ingress: string[];
  readonly egress: string[];
}

/** A workload's NetworkPolicy, from the description: in from its callers, out to what it uses. */
export function expectedWorkloadConnections(env: EnvironmentModel, w: WorkloadModel): Connections {
  const s = env.surroundings;
  const ingress = [
    ...(w.role === 'api-gateway'
      ? [conn(peer.pods(s.ingressGateway.namespace, { istio: s.ingressGateway.name }), w.port)]
      : []),
    ...callersOf(env, w).map((c) => conn(podsOf(c), w.port)),
    conn(prometheus(env), FACTS.sidecarMetricsPort),
  ];
  const dns = peer.pods(FACTS.dns.namespace, FACTS.dns.pods);
  const egress = [
    conn(dns, FACTS.dns.port, 'UDP'),
    conn(dns, FACTS.dns.port, 'TCP'),
    conn(peer.pods(s.istioNamespace, FACTS.istiodPods), FACTS.istiodPort),
    ...FACTS.metadataServer(env.cluster.dataplaneV2).map(([cidr, port]) => conn(peer.cidr(cidr), port)),
    ...calleesOf(env, w).map((c) => conn(podsOf(c), c.port)),
    ...(w.uses.kafka ? [conn(peer.namespace(s.kafka!.namespace), s.kafka!.port)] : []),
    ...(w.uses.mongodb ? [conn(peer.namespace(s.mongodb!.namespace), s.mongodb!.port)] : []),
    ...(w.uses.mysql || w.uses.postgresql
      ? [conn(peer.cidr(s.privateServicesCidr), FACTS.cloudSqlPort), conn(peer.cidr(s.googleApisCidr), FACTS.httpsPort)]
      : []),
    ...(w.uses.redis ? [conn(peer.cidr(s.privateServicesCidr), s.redisPort!)] : []),
    ...[...new Set(w.externalHosts.map((h) => h.port))].map((port) => conn(peer.cidr(FACTS.internet), port)),
    // Where the platform traces, the proxy sends spans to the collector (Jaeger's chart labels its pods
    // with the release, the collector's Service name).
    ...(env.tracing
      ? [
          conn(
            peer.pods(env.tracing.namespace, { 'app.kubernetes.io/instance': env.tracing.service }),
            env.tracing.port,
          ),
        ]
      : []),
  ];
  return { ingress: ingress.sort(), egress: egress.sort() };
}

/** The MongoDB replica set's NetworkPolicy: its clients, Prometheus, its members and its operator; out to DNS and Google APIs (backups). */
export function expectedMongoConnections(env: EnvironmentModel): Connections {
  const m = env.mongodb!;
  const members = peer.pods(m.namespace, {
    'app.kubernetes.io/instance': m.cluster,
    'app.kubernetes.io/replset': m.replicaSet,
  });
  const clients = env.workloads.filter((w) => w.uses.mongodb);
  const dns = peer.pods(FACTS.dns.namespace, FACTS.dns.pods);
  return {
    ingress: [
      ...clients.map((c) => conn(podsOf(c), m.port)),
      conn(prometheus(env), FACTS.mongoExporterPort),
      conn(members, m.port),
      conn(peer.pods(m.namespace, FACTS.mongoOperatorPods), m.port),
    ].sort(),
    egress: [
      conn(members, m.port),
      conn(dns, FACTS.dns.port, 'UDP'),
      conn(dns, FACTS.dns.port, 'TCP'),
      conn(peer.cidr(env.surroundings.googleApisCidr), FACTS.httpsPort),
    ].sort(),
  };
}

/**
 * The Kafka cluster's NetworkPolicy (Strimzi's own generation is off): in, the clients to the listener,
 * the cluster's pods and its operator to any port, Prometheus to the metrics; out, its own pods, DNS and
 * the API server (the entity operator).
 */
export function expectedKafkaClusterConnections(env: EnvironmentModel): Connections {
  const k = env.kafka!;
  const own = peer.pods(k.namespace, { 'strimzi.io/cluster': k.cluster });
  const dns = peer.pods(FACTS.dns.namespace, FACTS.dns.pods);
  return {
    ingress: [
      ...env.workloads.filter((w) => w.uses.kafka).map((c) => conn(podsOf(c), k.port)),
      anyPort(own),
      anyPort(peer.pods(k.namespace, FACTS.strimziOperatorPods)),
      conn(prometheus(env), FACTS.kafkaMetricsPort),
    ].sort(),
    egress: [
      anyPort(own),
      conn(dns, FACTS.dns.port, 'UDP'),
      conn(dns, FACTS.dns.port, 'TCP'),
      conn(peer.cidr(env.surroundings.controlPlaneCidr), FACTS.apiServerPort),
    ].sort(),
  };
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const unknownKeys = (o: Json, known: readonly string[], where: string) =>
  Object.keys(o)
    .filter((k) => !known.includes(k))
    .map((k) => `UNDERSTOOD NOT: ${where}.${k}`);

/** A label selector as text: `*` for everything, `k=v,...` for matchLabels; anything else verbatim. */
function selectorText(selector: unknown): string {
  const s = obj(selector);
  const extra = unknownKeys(s, ['matchLabels'], 'selector');
  if (extra.length > 0) return JSON.stringify(s);
  const labels = obj(s.matchLabels) as Labels;
  return Object.keys(labels).length === 0 ? '*' : labelText(labels);
}

/** One peer of a NetworkPolicy rule, as Kubernetes reads it; the policy's namespace for a bare podSelector. */
function readPeer(p: unknown, policyNamespace: string): string {
  const o = obj(p);
  const extra = unknownKeys(o, ['namespaceSelector', 'podSelector', 'ipBlock'], 'peer');
  if (extra.length > 0) return extra.join(' ');
  if (o.ipBlock) {
    const block = obj(o.ipBlock);
    const except = list(block.except);
    return `${peer.cidr(String(block.cidr))}${except.length ? ` except ${except.join(',')}` : ''}`;
  }
  let namespace = policyNamespace;
  if (o.namespaceSelector !== undefined) {
    const ns = selectorText(o.namespaceSelector);
    const byName = /^kubernetes\.io\/metadata\.name=([^,]+)$/.exec(ns);
    namespace = byName ? byName[1]! : ns === '*' ? 'EVERY NAMESPACE' : `namespaces(${ns})`;
  }
  if (o.podSelector === undefined || selectorText(o.podSelector) === '*') return peer.namespace(namespace);
  return `pods ${namespace}/${selectorText(o.podSelector)}`;
}

function readPorts(ports: unknown): string[] {
  const all = list(ports);
  if (all.length === 0) return ['ANY PORT'];
  return all.map((p) => {
    const o = obj(p);
    const extra = unknownKeys(o, ['port', 'protocol', 'endPort'], 'port');
    if (extra.length > 0) return extra.join(' ');
    const range = o.endPort !== undefined ? `${String(o.port)}-${String(o.endPort)}` : String(o.port ?? 'ANY');
    return `${String(o.protocol ?? 'TCP')}/${range}`;
  });
}

/** Every (peer, port) a rule list admits: a rule admits each of its peers on each of its ports. */
function readRules(rules: unknown, peersKey: 'from' | 'to', namespace: string): string[] {
  return list(rules).flatMap((r) => {
    const rule = obj(r);
    const extra = unknownKeys(rule, [peersKey, 'ports'], 'rule');
    const peers = list(rule[peersKey]);
    const who = peers.length === 0 ? ['ANYONE'] : peers.map((p) => readPeer(p, namespace));
    return [...extra, ...who.flatMap((w) => readPorts(rule.ports).map((port) => `${w} ${port}`))];
  });
}

export interface ReadPolicy extends Connections {
  readonly namespace: string;
  /** `k=v,...` of the pods it applies to, `*` for the whole namespace. */
  readonly selects: string;
}

/**
 * What a NetworkPolicy admits. A direction it does not list in `policyTypes` is not isolated by it:
 * `ANYONE` (Kubernetes defaults `policyTypes` to Ingress, plus Egress when egress rules are present).
 */
export function readNetworkPolicy(policy: KubeObject): ReadPolicy {
  const spec = obj(policy.spec);
  const namespace = String(policy.metadata.namespace);
  const extra = unknownKeys(spec, ['podSelector', 'policyTypes', 'ingress', 'egress'], 'spec');
  const types = spec.policyTypes
    ? list(spec.policyTypes).map(String)
    : ['Ingress', ...(spec.egress !== undefined ? ['Egress'] : [])];
  const direction = (type: string, key: 'ingress' | 'egress', peers: 'from' | 'to') =>
    types.includes(type) ? readRules(spec[key], peers, namespace) : ['ANYONE ANY PORT'];
  return {
    namespace,
    selects: selectorText(spec.podSelector),
    ingress: [...extra, ...direction('Ingress', 'ingress', 'from')].sort(),
    egress: direction('Egress', 'egress', 'to').sort(),
  };
}

// ---------------------------------------------------------------------------------------------------
// Istio authorization, evaluated as Istio does for one request.

/**
 * A request to a workload's pods: who sends it (undefined: no mTLS identity) and on which port; at
 * the ingress gateway also the client's address (`remoteIp`, IPv4) and the Host header (`host`). A
 * field the request lacks is undecided (see ruleMatches).
 */
export interface Request {
  readonly principal?: string;
  readonly namespace?: string;
  readonly port: number;
  readonly remoteIp?: string;
  readonly host?: string;
}

/**
 * Whether an IPv4 address is in a CIDR block (or equals a bare address), as Istio's `ipBlocks` read
 * them. A block that is neither throws: Istio's validation rejects the whole policy.
 */
export function inCidr(ip: string, block: string): boolean {
  const valid = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(\/(\d{1,2}))?$/.exec(block);
  if (!valid || valid.slice(1, 5).some((o) => Number(o) > 255) || Number(valid[6] ?? 32) > 32)
    throw new Error(`not an IPv4 address or CIDR block: "${block}"`);
  const value = (a: string) => a.split('.').reduce((n, octet) => n * 256 + Number(octet), 0);
  const [base, bits = '32'] = block.split('/');
  const size = 2 ** (32 - Number(bits));
  return Math.floor(value(ip) / size) === Math.floor(value(base!) / size);
}

/** Istio's string match: exact, `prefix*`, `*suffix`, or `*` (any value present). */
const matches = (pattern: string, value: string | undefined) =>
  value !== undefined &&
  (pattern === '*' ||
    (pattern.endsWith('*') && value.startsWith(pattern.slice(0, -1))) ||
    (pattern.startsWith('*') && value.endsWith(pattern.slice(1))) ||
    pattern === value);

/**
 * Whether a rule matches. Conditions the oracle cannot decide for a request (IP blocks or hosts of a
 * request without address or Host, request principals, paths, `when`...) count as matching for ALLOW and as not matching for DENY: the oracle
 * errs towards "allowed", the unsafe side, so that such a rule cannot hide an opening.
 */
function ruleMatches(rule: Json, request: Request, action: 'ALLOW' | 'DENY'): boolean {
  const undecided = action === 'ALLOW';
  // An empty list is no condition at all (Istio ignores unset and empty fields): it matches anything.
  const fieldMatches = (values: unknown, value: string | undefined, negated: boolean) => {
    if (list(values).length === 0) return true;
    const hit = list(values).some((p) => matches(String(p), value));
    return negated ? !hit : hit;
  };
  const ipMatches = (values: unknown, negated: boolean) => {
    if (list(values).length === 0) return true;
    if (request.remoteIp === undefined) return undecided;
    const hit = list(values).some((b) => inCidr(request.remoteIp!, String(b)));
    return negated ? !hit : hit;
  };
  // Hosts match case-insensitively, with Istio's prefix and suffix wildcards.
  const hostMatches = (values: unknown, negated: boolean) => {
    if (list(values).length === 0) return true;
    if (request.host === undefined) return undecided;
    const hit = list(values).some((p) => matches(String(p).toLowerCase(), request.host!.toLowerCase()));
    return negated ? !hit : hit;
  };
  const sourceMatches = (s: Json) =>
    Object.entries(s).every(([field, values]) => {
      if (field === 'principals') return fieldMatches(values, request.principal, false);
      if (field === 'notPrincipals') return fieldMatches(values, request.principal, true);
      if (field === 'namespaces') return fieldMatches(values, request.namespace, false);
      if (field === 'notNamespaces') return fieldMatches(values, request.namespace, true);
      if (field === 'remoteIpBlocks') return ipMatches(values, false);
      if (field === 'notRemoteIpBlocks') return ipMatches(values, true);
      return undecided;
    });
  const operationMatches = (o: Json) =>
    Object.entries(o).every(([field, values]) => {
      if (field === 'ports') return fieldMatches(values, String(request.port), false);
      if (field === 'notPorts') return fieldMatches(values, String(request.port), true);
      if (field === 'hosts') return hostMatches(values, false);
      if (field === 'notHosts') return hostMatches(values, true);
      return undecided;
    });
  for (const key of Object.keys(rule)) if (!['from', 'to', 'when'].includes(key)) return undecided;
  const from = rule.from === undefined || list(rule.from).some((f) => sourceMatches(obj(obj(f).source)));
  const to = rule.to === undefined || list(rule.to).some((t) => operationMatches(obj(obj(t).operation)));
  const when = rule.when === undefined || list(rule.when).length === 0 || undecided;
  return from && to && when;
}

/** The pods a policy applies to: the root namespace's cover the mesh, others their namespace, narrowed by the selector. */
function applies(policy: IAuthorizationPolicy, namespace: string, labels: Labels, rootNamespace: string): boolean {
  const ns = policy.metadata!.namespace;
  if (ns !== rootNamespace && ns !== namespace) return false;
  const spec = obj(policy.spec);
  if (spec.targetRef !== undefined || spec.targetRefs !== undefined) return true; // not understood: assume it applies
  const wanted = obj(obj(spec.selector).matchLabels) as Labels;
  return Object.entries(wanted).every(([k, v]) => labels[k] === v);
}

/** Whether Istio lets `request` reach pods with `labels` in `namespace`: DENY first, then ALLOW if any applies. */
export function admitted(
  policies: readonly IAuthorizationPolicy[],
  target: { namespace: string; labels: Labels },
  request: Request,
  rootNamespace: string,
): boolean {
  const relevant = policies.filter((p) => applies(p, target.namespace, target.labels, rootNamespace));
  const action = (p: IAuthorizationPolicy) => String(obj(p.spec).action ?? 'ALLOW');
  const matching = (p: IAuthorizationPolicy, a: 'ALLOW' | 'DENY') =>
    list(obj(p.spec).rules).some((r) => ruleMatches(obj(r), request, a));
  if (relevant.some((p) => action(p) === 'DENY' && matching(p, 'DENY'))) return false;
  // CUSTOM and AUDIT are not understood: they count as allowing.
  if (relevant.some((p) => !['ALLOW', 'DENY'].includes(action(p)))) return true;
  const allows = relevant.filter((p) => action(p) === 'ALLOW');
  return allows.length === 0 || allows.some((p) => matching(p, 'ALLOW'));
}

/** A port no workload serves on: any rule that admits it admits every port. */
export const OTHER_PORT = 1;

/**
 * Every `<source> -> <workload>:<port>` that the AuthorizationPolicies admit, for every workload's
 * identity, the ingress gateway's, a stranger's in every namespace and a caller without identity, on
 * the workload's port and on another one. `accountOf` gives the ServiceAccount each workload's pods run as.
 */
export function admittedCalls(
  env: EnvironmentModel,
  policies: readonly IAuthorizationPolicy[],
  podLabels: (w: WorkloadModel) => Labels,
  accountOf: (w: WorkloadModel) => string,
): string[] {
  const s = env.surroundings;
  const identity = (namespace: string, account: string) => ({
    principal: `${env.mesh.trustDomain}/ns/${namespace}/sa/${account}`,
    namespace,
  });
  const sources = [
    ...env.workloads.map((w) => ({ name: w.name, ...identity(w.namespace, accountOf(w)) })),
    { name: 'ingress', ...identity(s.ingressGateway.namespace, s.ingressGateway.name) },
    ...[...new Set([...env.namespaces, s.ingressGateway.namespace])].map((ns) => ({
      name: `stranger in ${ns}`,
      ...identity(ns, 'stranger'),
    })),
    { name: 'no identity', principal: undefined, namespace: undefined },
  ];
  return env.workloads.flatMap((w) =>
    [w.port, OTHER_PORT].flatMap((port) =>
      sources
        .filter((src) =>
          admitted(
            policies,
            { namespace: w.namespace, labels: podLabels(w) },
            { principal: src.principal, namespace: src.namespace, port },
            s.istioNamespace,
          ),
        )
        .map((src) => `${src.name} -> ${w.name}:${port}`),
    ),
  );
}

/** The calls the description declares: the ingress gateway to every API gateway, each caller to its callees. */
export function declaredCalls(env: EnvironmentModel): string[] {
  return env.workloads
    .flatMap((w) => [
      ...(w.role === 'api-gateway' ? [`ingress -> ${w.name}:${w.port}`] : []),
      ...callersOf(env, w).map((c) => `${c.name} -> ${w.name}:${w.port}`),
    ])
    .sort();
}

// ---------------------------------------------------------------------------------------------------
// Istio Sidecar egress: what a workload's proxy can reach, resolved through the ServiceEntries.

/** What a workload's proxy needs to reach, from the description. */
export function expectedSidecarReach(env: EnvironmentModel, w: WorkloadModel): string[] {
  const s = env.surroundings;
  return [
    `namespace ${s.istioNamespace}`,
    ...calleesOf(env, w).map((c) => `service ${c.namespace}/${c.name}`),
    ...(w.uses.kafka ? [`namespace ${s.kafka!.namespace}`] : []),
    ...(w.uses.mongodb ? [`namespace ${s.mongodb!.namespace}`] : []),
    `external ${FACTS.metadataServer(env.cluster.dataplaneV2)[0][0]}:${FACTS.metadataServer(env.cluster.dataplaneV2)[0][1]}`,
    ...(w.uses.mysql || w.uses.postgresql
      ? [`external ${s.privateServicesCidr}:${FACTS.cloudSqlPort}`, `external ${FACTS.sqlAdminApi}:${FACTS.httpsPort}`]
      : []),
    ...(w.uses.redis ? [`external ${s.privateServicesCidr}:${s.redisPort!}`] : []),
    ...w.externalHosts.map((h) => `external ${h.host}:${h.port}`),
  ].sort();
}

/**
 * What a Sidecar lets its proxy reach: `ns/*` a namespace, `ns/<svc>.<ns>.svc.cluster.local` a
 * Service, `./<host>` (or `<ns>/<host>`) the ServiceEntries of that namespace with that host, each as
 * its addresses (or hosts) and port. Anything else verbatim.
 */
export function readSidecarReach(sidecar: ISidecar, serviceEntries: readonly IServiceEntry[]): string[] {
  const own = sidecar.metadata!.namespace!;
  const egress = sidecar.spec!.egress ?? [];
  if (egress.length !== 1 || Object.keys(egress[0]!).join() !== 'hosts')
    return [`UNDERSTOOD NOT: ${JSON.stringify(egress)}`];
  return egress[0]!.hosts
    .flatMap((h) => {
      const [ns, host] = h.split('/') as [string, string];
      const namespace = ns === '.' ? own : ns;
      if (host === '*') return [`namespace ${namespace}`];
      const svc = /^([^.]+)\.([^.]+)\.svc\.cluster\.local$/.exec(host);
      if (svc && svc[2] === namespace) return [`service ${namespace}/${svc[1]}`];
      const entries = serviceEntries.filter((e) => e.metadata!.namespace === namespace && e.spec!.hosts.includes(host));
      if (entries.length === 0) return [`UNKNOWN HOST ${h}`];
      return entries.flatMap((e) => {
        const spec = e.spec!;
        // Visible to its own namespace only, and routable: STATIC needs endpoints, NONE addresses.
        if (JSON.stringify(spec.exportTo) !== '["."]') return [`EXPORTED ${h} to ${JSON.stringify(spec.exportTo)}`];
        const ips = (spec.endpoints ?? []).filter((ep) => /^\d+\.\d+\.\d+\.\d+$/.test(ep.address ?? ''));
        if (spec.resolution === 'STATIC' && ips.length === 0) return [`UNROUTABLE ${h}: STATIC without endpoints`];
        if (spec.resolution === 'NONE' && (spec.addresses ?? []).length === 0) return [`UNROUTABLE ${h}: no addresses`];
        return (spec.addresses ?? spec.hosts).flatMap((a) =>
          (spec.ports ?? []).map((p) => `external ${a}:${p.number}`),
        );
      });
    })
    .sort();
}

/** The calls the mesh admits, with the pods' real labels and ServiceAccounts. */
export function meshCalls(env: EnvironmentModel, files: readonly ManifestFile[]): string[] {
  const deployments = ofKind(files, 'Deployment') as unknown as IDeployment[];
  const deployment = (w: WorkloadModel) => {
    const found = deployments.filter((d) => d.metadata!.namespace === w.namespace && d.metadata!.name === w.name);
    expect(found).toHaveLength(1);
    return found[0]!;
  };
  return admittedCalls(
    env,
    ofKind(files, 'AuthorizationPolicy') as unknown as IAuthorizationPolicy[],
    (w) => deployment(w).spec!.template.metadata!.labels!,
    (w) => deployment(w).spec!.template.spec!.serviceAccountName ?? 'default',
  ).sort();
}
