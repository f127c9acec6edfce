/**
 * The network isolation of the shared components' namespaces, from the environment: which pods of each
 * (as the pinned charts and operators label them) may reach what. Part of the mapping from the model to
 * construct props (charts/platform.ts).
 */
import type { EnvironmentModel } from '../lib/model';
import { BACKING } from './backing';
import type { IsolatedNamespace } from './namespace-isolation';
import type { NetworkRule } from './network-policy';
import { ISTIO_CNI_NAMESPACE } from './platform-operators';
import {
  DNS,
  ISTIO_METRICS_PORT,
  ISTIOD_XDS_PORT,
  metadataServerRules,
  podsOf,
  prometheusPods,
  tracingEgress,
  tracingPods,
} from './platform-network';
import { JAEGER_QUERY_PORT, KIALI_NAMESPACE } from './platform-operators';

/**
 * The ports Prometheus scrapes in the cluster's pods: Istio's merged metrics (sidecars, the ingress
 * gateway) and istiod's; Strimzi's (brokers, Kafka exporter); the MongoDB exporter; the operators' and
 * kube-state-metrics' 8080, cert-manager's 9402; the monitoring stack's own (Prometheus, Alertmanager,
 * Grafana, the prometheus-operator, Loki and its caches and canary, Alloy).
 */
const SCRAPED_PORTS = [
  ISTIO_METRICS_PORT,
  15014,
  9404,
  9216,
  8080,
  9402,
  9090,
  9093,
  3000,
  10250,
  3100,
  9150,
  3500,
  12345,
];
/** The kubelets (and cAdvisor) and the node exporters, on the nodes. */
const NODE_SCRAPED_PORTS = [10250, 9100];

/**
 * Deny-all and explicit rules in the namespaces of the shared components that run pods beside the
 * workloads: istiod, the ingress gateway, cert-manager, External Secrets, the backing services' (Kafka's
 * cluster operator and cluster, MongoDB's operator) and monitoring. Pod labels are those the pinned charts and operators set (rendered with Helm 4.1.4).
 * Metrics ports admit the Prometheus pods only.
 */
