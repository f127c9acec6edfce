/**
 * Zero trust by construction: what the synthesized mesh and edge objects allow, read back from them
 * and compared with the platform description, in every environment.
 */
import type { ICertificate } from '@kubernetes-models/cert-manager/cert-manager.io/v1/Certificate';
import type { IDestinationRule } from '@kubernetes-models/istio/networking.istio.io/v1/DestinationRule';
import type { IGateway } from '@kubernetes-models/istio/networking.istio.io/v1/Gateway';
import type { ISidecar } from '@kubernetes-models/istio/networking.istio.io/v1/Sidecar';
import type { IServiceEntry } from '@kubernetes-models/istio/networking.istio.io/v1/ServiceEntry';
import type { IVirtualService } from '@kubernetes-models/istio/networking.istio.io/v1/VirtualService';
import type { IAuthorizationPolicy } from '@kubernetes-models/istio/security.istio.io/v1/AuthorizationPolicy';
import type { IPeerAuthentication } from '@kubernetes-models/istio/security.istio.io/v1/PeerAuthentication';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IService } from 'kubernetes-models/v1/Service';
import { environments, platform } from '../environments';
import type { ManifestFile } from '../lib/synth';
import { ofKind, orofiModel, synth } from './helpers';

const model = orofiModel();
const cases = [...model.values()].map((env) => [env.name, { env, files: synth(env) }] as const);
const INGRESS = 'istio-ingress/oro-gateway';

function kind<T>(files: readonly ManifestFile[], k: string): T[] {
  return ofKind(files, k) as unknown as T[];
}

/** The call graph of the description, plus the ingress gateway's edge to every API gateway. */
const declaredPairs = [
  ...platform.gateways.map((g) => `${INGRESS} -> ${g.name}`),
  ...[...platform.gateways, ...platform.services].flatMap((w) => (w.calls ?? []).map((c) => `${w.name} -> ${c}`)),
].sort();

