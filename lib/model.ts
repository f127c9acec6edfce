/**
 * The validated, resolved platform: what the charts are built from. One `EnvironmentModel` per
 * environment holds everything that environment's manifests depend on, already combined from the
 * platform description and the environment's config, so that constructs never see raw config nor
 * an environment's name.
 */

export interface ResourceAmounts {
  readonly cpuMillis: number;
  readonly memoryMiB: number;
}

export interface ResourceSize {
  readonly requests: ResourceAmounts;
  readonly limits: ResourceAmounts;
}

export interface Replicas {
  readonly min: number;
  readonly max: number;
}

export interface BackingServices {
  readonly kafka: boolean;
  readonly mongodb: boolean;
  readonly mysql: boolean;
  readonly redis: boolean;
}

export type WorkloadRole = 'api-gateway' | 'microservice';

/** One key of a workload's Secret: where Secret Manager holds it and how the container sees it. */
export interface SecretEntry {
  /** Key in the Kubernetes Secret. */
  readonly key: string;
  /** Environment variable the container reads it from. */
  readonly envVar: string;
  /** Name of the secret in the environment's GCP Secret Manager: `<workload>-<key>`. */
  readonly remoteKey: string;
}

/** Cloud SQL access of a workload: the Auth Proxy sidecar and the instance it connects to. */
export interface CloudSqlAccess {
  /** Instance connection name: `<project>:<region>:<instance>`. */
  readonly instanceConnectionName: string;
  readonly proxyImage: string;
  readonly proxyResources: ResourceSize;
}

export interface WorkloadModel {
  readonly name: string;
  readonly namespace: string;
  /** The `app.kubernetes.io/component` label. */
  readonly role: WorkloadRole;
  /** Image repository (registry and path, no tag). */
  readonly imageRepository: string;
  /** Image tag, also the `version` of the workload. */
  readonly imageTag: string;
  readonly port: number;
  readonly protocol: 'http' | 'grpc';
  readonly replicas: Replicas;
  readonly resources: ResourceSize;
  /** HTTP health endpoints; those left out take the workload construct's defaults. */
  readonly healthPaths?: { readonly readiness?: string; readonly liveness?: string };
  /** E-mail of the GCP service account the workload runs as (Workload Identity). */
  readonly gcpServiceAccount: string;
  /** Names of the workloads this one calls. */
  readonly calls: readonly string[];
  /** Public hosts routed to this workload (API gateways only). */
  readonly hosts: readonly string[];
  /** URL path prefixes routed to this workload on each of its hosts. */
  readonly paths: readonly string[];
  readonly uses: BackingServices;
  /** Non-secret settings, the workload's ConfigMap: environment variable -> value. */
  readonly config: Readonly<Record<string, string>>;
  /** Name of the Secret that the workload's ExternalSecret creates (when it has `secrets`). */
  readonly secretName: string;
  /** The keys of that Secret, sorted by key; empty when the workload needs no secret. */
  readonly secrets: readonly SecretEntry[];
  /** The Cloud SQL instance and proxy, when the workload uses MySQL. */
  readonly cloudSql?: CloudSqlAccess;
  /** Whether the pods call the Kubernetes API (and so mount the ServiceAccount token). */
  readonly kubernetesApi: boolean;
  /** Percent of requests to answer without a server error, over 30 days. */
  readonly availabilityObjective: number;
  /** HTTP path of the application's Prometheus metrics on its serving port. */
  readonly metricsPath: string;
}

/** Where the platform's shared components run, as the workloads reach them. */
export interface Surroundings {
  /** Namespace of istiod. */
  readonly istioNamespace: string;
  /** The Istio ingress gateway in front of the API gateways (pods labelled `istio: <name>`). */
  readonly ingressGateway: { readonly name: string; readonly namespace: string };
  /** Namespace of Prometheus. */
  readonly monitoringNamespace: string;
  readonly kafka: { readonly namespace: string; readonly port: number };
  readonly mongodb: { readonly namespace: string; readonly port: number };
  /** Private services access range: Cloud SQL and Memorystore addresses. */
  readonly privateServicesCidr: string;
  /** Address range of Google APIs (private.googleapis.com). */
  readonly googleApisCidr: string;
  readonly redisPort: number;
}

/** Circuit breaking of in-mesh destinations. */
export interface CircuitBreaker {
  readonly maxConnections: number;
  readonly maxPendingRequests: number;
  readonly maxRequests: number;
  readonly consecutive5xxErrors: number;
  readonly baseEjectionSeconds: number;
  readonly maxEjectionPercent: number;
}

/** A pinned Helm chart. */
export interface HelmChart {
  readonly repoURL: string;
  readonly chart: string;
  readonly version: string;
}

/** The operators and shared components Argo CD installs. */
export type OperatorName =
  | 'istioBase'
  | 'istiod'
  | 'istioGateway'
  | 'certManager'
  | 'externalSecrets'
  | 'strimzi'
  | 'psmdbOperator'
  | 'kubePrometheusStack'
  | 'loki'
  | 'alloy';

export interface EnvironmentModel {
  /** Environment name: the folder under dist/. */
  readonly name: string;
  /** Platform name (the `app.kubernetes.io/part-of` label). */
  readonly platform: string;
  readonly gcpProject: string;
  readonly highAvailability: boolean;
  /** Source CIDRs admitted by the ingress; empty means public. */
  readonly ingressAllowList: readonly string[];
  readonly namespaces: readonly string[];
  readonly workloads: readonly WorkloadModel[];
  readonly storage: { readonly kafkaBrokerGiB: number; readonly mongodbGiB: number };
  readonly surroundings: Surroundings;
  /** The service mesh: SPIFFE trust domain, circuit breaking, ingress route timeout. */
  readonly mesh: {
    readonly trustDomain: string;
    readonly circuitBreaker: CircuitBreaker;
    readonly routeTimeoutSeconds: number;
  };
  /** Certificates of the public hosts: the ClusterIssuer and its ACME account. */
  readonly tls: { readonly clusterIssuer: string; readonly acmeEmail: string; readonly acmeServer: string };
  /** Alert thresholds of the golden signals, and whether to alert on error-budget burn rates. */
  readonly alerts: {
    readonly errorRatePercent: number;
    readonly latencyP99Ms: number;
    readonly saturationPercent: number;
    readonly sloAlerts: boolean;
  };
  /** Where Argo CD reads this repository, and the charts it installs. */
  readonly gitops: {
    readonly repoURL: string;
    readonly targetRevision: string;
    readonly namespace: string;
    readonly operators: Readonly<Record<OperatorName, HelmChart>>;
  };
  /** One External Secrets store per namespace, each reading Secret Manager as its own GCP service account. */
  readonly secretStores: readonly { readonly namespace: string; readonly gcpServiceAccount: string }[];
}

export interface PlatformModel {
  readonly environments: readonly EnvironmentModel[];
}
