/**
 * Defence in depth where the mesh does not reach (issue 17): Pod Security Admission on every namespace
 * the platform runs pods in, pod-level seccomp, no group 0, deny-all NetworkPolicies everywhere pods
 * run, metrics ports open to Prometheus only, images pinned by digest, and the edge's TLS, HSTS, limits
 * and internal hosts. Every expectation comes from the description and the output, for every environment.
 */
import type { IApplication } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1/Application';
import type { IAuthorizationPolicy } from '@kubernetes-models/istio/security.istio.io/v1/AuthorizationPolicy';
import type { IEnvoyFilter } from '@kubernetes-models/istio/networking.istio.io/v1alpha3/EnvoyFilter';
import type { IGateway } from '@kubernetes-models/istio/networking.istio.io/v1/Gateway';
import type { IVirtualService } from '@kubernetes-models/istio/networking.istio.io/v1/VirtualService';
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { environments, platform } from '../environments';
import { CHART_POD_SECURITY, POD_SECURITY_VERSION } from '../charts/pod-security';
import type { KubeObject } from '../lib/validate';
import { allObjects, ofKind, orofiModel, synth } from './helpers';

type Json = Record<string, unknown>;
const get = (o: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Json)[k] : undefined), o);

const model = orofiModel();
const cases = [...model.values()].map((env) => [env.name, { env, files: synth(env) }] as const);

/** Every pod template the platform writes, as `[where, pod security context, containers]`. */
function podTemplates(objects: readonly KubeObject[]): [string, Json, Json[]][] {
  const out: [string, Json, Json[]][] = [];
  const at = (o: KubeObject) => `${o.kind} ${o.metadata.namespace}/${o.metadata.name}`;
  for (const o of objects) {
    const pod = get(o, 'spec', 'template', 'spec') as Json | undefined;
    if (pod) {
      const containers = [...((pod.initContainers as Json[]) ?? []), ...((pod.containers as Json[]) ?? [])];
      out.push([at(o), (pod.securityContext as Json) ?? {}, containers]);
    }
    // Custom resources whose operators make pods from the templates they carry.
    if (o.kind === 'KafkaNodePool') {
      const t = get(o, 'spec', 'template') as Json;
      out.push([at(o), get(t, 'pod', 'securityContext') as Json, [get(t, 'kafkaContainer') as Json]]);
    }
    if (o.kind === 'Kafka') {
      for (const part of ['entityOperator', 'kafkaExporter']) {
        const t = get(o, 'spec', part, 'template') as Json;
        const containers = Object.entries(t)
          .filter(([k]) => k.endsWith('Container') || k === 'container')
          .map(([, c]) => c as Json);
        out.push([`${at(o)} ${part}`, get(t, 'pod', 'securityContext') as Json, containers]);
      }
    }
    if (o.kind === 'PerconaServerMongoDB') {
      const backup = get(o, 'spec', 'backup') as Json;
      for (const rs of get(o, 'spec', 'replsets') as Json[]) {
        out.push([
          `${at(o)} ${String(rs.name)}`,
          rs.podSecurityContext as Json,
          [
            { name: 'mongod', securityContext: rs.containerSecurityContext },
            ...((rs.sidecars as Json[]) ?? []),
            {
              name: 'backup-agent',
              securityContext: backup.containerSecurityContext,
              volumeMounts: backup.volumeMounts,
            },
          ],
        ]);
      }
    }
  }
  return out;
}

