/**
 * Oracle of the operator and shared-component Applications (charts/platform-operators.ts,
 * charts/gitops.ts): each one whole, from the description's input (the platform's and the environment's,
 * with the schema's documented defaults) and the rules of docs/design/gitops.md, written out here rather
 * than read from the code under test:
 * - where each is installed, from which pinned chart, in which sync wave ("-20 to -18 the operators
 *   (Istio base and CNI, then istiod, then the gateway)"; Alloy after Loki; Kiali after the platform's
 *   Application, whose ExternalSecret makes its signing key);
 * - "CRDs are never deleted by Argo CD": no cascading finalizer on a chart that installs CRDs, no
 *   automated pruning unless its values annotate them `Prune=false,Delete=false` (which charts install
 *   CRDs: `npm run check:operators` checks the same rule on what the real Helm renders);
 * - the values each claim of docs/design/gitops.md and docs/design/observability.md needs (registry-only
 *   mesh, native sidecars, CNI, JSON access logs, client addresses kept, Workload Identity, every monitor
 *   and rule picked up, Grafana reading its own namespace only, Loki single binary with tenants, two
 *   clustered Alloy agents, no Secrets read by kube-state-metrics). `npm run check:operators` checks the
 *   same claims on what the real Helm renders from these values.
 */
import type { EnvironmentInput, PlatformInput } from '../../lib/config/schema';

/** What one operator Application must be. */
export interface ExpectedRelease {
  readonly name: string;
  readonly namespace: string;
  /** Key of the chart in the environment's `operators`. */
  readonly chartKey: string;
  readonly wave: number;
  /** Whether its chart installs CRDs, and whether its values annotate them Prune=false,Delete=false. */
  readonly crds?: 'annotated' | 'unannotated';
  readonly values: Record<string, unknown>;
}

/** The wave of the first operators (docs/design/gitops.md: -20 to -18), and of the governing objects (-30). */
export const OPERATORS_WAVE = -20;
export const GITOPS_WAVE = -30;

/** Argo CD's retry of a failed sync: 5 times, from 10 s, doubling, up to 3 min apart. */
export const RETRY = { limit: 5, backoff: { duration: '10s', factor: 2, maxDuration: '3m' } };
export const CASCADE = 'resources-finalizer.argocd.argoproj.io';
export const IN_CLUSTER = 'https://kubernetes.default.svc';

const RUNTIME_DEFAULT = { type: 'RuntimeDefault' };

/**
 * kube-state-metrics' default collectors (its chart's `collectors`, 8.0.0) without `secrets`
 * (operators.test.ts compares this list with the pinned chart's values.yaml when ../shared is there).
 */
export const KSM_COLLECTORS = [
  'certificatesigningrequests',
  'configmaps',
  'cronjobs',
  'daemonsets',
  'deployments',
  'endpointslices',
  'horizontalpodautoscalers',
  'ingresses',
  'jobs',
  'leases',
  'limitranges',
  'mutatingwebhookconfigurations',
  'namespaces',
  'networkpolicies',
  'nodes',
  'persistentvolumeclaims',
  'persistentvolumes',
  'poddisruptionbudgets',
  'pods',
  'replicasets',
  'replicationcontrollers',
  'resourcequotas',
  'services',
  'statefulsets',
  'storageclasses',
  'validatingwebhookconfigurations',
  'volumeattachments',
];

/** Alloy's pipeline, line by line (Alloy's syntax; oracles/alloy-pipeline.test.ts parses it as Alloy does). */
function alloyPipeline(monitoring: string, tenant: string): string {
  const rule = (source: string, target: string) => [
    '  rule {',
    `    source_labels = ["${source}"]`,
    `    target_label  = "${target}"`,
    '  }',
  ];
  return [
    'discovery.kubernetes "pods" {',
    '  role = "pod"',
    '}',
    'discovery.relabel "pods" {',
    '  targets = discovery.kubernetes.pods.targets',
    ...rule('__meta_kubernetes_namespace', 'namespace'),
    ...rule('__meta_kubernetes_pod_name', 'pod'),
    ...rule('__meta_kubernetes_pod_container_name', 'container'),
    // The recommended labels every workload's pods carry (test/monitoring.test.ts), as Loki labels.
    ...rule('__meta_kubernetes_pod_label_app_kubernetes_io_name', 'app'),
    ...rule('__meta_kubernetes_pod_label_app_kubernetes_io_component', 'component'),
    ...rule('__meta_kubernetes_pod_label_app_kubernetes_io_version', 'version'),
    ...rule('__meta_kubernetes_pod_label_app_kubernetes_io_part_of', 'part_of'),
    '}',
    'loki.source.kubernetes "pods" {',
    '  targets    = discovery.relabel.pods.output',
    '  forward_to = [loki.process.json.receiver]',
    // The agents share the pods out: each pod's log read once.
    '  clustering {',
    '    enabled = true',
    '  }',
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
    `    url       = "http://loki-gateway.${monitoring}.svc.cluster.local/loki/api/v1/push"`,
    `    tenant_id = "${tenant}"`,
    '  }',
    '}',
    '',
  ].join('\n');
}