describe.each(cases)('%s', (envName, { env, files }) => {
  const deployments = kind<IDeployment>(files, 'Deployment');
  /** `<namespace>/<service account>` -> the workload running as it (or the ingress gateway). */
  const byAccount = new Map(
    deployments.map((d) => [
      `${d.metadata!.namespace}/${d.spec!.template.spec!.serviceAccountName}`,
      d.metadata!.name!,
    ]),
  );
  byAccount.set(INGRESS, INGRESS);
  const policies = kind<IAuthorizationPolicy>(files, 'AuthorizationPolicy');

  test('the (source, destination) pairs the ALLOW policies admit are exactly the call graph', () => {
    const pairs = policies
      .filter((p) => p.spec?.action === 'ALLOW' && p.spec.selector)
      .flatMap((p) => {
        // The destination: the Deployment whose pods the policy selects.
        const selected = deployments.filter(
          (d) =>
            d.metadata!.namespace === p.metadata!.namespace &&
            Object.entries(p.spec!.selector!.matchLabels!).every(
              ([k, v]) => d.spec!.template.metadata!.labels![k] === v,
            ),
        );
        expect(selected).toHaveLength(1);
        const port = String(selected[0]!.spec!.template.spec!.containers[0]!.ports![0]!.containerPort);
        return p.spec!.rules!.flatMap((rule) => {
          expect(rule.to).toEqual([{ operation: { ports: [port] } }]);
          return rule.from!.flatMap((f) =>
            f.source!.principals!.map((principal) => {
              const [, namespace, account] = /^cluster\.local\/ns\/([^/]+)\/sa\/([^/]+)$/.exec(principal)!;
              return `${byAccount.get(`${namespace}/${account}`)} -> ${selected[0]!.metadata!.name}`;
            }),
          );
        });
      });
    expect(pairs.sort()).toEqual(declaredPairs);
  });

  test('every namespace allows nothing by default; no wildcard principal or empty source anywhere', () => {
    for (const namespace of ['api-gateways', 'microservices']) {
      const allowNothing = policies.find(
        (p) => p.metadata!.namespace === namespace && p.metadata!.name === 'allow-nothing',
      );
      expect(allowNothing?.spec).toEqual({});
    }
    for (const policy of policies) {
      for (const rule of policy.spec?.rules ?? []) {
        for (const from of rule.from ?? []) {
          const source = from.source!;
          for (const principal of source.principals ?? []) expect(principal).not.toContain('*');
          expect(source.namespaces).toBeUndefined();
          expect(Object.keys(source).length).toBeGreaterThan(0);
        }
        if (policy.spec!.action !== 'DENY') expect(rule.from?.length).toBeGreaterThan(0);
      }
    }
  });

  test('STRICT mutual TLS for the mesh and every application namespace; ISTIO_MUTUAL and circuit breaking to every workload', () => {
    const strict = kind<IPeerAuthentication>(files, 'PeerAuthentication').map(
      (p) => `${p.metadata!.namespace}/${p.metadata!.name}=${p.spec!.mtls!.mode}`,
    );
    expect(strict.sort()).toEqual([
      'api-gateways/default=STRICT',
      'istio-system/default=STRICT',
      'microservices/default=STRICT',
    ]);
    // The backbone namespaces have no sidecars: their rules turn mesh TLS off (kafka.test.ts, mongodb.test.ts).
    const rules = kind<IDestinationRule>(files, 'DestinationRule').filter((r) => !r.spec!.host.startsWith('*.'));
    const config = environments.find((e) => e.name === envName)!.mesh;
    expect(rules.map((r) => r.spec!.host).sort()).toEqual(
      deployments.map((d) => `${d.metadata!.name}.${d.metadata!.namespace}.svc.cluster.local`).sort(),
    );
    for (const rule of rules) {
      const policy = rule.spec!.trafficPolicy!;
      expect(policy.tls).toEqual({ mode: 'ISTIO_MUTUAL' });
      expect(policy.connectionPool).toMatchObject({
        tcp: { maxConnections: config.maxConnections },
        http: { http1MaxPendingRequests: config.maxPendingRequests, http2MaxRequests: config.maxRequests },
      });
      expect(policy.outlierDetection).toMatchObject({
        consecutive5xxErrors: config.consecutive5xxErrors,
        baseEjectionTime: `${config.baseEjectionSeconds}s`,
        maxEjectionPercent: config.maxEjectionPercent,
      });
    }
  });

  test('every VirtualService destination is a synthesized Service and port; only API gateways are routed', () => {
    const services = new Map(
      kind<IService>(files, 'Service').map((s) => [
        `${s.metadata!.name}.${s.metadata!.namespace}.svc.cluster.local`,
        s,
      ]),
    );
    const routes = kind<IVirtualService>(files, 'VirtualService');
    expect(routes.map((r) => r.metadata!.name).sort()).toEqual(platform.gateways.map((g) => g.name).sort());
    for (const route of routes) {
      expect(route.spec!.gateways).toEqual([INGRESS]);
      for (const http of route.spec!.http!) {
        for (const { destination } of http.route!) {
          const service = services.get(destination!.host);
          expect(service).toBeDefined();
          expect(service!.spec!.ports!.map((p) => p.port)).toContain(destination!.port!.number);
        }
      }
    }
  });

  test('retries never repeat a request that may have reached the workload, except for safe methods', () => {
    for (const route of kind<IVirtualService>(files, 'VirtualService')) {
      const [safe, other] = route.spec!.http!;
      for (const match of safe!.match!) expect(match.method).toEqual({ regex: '^(GET|HEAD|OPTIONS)$' });
      expect(other!.match!.every((m) => m.method === undefined)).toBe(true);
      expect(other!.retries!.retryOn!.split(',').sort()).toEqual(['connect-failure', 'refused-stream']);
      expect(safe!.timeout).toBe('15s');
    }
  });

  test('every Certificate host is served by the Gateway over HTTPS with that certificate; HTTP only redirects', () => {
    const [gateway] = kind<IGateway>(files, 'Gateway');
    const [certificate] = kind<ICertificate>(files, 'Certificate');
    expect(gateway!.metadata).toMatchObject({ name: 'oro-gateway', namespace: 'istio-ingress' });
    expect(certificate!.metadata!.namespace).toBe('istio-ingress');
    const hosts = (port: number) =>
      gateway!
        .spec!.servers!.filter((s) => s.port!.number === port)
        .flatMap((s) => s.hosts.map((h) => h.split('/')[1]));
    const expected = platform.gateways
      .map((g) => `${g.host}.${environments.find((e) => e.name === envName)!.domain}`)
      .sort();
    expect(certificate!.spec!.dnsNames!.sort()).toEqual(expected);
    expect(hosts(443).sort()).toEqual(expected);
    expect(hosts(80).sort()).toEqual(expected);
    for (const server of gateway!.spec!.servers!) {
      if (server.port!.protocol === 'HTTP') expect(server.tls).toEqual({ httpsRedirect: true });
      else expect(server.tls).toMatchObject({ mode: 'SIMPLE', credentialName: certificate!.spec!.secretName });
    }
    expect(certificate!.spec!.issuerRef).toEqual({
      group: 'cert-manager.io',
      kind: 'ClusterIssuer',
      name: 'letsencrypt',
    });
    // The issuer: ACME at the description's server and e-mail, its account key in a Secret of its own
    // name, proving each host by a DNS-01 record in the environment's project's Cloud DNS.
    const issuers = files
      .flatMap((f) => f.objects)
      .filter((o) => o.kind === 'ClusterIssuer' && o.metadata.name === env.tls.clusterIssuer);
    expect(issuers.map((i) => i.spec)).toEqual([
      {
        acme: {
          server: env.tls.acmeServer,
          email: env.tls.acmeEmail,
          privateKeySecretRef: { name: `${env.tls.clusterIssuer}-account-key` },
          solvers: [{ dns01: { cloudDNS: { project: env.gcpProject } } }],
        },
      },
    ]);
    const routed = kind<IVirtualService>(files, 'VirtualService').flatMap((r) => r.spec!.hosts!);
    expect(routed.sort()).toEqual(expected);
  });

  test('only dev admits nothing but its allow-listed source ranges', () => {
    const allowList = policies.filter((p) => p.metadata!.name === 'oro-gateway-source-allow-list');
    if (envName !== 'dev') {
      expect(allowList).toEqual([]);
      // The internal hosts' allow-list is the only other DENY (edge.test.ts).
      expect(policies.filter((p) => p.spec?.action === 'DENY').map((p) => p.metadata!.name)).toEqual([
        'oro-gateway-internal-hosts',
      ]);
      return;
    }
    expect(allowList).toHaveLength(1);
    expect(allowList[0]!.spec).toEqual({
      selector: { matchLabels: { istio: 'oro-gateway' } },
      action: 'DENY',
      rules: [{ from: [{ source: { notRemoteIpBlocks: env.ingressAllowList } }] }],
    });
    expect(env.ingressAllowList.length).toBeGreaterThan(0);
  });

  test('each workload proxy knows only istiod, its callees and the backing services it uses', () => {
    const sidecars = kind<ISidecar>(files, 'Sidecar');
    for (const w of env.workloads) {
      const sidecar = sidecars.find((s) => s.metadata!.name === w.name)!;
      expect(sidecar.spec!.outboundTrafficPolicy).toEqual({ mode: 'REGISTRY_ONLY' });
      expect(sidecar.spec!.workloadSelector).toEqual({ labels: { 'app.kubernetes.io/name': w.name } });
      const hosts = sidecar.spec!.egress![0]!.hosts;
      const callees = env.workloads.filter((c) => w.calls.includes(c.name));
      expect([...hosts].sort()).toEqual(
        [
          'istio-system/*',
          './metadata.google.internal',
          ...callees.map((c) => `${c.namespace}/${c.name}.${c.namespace}.svc.cluster.local`),
          ...(w.uses.kafka ? ['kafka/*'] : []),
          ...(w.uses.mongodb ? ['mongodb/*'] : []),
          ...(w.uses.mysql ? ['./cloud-sql.private-services.internal', './sqladmin.googleapis.com'] : []),
          ...(w.uses.redis ? ['./memorystore.private-services.internal'] : []),
          ...w.externalHosts.map((h) => `./${h.host}`),
        ].sort(),
      );
      // Each external host it calls is a ServiceEntry of its namespace, with the declared ports.
      for (const h of w.externalHosts) {
        const entry = kind<IServiceEntry>(files, 'ServiceEntry').find(
          (e) => e.metadata!.namespace === w.namespace && e.spec!.hosts.includes(h.host),
        )!;
        expect(entry.spec).toMatchObject({ location: 'MESH_EXTERNAL', resolution: 'DNS', exportTo: ['.'] });
        expect(entry.spec!.ports).toContainEqual({
          number: h.port,
          name: `${h.protocol}-${h.port}`,
          protocol: h.protocol.toUpperCase(),
        });
      }
    }
    // No ServiceEntry for a host nobody declares.
    const declared = new Set(env.workloads.flatMap((w) => w.externalHosts.map((h) => `${w.namespace}/${h.host}`)));
    const managed = ['gke-metadata-server', 'cloud-sql', 'google-apis', 'memorystore'];
    expect(
      kind<IServiceEntry>(files, 'ServiceEntry')
        .filter((e) => !managed.includes(e.metadata!.name!))
        .map((e) => `${e.metadata!.namespace}/${e.spec!.hosts[0]}`)
        .sort(),
    ).toEqual([...declared].sort());
    const defaults = sidecars.filter((s) => s.metadata!.name === 'default');
    expect(defaults.map((s) => s.metadata!.namespace)).toEqual(['api-gateways', 'microservices']);
    for (const s of defaults) expect(s.spec!.egress).toEqual([{ hosts: ['istio-system/*'] }]);
  });
});
