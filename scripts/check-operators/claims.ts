/**
 * What the README says each operator does, asserted on what its chart really renders, one claim each.
 * The expected values come from `dist/` (the objects the operators serve: dashboards, monitors,
 * KafkaUsers, the ClusterIssuer's project, the AuthorizationPolicies' principals), never from the values
 * that were meant to produce them: Helm ignores values a chart does not know.
 */
import { load } from 'js-yaml';
import { asArray, asObject, type Json } from '../../lib/json';
import {
  environmentPods,
  groupOf,
  meta,
  nameOf,
  selects,
  type LabelSelector,
  type RenderedApplication,
} from './cluster-view';
import { podSecurityViolations, type PodSecurityLevel } from './pod-security';

export interface Claim {
  /** The Application the claim is about (`*` for all of them). */
  readonly application: string;
  readonly claim: string;
  readonly holds: boolean;
  /** What was found, when it does not hold. */
  readonly detail: string;
  /** It could not be decided here (an Application it may be about was not rendered). */
  readonly unchecked?: boolean;
}

/** The Argo CD release the README's bootstrap installs and the platform's CRDs come from. */
export const ARGO_CD_RELEASE = 'v3.5.1';

/** The monitoring and logging charts (their ClusterRoles must not read Secrets). */
const OBSERVABILITY_CHARTS = new Set(['kube-prometheus-stack', 'loki', 'alloy']);
/**
 * ClusterRoles of those charts that may read Secrets, and why. The Prometheus operator writes the
 * Prometheus configuration, its TLS assets and web config as Secrets, and reads the Secrets that monitors
 * in any watched namespace name for credentials. kube-prometheus-stack 88.0.0 cannot scope that right:
 * templates/prometheus-operator/clusterrole.yaml is gated only by `prometheusOperator.enabled` and
 * `global.rbac.create` and always grants `configmaps, secrets: *`; `prometheusOperator.namespaces` (and
 * `denyNamespaces`) only add `--namespaces` (`--deny-namespaces`) to the operator's arguments. Rendered
 * with `namespaces: { releaseNamespace: true, additional: [...] }`, the ClusterRole is unchanged. Turning
 * `global.rbac.create` off would drop Prometheus's and the admission webhook's RBAC too, and the
 * operator would still need Secrets in every namespace whose monitors it watches (all of the platform's).
 */
const SECRET_READERS_ALLOWED: Readonly<Record<string, string>> = {
  'kube-prometheus-stack-operator': 'the Prometheus operator',
};

type Check = [holds: boolean, detail: string];

/**
 * A container's environment, name to value; a value taken from the pod's own namespace (the Downward API,
 * `fieldRef: metadata.namespace`, as charts write "the release's namespace") is that namespace.
 */
const env = (container: unknown, namespace?: string) =>
  new Map(
    asArray(asObject(container).env).map((e) => {
      const { name, value, valueFrom } = asObject(e);
      const field = asObject(asObject(valueFrom).fieldRef).fieldPath;
      return [String(name), (field === 'metadata.namespace' && value === undefined ? namespace : value) as string];
    }),
  );
const podSpec = (o: Json) => asObject(asObject(asObject(o.spec).template).spec);
const containers = (o: Json) =>
  [...asArray(podSpec(o).initContainers), ...asArray(podSpec(o).containers)].map(asObject);
const WORKLOAD_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet']);

/** Whether an RBAC rule lets its holder read (get, list or watch) Secrets of the core group. */
export function readsSecrets(rule: unknown): boolean {
  const r = asObject(rule);
  const has = (field: string, ...values: string[]) => asArray(r[field]).some((v) => values.includes(String(v)));
  return has('apiGroups', '', '*') && has('resources', 'secrets', '*') && has('verbs', 'get', 'list', 'watch', '*');
}

/** The data stores' operators, installed only where an environment has the data store: chart -> its kind. */
const DATA_STORE_KINDS: Readonly<Record<string, string>> = {
  'strimzi-kafka-operator': 'Kafka',
  'psmdb-operator': 'PerconaServerMongoDB',
};

/**
 * The claims for one environment: `dist` is every object of `dist/<env>/`, `rendered` each operator
 * Application with its chart's objects, `unrendered` those whose chart is not here.
 */
