/**
 * The operators and shared components Argo CD installs, with the Helm values this platform needs. Part
 * of the mapping from the model to construct props (charts/platform.ts).
 */
import { secretStoreAccountId, serviceAccountEmail } from '../lib/config/common';
import type { EnvironmentModel, TracingModel } from '../lib/model';
import { BACKING } from './backing';
import { RUNTIME_DEFAULT } from './operator-pods';
import type { HelmRelease } from './gitops';
import type { SharedSecretSpec, SharedStoreSpec } from './secret-stores';
import { SYNC_WAVE } from './sync-waves';

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

/** The Loki tenant every log line belongs to (Loki requires one: `auth_enabled`). */
export const lokiTenant = (env: EnvironmentModel) => env.platform;

/**
 * The log agent's pipeline (Grafana Alloy): every pod's logs, read through the Kubernetes API (no host
 * path), labelled with namespace, pod, container and `LOG_LABELS`, JSON lines' `level` as a label, to
 * Loki as the platform's tenant. The agents form a cluster and share the pods out, so each pod's log is
 * read once however many agents run.
 */
function alloyConfig(lokiPushUrl: string, tenant: string): string {
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
    `    url       = "${lokiPushUrl}"`,
    `    tenant_id = "${tenant}"`,
    '  }',
    '}',
    '',
  ].join('\n');
}

/** Argo CD's health of an Application (off by default since Argo CD 1.8), from the Argo CD docs. */
const APPLICATION_HEALTH = `hs = {}
hs.status = "Progressing"
hs.message = ""
if obj.status ~= nil then
  if obj.status.health ~= nil then
    hs.status = obj.status.health.status
    if obj.status.health.message ~= nil then
      hs.message = obj.status.health.message
    end
  end
end
return hs
`;

/** The Argo CD release this platform runs (the chart's own appVersion is v3.4.4). */
export const ARGO_CD_VERSION = 'v3.5.1';

/** Annotations that keep a CRD when its chart stops rendering it or its Application is deleted. */
const KEEP_CRD = { 'argocd.argoproj.io/sync-options': 'Prune=false,Delete=false' };

/**
 * Argo CD itself, from Git: its chart at the release this platform runs, with the health check of
 * Applications that lets the app-of-apps wait for each operator (its sync waves).
 */
export function argoCdRelease(env: EnvironmentModel): HelmRelease {
  return {
    name: 'argocd',
    namespace: env.gitops.namespace,
    chart: env.gitops.operators.argoCd,
    wave: SYNC_WAVE.gitops,
    crds: 'annotated',
    values: {
      global: { image: { tag: ARGO_CD_VERSION } },
      crds: {
        keep: true,
        annotations: {
          'argocd.argoproj.io/sync-options': `ServerSideApply=true,${KEEP_CRD['argocd.argoproj.io/sync-options']}`,
        },
      },
      configs: { cm: { 'resource.customizations.health.argoproj.io_Application': APPLICATION_HEALTH } },
      // No single sign-on is configured: no Dex.
      dex: { enabled: false },
    },
  };
}

/** The Istio CNI node agent's namespace (privileged: a host-network DaemonSet with host paths). */
export const ISTIO_CNI_NAMESPACE = 'istio-cni';

/**
 * The operators and shared components, as Helm releases with the values this platform needs: Istio with
 * the CNI node agent, native sidecars and a registry-only mesh, the ingress gateway keeping client
 * addresses (for the source allow-list), cert-manager and Loki with Workload Identity, Prometheus picking
 * up every ServiceMonitor, PodMonitor and rule, Grafana the dashboards of its own namespace only.
 * `npm run check:operators` renders each with the real Helm and checks these claims.
 */
