/**
 * Oracle of the shared components' NetworkPolicies (charts/platform-isolation.ts and the backing
 * services' `isolation`), independent of the code under test: which namespaces are isolated, which
 * policy each part of each component has, the pods it selects and every (peer, port) it admits in and
 * out, computed from the description (the environment's model: surroundings, data stores, tracing, the
 * pinned operator charts) and the facts below, and read back from the synthesized objects with
 * Kubernetes' semantics by test/oracles/network.ts's `readNetworkPolicy`.
 *
 * Who must reach whom, the rules the expectations follow:
 * - every part reaches DNS; those that watch or write Kubernetes objects reach the API server;
 * - the API server reaches the admission webhooks on their ports;
 * - Prometheus alone reaches the metrics ports, and its egress names every port it scrapes in the
 *   cluster (on any pod) and the nodes' kubelets and node exporters;
 * - the monitoring stack's own paths: Grafana queries Prometheus and Loki, Alloy ships logs to Loki's
 *   gateway, Loki's parts talk among themselves and keep chunks in GCS;
 * - the ingress gateway admits the clients (the environment's allow-list, or anyone) on HTTP and
 *   HTTPS and reaches the API gateways, istiod and the tracing collector;
 * - Workload Identity users (cert-manager, External Secrets, Loki) reach the GKE metadata server.
 */
import type { EnvironmentModel } from '../../lib/model';
import {
  anyPort,
  conn,
  expectedKafkaClusterConnections,
  expectedMongoConnections,
  FACTS,
  peer,
  type Connections,
} from './network';

type Labels = Readonly<Record<string, string>>;

/**
 * Ports and pod labels of the pinned charts (/work/shared/charts, `../shared/charts/<chart>-<version>`,
 * rendered with Helm 4.1.4; the charts' values.yaml and templates named) and of the upstream projects.
 */