export function operatorClaims(
  dist: readonly Json[],
  rendered: readonly RenderedApplication[],
  unrendered: readonly Json[] = [],
): Claim[] {
  const claims: Claim[] = [];
  const byChart = (chart: string) => rendered.filter((r) => asObject(asObject(r.app.spec).source).chart === chart);
  /**
   * A claim about the Application(s) of a chart; it fails when the environment has none, unless the chart
   * is a data store's operator and the environment has no such data store (nothing for it to run).
   */
  const claim = (chart: string, text: string, check: (objects: readonly Json[], app: Json) => Check) => {
    const apps = byChart(chart);
    const serves = DATA_STORE_KINDS[chart];
    if (apps.length === 0 && serves && !dist.some((o) => o.kind === serves)) return;
    if (apps.length === 0)
      claims.push({ application: chart, claim: text, holds: false, detail: `no Application installs chart ${chart}` });
    for (const r of apps) {
      let result: Check;
      try {
        result = check(r.objects, r.app);
      } catch (err) {
        result = [false, err instanceof Error ? err.message : String(err)];
      }
      claims.push({ application: `Application ${meta(r.app).name}`, claim: text, holds: result[0], detail: result[1] });
    }
  };
  const distOf = (kind: string) => dist.filter((o) => o.kind === kind);
  const one = (objects: readonly Json[], kind: string, name?: (n: string) => boolean) => {
    const found = objects.filter((o) => o.kind === kind && (!name || name(String(meta(o).name))));
    if (found.length !== 1) throw new Error(`expected one ${kind}, found ${found.map(nameOf).join(', ') || 'none'}`);
    return found[0]!;
  };
  // The environment's GCP project: the one its Secret Manager stores read.
  const projects = distOf('SecretStore').flatMap((s) => {
    const id = asObject(asObject(asObject(s.spec).provider).gcpsm).projectID;
    return id ? [String(id)] : [];
  });
  const gcpProject = projects[0] ?? '(no Secret Manager store in dist)';
  const workloadIdentity = (objects: readonly Json[], workload: Json): Check => {
    const account = String(podSpec(workload).serviceAccountName);
    const sa = objects.find((o) => o.kind === 'ServiceAccount' && meta(o).name === account);
    const gsa = String(asObject(asObject(sa?.metadata).annotations)['iam.gke.io/gcp-service-account'] ?? '');
    return [
      gsa.endsWith(`@${gcpProject}.iam.gserviceaccount.com`),
      `${nameOf(workload)} runs as ServiceAccount ${account}, annotated with "${gsa}" (project ${gcpProject})`,
    ];
  };

  // Istio
  const mesh = (objects: readonly Json[]) =>
    asObject(load(String(asObject(one(objects, 'ConfigMap', (n) => n === 'istio').data).mesh)));
  claim('istiod', 'the mesh admits only registered destinations (outboundTrafficPolicy REGISTRY_ONLY)', (o) => {
    const mode = asObject(mesh(o).outboundTrafficPolicy).mode;
    return [mode === 'REGISTRY_ONLY', `meshConfig.outboundTrafficPolicy.mode is ${String(mode)}`];
  });
  claim('istiod', "the mesh trust domain is the one of the AuthorizationPolicies' principals", (o) => {
    const domains = new Set(
      distOf('AuthorizationPolicy').flatMap((p) =>
        asArray(asObject(p.spec).rules).flatMap((r) =>
          asArray(asObject(r).from).flatMap((f) =>
            asArray(asObject(asObject(f).source).principals).map((x) => String(x).split('/')[0]),
          ),
        ),
      ),
    );
    const domain = String(mesh(o).trustDomain);
    return [
      domains.size > 0 && [...domains].every((d) => d === domain),
      `trustDomain ${domain}, principals' ${[...domains].join(', ')}`,
    ];
  });
  claim('istiod', 'access logs go to stdout as JSON', (o) => {
    const m = mesh(o);
    return [
      m.accessLogFile === '/dev/stdout' && m.accessLogEncoding === 'JSON',
      `${String(m.accessLogFile)} ${String(m.accessLogEncoding)}`,
    ];
  });
  claim('istiod', 'sidecars are injected as native sidecars (ENABLE_NATIVE_SIDECARS on istiod)', (o) => {
    const value = containers(one(o, 'Deployment'))
      .map((c) => env(c))
      .find((e) => e.has('ENABLE_NATIVE_SIDECARS'))
      ?.get('ENABLE_NATIVE_SIDECARS');
    return [value === 'true', `ENABLE_NATIVE_SIDECARS=${String(value)}`];
  });
  claim('istiod', 'injection relies on the Istio CNI node agent (no istio-init container)', (o) => {
    const injector = one(o, 'ConfigMap', (n) => n === 'istio-sidecar-injector');
    const values = JSON.parse(String(asObject(injector.data).values)) as Json;
    const cni = asObject(asObject(values.pilot).cni).enabled;
    return [
      cni === true && byChart('cni').length > 0,
      `injector pilot.cni.enabled=${String(cni)}, CNI Applications: ${byChart('cni').length}`,
    ];
  });
  claim('cni', "the CNI node agent installs its plugin in GKE's CNI folder /home/kubernetes/bin on every node", (o) => {
    const ds = one(o, 'DaemonSet');
    const paths = asArray(podSpec(ds).volumes).map((v) => String(asObject(asObject(v).hostPath).path));
    const tolerateAll = asArray(podSpec(ds).tolerations).some(
      (t) => asObject(t).operator === 'Exists' && !asObject(t).key,
    );
    return [
      paths.includes('/home/kubernetes/bin') && tolerateAll,
      `host paths ${paths.join(', ')}; tolerates every taint: ${tolerateAll}`,
    ];
  });
  claim(
    'gateway',
    'the ingress gateway Service is a LoadBalancer with externalTrafficPolicy Local (client addresses kept)',
    (o) => {
      const spec = asObject(one(o, 'Service').spec);
      return [
        spec.type === 'LoadBalancer' && spec.externalTrafficPolicy === 'Local',
        `type ${String(spec.type)}, externalTrafficPolicy ${String(spec.externalTrafficPolicy)}`,
      ];
    },
  );
  claim('gateway', "the ingress gateway Service asks for the environment's reserved static address", (o, app) => {
    const wanted = asObject(asObject(asObject(asObject(app.spec).source).helm).valuesObject).service;
    const address = asObject(wanted).loadBalancerIP;
    const rendered = asObject(one(o, 'Service').spec).loadBalancerIP;
    return [
      rendered === address,
      `loadBalancerIP ${String(rendered)}; the environment's ingressAddress ${String(address)}`,
    ];
  });
  claim('gateway', 'the ingress gateway Service exposes every port the Gateway serves', (o) => {
    const ports = asArray(asObject(one(o, 'Service').spec).ports).map((p) => Number(asObject(p).port));
    const served = distOf('Gateway').flatMap((g) =>
      asArray(asObject(g.spec).servers).map((s) => Number(asObject(asObject(s).port).number)),
    );
    return [
      served.length > 0 && served.every((p) => ports.includes(p)),
      `Gateway ports ${served.join(', ')}; Service ports ${ports.join(', ')}`,
    ];
  });

  // cert-manager, External Secrets
  claim(
    'cert-manager',
    "cert-manager's controller has Workload Identity in the environment's project (Cloud DNS for DNS-01)",
    (o) =>
      workloadIdentity(
        o,
        one(o, 'Deployment', (n) => n === 'cert-manager'),
      ),
  );
  claim('cert-manager', 'the ClusterIssuer solves DNS-01 on the Cloud DNS of the same project', () => {
    const projects = distOf('ClusterIssuer').flatMap((i) =>
      asArray(asObject(asObject(i.spec).acme).solvers).map((s) =>
        String(asObject(asObject(asObject(s).dns01).cloudDNS).project),
      ),
    );
    return [projects.length > 0 && projects.every((p) => p === gcpProject), `solver projects ${projects.join(', ')}`];
  });

  // Every custom resource of dist/ has its CRD from an operator Application that the bootstrap sync
  // makes healthy before it creates the Application syncing that resource (waves order one sync only).
  const wave = (o: Json) => Number(asObject(asObject(o.metadata).annotations)['argocd.argoproj.io/sync-wave'] ?? 0);
  const crdOwners = new Map<string, Json>();
  for (const r of rendered) {
    for (const crd of r.objects.filter((o) => o.kind === 'CustomResourceDefinition')) {
      crdOwners.set(`${asObject(crd.spec).group}/${asObject(asObject(crd.spec).names).kind}`, r.app);
    }
  }
  const gitApps = distOf('Application').filter((a) => !asObject(asObject(a.spec).source).chart);
  /** The Application that syncs a dist/ object: the one whose directory selection takes its file. */
  const syncedBy = (o: Json) =>
    gitApps.find((a) => {
      const directory = asObject(asObject(asObject(a.spec).source).directory);
      const governing = o.kind === 'Application' || o.kind === 'AppProject';
      return directory.include ? governing : !governing;
    });
  const customKinds = [
    ...new Set(
      dist
        .filter((o) => groupOf(o).includes('.') && !groupOf(o).endsWith('.k8s.io') && groupOf(o) !== 'argoproj.io')
        .map((o) => `${groupOf(o)}/${o.kind}`),
    ),
  ].sort();
  for (const gk of customKinds) {
    const owner = crdOwners.get(gk);
    const syncer = syncedBy(dist.find((o) => `${groupOf(o)}/${o.kind}` === gk)!);
    // A chart that was not rendered may be the one that installs it.
    if (!owner && unrendered.length > 0) {
      claims.push({
        application: '*',
        claim: `installs the CRD of ${gk} before the Application that syncs its resources exists`,
        holds: false,
        unchecked: true,
        detail: `no rendered Application installs it; not rendered: ${unrendered.map(nameOf).join(', ')}`,
      });
      continue;
    }
    claims.push({
      application: owner ? `Application ${meta(owner).name}` : '*',
      claim: `installs the CRD of ${gk} before the Application that syncs its resources exists`,
      holds: !!owner && !!syncer && wave(owner) < wave(syncer),
      detail: owner
        ? `wave ${wave(owner)}; ${syncer ? `${nameOf(syncer)} wave ${wave(syncer)}` : 'no Application syncs them'}`
        : 'no operator Application installs it',
    });
  }
  // CRD-carrying Applications keep their CRDs.
  for (const r of rendered) {
    const crds = r.objects.filter((o) => o.kind === 'CustomResourceDefinition');
    if (crds.length === 0) continue;
    const spec = asObject(r.app.spec);
    const finalizers = asArray(asObject(r.app.metadata).finalizers).map(String);
    const prunes = asObject(asObject(spec.syncPolicy).automated).prune === true;
    const unkept = crds.filter((c) => {
      const options = String(asObject(asObject(c.metadata).annotations)['argocd.argoproj.io/sync-options'] ?? '');
      return !(options.includes('Prune=false') && options.includes('Delete=false'));
    });
    claims.push({
      application: `Application ${meta(r.app).name}`,
      claim: 'keeps its CRDs: never deleted with the Application, never pruned',
      holds: !finalizers.includes('resources-finalizer.argocd.argoproj.io') && (!prunes || unkept.length === 0),
      detail: `finalizers [${finalizers.join(', ')}], automated prune ${prunes}, CRDs without Prune=false,Delete=false: ${unkept.map((c) => meta(c).name).join(', ')}`,
    });
  }

  // No chart's pod waits for a Secret that only a later Application makes: the bootstrap sync waits for
  // each Application to be healthy before the next wave, so such a pod would never start, nor the sync end.
  const makers = (secret: string, namespace: string) =>
    dist.filter(
      (x) =>
        meta(x).namespace === namespace &&
        ((x.kind === 'ExternalSecret' && String(asObject(asObject(x.spec).target).name ?? meta(x).name) === secret) ||
          (x.kind === 'Certificate' && asObject(x.spec).secretName === secret)),
    );
  for (const r of rendered) {
    const late = r.objects
      .filter((x) => WORKLOAD_KINDS.has(String(x.kind)))
      .flatMap((w) =>
        asArray(podSpec(w).volumes)
          .map((v) => asObject(asObject(v).secret))
          .filter((s) => s.secretName !== undefined && s.optional !== true)
          .flatMap((s) =>
            makers(String(s.secretName), String(meta(w).namespace))
              .filter((maker) => !syncedBy(maker) || wave(syncedBy(maker)!) >= wave(r.app))
              .map(
                (maker) =>
                  `${nameOf(w)} mounts ${String(s.secretName)}, made by ${nameOf(maker)} (${syncedBy(maker) ? `${nameOf(syncedBy(maker)!)} wave ${wave(syncedBy(maker)!)}` : 'no Application'})`,
              ),
          ),
      );
    claims.push({
      application: `Application ${meta(r.app).name}`,
      claim: "its pods wait for no Secret that the platform's manifests make after it",
      holds: late.length === 0,
      detail: `${late.join('; ') || 'none'}; its wave ${wave(r.app)}`,
    });
  }

  // Strimzi
  const kafkaUsersNs = [...new Set(distOf('KafkaUser').map((u) => String(meta(u).namespace)))].sort();
  const kafkaNs = [...new Set(distOf('Kafka').map((k) => String(meta(k).namespace)))].sort();
  const strimziEnv = (o: readonly Json[]) => {
    const deployment = one(o, 'Deployment');
    return env(containers(deployment)[0], meta(deployment).namespace as string | undefined);
  };
  claim(
    'strimzi-kafka-operator',
    "the cluster operator watches exactly the Kafka namespace and the KafkaUsers' namespaces",
    (o) => {
      const watched = String(strimziEnv(o).get('STRIMZI_NAMESPACE') ?? '')
        .split(',')
        .filter(Boolean)
        .sort();
      const expected = [...new Set([...kafkaNs, ...kafkaUsersNs])].sort();
      return [
        JSON.stringify(watched) === JSON.stringify(expected),
        `STRIMZI_NAMESPACE ${watched.join(',')}; expected ${expected.join(',')}`,
      ];
    },
  );
  claim(
    'strimzi-kafka-operator',
    'an Entity Operator may watch another namespace (STRIMZI_ENTITY_OPERATOR_WATCHED_NAMESPACE_ENABLED)',
    (o) => {
      const needed = kafkaUsersNs.some((ns) => !kafkaNs.includes(ns));
      const value = strimziEnv(o).get('STRIMZI_ENTITY_OPERATOR_WATCHED_NAMESPACE_ENABLED');
      return [
        !needed || value === 'true',
        `KafkaUsers in ${kafkaUsersNs.join(', ')}, Kafka in ${kafkaNs.join(', ')}; the variable is ${String(value)}`,
      ];
    },
  );
  claim('strimzi-kafka-operator', "each Kafka's User Operator watches the namespace of its KafkaUsers", () => {
    const bad = distOf('Kafka').filter((k) => {
      const watched =
        asObject(asObject(asObject(k.spec).entityOperator).userOperator).watchedNamespace ?? meta(k).namespace;
      return distOf('KafkaUser').some(
        (u) => asObject(meta(u).labels)['strimzi.io/cluster'] === meta(k).name && meta(u).namespace !== watched,
      );
    });
    return [bad.length === 0, bad.map(nameOf).join(', ')];
  });
  // RabbitMQ (Bitnami's chart: the cluster operator and the messaging topology operator)
  const RABBITMQ = 'rabbitmq-cluster-operator';
  // Only where a platform uses RabbitMQ (its Application is installed then only).
  if (byChart(RABBITMQ).length > 0) {
    const rabbitOperator = (o: readonly Json[], component: string) =>
      one(o, 'Deployment', (n) =>
        n.endsWith(component === 'rabbitmq-operator' ? RABBITMQ : 'messaging-topology-operator'),
      );
    const scope = (deployment: Json) =>
      String(env(containers(deployment)[0], meta(deployment).namespace).get('OPERATOR_SCOPE_NAMESPACE') ?? '')
        .split(',')
        .filter(Boolean)
        .sort();
    const namespacesOf = (...kinds: string[]) =>
      [
        ...new Set(
          dist
            .filter((o) => kinds.includes(String(o.kind)) && String(o.apiVersion).startsWith('rabbitmq.com/'))
            .map((o) => String(meta(o).namespace)),
        ),
      ].sort();
    const covers = (watched: readonly string[], needed: readonly string[]): Check => [
      needed.every((ns) => watched.includes(ns)),
      `OPERATOR_SCOPE_NAMESPACE ${watched.join(',')}; needed ${needed.join(',')}`,
    ];
    claim(RABBITMQ, 'the cluster operator watches the namespace of every RabbitmqCluster', (o) =>
      covers(scope(rabbitOperator(o, 'rabbitmq-operator')), namespacesOf('RabbitmqCluster')),
    );
    claim(RABBITMQ, 'the messaging topology operator watches the namespaces of every topology object and user', (o) =>
      covers(
        scope(rabbitOperator(o, 'messaging-topology-operator')),
        namespacesOf('Vhost', 'Exchange', 'Queue', 'Binding', 'User', 'Permission', 'TopicPermission'),
      ),
    );
    claim(
      RABBITMQ,
      "both operators trust each broker's CA (its TLS Secret's ca.crt, alone, in a folder of SSL_CERT_DIR beside the system roots)",
      (o) => {
        const secrets = distOf('RabbitmqCluster').map((c) => String(asObject(asObject(c.spec).tls).secretName));
        const missing = ['rabbitmq-operator', 'messaging-topology-operator'].flatMap((component) => {
          const deployment = rabbitOperator(o, component);
          const pod = podSpec(deployment);
          const container = containers(deployment)[0];
          const mounts = asArray(asObject(container).volumeMounts).map(asObject);
          // Go's roots: the system bundle, then every file of each SSL_CERT_DIR folder (subPath mounts excepted:
          // they are not refreshed, so one made before its Secret stays empty).
          const dirs = String(env(container).get('SSL_CERT_DIR') ?? '/etc/ssl/certs').split(':');
          return secrets
            .filter((secret) => {
              const volume = asArray(pod.volumes)
                .map(asObject)
                .find((v) => asObject(v.secret).secretName === secret);
              const items = asArray(asObject(volume?.secret).items).map((i) => String(asObject(i).key));
              const mount = mounts.find((m) => m.name === volume?.name);
              return !(
                items.length === 1 &&
                items[0] === 'ca.crt' &&
                mount?.subPath === undefined &&
                dirs.includes(String(mount?.mountPath)) &&
                dirs.includes('/etc/ssl/certs')
              );
            })
            .map((secret) => `${nameOf(deployment)} lacks ${secret}/ca.crt in SSL_CERT_DIR ${dirs.join(':')}`);
        });
        return [secrets.length > 0 && missing.length === 0, missing.join('; ') || `trusts ${secrets.join(', ')}`];
      },
    );
    claim(RABBITMQ, "every RabbitmqCluster names its image: the operator's default is never pulled", (o) => {
      const fallback = env(containers(rabbitOperator(o, 'rabbitmq-operator'))[0]).get('DEFAULT_RABBITMQ_IMAGE');
      const unnamed = distOf('RabbitmqCluster').filter((c) => !asObject(c.spec).image);
      return [
        unnamed.length === 0,
        `default ${String(fallback)}; clusters without an image: ${unnamed.map(nameOf).join(', ') || 'none'}`,
      ];
    });
    claim(RABBITMQ, "the chart renders no NetworkPolicy (the platform's own admit the broker's clients)", (o) => {
      const policies = o.filter((x) => x.kind === 'NetworkPolicy');
      return [policies.length === 0, policies.map(nameOf).join(', ')];
    });
    claim(
      RABBITMQ,
      "the topology operator's webhook certificate is cert-manager's, not one Helm makes anew at each render",
      (o) => {
        const secrets = o.filter((x) => x.kind === 'Secret');
        const certificates = o.filter((x) => x.kind === 'Certificate');
        return [
          secrets.length === 0 && certificates.length > 0,
          `Secrets: ${secrets.map(nameOf).join(', ') || 'none'}; Certificates: ${certificates.map(nameOf).join(', ') || 'none'}`,
        ];
      },
    );
  }
  // Jaeger and Kiali, where an environment installs them (the tracing backend and the mesh's console).
  /** Whether `objects` have a Service `<name>.<namespace>[.svc...]` with the port. */
  const serves = (objects: readonly Json[], host: string, port: number) => {
    const [name, namespace] = host.split('.');
    return objects.some(
      (x) =>
        x.kind === 'Service' &&
        meta(x).name === name &&
        meta(x).namespace === namespace &&
        asArray(asObject(x.spec).ports).some((p) => Number(asObject(p).port) === port),
    );
  };
  const everyObject = rendered.flatMap((r) => r.objects);
  if (byChart('jaeger').length > 0) {
    claim('jaeger', "the collector istiod's mesh config names is a port of Jaeger's Service (OTLP)", (o) => {
      const collectors = byChart('istiod')
        .flatMap((r) => asArray(mesh(r.objects).extensionProviders))
        .map((p) => asObject(asObject(p).opentelemetry))
        .filter((p) => p.service !== undefined);
      const missed = collectors.filter((p) => !serves(o, String(p.service), Number(p.port)));
      return [
        collectors.length > 0 && missed.length === 0,
        `collectors ${collectors.map((p) => `${String(p.service)}:${String(p.port)}`).join(', ') || 'none'}; not served by Jaeger: ${missed.length}`,
      ];
    });
    claim('jaeger', "Jaeger's pods get no ServiceAccount token (they call no API)", (o) =>
      o
        .filter((x) => WORKLOAD_KINDS.has(String(x.kind)))
        .reduce<Check>(
          ([holds, detail], w) => {
            const account = o.find(
              (x) => x.kind === 'ServiceAccount' && meta(x).name === podSpec(w).serviceAccountName,
            );
            const mounted = podSpec(w).automountServiceAccountToken ?? account?.automountServiceAccountToken ?? true;
            return [holds && mounted === false, `${detail}${nameOf(w)} automount ${String(mounted)}; `];
          },
          [true, ''],
        ),
    );
  }
  if (byChart('kiali-server').length > 0) {
    const kialiConfig = (o: readonly Json[]) =>
      asObject(load(String(asObject(one(o, 'ConfigMap', (n) => n === 'kiali').data)['config.yaml'])));
    claim('kiali-server', "the chart renders no NetworkPolicy (the platform's own admit Prometheus alone)", (o) => {
      const policies = o.filter((x) => x.kind === 'NetworkPolicy');
      return [policies.length === 0, policies.map(nameOf).join(', ')];
    });
    claim(
      'kiali-server',
      'the login token signing key is a Secret made by an ExternalSecret of an earlier wave, not a key the chart generates at each render',
      (o, app) => {
        const key = String(asObject(kialiConfig(o).login_token).signing_key);
        const [, secret, field] = /^secret:([^:]+):(.+)$/.exec(key) ?? [];
        const namespace = String(meta(one(o, 'Deployment')).namespace);
        const mounted = asArray(podSpec(one(o, 'Deployment')).volumes).some(
          (v) => asObject(asObject(v).secret).secretName === secret,
        );
        const writer = distOf('ExternalSecret').find(
          (e) =>
            meta(e).namespace === namespace &&
            String(asObject(asObject(e.spec).target).name ?? meta(e).name) === secret &&
            asArray(asObject(e.spec).data).some((d) => asObject(d).secretKey === field),
        );
        const syncer = writer && syncedBy(writer);
        return [
          !!secret && mounted && !!syncer && wave(syncer) < wave(app),
          secret
            ? `Secret ${namespace}/${secret} key ${field}: mounted ${mounted}; ${writer ? `${nameOf(writer)}, synced by ${syncer ? `${nameOf(syncer)} wave ${wave(syncer)}` : 'nothing'}` : 'no ExternalSecret writes it'}; Kiali wave ${wave(app)}`
            : `a key in the ConfigMap (${key.length} characters)`,
        ];
      },
    );
    claim('kiali-server', 'Kiali reads Prometheus and the tracing backend at ports of rendered Services', (o) => {
      const services = asObject(kialiConfig(o).external_services);
      const urls = [asObject(services.prometheus).url, asObject(services.tracing).internal_url]
        .filter((u) => u !== undefined)
        .map((u) => new URL(String(u)));
      const missed = urls.filter((u) => !serves(everyObject, u.hostname, Number(u.port || 80)));
      return [urls.length > 0 && missed.length === 0, `${urls.join(', ')}; not served: ${missed.join(', ') || 'none'}`];
    });
  }
  claim('psmdb-operator', 'the MongoDB operator watches the namespace of the PerconaServerMongoDB', (o) => {
    const deployment = one(o, 'Deployment');
    const watched = String(
      env(containers(deployment)[0], meta(deployment).namespace as string | undefined).get('WATCH_NAMESPACE') ?? '',
    );
    const needed = distOf('PerconaServerMongoDB').map((m) => String(meta(m).namespace));
    return [
      needed.every((ns) => watched.split(',').includes(ns)),
      `WATCH_NAMESPACE ${watched}; PerconaServerMongoDB in ${needed.join(', ')}`,
    ];
  });

  // Monitoring
  const namespaceLabels = (ns: string) => ({
    ...(meta(dist.find((o) => o.kind === 'Namespace' && meta(o).name === ns) ?? {}).labels ?? {}),
    'kubernetes.io/metadata.name': ns,
  });
  const picks = (prometheus: Json, kind: string, field: string) => {
    const spec = asObject(prometheus.spec);
    const selector = spec[`${field}Selector`] as LabelSelector | undefined;
    const nsSelector = spec[`${field}NamespaceSelector`] as LabelSelector | undefined;
    const missed = distOf(kind).filter((m) => {
      const ns = String(meta(m).namespace);
      const inNamespace = nsSelector ? selects(nsSelector, namespaceLabels(ns)) : ns === meta(prometheus).namespace;
      return !(selector && inNamespace && selects(selector, meta(m).labels ?? {}));
    });
    return [
      missed.length === 0 && distOf(kind).length > 0,
      `not selected: ${missed.map(nameOf).join(', ') || 'none'} (of ${distOf(kind).length})`,
    ] as Check;
  };
  for (const [kind, field] of [
    ['ServiceMonitor', 'serviceMonitor'],
    ['PodMonitor', 'podMonitor'],
    ['PrometheusRule', 'rule'],
  ] as const) {
    claim('kube-prometheus-stack', `Prometheus selects every ${kind} of the platform`, (o) =>
      picks(one(o, 'Prometheus'), kind, field),
    );
  }
  const dashboards = distOf('ConfigMap').filter((c) => asObject(meta(c).labels).grafana_dashboard !== undefined);
  claim(
    'kube-prometheus-stack',
    "Grafana's dashboard sidecar loads ConfigMaps with the dashboards' label, from their namespace only",
    (o) => {
      const grafana = one(o, 'Deployment', (n) => n.endsWith('grafana'));
      const sidecar = containers(grafana).find((c) => String(c.name).includes('dashboard'));
      const e = env(sidecar);
      const namespaces = [...new Set(dashboards.map((d) => String(meta(d).namespace)))];
      const labelled = dashboards.every(
        (d) =>
          asObject(meta(d).labels)[String(e.get('LABEL'))] ===
          (e.get('LABEL_VALUE') ?? asObject(meta(d).labels)[String(e.get('LABEL'))]),
      );
      return [
        dashboards.length > 0 &&
          labelled &&
          namespaces.length === 1 &&
          e.get('NAMESPACE') === namespaces[0] &&
          e.get('RESOURCE') === 'configmap',
        `sidecar LABEL=${String(e.get('LABEL'))} LABEL_VALUE=${String(e.get('LABEL_VALUE'))} NAMESPACE=${String(e.get('NAMESPACE'))} RESOURCE=${String(e.get('RESOURCE'))}; dashboards in ${namespaces.join(', ')}`,
      ];
    },
  );
  claim('kube-prometheus-stack', "Grafana's only rights: read ConfigMaps of its own namespace", (o) => {
    const grafana = one(o, 'Deployment', (n) => n.endsWith('grafana'));
    const account = String(podSpec(grafana).serviceAccountName);
    const bindings = o.filter(
      (b) =>
        (b.kind === 'RoleBinding' || b.kind === 'ClusterRoleBinding') &&
        asArray(b.subjects).some((s) => asObject(s).name === account),
    );
    const rules = bindings.flatMap((b) => {
      const ref = asObject(b.roleRef);
      const role = o.find(
        (r) =>
          r.kind === ref.kind &&
          meta(r).name === ref.name &&
          (r.kind === 'ClusterRole' || meta(r).namespace === meta(b).namespace),
      );
      return role
        ? asArray(role.rules).map((rule) => ({ binding: b, rule: asObject(rule) }))
        : [{ binding: b, rule: { missing: ref.name } }];
    });
    const bad = rules.filter(
      ({ binding, rule }) =>
        binding.kind !== 'RoleBinding' ||
        meta(binding).namespace !== meta(grafana).namespace ||
        JSON.stringify(rule.resources) !== '["configmaps"]' ||
        asArray(rule.verbs).some((v) => !['get', 'list', 'watch'].includes(String(v))),
    );
    return [
      bindings.length > 0 && bad.length === 0,
      `${bindings.map(nameOf).join(', ')}; other rights: ${bad.map((b) => JSON.stringify(b.rule)).join(' ') || 'none'}`,
    ];
  });
  for (const chart of OBSERVABILITY_CHARTS) {
    claim(chart, 'no ClusterRole of a monitoring or logging chart can read Secrets', (o) => {
      const readers = o
        .filter((r) => r.kind === 'ClusterRole' && asArray(r.rules).some(readsSecrets))
        .map((r) => String(meta(r).name));
      const unexpected = readers.filter((n) => !SECRET_READERS_ALLOWED[n]);
      return [
        unexpected.length === 0,
        `ClusterRoles that read Secrets: ${readers.map((n) => (SECRET_READERS_ALLOWED[n] ? `${n} (allowed: ${SECRET_READERS_ALLOWED[n]})` : n)).join(', ') || 'none'}`,
      ];
    });
  }

  // Logs
  const lokiConfig = (o: readonly Json[]) => {
    const holder = o.find(
      (x) =>
        (x.kind === 'ConfigMap' || x.kind === 'Secret') && meta(x).name === 'loki' && asObject(x.data)['config.yaml'],
    );
    if (!holder) throw new Error('no Loki configuration (ConfigMap or Secret loki, config.yaml)');
    const raw = String(asObject(holder.data)['config.yaml']);
    return asObject(load(holder.kind === 'Secret' ? Buffer.from(raw, 'base64').toString() : raw));
  };
  claim('loki', "Loki's pods have Workload Identity in the environment's project (GCS)", (o) =>
    workloadIdentity(
      o,
      one(o, 'StatefulSet', (n) => n === 'loki'),
    ),
  );
  claim('loki', 'Loki requires a tenant on every request (auth_enabled)', (o) => {
    const auth = lokiConfig(o).auth_enabled;
    return [auth === true, `auth_enabled ${String(auth)}`];
  });
  claim('loki', 'Loki runs as one single binary, with no simple scalable targets', (o) => {
    const workloads = o.filter(
      (x) =>
        WORKLOAD_KINDS.has(String(x.kind)) &&
        asObject(asObject(x.metadata).labels)['app.kubernetes.io/component'] !== 'memcached-chunks-cache',
    );
    const components = workloads.map((w) => `${meta(w).name}=${String(asObject(w.spec).replicas ?? 'per node')}`);
    const single = workloads.find((w) => meta(w).name === 'loki');
    const scalable = workloads.filter((w) => /-(read|write|backend)$/.test(String(meta(w).name)));
    return [!!single && asObject(single.spec).replicas === 1 && scalable.length === 0, components.join(', ')];
  });
  claim('loki', "Loki's caches ask for at most 2 GiB of memory in all", (o) => {
    const mib = (q: unknown) => {
      const m = /^(\d+(?:\.\d+)?)(Mi|Gi|M|G)?$/.exec(String(q ?? '0'));
      if (!m) return Infinity;
      const n = Number(m[1]);
      return m[2] === 'Gi'
        ? n * 1024
        : m[2] === 'G'
          ? (n * 1e9) / 2 ** 20
          : m[2] === 'M'
            ? (n * 1e6) / 2 ** 20
            : m[2] === 'Mi'
              ? n
              : n / 2 ** 20;
    };
    const caches = o.filter((x) => x.kind === 'StatefulSet' && /cache/.test(String(meta(x).name)));
    const total = caches.reduce(
      (sum, c) =>
        sum +
        containers(c).reduce((s, k) => s + mib(asObject(asObject(k.resources).requests).memory), 0) *
          Number(asObject(c.spec).replicas ?? 1),
      0,
    );
    return [total <= 2048, `${caches.map((c) => meta(c).name).join(', ')} request ${Math.round(total)} MiB`];
  });
  const alloyConfig = (o: readonly Json[]) =>
    String(asObject(one(o, 'ConfigMap', (n) => n === 'alloy').data)['config.alloy']);
  claim('alloy', 'Alloy writes to a Loki Service of the platform, as a tenant', (o) => {
    const config = alloyConfig(o);
    const url = /url\s*=\s*"([^"]+)"/.exec(config)?.[1] ?? '';
    const host = /^https?:\/\/([^./:]+)\.([^./:]+)\.svc/.exec(url);
    const service =
      host &&
      rendered.some((r) =>
        r.objects.some((x) => x.kind === 'Service' && meta(x).name === host[1] && meta(x).namespace === host[2]),
      );
    const tenant = /tenant_id\s*=\s*"([^"]+)"/.exec(config)?.[1];
    return [
      !!service && !!tenant,
      `url ${url} (${service ? 'a rendered Service' : 'no such Service'}), tenant_id ${String(tenant)}`,
    ];
  });
  claim('alloy', "each pod's logs are read once: the agents form a cluster and share the pods out", (o) => {
    const workload = o.find((x) => WORKLOAD_KINDS.has(String(x.kind)))!;
    const args = containers(workload).flatMap((c) => asArray(c.args).map(String));
    const clustered =
      args.includes('--cluster.enabled=true') &&
      /loki\.source\.kubernetes[^]*?clustering\s*{\s*enabled\s*=\s*true/.test(alloyConfig(o));
    return [
      clustered,
      `${nameOf(workload)} args ${args.filter((a) => a.startsWith('--cluster')).join(' ') || 'no --cluster flags'}`,
    ];
  });
  claim('alloy', 'Alloy reads logs through the Kubernetes API, no host paths', (o) => {
    const workload = o.find((x) => WORKLOAD_KINDS.has(String(x.kind)))!;
    const hostPaths = asArray(podSpec(workload).volumes).filter((v) => asObject(v).hostPath);
    return [hostPaths.length === 0, `${hostPaths.length} hostPath volumes`];
  });

  // Pod Security Admission: each namespace's enforced level admits the pods the charts run there.
  const levels = new Map<string, string>();
  for (const ns of distOf('Namespace')) {
    const level = (meta(ns).labels ?? {})['pod-security.kubernetes.io/enforce'];
    if (level) levels.set(String(meta(ns).name), level);
  }
  for (const r of rendered) {
    const managed = asObject(asObject(asObject(asObject(r.app.spec).syncPolicy).managedNamespaceMetadata).labels);
    const level = managed['pod-security.kubernetes.io/enforce'];
    if (level) levels.set(String(asObject(asObject(r.app.spec).destination).namespace), String(level));
  }
  for (const r of rendered) {
    const pods = environmentPods([], [r]).filter((p) => p.spec && levels.has(p.namespace));
    if (pods.length === 0) continue;
    const refused = pods.flatMap((p) =>
      podSecurityViolations(p.spec!, levels.get(p.namespace) as PodSecurityLevel).map(
        (v) => `${p.owner} (${levels.get(p.namespace)}): ${v}`,
      ),
    );
    claims.push({
      application: `Application ${meta(r.app).name}`,
      claim: "its pods are admitted by their namespace's Pod Security level",
      holds: refused.length === 0,
      detail: refused.join('; '),
    });
  }

  // Argo CD itself
  claim('argo-cd', `every Argo CD container runs the release ${ARGO_CD_RELEASE}`, (o) => {
    const images = o
      .filter((x) => WORKLOAD_KINDS.has(String(x.kind)))
      .flatMap((w) => containers(w).map((c) => String(c.image)))
      .filter((i) => i.includes('argocd'));
    const other = images.filter((i) => !i.endsWith(`:${ARGO_CD_RELEASE}`));
    return [images.length > 0 && other.length === 0, `other images: ${[...new Set(other)].join(', ') || 'none'}`];
  });
  claim('argo-cd', 'argocd-cm has the health check of Applications (for the waves of the app-of-apps)', (o) => {
    const lua = String(
      asObject(one(o, 'ConfigMap', (n) => n === 'argocd-cm').data)[
        'resource.customizations.health.argoproj.io_Application'
      ] ?? '',
    );
    return [/obj\.status\.health\.status/.test(lua), lua ? 'customization present' : 'no customization'];
  });

  return claims;
}
