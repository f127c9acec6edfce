/**
 * The operators and shared components Argo CD installs, with the Helm values this platform needs. Part
 * of the mapping from the model to construct props (charts/platform.ts).
 */
import type { EnvironmentModel } from '../lib/model';
import type { HelmRelease } from './gitops';
import { SYNC_WAVE } from './sync-waves';

const RUNTIME_DEFAULT = { type: 'RuntimeDefault' };

/**
 * The Loki labels of every log line, from the pod labels every workload carries (test/monitoring.test.ts
 * checks that every pod has them): `pod label -> Loki label`.
 */
export const LOG_LABELS: Readonly<Record<string, string>> = {
  'app.kubernetes.io/name': 'app',
  'app.kubernetes.io/component': 'component',
  'app.kubernetes.io/version': 'version',
  'app.kubernetes.io/part-of': 'part_of',
};

/**
 * The log agent's pipeline (Grafana Alloy): every pod's logs, read through the Kubernetes API (no host
 * path), labelled with namespace, pod, container and `LOG_LABELS`, JSON lines' `level` as a label, to Loki.
 */
function alloyConfig(lokiPushUrl: string): string {
  const meta = (label: string) => `__meta_kubernetes_pod_label_${label.replace(/[^A-Za-z0-9]/g, '_')}`;
  const rule = (source: string, target: string) =>
    `  rule {\n    source_labels = ["${source}"]\n    target_label  = "${target}"\n  }`;
  return [
    'discovery.kubernetes "pods" {',
    '  role = "pod"',
    '}',
    'discovery.relabel "pods" {',
    '  targets = discovery.kubernetes.pods.targets',
    rule('__meta_kubernetes_namespace', 'namespace'),
    rule('__meta_kubernetes_pod_name', 'pod'),
    rule('__meta_kubernetes_pod_container_name', 'container'),
    ...Object.entries(LOG_LABELS).map(([podLabel, lokiLabel]) => rule(meta(podLabel), lokiLabel)),
    '}',
    'loki.source.kubernetes "pods" {',
    '  targets    = discovery.relabel.pods.output',
    '  forward_to = [loki.process.json.receiver]',
    '}',
    'loki.process "json" {',
    '  stage.json {',
    '    expressions = { level = "level" }',
    '  }',
    '  stage.labels {',
    '    values = { level = "" }',
    '  }',
    '  forward_to = [loki.write.default.receiver]',
    '}',
    'loki.write "default" {',
    '  endpoint {',
    `    url = "${lokiPushUrl}"`,
    '  }',
    '}',
    '',
  ].join('\n');
}

/**
 * The operators and shared components, as Helm releases with the values this platform needs: Istio with
 * native sidecars and a registry-only mesh, the ingress gateway keeping client addresses (for the source
 * allow-list), cert-manager and Loki with Workload Identity, Prometheus picking up every ServiceMonitor
 * and rule, Grafana every dashboard ConfigMap.
 */