export const CHARTS = {
  /** istiod-1.30.3: pods `app: istiod`; templates/service.yaml: 15012 xDS and CA, 15017 webhooks, 15014 monitoring. */
  istiod: { pods: FACTS.istiodPods, xds: FACTS.istiodPort, webhook: 15017, metrics: 15014 },
  /**
   * gateway-1.30.3: pods carry `values.labels` (the platform sets `istio: <name>`); the Service's 80 and
   * 443 go to the same container ports (unprivileged-port sysctl); the proxy's merged metrics on 15020.
   */
  gateway: { pods: (name: string) => ({ istio: name }), http: 80, https: 443, metrics: FACTS.sidecarMetricsPort },
  /**
   * cert-manager-v1.21.1: pods `app.kubernetes.io/name` cert-manager, webhook, cainjector, startupapicheck;
   * the controller's metrics on 9402 (values `prometheus`), the webhook's `securePort` 10250. ACME
   * (Let's Encrypt) on 443 and the zone's name servers on 53 (its DNS-01 self-check) on the internet.
   */
  certManager: {
    namespace: FACTS.certManagerNamespace,
    controller: 'cert-manager',
    helpers: ['cainjector', 'startupapicheck'],
    webhook: 'webhook',
    metrics: 9402,
    webhookPort: 10250,
  },
  /**
   * external-secrets-2.9.0: pods `app.kubernetes.io/name` external-secrets, external-secrets-webhook,
   * external-secrets-cert-controller; each serves metrics on 8080 (values `metrics.service.port`), the
   * webhook on 10250 (values `webhook.port`).
   */
  externalSecrets: {
    namespace: FACTS.externalSecretsNamespace,
    controller: 'external-secrets',
    webhook: 'external-secrets-webhook',
    certController: 'external-secrets-cert-controller',
    metrics: 8080,
    webhookPort: 10250,
  },
  /**
   * strimzi-kafka-operator-1.2.0: the cluster operator's pods `strimzi.io/kind: cluster-operator`, its
   * `http` (metrics, health) port 8080 (templates/060-Deployment-strimzi-cluster-operator.yaml); Strimzi
   * labels every pod of a cluster `strimzi.io/cluster: <name>` and `strimzi.io/kind: Kafka`, and
   * serves the Prometheus exporter of brokers and Kafka exporter on 9404.
   */
  strimzi: {
    operatorPods: FACTS.strimziOperatorPods,
    operatorMetrics: 8080,
    clusterPods: (cluster: string) => ({ 'strimzi.io/cluster': cluster }),
    kafkaPods: { 'strimzi.io/kind': 'Kafka' },
    metrics: FACTS.kafkaMetricsPort,
  },
  /**
   * psmdb-operator-1.22.0: pods `app.kubernetes.io/name: psmdb-operator`, `metrics` port 8080
   * (templates/deployment.yaml); the operator labels a replica set's pods `app.kubernetes.io/instance:
   * <cluster>`; Percona's mongodb_exporter serves 9216.
   */
  psmdb: {
    operatorPods: FACTS.mongoOperatorPods,
    operatorMetrics: 8080,
    clusterPods: (cluster: string) => ({ 'app.kubernetes.io/instance': cluster }),
    exporter: FACTS.mongoExporterPort,
  },
  /**
   * kube-prometheus-stack-88.0.0 (prometheus-operator labels Prometheus and Alertmanager pods
   * `app.kubernetes.io/name`): Prometheus's web 9090 and its config reloader's 8080, Alertmanager's 9093
   * and 8080; Grafana (chart grafana 12.10.0) 3000; kube-state-metrics (8.0.0) `http` 8080 and
   * `telemetry` 8081 (admitted from Prometheus, not scraped: the chart's `selfMonitor` is off); the
   * operator `app: kube-prometheus-stack-operator`, its HTTPS (metrics and the admission webhook the API
   * server calls) on `prometheusOperator.tls.internalPort` 10250; its admission webhook's certificate
   * jobs `app.kubernetes.io/component: prometheus-operator-webhook`. On the nodes: the kubelet (and
   * cAdvisor) 10250, node exporter (hostNetwork) 9100.
   */
  kubePrometheusStack: {
    prometheus: { pods: FACTS.prometheusPods, web: 9090, reloader: 8080 },
    alertmanager: { pods: { 'app.kubernetes.io/name': 'alertmanager' }, web: 9093, reloader: 8080 },
    grafana: { pods: { 'app.kubernetes.io/name': 'grafana' }, web: 3000 },
    kubeStateMetrics: { pods: { 'app.kubernetes.io/name': 'kube-state-metrics' }, http: 8080, telemetry: 8081 },
    operator: { pods: { app: 'kube-prometheus-stack-operator' }, https: 10250 },
    admission: { pods: { 'app.kubernetes.io/component': 'prometheus-operator-webhook' } },
    nodes: { kubelet: 10250, nodeExporter: 9100 },
  },
  /**
   * loki-6.30.1: every part `app.kubernetes.io/name: loki`; HTTP 3100, the gateway (nginx) 8080, the
   * memcached caches' exporter 9150, the canary 3500.
   */
  loki: { pods: { 'app.kubernetes.io/name': 'loki' }, http: 3100, gateway: 8080, cacheExporter: 9150, canary: 3500 },
  /** alloy-1.2.0: pods `app.kubernetes.io/name: alloy`, its HTTP server (UI, metrics, clustering) on 12345. */
  alloy: { pods: { 'app.kubernetes.io/name': 'alloy' }, http: 12345 },
  /**
   * Jaeger's chart (4.x, not in ../shared/charts): pods `app.kubernetes.io/instance: <release>`; the
   * query UI and API 16686; its own metrics on 8888 (admitted from Prometheus; no ServiceMonitor scrapes
   * them). The collector's OTLP port is the description's.
   */
  jaeger: { pods: (release: string) => ({ 'app.kubernetes.io/instance': release }), query: 16686, metrics: 8888 },
  /** Kiali's server chart: pods `app.kubernetes.io/name: kiali`, metrics 9090; in the platform's namespace `kiali`. */
  kiali: { namespace: 'kiali', pods: { 'app.kubernetes.io/name': 'kiali' }, metrics: 9090 },
  /** RabbitMQ's ports and the labels of its pods, as RabbitMQ, its cluster operator and the pinned chart define them. */
  rabbitmq: {
    amqps: 5671,
    managementTls: 15671,
    prometheusTls: 15691,
    /** Erlang distribution and epmd, which nodes of one cluster use among themselves. */
    clustering: [25672, 4369],
    clusterOperatorMetrics: 9782,
    topologyOperatorMetrics: 8080,
    topologyWebhook: 9443,
    clusterOperatorPods: {
      'app.kubernetes.io/name': 'rabbitmq-cluster-operator',
      'app.kubernetes.io/component': 'rabbitmq-operator',
    },
    topologyOperatorPods: {
      'app.kubernetes.io/name': 'rabbitmq-cluster-operator',
      'app.kubernetes.io/component': 'messaging-topology-operator',
    },
    /** The cluster operator labels a cluster's pods with its name. */
    nodePods: (cluster: string) => ({ 'app.kubernetes.io/name': cluster }),
  },
} as const;