export function isolatedNamespaces(env: EnvironmentModel): IsolatedNamespace[] {
  const s = env.surroundings;
  const prometheus = prometheusPods(env);
  const api: NetworkRule = { peer: { cidr: s.controlPlaneCidr }, ports: [{ port: 443 }] };
  const scrapedBy = (...ports: number[]): NetworkRule => ({ peer: prometheus, ports: ports.map((port) => ({ port })) });
  const istiod: NetworkRule = {
    peer: { namespace: s.istioNamespace, podLabels: { app: 'istiod' } },
    ports: [{ port: ISTIOD_XDS_PORT }],
  };
  const gateways = env.workloads.filter((w) => w.hosts.length > 0);
  const clients = env.ingressAllowList.length > 0 ? env.ingressAllowList : ['0.0.0.0/0'];
  const ingress: IsolatedNamespace = {
    namespace: s.ingressGateway.namespace,
    components: [
      {
        name: s.ingressGateway.name,
        podSelector: { istio: s.ingressGateway.name },
        // HTTP (redirect) and HTTPS from the clients (their addresses kept: externalTrafficPolicy Local).
        ingress: [
          ...clients.map((cidr) => ({ peer: { cidr }, ports: [{ port: 80 }, { port: 443 }] })),
          scrapedBy(ISTIO_METRICS_PORT),
        ],
        egress: [
          DNS,
          istiod,
          ...gateways.map((w) => ({ peer: podsOf(w), ports: [{ port: w.port }] })),
          ...tracingEgress(env),
        ],
      },
    ],
  };
  const monitoring: IsolatedNamespace = {
    namespace: s.monitoringNamespace,
    components: [
      {
        name: 'prometheus',
        podSelector: prometheus.podLabels,
        ingress: [
          scrapedBy(9090, 8080),
          {
            peer: { namespace: s.monitoringNamespace, podLabels: { 'app.kubernetes.io/name': 'grafana' } },
            ports: [{ port: 9090 }],
          },
          ...kialiReads(env, 9090),
        ],
        egress: [
          DNS,
          api,
          {
            peer: { namespace: '*' },
            // Each port once: a backing service's may be one of the list's (RabbitMQ's topology operator's 8080).
            ports: [...new Set([...SCRAPED_PORTS, ...BACKING.flatMap((b) => b.charts?.scrapedPorts?.(env) ?? [])])].map(
              (port) => ({ port }),
            ),
          },
          { peer: { cidr: s.nodesCidr }, ports: NODE_SCRAPED_PORTS.map((port) => ({ port })) },
        ],
      },
      {
        name: 'alertmanager',
        podSelector: { 'app.kubernetes.io/name': 'alertmanager' },
        // Alerts from Prometheus, and its metrics; no receiver is configured, so nothing goes out.
        ingress: [scrapedBy(9093, 8080)],
        egress: [DNS],
      },
      {
        name: 'grafana',
        podSelector: { 'app.kubernetes.io/name': 'grafana' },
        ingress: [scrapedBy(3000)],
        // Queries to Prometheus and Loki; its dashboard sidecar watches ConfigMaps through the API.
        egress: [
          DNS,
          api,
          { peer: prometheus, ports: [{ port: 9090 }] },
          {
            peer: { namespace: s.monitoringNamespace, podLabels: { 'app.kubernetes.io/name': 'loki' } },
            ports: [{ port: 8080 }, { port: 3100 }],
          },
        ],
      },
      {
        name: 'kube-state-metrics',
        podSelector: { 'app.kubernetes.io/name': 'kube-state-metrics' },
        ingress: [scrapedBy(8080, 8081)],
        egress: [DNS, api],
      },
      {
        name: 'prometheus-operator',
        podSelector: { app: 'kube-prometheus-stack-operator' },
        // Its admission webhook (PrometheusRules) is called by the API server.
        ingress: [scrapedBy(10250), { peer: { cidr: s.controlPlaneCidr }, ports: [{ port: 10250 }] }],
        egress: [DNS, api],
      },
      {
        name: 'prometheus-admission',
        podSelector: { 'app.kubernetes.io/component': 'prometheus-operator-webhook' },
        ingress: [],
        egress: [DNS, api],
      },
      {
        name: 'loki',
        podSelector: { 'app.kubernetes.io/name': 'loki' },
        // Its parts among themselves; logs from Alloy and queries from Grafana through its gateway.
        ingress: [
          { peer: { namespace: s.monitoringNamespace, podLabels: { 'app.kubernetes.io/name': 'loki' } }, ports: [] },
          {
            peer: { namespace: s.monitoringNamespace, podLabels: { 'app.kubernetes.io/name': 'alloy' } },
            ports: [{ port: 8080 }],
          },
          {
            peer: { namespace: s.monitoringNamespace, podLabels: { 'app.kubernetes.io/name': 'grafana' } },
            ports: [{ port: 8080 }, { port: 3100 }],
          },
          scrapedBy(3100, 8080, 9150, 3500),
        ],
        // Its chunks in GCS, as its own GCP service account (Workload Identity).
        egress: [
          DNS,
          { peer: { namespace: s.monitoringNamespace, podLabels: { 'app.kubernetes.io/name': 'loki' } }, ports: [] },
          ...metadataServerRules(env.cluster.dataplaneV2),
          { peer: { cidr: s.googleApisCidr }, ports: [{ port: 443 }] },
        ],
      },
      {
        name: 'alloy',
        podSelector: { 'app.kubernetes.io/name': 'alloy' },
        ingress: [
          scrapedBy(12345),
          {
            peer: { namespace: s.monitoringNamespace, podLabels: { 'app.kubernetes.io/name': 'alloy' } },
            ports: [{ port: 12345 }],
          },
        ],
        // Every pod's logs through the API, to Loki's gateway; its peers, when clustered.
        egress: [
          DNS,
          api,
          {
            peer: { namespace: s.monitoringNamespace, podLabels: { 'app.kubernetes.io/name': 'loki' } },
            ports: [{ port: 8080 }],
          },
          {
            peer: { namespace: s.monitoringNamespace, podLabels: { 'app.kubernetes.io/name': 'alloy' } },
            ports: [{ port: 12345 }],
          },
        ],
      },
    ],
  };
  const everyPod = { namespace: '*' };
  const webhook = (port: number): NetworkRule => ({ peer: { cidr: s.controlPlaneCidr }, ports: [{ port }] });
  const istio: IsolatedNamespace = {
    namespace: s.istioNamespace,
    components: [
      {
        name: 'istiod',
        podSelector: { app: 'istiod' },
        // Every sidecar and gateway (xDS and certificates); the API server (injection and validation
        // webhooks); Prometheus.
        ingress: [
          { peer: everyPod, ports: [{ port: ISTIOD_XDS_PORT }] },
          webhook(15017),
          scrapedBy(15014),
          ...kialiReads(env, 15014),
        ],
        egress: [DNS, api],
      },
    ],
  };
  const withName = (name: string) => ({ 'app.kubernetes.io/name': name });
  const certManager: IsolatedNamespace = {
    namespace: 'cert-manager',
    components: [
      {
        name: 'cert-manager',
        podSelector: withName('cert-manager'),
        ingress: [scrapedBy(9402)],
        // The API; Let's Encrypt (ACME on 443) and the zone's name servers (the DNS-01 self-check), on the
        // internet; Cloud DNS (Google APIs) as its own GCP service account.
        egress: [
          DNS,
          api,
          { peer: { cidr: '0.0.0.0/0' }, ports: [{ port: 443 }, { port: 53, protocol: 'UDP' }, { port: 53 }] },
          ...metadataServerRules(env.cluster.dataplaneV2),
        ],
      },
      { name: 'webhook', podSelector: withName('webhook'), ingress: [webhook(10250)], egress: [DNS, api] },
      { name: 'cainjector', podSelector: withName('cainjector'), ingress: [], egress: [DNS, api] },
      { name: 'startupapicheck', podSelector: withName('startupapicheck'), ingress: [], egress: [DNS, api] },
    ],
  };
  const externalSecrets: IsolatedNamespace = {
    namespace: 'external-secrets',
    components: [
      {
        name: 'external-secrets',
        podSelector: withName('external-secrets'),
        ingress: [scrapedBy(8080)],
        // The API (its Kubernetes provider too); Secret Manager (Google APIs) with Workload Identity.
        egress: [
          DNS,
          api,
          ...metadataServerRules(env.cluster.dataplaneV2),
          { peer: { cidr: s.googleApisCidr }, ports: [{ port: 443 }] },
        ],
      },
      {
        name: 'external-secrets-webhook',
        podSelector: withName('external-secrets-webhook'),
        ingress: [webhook(10250), scrapedBy(8080)],
        egress: [DNS, api],
      },
      {
        name: 'external-secrets-cert-controller',
        podSelector: withName('external-secrets-cert-controller'),
        ingress: [scrapedBy(8080)],
        egress: [DNS, api],
      },
    ],
  };
  // The CNI node agent runs on the host network, where NetworkPolicies do not apply; the deny-all keeps
  // anything else started there isolated.
  const istioCni: IsolatedNamespace = { namespace: ISTIO_CNI_NAMESPACE, components: [] };
  // The backing services' operators and clusters (charts/backing/<kind>/), monitoring, then tracing.
  const backing = BACKING.flatMap((b) => b.charts?.isolation?.(env) ?? []);
  return [istio, istioCni, ingress, certManager, externalSecrets, ...backing, monitoring, ...tracingNamespaces(env)];
}