export function operatorReleases(env: EnvironmentModel): HelmRelease[] {
  const s = env.surroundings;
  const charts = env.gitops.operators;
  const gsa = (name: string) => `${name}@${env.gcpProject}.iam.gserviceaccount.com`;
  const wi = (name: string) => ({ serviceAccount: { annotations: { 'iam.gke.io/gcp-service-account': gsa(name) } } });
  const first = SYNC_WAVE.operators;
  const monitoring = s.monitoringNamespace;
  const lokiGateway = `http://loki-gateway.${monitoring}.svc.cluster.local`;
  return [
    {
      name: 'istio-base',
      namespace: s.istioNamespace,
      chart: charts.istioBase,
      wave: first,
      crds: 'unannotated',
      values: { defaultRevision: 'default' },
    },
    {
      // The CNI node agent sets up each pod's traffic redirection, so pods need no privileged istio-init.
      // In a namespace of its own: the privileged level it needs stays out of istiod's (restricted).
      name: 'istio-cni',
      namespace: ISTIO_CNI_NAMESPACE,
      chart: charts.istioCni,
      wave: first,
      values: {
        // Argo CD passes Helm the cluster version without its "-gke" suffix, so the chart's own
        // detection of GKE's CNI folder cannot work: name it.
        global: { platform: 'gke' },
        cni: { cniBinDir: '/home/kubernetes/bin' },
      },
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
          // The tracing backend the proxies send spans to (OTLP over gRPC), used by the Telemetry of tracing.yaml.
          ...(env.tracing
            ? {
                extensionProviders: [
                  {
                    name: env.tracing.provider,
                    opentelemetry: { service: tracingService(env.tracing), port: env.tracing.port },
                  },
                ],
              }
            : {}),
        },
        pilot: { cni: { enabled: true }, env: { ENABLE_NATIVE_SIDECARS: 'true' } },
        // istiod's container and every injected proxy under the runtime's default seccomp profile.
        seccompProfile: RUNTIME_DEFAULT,
        global: { proxy: { seccompProfile: RUNTIME_DEFAULT } },
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
      crds: 'unannotated',
      values: {
        crds: { enabled: true, keep: true },
        // Leader election in its own namespace (the chart's default is kube-system).
        global: { leaderElection: { namespace: 'cert-manager' } },
        ...wi('cert-manager'),
      },
    },
    {
      name: 'external-secrets',
      namespace: 'external-secrets',
      chart: charts.externalSecrets,
      wave: first,
      crds: 'annotated',
      values: { installCRDs: true, crds: { annotations: KEEP_CRD } },
    },
    // The backing services' operators (charts/backing/<kind>/).
    ...BACKING.flatMap((backing) => backing.charts?.operators?.(env, first) ?? []),
    {
      name: 'kube-prometheus-stack',
      namespace: monitoring,
      chart: charts.kubePrometheusStack,
      wave: first,
      crds: 'unannotated',
      values: {
        prometheus: {
          prometheusSpec: {
            serviceMonitorSelectorNilUsesHelmValues: false,
            podMonitorSelectorNilUsesHelmValues: false,
            ruleSelectorNilUsesHelmValues: false,
          },
        },
        // GKE runs the control plane: its components cannot be scraped (and would alert as down), and
        // their Services would go to kube-system.
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
        // No metrics of Secrets, so kube-state-metrics needs no right to read them.
        'kube-state-metrics': {
          collectors: KUBE_STATE_METRICS_COLLECTORS,
        },
        grafana: {
          // The dashboards' namespace only, ConfigMaps only, with a Role there that reads ConfigMaps only.
          rbac: { namespaced: true, useExistingRole: GRAFANA_ROLE },
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
              secureJsonData: { httpHeaderValue1: lokiTenant(env) },
            },
          ],
        },
        extraManifests: [
          {
            apiVersion: 'rbac.authorization.k8s.io/v1',
            kind: 'Role',
            metadata: { name: GRAFANA_ROLE, namespace: monitoring },
            rules: [{ apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'list', 'watch'] }],
          },
        ],
      },
    },
    {
      name: 'loki',
      namespace: monitoring,
      chart: charts.loki,
      wave: first,
      values: {
        deploymentMode: 'SingleBinary',
        loki: {
          // Every request names its tenant (X-Scope-OrgID): Alloy writes as the platform's.
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
            bucketNames: {
              chunks: `${env.gcpProject}-loki`,
              ruler: `${env.gcpProject}-loki`,
              admin: `${env.gcpProject}-loki`,
            },
          },
        },
        // One single binary and none of the simple scalable targets (the chart's single-binary example).
        singleBinary: { replicas: 1 },
        read: { replicas: 0 },
        write: { replicas: 0 },
        backend: { replicas: 0 },
        // The chart's default chunks cache asks for about 9.8 GiB of memory.
        chunksCache: { allocatedMemory: LOKI_CHUNKS_CACHE_MIB },
        // The canary and the Helm test write and read as no tenant.
        lokiCanary: { enabled: false },
        test: { enabled: false },
        // No rules from ConfigMaps and Secrets of every namespace: no right to read them.
        sidecar: { rules: { enabled: false } },
        ...wi('loki'),
      },
    },
    {
      name: 'alloy',
      namespace: monitoring,
      chart: charts.alloy,
      wave: first + 1,
      crds: 'unannotated',
      values: {
        // Two agents sharing the pods out (clustering): reading through the API needs no agent per node.
        controller: { type: 'deployment', replicas: 2 },
        // The chart's ClusterRole reads every Secret (for components this pipeline does not use): this
        // one reads pods and their logs only.
        rbac: { create: false },
        extraObjects: [
          {
            apiVersion: 'rbac.authorization.k8s.io/v1',
            kind: 'ClusterRole',
            metadata: { name: ALLOY_ROLE },
            rules: [{ apiGroups: [''], resources: ['pods', 'pods/log'], verbs: ['get', 'list', 'watch'] }],
          },
          {
            apiVersion: 'rbac.authorization.k8s.io/v1',
            kind: 'ClusterRoleBinding',
            metadata: { name: ALLOY_ROLE },
            roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: ALLOY_ROLE },
            subjects: [{ kind: 'ServiceAccount', name: 'alloy', namespace: monitoring }],
          },
        ],
        alloy: {
          clustering: { enabled: true },
          configMap: { content: alloyConfig(`${lokiGateway}/loki/api/v1/push`, lokiTenant(env)) },
        },
      },
    },
    ...tracingReleases(env),
  ];
}