/** One expected NetworkPolicy: the labels of the pods it selects, what it admits (as `readNetworkPolicy` reads). */
export interface ExpectedPolicy extends Connections {
  readonly selects: Labels;
}

/**
 * The ports Prometheus scrapes on pods, from the ServiceMonitors and PodMonitors of the charts the
 * environment pins: every sidecar's and gateway's merged metrics, istiod's, cert-manager's, External
 * Secrets' and the operators' 8080, kube-state-metrics' `http`, the monitoring stack's own; Strimzi's
 * and Percona's exporters wherever their operators are pinned (every platform pins them), RabbitMQ's
 * where it runs.
 */
export function scrapedPorts(env: EnvironmentModel): number[] {
  const k = CHARTS.kubePrometheusStack;
  const ops = env.gitops.operators;
  const r = CHARTS.rabbitmq;
  return [
    ...new Set([
      FACTS.sidecarMetricsPort,
      CHARTS.istiod.metrics,
      CHARTS.certManager.metrics,
      CHARTS.externalSecrets.metrics,
      ...(ops.strimzi ? [CHARTS.strimzi.metrics, CHARTS.strimzi.operatorMetrics] : []),
      ...(ops.psmdbOperator ? [CHARTS.psmdb.exporter, CHARTS.psmdb.operatorMetrics] : []),
      k.prometheus.web,
      k.prometheus.reloader,
      k.alertmanager.web,
      k.grafana.web,
      k.kubeStateMetrics.http,
      k.operator.https,
      CHARTS.loki.http,
      CHARTS.loki.gateway,
      CHARTS.loki.cacheExporter,
      CHARTS.loki.canary,
      CHARTS.alloy.http,
      ...(env.rabbitmq ? [r.prometheusTls, r.clusterOperatorMetrics, r.topologyOperatorMetrics] : []),
    ]),
  ];
}

/**
 * Every NetworkPolicy of the shared components' namespaces, `<namespace>/<name>` to what it must be,
 * deny-alls included (all pods, nothing admitted).
 */