describe.each(cases)('%s', (envName, { env, files }) => {
  const objects = allObjects(files);
  const namespaces = ofKind(files, 'Namespace');
  const label = (ns: KubeObject, key: string) => (ns.metadata.labels as Record<string, string>)[key];
  /** The namespaces pods run in: those of every pod the platform writes, and of every operator. */
  const podNamespaces = new Set([
    ...podTemplates(objects).map(([where]) => where.split(' ')[1]!.split('/')[0]!),
    ...(ofKind(files, 'Application') as unknown as IApplication[])
      .filter((a) => a.spec.source?.chart !== undefined)
      .map((a) => a.spec.destination.namespace!),
  ]);
  podNamespaces.delete(env.gitops.namespace); // Argo CD's own namespace belongs to the bootstrap.

  test('every namespace pods run in carries Pod Security labels: enforced, warned and audited, each at a pinned version', () => {
    expect(podNamespaces.size).toBeGreaterThan(env.namespaces.length);
    for (const name of podNamespaces) {
      const ns = namespaces.find((n) => n.metadata.name === name);
      expect([name, ns !== undefined]).toEqual([name, true]);
      for (const mode of ['enforce', 'warn', 'audit']) {
        expect(label(ns!, `pod-security.kubernetes.io/${mode}`)).toMatch(/^(privileged|baseline|restricted)$/);
        expect(label(ns!, `pod-security.kubernetes.io/${mode}-version`)).toBe(POD_SECURITY_VERSION);
      }
      expect(label(ns!, 'pod-security.kubernetes.io/warn')).toBe('restricted');
      expect(label(ns!, 'pod-security.kubernetes.io/audit')).toBe('restricted');
    }
  });

  test("restricted for the applications', Kafka's and MongoDB's namespaces; elsewhere the level the charts there need, with a reason", () => {
    const enforced = new Map(namespaces.map((n) => [n.metadata.name, label(n, 'pod-security.kubernetes.io/enforce')]));
    for (const name of [
      ...platform.namespaces,
      env.surroundings.kafka!.namespace,
      env.surroundings.mongodb!.namespace,
    ]) {
      expect([name, enforced.get(name)]).toEqual([name, 'restricted']);
    }
    // Each other namespace: the most privileged level any chart installed there needs, else restricted.
    const rank = ['privileged', 'baseline', 'restricted'];
    const apps = (ofKind(files, 'Application') as unknown as IApplication[]).filter((a) => a.spec.source?.chart);
    for (const name of podNamespaces) {
      const needs = apps
        .filter((a) => a.spec.destination.namespace === name)
        .map((a) => CHART_POD_SECURITY[a.spec.source!.chart!]?.level ?? 'restricted');
      const expected = [...needs, 'restricted'].sort((a, b) => rank.indexOf(a) - rank.indexOf(b))[0];
      expect([name, enforced.get(name)]).toEqual([name, expected]);
    }
    for (const security of Object.values(CHART_POD_SECURITY)) {
      if (security.level !== 'restricted') expect(security.reason.length).toBeGreaterThan(20);
    }
  });

  test('every pod the platform writes has seccomp RuntimeDefault at pod level (injected containers inherit it) and never runs as group 0', () => {
    const templates = podTemplates(objects);
    expect(templates.length).toBeGreaterThan(env.workloads.length);
    for (const [where, pod, containers] of templates) {
      expect([where, pod.seccompProfile]).toEqual([where, { type: 'RuntimeDefault' }]);
      expect([where, pod.runAsNonRoot]).toEqual([where, true]);
      for (const group of [pod.runAsGroup, pod.fsGroup]) {
        if (group !== undefined) expect([where, group]).not.toEqual([where, 0]);
      }
      // A primary group is named for the pod or for each container: never the image's default, 0.
      const groups = containers.map((c) => get(c, 'securityContext', 'runAsGroup') ?? pod.runAsGroup);
      for (const group of groups) expect([where, typeof group === 'number' && group > 0]).toEqual([where, true]);
    }
  });

  test("a read-only root file system for every container but mongod; Percona's backup agent writes only to an emptyDir at /tmp", () => {
    for (const [where, , containers] of podTemplates(objects)) {
      for (const c of containers) {
        // mongod: the operator's entry script writes /tmp/tls.pem, and the CR cannot mount a volume into
        // that container (charts/mongodb.ts).
        const writable = where.startsWith('PerconaServerMongoDB') && c.name === 'mongod';
        expect([where, c.name, get(c, 'securityContext', 'readOnlyRootFilesystem')]).toEqual([
          where,
          c.name,
          !writable,
        ]);
      }
    }
    for (const psmdb of ofKind(files, 'PerconaServerMongoDB')) {
      const mounts = get(psmdb, 'spec', 'backup', 'volumeMounts') as Json[];
      expect(mounts.map((m) => m.mountPath)).toEqual(['/tmp']);
      for (const rs of get(psmdb, 'spec', 'replsets') as Json[]) {
        const volume = (rs.sidecarVolumes as Json[]).find((v) => v.name === mounts[0]!.name);
        expect(volume).toEqual({ name: mounts[0]!.name, emptyDir: expect.any(Object) });
      }
    }
  });

  test('a deny-all NetworkPolicy in every namespace pods run in', () => {
    const denyAll = (ofKind(files, 'NetworkPolicy') as unknown as INetworkPolicy[]).filter(
      (p) => Object.keys(p.spec!.podSelector ?? {}).length === 0,
    );
    for (const p of denyAll) {
      expect(p.spec!.policyTypes).toEqual(['Ingress', 'Egress']);
      expect(p.spec!.ingress ?? []).toEqual([]);
      expect(p.spec!.egress ?? []).toEqual([]);
    }
    const isolated = new Set(denyAll.map((p) => p.metadata!.namespace));
    for (const ns of podNamespaces) expect([ns, isolated.has(ns)]).toEqual([ns, true]);
  });

  test('metrics ports admit the Prometheus pods only: no rule admits the monitoring namespace as a whole', () => {
    const monitoring = env.surroundings.monitoringNamespace;
    for (const p of ofKind(files, 'NetworkPolicy') as unknown as INetworkPolicy[]) {
      for (const rule of p.spec!.ingress ?? []) {
        for (const peer of rule.from ?? []) {
          if (peer.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] !== monitoring) continue;
          expect(peer.podSelector?.matchLabels).toBeDefined();
        }
      }
    }
    // The sidecars' merged metrics, Strimzi's and the MongoDB exporter: Prometheus only.
    const prometheus = { 'app.kubernetes.io/name': 'prometheus' };
    const scrapes = (ofKind(files, 'NetworkPolicy') as unknown as INetworkPolicy[]).flatMap((p) =>
      (p.spec!.ingress ?? []).filter((r) => r.ports?.some((port) => [15020, 9216, 9404].includes(Number(port.port)))),
    );
    expect(scrapes.length).toBeGreaterThanOrEqual(env.workloads.length);
    for (const rule of scrapes) expect(rule.from!.map((peer) => peer.podSelector?.matchLabels)).toEqual([prometheus]);
  });

  test('images are pinned by digest where the environment requires it; those the description names always are', () => {
    const required = environments.find((e) => e.name === envName)!.requireImageDigests === true;
    const images = podTemplates(objects).flatMap(([, , containers]) =>
      containers.map((c) => c.image).filter((i): i is string => typeof i === 'string'),
    );
    for (const psmdb of ofKind(files, 'PerconaServerMongoDB')) {
      images.push(get(psmdb, 'spec', 'image') as string, get(psmdb, 'spec', 'backup', 'image') as string);
    }
    const named = [
      platform.backingServices.cloudSql!.proxyImage,
      platform.backingServices.mongodb!.image!,
      platform.backingServices.mongodb!.backupImage!,
      platform.backingServices.mongodb!.exporterImage!,
    ];
    expect(images).toEqual(expect.arrayContaining(named));
    const pinned = /^[^@\s]+:[A-Za-z0-9_][A-Za-z0-9_.-]*@sha256:[0-9a-f]{64}$/;
    for (const image of named) expect(image).toMatch(pinned);
    if (required) for (const image of images) expect(image).toMatch(pinned);
    // Each workload runs the digest its environment gives it.
    for (const w of env.workloads) {
      if (w.imageDigest) expect(images).toContain(`${w.imageRepository}:${w.imageTag}@${w.imageDigest}`);
      else expect(required).toBe(false);
    }
  });

  describe('the edge', () => {
    const gateway = ofKind(files, 'Gateway')[0] as unknown as IGateway;
    const https = gateway.spec!.servers!.find((s) => s.port!.protocol === 'HTTPS')!;
    const hosts = https.hosts!.map((h) => h.split('/')[1]!);
    const services = ofKind(files, 'VirtualService') as unknown as IVirtualService[];

    test('TLS 1.2 at least, AEAD cipher suites with forward secrecy only', () => {
      expect(https.tls!.minProtocolVersion).toBe('TLSV1_2');
      expect(https.tls!.cipherSuites!.length).toBeGreaterThan(0);
      for (const suite of https.tls!.cipherSuites!) {
        expect(suite).toMatch(/^ECDHE-(ECDSA|RSA)-(AES(128|256)-GCM-SHA(256|384)|CHACHA20-POLY1305)$/);
      }
      expect(gateway.spec!.servers!.find((s) => s.port!.protocol === 'HTTP')!.tls).toEqual({ httpsRedirect: true });
    });

    test('HSTS on every route of every host', () => {
      expect(hosts.sort()).toEqual(env.workloads.flatMap((w) => w.hosts).sort());
      for (const host of hosts) {
        const routes = services.filter((vs) => vs.spec!.hosts!.includes(host)).flatMap((vs) => vs.spec!.http!);
        expect(routes.length).toBeGreaterThan(0);
        for (const route of routes) {
          expect(route.headers?.response?.set?.['Strict-Transport-Security']).toMatch(
            /^max-age=(\d+); includeSubDomains$/,
          );
          const maxAge = Number(/max-age=(\d+)/.exec(route.headers!.response!.set!['Strict-Transport-Security']!)![1]);
          expect(maxAge).toBeGreaterThanOrEqual(31_536_000);
        }
      }
    });

    test('a request body limit and a rate limit on every host, on the ingress gateway', () => {
      const [filter] = ofKind(files, 'EnvoyFilter') as unknown as IEnvoyFilter[];
      expect(filter!.metadata!.namespace).toBe(gateway.metadata!.namespace);
      expect(filter!.spec!.workloadSelector!.labels).toEqual(gateway.spec!.selector);
      const patches = filter!.spec!.configPatches!;
      const filters = patches.filter((p) => p.applyTo === 'HTTP_FILTER').map((p) => get(p, 'patch', 'value', 'name'));
      expect(filters).toEqual(['envoy.filters.http.local_ratelimit', 'envoy.filters.http.buffer']);
      const buffer = patches.find((p) => get(p, 'patch', 'value', 'name') === 'envoy.filters.http.buffer')!;
      expect(get(buffer, 'patch', 'value', 'typed_config', 'max_request_bytes')).toBe(env.edge.maxRequestBodyBytes);
      const perHost = patches.filter((p) => p.applyTo === 'VIRTUAL_HOST');
      expect(perHost.map((p) => get(p, 'match', 'routeConfiguration', 'vhost', 'name')).sort()).toEqual(
        hosts.map((h) => `${h}:443`).sort(),
      );
      for (const patch of perHost) {
        const host = String(get(patch, 'match', 'routeConfiguration', 'vhost', 'name')).replace(/:443$/, '');
        const owner = env.workloads.find((w) => w.hosts.includes(host))!;
        const config = get(patch, 'patch', 'value', 'typed_per_filter_config', 'envoy.filters.http.local_ratelimit');
        expect(get(config, 'token_bucket')).toEqual({
          max_tokens: owner.rateLimit!.burst,
          tokens_per_fill: owner.rateLimit!.requestsPerSecond,
          fill_interval: '1s',
        });
        expect(get(config, 'filter_enforced', 'default_value')).toEqual({ numerator: 100, denominator: 'HUNDRED' });
      }
    });

    test('the hosts the description marks internal admit only their allow-listed ranges', () => {
      const internal = platform.gateways.filter((g) => g.internal).map((g) => g.host);
      expect(internal.length).toBeGreaterThan(0);
      const denies = (ofKind(files, 'AuthorizationPolicy') as unknown as IAuthorizationPolicy[]).filter(
        (p) => p.spec?.action === 'DENY' && p.metadata!.namespace === gateway.metadata!.namespace,
      );
      for (const host of hosts) {
        const isInternal = internal.some((h) => host.startsWith(`${h}.`));
        const denying = denies.filter((p) =>
          p.spec!.rules!.some((r) => r.to?.some((t) => t.operation?.hosts?.includes(host)) ?? false),
        );
        if (!isInternal) {
          expect(denying).toEqual([]);
          continue;
        }
        expect(denying).toHaveLength(1);
        const rule = denying[0]!.spec!.rules![0]!;
        expect(rule.to![0]!.operation!.hosts).toEqual(expect.arrayContaining([host, `${host}:*`]));
        expect(rule.from).toEqual([{ source: { notRemoteIpBlocks: [...env.edge.internalAllowList] } }]);
        expect(env.edge.internalAllowList.length).toBeGreaterThan(0);
        expect(denying[0]!.spec!.selector!.matchLabels).toEqual(gateway.spec!.selector);
      }
    });
  });
});