/** The releases of charts/platform-operators.ts an environment must have (not the backing services' operators). */
export function expectedReleases(platform: PlatformInput, env: EnvironmentInput): ExpectedRelease[] {
  const istio = platform.istioNamespace ?? 'istio-system';
  const monitoring = platform.monitoringNamespace ?? 'monitoring';
  const project = platform.gcpProject.replace('{env}', env.name);
  const workloadIdentity = (account: string) => ({
    serviceAccount: {
      annotations: { 'iam.gke.io/gcp-service-account': `${account}@${project}.iam.gserviceaccount.com` },
    },
  });
  const tracing = platform.tracing;
  const collector = tracing && `${tracing.collector.service}.${tracing.collector.namespace}.svc.cluster.local`;
  const lokiGateway = `http://loki-gateway.${monitoring}.svc.cluster.local`;
  const releases: ExpectedRelease[] = [
    {
      name: 'istio-base',
      namespace: istio,
      chartKey: 'istioBase',
      wave: OPERATORS_WAVE,
      crds: 'unannotated',
      values: { defaultRevision: 'default' },
    },
    {
      name: 'istio-cni',
      namespace: 'istio-cni',
      chartKey: 'istioCni',
      wave: OPERATORS_WAVE,
      values: { global: { platform: 'gke' }, cni: { cniBinDir: '/home/kubernetes/bin' } },
    },
    {
      name: 'istiod',
      namespace: istio,
      chartKey: 'istiod',
      wave: OPERATORS_WAVE + 1,
      values: {
        meshConfig: {
          trustDomain: platform.trustDomain ?? 'cluster.local',
          outboundTrafficPolicy: { mode: 'REGISTRY_ONLY' },
          accessLogFile: '/dev/stdout',
          accessLogEncoding: 'JSON',
          ...(tracing
            ? {
                extensionProviders: [
                  {
                    name: tracing.provider,
                    opentelemetry: { service: collector, port: tracing.collector.port ?? 4317 },
                  },
                ],
              }
            : {}),
        },
        pilot: { cni: { enabled: true }, env: { ENABLE_NATIVE_SIDECARS: 'true' } },
        seccompProfile: RUNTIME_DEFAULT,
        global: { proxy: { seccompProfile: RUNTIME_DEFAULT } },
      },
    },
    {
      name: platform.ingressGateway.name,
      namespace: platform.ingressGateway.namespace,
      chartKey: 'istioGateway',
      wave: OPERATORS_WAVE + 2,
      values: {
        labels: { istio: platform.ingressGateway.name },
        service: {
          type: 'LoadBalancer',
          externalTrafficPolicy: 'Local',
          ...(env.ingressAddress ? { loadBalancerIP: env.ingressAddress } : {}),
        },
        autoscaling: { minReplicas: 2 },
        securityContext: {
          seccompProfile: RUNTIME_DEFAULT,
          sysctls: [{ name: 'net.ipv4.ip_unprivileged_port_start', value: '0' }],
        },
      },
    },
    {
      name: 'cert-manager',
      namespace: 'cert-manager',
      chartKey: 'certManager',
      wave: OPERATORS_WAVE,
      crds: 'unannotated',
      values: {
        crds: { enabled: true, keep: true },
        global: { leaderElection: { namespace: 'cert-manager' } },
        ...workloadIdentity('cert-manager'),
      },
    },
    {
      name: 'external-secrets',
      namespace: 'external-secrets',
      chartKey: 'externalSecrets',
      wave: OPERATORS_WAVE,
      crds: 'annotated',
      values: {
        installCRDs: true,
        crds: { annotations: { 'argocd.argoproj.io/sync-options': 'Prune=false,Delete=false' } },
      },
    },
    {
      name: 'kube-prometheus-stack',
      namespace: monitoring,
      chartKey: 'kubePrometheusStack',
      wave: OPERATORS_WAVE,
      crds: 'unannotated',
      values: {
        prometheus: {
          prometheusSpec: {
            serviceMonitorSelectorNilUsesHelmValues: false,
            podMonitorSelectorNilUsesHelmValues: false,
            ruleSelectorNilUsesHelmValues: false,
          },
        },
        kubeControllerManager: { enabled: false },
        kubeScheduler: { enabled: false },
        kubeProxy: { enabled: false },
        kubeEtcd: { enabled: false },
        coreDns: { enabled: false },
        defaultRules: {
          rules: {
            etcd: false,
            kubeControllerManager: false,
            kubeSchedulerAlerting: false,
            kubeSchedulerRecording: false,
            kubeProxy: false,
          },
        },
        'kube-state-metrics': { collectors: KSM_COLLECTORS },
        grafana: {
          rbac: { namespaced: true, useExistingRole: 'grafana-configmap-reader' },
          sidecar: {
            dashboards: {
              enabled: true,
              label: 'grafana_dashboard',
              searchNamespace: monitoring,
              resource: 'configmap',
            },
            datasources: { resource: 'configmap' },
          },
          additionalDataSources: [
            {
              name: 'Loki',
              type: 'loki',
              url: lokiGateway,
              jsonData: { httpHeaderName1: 'X-Scope-OrgID' },
              secureJsonData: { httpHeaderValue1: platform.name },
            },
          ],
        },
        extraManifests: [
          {
            apiVersion: 'rbac.authorization.k8s.io/v1',
            kind: 'Role',
            metadata: { name: 'grafana-configmap-reader', namespace: monitoring },
            rules: [{ apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'list', 'watch'] }],
          },
        ],
      },
    },
    {
      name: 'loki',
      namespace: monitoring,
      chartKey: 'loki',
      wave: OPERATORS_WAVE,
      values: {
        deploymentMode: 'SingleBinary',
        loki: {
          auth_enabled: true,
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
            bucketNames: { chunks: `${project}-loki`, ruler: `${project}-loki`, admin: `${project}-loki` },
          },
        },
        singleBinary: { replicas: 1 },
        read: { replicas: 0 },
        write: { replicas: 0 },
        backend: { replicas: 0 },
        chunksCache: { allocatedMemory: 512 },
        lokiCanary: { enabled: false },
        test: { enabled: false },
        sidecar: { rules: { enabled: false } },
        ...workloadIdentity('loki'),
      },
    },
    {
      name: 'alloy',
      namespace: monitoring,
      chartKey: 'alloy',
      wave: OPERATORS_WAVE + 1,
      crds: 'unannotated',
      values: {
        controller: { type: 'deployment', replicas: 2 },
        rbac: { create: false },
        extraObjects: [
          {
            apiVersion: 'rbac.authorization.k8s.io/v1',
            kind: 'ClusterRole',
            metadata: { name: 'alloy-pod-logs' },
            rules: [{ apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get', 'list', 'watch'] }],
          },
          {
            apiVersion: 'rbac.authorization.k8s.io/v1',
            kind: 'ClusterRoleBinding',
            metadata: { name: 'alloy-pod-logs' },
            roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'alloy-pod-logs' },
            subjects: [{ kind: 'ServiceAccount', name: 'alloy', namespace: monitoring }],
          },
        ],
        alloy: { clustering: { enabled: true }, configMap: { content: alloyPipeline(monitoring, platform.name) } },
      },
    },
  ];
  const restricted = {
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: true,
    capabilities: { drop: ['ALL'] },
    seccompProfile: RUNTIME_DEFAULT,
  };
  if (env.operators.jaeger && tracing) {
    releases.push({
      name: tracing.collector.service,
      namespace: tracing.collector.namespace,
      chartKey: 'jaeger',
      wave: OPERATORS_WAVE,
      values: {
        fullnameOverride: tracing.collector.service,
        jaeger: {
          podSecurityContext: {
            runAsNonRoot: true,
            runAsUser: 10001,
            runAsGroup: 10001,
            fsGroup: 10001,
            seccompProfile: RUNTIME_DEFAULT,
          },
          securityContext: restricted,
          serviceAccount: { automountServiceAccountToken: false },
        },
      },
    });
  }
  if (env.operators.kiali) {
    releases.push({
      name: 'kiali',
      namespace: 'kiali',
      chartKey: 'kiali',
      // After the platform's Application (the one after every other operator).
      wave: NaN,
      values: {
        istio_namespace: istio,
        auth: { strategy: 'token' },
        login_token: { signing_key: 'secret:kiali-login-token:signing-key' },
        deployment: { network_policy: { enabled: false } },
        external_services: {
          istio: { root_namespace: istio },
          prometheus: { url: `http://kube-prometheus-stack-prometheus.${monitoring}.svc.cluster.local:9090` },
          grafana: { enabled: false },
          tracing: tracing
            ? { enabled: true, provider: 'jaeger', use_grpc: false, internal_url: `http://${collector}:16686` }
            : { enabled: false },
        },
      },
    });
  }
  return releases;
}