export function expectedIsolation(env: EnvironmentModel): Map<string, ExpectedPolicy> {
  const s = env.surroundings;
  const ops = env.gitops.operators;
  const k = CHARTS.kubePrometheusStack;
  const pods = (namespace: string, labels: Labels) => peer.pods(namespace, labels);
  const dnsPods = pods(FACTS.dns.namespace, FACTS.dns.pods);
  const dns = [conn(dnsPods, FACTS.dns.port, 'UDP'), conn(dnsPods, FACTS.dns.port)];
  const apiServer = peer.cidr(s.controlPlaneCidr);
  const api = conn(apiServer, FACTS.apiServerPort);
  const prometheus = pods(s.monitoringNamespace, k.prometheus.pods);
  const scraped = (...ports: number[]) => ports.map((port) => conn(prometheus, port));
  const metadata = FACTS.metadataServer(env.cluster.dataplaneV2).map(([cidr, port]) => conn(peer.cidr(cidr), port));
  const googleApis = conn(peer.cidr(s.googleApisCidr), FACTS.httpsPort);
  const monitoring = (labels: Labels) => pods(s.monitoringNamespace, labels);
  const kiali = ops.kiali ? pods(CHARTS.kiali.namespace, CHARTS.kiali.pods) : undefined;
  const jaeger = env.tracing && ops.jaeger ? env.tracing : undefined;
  const istiod = pods(s.istioNamespace, CHARTS.istiod.pods);

  const policies = new Map<string, ExpectedPolicy>();
  const add = (namespace: string, name: string, selects: Labels, ingress: string[], egress: string[]) => {
    const id = `${namespace}/${name}`;
    const all = [...ingress, ...egress];
    if (policies.has(id) || new Set(ingress).size + new Set(egress).size !== all.length)
      throw new Error(`oracle: ${id} twice, or a connection twice in it`);
    policies.set(id, { selects, ingress: ingress.sort(), egress: egress.sort() });
  };
  const denyAll = (namespace: string) => add(namespace, 'deny-all', {}, [], []);
  /** An operator-like part: DNS and the API out, optionally a webhook and metrics in. */
  const controller = (namespace: string, name: string, selects: Labels, ingress: string[], egress: string[] = []) =>
    add(namespace, name, selects, ingress, [...dns, api, ...egress]);

  // Istio: istiod, the CNI node agent's namespace (host network: nothing but the deny-all), the ingress gateway.
  denyAll(s.istioNamespace);
  controller(s.istioNamespace, 'istiod', CHARTS.istiod.pods, [
    conn(peer.namespace('EVERY NAMESPACE'), CHARTS.istiod.xds),
    conn(apiServer, CHARTS.istiod.webhook),
    ...scraped(CHARTS.istiod.metrics),
    ...(kiali ? [conn(kiali, CHARTS.istiod.metrics)] : []),
  ]);
  denyAll(FACTS.istioCniNamespace);
  const gw = s.ingressGateway;
  const clients = env.ingressAllowList.length > 0 ? env.ingressAllowList : ['0.0.0.0/0'];
  denyAll(gw.namespace);
  add(
    gw.namespace,
    gw.name,
    CHARTS.gateway.pods(gw.name),
    [
      ...clients.flatMap((cidr) => [CHARTS.gateway.http, CHARTS.gateway.https].map((p) => conn(peer.cidr(cidr), p))),
      ...scraped(CHARTS.gateway.metrics),
    ],
    [
      ...dns,
      conn(istiod, CHARTS.istiod.xds),
      ...env.workloads
        .filter((w) => w.role === 'api-gateway')
        .map((w) => conn(pods(w.namespace, { [FACTS.nameLabel]: w.name }), w.port)),
      ...(env.tracing
        ? [conn(pods(env.tracing.namespace, CHARTS.jaeger.pods(env.tracing.service)), env.tracing.port)]
        : []),
    ],
  );

  // cert-manager: ACME and the DNS-01 self-check on the internet, Cloud DNS as its GCP service account.
  const cm = CHARTS.certManager;
  const named = (name: string) => ({ [FACTS.nameLabel]: name });
  denyAll(cm.namespace);
  controller(cm.namespace, cm.controller, named(cm.controller), scraped(cm.metrics), [
    ...[FACTS.httpsPort, FACTS.dns.port].map((p) => conn(peer.cidr('0.0.0.0/0'), p)),
    conn(peer.cidr('0.0.0.0/0'), FACTS.dns.port, 'UDP'),
    ...metadata,
  ]);
  controller(cm.namespace, cm.webhook, named(cm.webhook), [conn(apiServer, cm.webhookPort)]);
  for (const helper of cm.helpers) controller(cm.namespace, helper, named(helper), []);

  // External Secrets: Secret Manager (Google APIs) with Workload Identity.
  const eso = CHARTS.externalSecrets;
  denyAll(eso.namespace);
  controller(eso.namespace, eso.controller, named(eso.controller), scraped(eso.metrics), [...metadata, googleApis]);
  controller(eso.namespace, eso.webhook, named(eso.webhook), [
    conn(apiServer, eso.webhookPort),
    ...scraped(eso.metrics),
  ]);
  controller(eso.namespace, eso.certController, named(eso.certController), scraped(eso.metrics));

  // The data stores' namespaces, where the environment has them.
  if (env.kafka) {
    const ns = env.kafka.namespace;
    denyAll(ns);
    controller(ns, 'strimzi-cluster-operator', CHARTS.strimzi.operatorPods, scraped(CHARTS.strimzi.operatorMetrics), [
      anyPort(pods(ns, CHARTS.strimzi.kafkaPods)),
    ]);
    add(
      ns,
      env.kafka.cluster,
      CHARTS.strimzi.clusterPods(env.kafka.cluster),
      ...ofConnections(expectedKafkaClusterConnections(env)),
    );
  }
  if (env.mongodb) {
    const m = env.mongodb;
    denyAll(m.namespace);
    controller(m.namespace, 'psmdb-operator', CHARTS.psmdb.operatorPods, scraped(CHARTS.psmdb.operatorMetrics), [
      conn(pods(m.namespace, CHARTS.psmdb.clusterPods(m.cluster)), m.port),
    ]);
    add(m.namespace, m.cluster, CHARTS.psmdb.clusterPods(m.cluster), ...ofConnections(expectedMongoConnections(env)));
  }
  if (env.rabbitmq) {
    denyAll(env.rabbitmq.namespace);
    for (const [id, policy] of expectedRabbitMqPolicies(env)) {
      const [namespace, name] = id.split('/') as [string, string];
      add(namespace, name, policy.selects, [...policy.ingress], [...policy.egress]);
    }
  }

  // Monitoring.
  const mon = s.monitoringNamespace;
  const grafana = monitoring(k.grafana.pods);
  const loki = monitoring(CHARTS.loki.pods);
  const alloy = monitoring(CHARTS.alloy.pods);
  denyAll(mon);
  controller(
    mon,
    'prometheus',
    k.prometheus.pods,
    [
      ...scraped(k.prometheus.web, k.prometheus.reloader),
      conn(grafana, k.prometheus.web),
      ...(kiali ? [conn(kiali, k.prometheus.web)] : []),
    ],
    [
      ...scrapedPorts(env).map((p) => conn(peer.namespace('EVERY NAMESPACE'), p)),
      ...[k.nodes.kubelet, k.nodes.nodeExporter].map((p) => conn(peer.cidr(s.nodesCidr), p)),
    ],
  );
  // No receiver is configured: Alertmanager sends nothing out.
  add(mon, 'alertmanager', k.alertmanager.pods, scraped(k.alertmanager.web, k.alertmanager.reloader), [...dns]);
  controller(mon, 'grafana', k.grafana.pods, scraped(k.grafana.web), [
    conn(prometheus, k.prometheus.web),
    conn(loki, CHARTS.loki.gateway),
    conn(loki, CHARTS.loki.http),
  ]);
  controller(
    mon,
    'kube-state-metrics',
    k.kubeStateMetrics.pods,
    scraped(k.kubeStateMetrics.http, k.kubeStateMetrics.telemetry),
  );
  controller(mon, 'prometheus-operator', k.operator.pods, [
    ...scraped(k.operator.https),
    conn(apiServer, k.operator.https),
  ]);
  controller(mon, 'prometheus-admission', k.admission.pods, []);
  add(
    mon,
    'loki',
    CHARTS.loki.pods,
    [
      anyPort(loki),
      conn(alloy, CHARTS.loki.gateway),
      conn(grafana, CHARTS.loki.gateway),
      conn(grafana, CHARTS.loki.http),
      ...scraped(CHARTS.loki.http, CHARTS.loki.gateway, CHARTS.loki.cacheExporter, CHARTS.loki.canary),
    ],
    [...dns, anyPort(loki), ...metadata, googleApis],
  );
  controller(
    mon,
    'alloy',
    CHARTS.alloy.pods,
    [...scraped(CHARTS.alloy.http), conn(alloy, CHARTS.alloy.http)],
    [conn(loki, CHARTS.loki.gateway), conn(alloy, CHARTS.alloy.http)],
  );

  // Tracing: spans from every proxy (the workloads' namespaces and the ingress gateway's), queries from Kiali.
  if (jaeger) {
    denyAll(jaeger.namespace);
    add(
      jaeger.namespace,
      jaeger.service,
      CHARTS.jaeger.pods(jaeger.service),
      [
        ...[...env.namespaces, gw.namespace].map((ns) => conn(peer.namespace(ns), jaeger.port)),
        ...(kiali ? [conn(kiali, CHARTS.jaeger.query)] : []),
        ...scraped(CHARTS.jaeger.metrics),
      ],
      [...dns],
    );
  }
  if (kiali) {
    denyAll(CHARTS.kiali.namespace);
    controller(CHARTS.kiali.namespace, 'kiali', CHARTS.kiali.pods, scraped(CHARTS.kiali.metrics), [
      conn(prometheus, k.prometheus.web),
      conn(istiod, CHARTS.istiod.metrics),
      ...(jaeger ? [conn(pods(jaeger.namespace, CHARTS.jaeger.pods(jaeger.service)), CHARTS.jaeger.query)] : []),
    ]);
  }
  return policies;
}