export function operatorReleases(env: EnvironmentModel): HelmRelease[] {
  const s = env.surroundings;
  const charts = env.gitops.operators;
  const gsa = (name: string) => `${name}@${env.gcpProject}.iam.gserviceaccount.com`;
  const wi = (name: string) => ({ serviceAccount: { annotations: { 'iam.gke.io/gcp-service-account': gsa(name) } } });
  const first = SYNC_WAVE.operators;
  return [
    {
      name: 'istio-base',
      namespace: s.istioNamespace,
      chart: charts.istioBase,
      wave: first,
      values: { defaultRevision: 'default' },
    },
    {
      name: 'istiod',
      namespace: s.istioNamespace,
      chart: charts.istiod,
      wave: first + 1,
      values: {
        meshConfig: {
          trustDomain: env.mesh.trustDomain,
          outboundTrafficPolicy: { mode: 'REGISTRY_ONLY' },
          accessLogFile: '/dev/stdout',
          accessLogEncoding: 'JSON',
        },
        // seccomp RuntimeDefault: with it istiod's pod meets the restricted Pod Security Standard.
        pilot: { env: { ENABLE_NATIVE_SIDECARS: 'true' }, seccompProfile: RUNTIME_DEFAULT },
      },
    },
    {
      name: s.ingressGateway.name,
      namespace: s.ingressGateway.namespace,
      chart: charts.istioGateway,
      wave: first + 2,
      values: {
        labels: { istio: s.ingressGateway.name },
        // The environment's reserved static address: the chart sets it as the Service's loadBalancerIP,
        // which GKE's load balancer controller honours for a reserved regional address.
        service: {
          type: 'LoadBalancer',
          externalTrafficPolicy: 'Local',
          ...(env.cluster.ingressAddress ? { loadBalancerIP: env.cluster.ingressAddress } : {}),
        },
        autoscaling: { minReplicas: 2 },
        // The chart's default pod security context (the sysctl that lets a non-root proxy bind 80 and
        // 443) plus seccomp RuntimeDefault, which the restricted Pod Security Standard requires.
        securityContext: {
          seccompProfile: RUNTIME_DEFAULT,
          sysctls: [{ name: 'net.ipv4.ip_unprivileged_port_start', value: '0' }],
        },
      },
    },
    {
      name: 'cert-manager',
      namespace: 'cert-manager',
      chart: charts.certManager,
      wave: first,
      values: { crds: { enabled: true }, ...wi('cert-manager') },
    },
    {
      name: 'external-secrets',
      namespace: 'external-secrets',
      chart: charts.externalSecrets,
      wave: first,
      values: { installCRDs: true },
    },
    {
      name: 'strimzi-kafka-operator',
      namespace: s.kafka.namespace,
      chart: charts.strimzi,
      wave: first,
      // Its own namespace only: the Kafka cluster, its topics and users (and the users' Secrets) live there.
      // No NetworkPolicies of its own: Strimzi's open the brokers' metrics port to every pod; the
      // platform's (network.yaml) admit the clients to the listener and Prometheus alone to the metrics.
      values: { watchNamespaces: [], generateNetworkPolicy: false },
    },
    {
      name: 'psmdb-operator',
      namespace: s.mongodb.namespace,
      chart: charts.psmdbOperator,
      wave: first,
      // The chart sets no security context: the restricted Pod Security Standard, as the chart's own
      // commented example suggests (the image's user 2); a read-only root (the chart then mounts /tmp).
      values: {
        podSecurityContext: { runAsNonRoot: true, runAsUser: 2, runAsGroup: 2, seccompProfile: RUNTIME_DEFAULT },
        securityContext: {
          allowPrivilegeEscalation: false,
          capabilities: { drop: ['ALL'] },
          readOnlyRootFilesystem: true,
        },
      },
    },
    {
      name: 'kube-prometheus-stack',
      namespace: s.monitoringNamespace,
      chart: charts.kubePrometheusStack,
      wave: first,
      values: {
        prometheus: {
          prometheusSpec: {
            serviceMonitorSelectorNilUsesHelmValues: false,
            podMonitorSelectorNilUsesHelmValues: false,
            ruleSelectorNilUsesHelmValues: false,
          },
        },
        grafana: { sidecar: { dashboards: { enabled: true, label: 'grafana_dashboard', searchNamespace: 'ALL' } } },
      },
    },
    {
      name: 'loki',
      namespace: s.monitoringNamespace,
      chart: charts.loki,
      wave: first,
      values: {
        deploymentMode: 'SingleBinary',
        loki: {
          auth_enabled: false,
          commonConfig: { replication_factor: 1 },
          schemaConfig: {
            configs: [
              {
                from: '2024-01-01',
                store: 'tsdb',
                object_store: 'gcs',
                schema: 'v13',
                index: { prefix: 'index_', period: '24h' },
              },
            ],
          },
          storage: {
            type: 'gcs',
            bucketNames: {
              chunks: `${env.gcpProject}-loki`,
              ruler: `${env.gcpProject}-loki`,
              admin: `${env.gcpProject}-loki`,
            },
          },
        },
        singleBinary: { replicas: 1 },
        ...wi('loki'),
      },
    },
    {
      name: 'alloy',
      namespace: s.monitoringNamespace,
      chart: charts.alloy,
      wave: first + 1,
      values: {
        alloy: {
          configMap: {
            content: alloyConfig(`http://loki-gateway.${s.monitoringNamespace}.svc.cluster.local/loki/api/v1/push`),
          },
        },
      },
    },
  ];
}