/** The fully qualified name of the tracing collector's Service. */
export const tracingService = (t: TracingModel) => `${t.service}.${t.namespace}.svc.cluster.local`;

/** Namespace of Kiali. */
export const KIALI_NAMESPACE = 'kiali';

/**
 * Kiali's login token signing key, from Secret Manager: the chart would otherwise generate one at every
 * render (`randAlphaNum 32` in its ConfigMap, and so a new `checksum/config` on its pods), so that each
 * time Argo CD renders it anew the key changes, Kiali restarts and every session ends. The chart mounts a
 * Secret named as `secret:<name>:<key>` and Kiali reads the key from it. The key: 16, 24 or 32 characters.
 */
export const KIALI_SIGNING_KEY = {
  /** The Secret (and its ExternalSecret) in Kiali's namespace, and its key. */
  secret: 'kiali-login-token',
  key: 'signing-key',
  /** The Secret Manager key. */
  remoteKey: 'kiali-login-token-signing-key',
  /** The store that reads it, and the ServiceAccount it reads as. */
  store: 'gcp-secret-manager',
} as const;

/** Kiali's Secret Manager store and the Secret of its signing key, where Kiali is installed. */
export function kialiSecrets(env: EnvironmentModel): { stores: SharedStoreSpec[]; secrets: SharedSecretSpec[] } {
  if (!env.gitops.operators.kiali) return { stores: [], secrets: [] };
  const { secret, key, remoteKey, store } = KIALI_SIGNING_KEY;
  return {
    stores: [
      {
        name: store,
        namespace: KIALI_NAMESPACE,
        serviceAccount: store,
        gcpServiceAccount: serviceAccountEmail(env.gcpProject, secretStoreAccountId(KIALI_NAMESPACE)),
      },
    ],
    secrets: [{ name: secret, namespace: KIALI_NAMESPACE, store, entries: [{ key, remoteKey }] }],
  };
}

/** Jaeger's query service (its UI and API), on the collector's Service. */
export const JAEGER_QUERY_PORT = 16686;

/**
 * Jaeger, as the tracing collector (its Service and namespace are the description's collector), and
 * Kiali, where the environment names their charts. Jaeger runs its all-in-one binary with in-memory
 * storage (the chart's default): spans are kept until it restarts. Kiali reads Prometheus, istiod and
 * Jaeger; both run under the restricted Pod Security Standard.
 */
function tracingReleases(env: EnvironmentModel): HelmRelease[] {
  const charts = env.gitops.operators;
  const s = env.surroundings;
  const restricted = {
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: true,
    capabilities: { drop: ['ALL'] },
    seccompProfile: RUNTIME_DEFAULT,
  };
  const jaeger: HelmRelease[] =
    charts.jaeger && env.tracing
      ? [
          {
            name: env.tracing.service,
            namespace: env.tracing.namespace,
            chart: charts.jaeger,
            wave: SYNC_WAVE.operators,
            values: {
              // The Service and Deployment are named after the release: the collector's Service.
              fullnameOverride: env.tracing.service,
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
          },
        ]
      : [];
  const kiali: HelmRelease[] = charts.kiali
    ? [
        {
          name: 'kiali',
          namespace: KIALI_NAMESPACE,
          chart: charts.kiali,
          // After the platform's Application, which holds the ExternalSecret of its signing key: its pod mounts
          // that Secret, so before it the pod could not start, this Application would never be healthy and the
          // bootstrap sync would wait for it forever. The platform needs nothing of Kiali.
          wave: 'afterPlatform',
          values: {
            istio_namespace: s.istioNamespace,
            auth: { strategy: 'token' },
            login_token: { signing_key: `secret:${KIALI_SIGNING_KEY.secret}:${KIALI_SIGNING_KEY.key}` },
            // The platform's NetworkPolicies admit Prometheus alone; the chart's admits its ports from anywhere.
            deployment: { network_policy: { enabled: false } },
            external_services: {
              istio: { root_namespace: s.istioNamespace },
              prometheus: {
                url: `http://kube-prometheus-stack-prometheus.${s.monitoringNamespace}.svc.cluster.local:9090`,
              },
              grafana: { enabled: false },
              tracing: env.tracing
                ? {
                    enabled: true,
                    provider: 'jaeger',
                    use_grpc: false,
                    internal_url: `http://${tracingService(env.tracing)}:${JAEGER_QUERY_PORT}`,
                  }
                : { enabled: false },
            },
          },
        },
      ]
    : [];
  return [...jaeger, ...kiali];
}

/** The Role Grafana's sidecars read the dashboards' and data sources' ConfigMaps with. */
const GRAFANA_ROLE = 'grafana-configmap-reader';

/** The ClusterRole of the log agent. */
const ALLOY_ROLE = 'alloy-pod-logs';

/** Memory of Loki's chunks cache (memcached), in MiB. */
const LOKI_CHUNKS_CACHE_MIB = 512;

/** kube-state-metrics' default collectors, without `secrets`. */
const KUBE_STATE_METRICS_COLLECTORS = [
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