const ofConnections = (c: Connections): [string[], string[]] => [[...c.ingress], [...c.egress]];

/** The RabbitMQ broker's namespace (ORION): its two operators and the cluster. */
export function expectedRabbitMqPolicies(env: EnvironmentModel): Map<string, ExpectedPolicy> {
  const r = env.rabbitmq!;
  const R = CHARTS.rabbitmq;
  const s = env.surroundings;
  const dns = peer.pods(FACTS.dns.namespace, FACTS.dns.pods);
  const api = conn(peer.cidr(s.controlPlaneCidr), FACTS.apiServerPort);
  const common = [conn(dns, FACTS.dns.port, 'UDP'), conn(dns, FACTS.dns.port, 'TCP'), api];
  const prometheus = peer.pods(s.monitoringNamespace, FACTS.prometheusPods);
  const nodes = peer.pods(r.namespace, R.nodePods(r.cluster));
  const clients = env.workloads.filter((w) => w.uses.rabbitmq);
  return new Map<string, ExpectedPolicy>([
    [
      `${r.namespace}/rabbitmq-cluster-operator`,
      {
        selects: R.clusterOperatorPods,
        ingress: [conn(prometheus, R.clusterOperatorMetrics)],
        egress: [...common, conn(nodes, R.managementTls)].sort(),
      },
    ],
    [
      `${r.namespace}/messaging-topology-operator`,
      {
        selects: R.topologyOperatorPods,
        ingress: [
          conn(peer.cidr(s.controlPlaneCidr), R.topologyWebhook),
          conn(prometheus, R.topologyOperatorMetrics),
        ].sort(),
        egress: [...common, conn(nodes, R.managementTls)].sort(),
      },
    ],
    [
      `${r.namespace}/${r.cluster}`,
      {
        selects: R.nodePods(r.cluster),
        ingress: [
          ...clients.map((c) => conn(peer.pods(c.namespace, { [FACTS.nameLabel]: c.name }), R.amqps)),
          conn(peer.pods(r.namespace, R.clusterOperatorPods), R.managementTls),
          conn(peer.pods(r.namespace, R.topologyOperatorPods), R.managementTls),
          anyPort(nodes),
          conn(prometheus, R.prometheusTls),
        ].sort(),
        egress: [...common, anyPort(nodes)].sort(),
      },
    ],
  ]);
}

/** The namespaces the shared components' policies live in: each holds exactly its expected policies. */
export const isolatedNamespacesOf = (expected: ReadonlyMap<string, ExpectedPolicy>): string[] =>
  [...new Set([...expected.keys()].map((id) => id.split('/')[0]!))].sort();