/** Kiali's queries to a port, when it is installed. */
const kialiReads = (env: EnvironmentModel, port: number): NetworkRule[] =>
  env.gitops.operators.kiali
    ? [{ peer: { namespace: KIALI_NAMESPACE, podLabels: { 'app.kubernetes.io/name': 'kiali' } }, ports: [{ port }] }]
    : [];

/**
 * The tracing backend's namespace, when Jaeger is installed: spans from every proxy (the workloads' and
 * the ingress gateway's) to the collector, queries from Kiali; and Kiali's, when it is installed: it
 * reads the API, Prometheus, istiod and Jaeger.
 */
function tracingNamespaces(env: EnvironmentModel): IsolatedNamespace[] {
  const s = env.surroundings;
  const t = env.tracing;
  const operators = env.gitops.operators;
  const api: NetworkRule = { peer: { cidr: s.controlPlaneCidr }, ports: [{ port: 443 }] };
  const kialiPods = { namespace: KIALI_NAMESPACE, podLabels: { 'app.kubernetes.io/name': 'kiali' } };
  const jaeger: IsolatedNamespace[] =
    t && operators.jaeger
      ? [
          {
            namespace: t.namespace,
            components: [
              {
                name: t.service,
                podSelector: tracingPods(env),
                ingress: [
                  ...[...env.namespaces, s.ingressGateway.namespace].map((namespace) => ({
                    peer: { namespace },
                    ports: [{ port: t.port }],
                  })),
                  ...(operators.kiali ? [{ peer: kialiPods, ports: [{ port: JAEGER_QUERY_PORT }] }] : []),
                  { peer: prometheusPods(env), ports: [{ port: 8888 }] },
                ],
                egress: [DNS],
              },
            ],
          },
        ]
      : [];
  const kiali: IsolatedNamespace[] = operators.kiali
    ? [
        {
          namespace: KIALI_NAMESPACE,
          components: [
            {
              name: 'kiali',
              podSelector: kialiPods.podLabels,
              // Its UI through `kubectl port-forward` only; its metrics.
              ingress: [{ peer: prometheusPods(env), ports: [{ port: 9090 }] }],
              egress: [
                DNS,
                api,
                { peer: prometheusPods(env), ports: [{ port: 9090 }] },
                { peer: { namespace: s.istioNamespace, podLabels: { app: 'istiod' } }, ports: [{ port: 15014 }] },
                ...(t && operators.jaeger
                  ? [
                      {
                        peer: { namespace: t.namespace, podLabels: tracingPods(env) },
                        ports: [{ port: JAEGER_QUERY_PORT }],
                      },
                    ]
                  : []),
              ],
            },
          ],
        },
      ]
    : [];
  return [...jaeger, ...kiali];
}
