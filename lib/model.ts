/**
 * The validated, resolved platform: what the charts are built from. One `EnvironmentModel` per
 * environment holds everything that environment's manifests depend on, already combined from the
 * platform description and the environment's config, so that constructs never see raw config nor
 * an environment's name.
 */

export interface ResourceAmounts {
  /** CPU, in thousandths of a core. */
  readonly cpuMillis: number;
  /** Memory, in MiB. */
  readonly memoryMiB: number;
}

/** Requests and limits of a container. */
export interface ResourceSize {
  /** What the scheduler reserves. */
  readonly requests: ResourceAmounts;
  /** The most the container may use. */
  readonly limits: ResourceAmounts;
}

/** Bounds of a workload's replica count. */
export interface Replicas {
  /** Fewest pods (the HPA never goes below it). */
  readonly min: number;
  /** Most pods. */
  readonly max: number;
}

/** A token bucket: requests a second, and how many may come at once. */
export interface RateLimit {
  readonly requestsPerSecond: number;
  readonly burst: number;
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

/** A Secret mounted read-only into the application container (client certificates, CA bundles). */
export interface SecretMount {
  /** Name of the pod volume. */
  readonly volume: string;
  readonly secretName: string;
  readonly mountPath: string;
}

/** What a workload may do on Kafka: the ACLs of its KafkaUser. */
export interface KafkaAccess {
  /**
   * Name of its KafkaUser, in the Kafka cluster's namespace (and of the Secret the User Operator makes
   * for it there): the workload's name.
   */
  readonly user: string;
  /** Namespace of the workload. */
  readonly namespace: string;
  /** The copy of its KafkaUser's Secret (its certificate and key, nobody else's) beside it. */
  readonly certificateSecret: string;
  /** Topics it writes, sorted. */
  readonly produces: readonly string[];
  /** Topics it reads, sorted. */
  readonly consumes: readonly string[];
  /** Its consumer group (its name), when it consumes. */
  readonly consumerGroup?: string;
}

/** A host outside the cluster that a workload calls. */
export interface ExternalHost {
  readonly host: string;
  readonly port: number;
  readonly protocol: 'https' | 'tls';
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
  /** Digest of the image of that tag (`sha256:...`), which pins it. */
  readonly imageDigest?: string;
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
  /** Its hosts admit only the environment's `internalAllowList` (API gateways only). */
  readonly internal: boolean;
  /** Requests to its hosts each ingress gateway pod admits (API gateways only). */
  readonly rateLimit?: RateLimit;
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
  /** Its Kafka rights, when it uses Kafka. */
  readonly kafka?: KafkaAccess;
  /** Secrets mounted as files: Kafka client certificate and cluster CA, MongoDB and Redis CAs; sorted by volume. */
  readonly secretMounts: readonly SecretMount[];
  /** Hosts outside the cluster it calls, sorted by host and port. */
  readonly externalHosts: readonly ExternalHost[];
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
  /** The Kubernetes API server's address range (GKE control plane). */
  readonly controlPlaneCidr: string;
  /** The nodes' address range (kubelets, host-network pods). */
  readonly nodesCidr: string;
  readonly redisPort: number;
}

/** Circuit breaking of in-mesh destinations. */
export interface CircuitBreaker {
  /** Most TCP connections to one destination host. */
  readonly maxConnections: number;
  /** Most requests waiting for a connection. */
  readonly maxPendingRequests: number;
  /** Most requests in flight to one destination host. */
  readonly maxRequests: number;
  /** Server errors in a row that eject an endpoint. */
  readonly consecutive5xxErrors: number;
  /** How long an endpoint stays ejected, the first time. */
  readonly baseEjectionSeconds: number;
  /** Most endpoints ejected at once, in percent. */
  readonly maxEjectionPercent: number;
}

/** A pinned Helm chart. */
export interface HelmChart {
  /** The Helm repository. */
  readonly repoURL: string;
  /** Name of the chart. */
  readonly chart: string;
  /** Exact chart version. */
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
  | 'alloy'
  | 'istioCni'
  | 'argoCd';
/** Components installed only where an environment names their chart. */
export type OptionalOperatorName = 'jaeger' | 'kiali';

/** The mesh's distributed tracing: where its proxies send spans. */
export interface TracingModel {
  /** Name of the extension provider in istiod's mesh config. */
  readonly provider: string;
  /** The collector's Service, its namespace and its OTLP/gRPC port. */
  readonly service: string;
  readonly namespace: string;
  readonly port: number;
  /** Percent of requests traced. */
  readonly samplingPercent: number;
}

export interface KafkaTopicModel {
  readonly name: string;
  readonly partitions: number;
  readonly retentionHours: number;
  /** Workloads that write it, sorted. */
  readonly producers: readonly string[];
  /** Workloads that read it, sorted. */
  readonly consumers: readonly string[];
}

/** One node pool: its nodes' resources and storage. */
export interface KafkaNodes {
  readonly resources: ResourceSize;
  readonly storageGiB: number;
}

/** The Strimzi Kafka cluster of an environment. */
export interface KafkaModel {
  readonly cluster: string;
  readonly namespace: string;
  readonly version: string;
  /** Port of the TLS listener (mutual TLS). */
  readonly port: number;
  /** Namespaces of the Kafka clients, sorted: each gets a copy of the cluster CA certificate. */
  readonly clientNamespaces: readonly string[];
  /** Topics, sorted by name. */
  readonly topics: readonly KafkaTopicModel[];
  /** The clients' rights, sorted by workload name. */
  readonly users: readonly KafkaAccess[];
  /** The brokers (3); also the controllers unless `controllers` is set. */
  readonly brokers: KafkaNodes;
  /** Dedicated controllers (3). */
  readonly controllers?: KafkaNodes;
  /** Spread over zones and tell Kafka each broker's zone (rack awareness). */
  readonly acrossZones: boolean;
}

/** An application user of the MongoDB replica set. */
export interface MongoUser {
  /** User name: the workload's name. */
  readonly name: string;
  /** Namespace of the workload. */
  readonly namespace: string;
  /** Its own database, where it is created and has readWrite. */
  readonly database: string;
  /** Secret Manager key of its password (the same key its workload reads). */
  readonly passwordRemoteKey: string;
}

/** The Percona MongoDB replica set of an environment. */
export interface MongoModel {
  readonly cluster: string;
  readonly namespace: string;
  readonly replicaSet: string;
  readonly port: number;
  readonly image: string;
  readonly backupImage: string;
  readonly exporterImage: string;
  readonly storageGiB: number;
  readonly resources: ResourceSize;
  /** One member per zone; otherwise spread over nodes. */
  readonly acrossZones: boolean;
  /** Sorted by name. */
  readonly users: readonly MongoUser[];
  /** Namespace of the workloads that use MongoDB. */
  readonly clientNamespaces: readonly string[];
  /** Secret Manager key (a JSON object) holding the operator's system users and passwords. */
  readonly systemUsersRemoteKey: string;
  /** The Secret holding the replica set's TLS certificate and its CA (in the MongoDB namespace). */
  readonly tlsSecret: string;
  /** The copy of that CA certificate (`ca.crt` only) beside the clients. */
  readonly clientCaSecret: string;
  readonly backup: {
    readonly bucket: string;
    readonly schedule: string;
    readonly keep: number;
    readonly pointInTimeRecovery: boolean;
    /** Secret Manager key of the backup service account's JSON key (the operator needs a key file). */
    readonly credentialsRemoteKey: string;
  };
}

/** The GKE cluster an environment runs on. */
export interface ClusterModel {
  readonly region: string;
  readonly zones: readonly string[];
  /** GKE Dataplane V2: where pods reach the metadata server (Workload Identity). */
  readonly dataplaneV2: boolean;
  /** Enough zones (3 or more) to spread over zones: hard zone spreading, zone anti-affinity, zone racks. */
  readonly acrossZones: boolean;
  /** The reserved static address of the ingress gateway's load balancer. */
  readonly ingressAddress?: string;
}

/** An External Secrets store reading Secret Manager that belongs to no workload (MongoDB's, the Redis CA's). */
export interface SharedSecretStore {
  /** Name of the SecretStore. */
  readonly name: string;
  readonly namespace: string;
  /** The Kubernetes ServiceAccount it authenticates as. */
  readonly serviceAccount: string;
  /** The GCP service account (e-mail) that ServiceAccount is bound to, the only reader of the store's keys. */
  readonly gcpServiceAccount: string;
}

/** The Memorystore Redis instance and the copies of its server CA beside its clients. */
export interface RedisModel {
  /** Namespaces of the Redis clients: each gets the CA Secret. */
  readonly clientNamespaces: readonly string[];
  /** Name of the CA Secret (key `ca.crt`) in each client namespace. */
  readonly caSecret: string;
  /** Secret Manager key of the server CA. */
  readonly caRemoteKey: string;
  /** The store that reads it, in each client namespace (name, ServiceAccount and GCP service account). */
  readonly caStore: Omit<SharedSecretStore, 'namespace'>;
}

export interface EnvironmentModel {
  /** Environment name: the folder under dist/. */
  readonly name: string;
  /** Platform name (the `app.kubernetes.io/part-of` label). */
  readonly platform: string;
  readonly gcpProject: string;
  readonly highAvailability: boolean;
  readonly cluster: ClusterModel;
  /** Source CIDRs admitted by the ingress; empty means public. */
  readonly ingressAllowList: readonly string[];
  /** What the ingress enforces: body size, HSTS, and the sources admitted to internal hosts. */
  readonly edge: {
    readonly maxRequestBodyBytes: number;
    readonly hstsMaxAgeSeconds: number;
    readonly internalAllowList: readonly string[];
  };
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
  /** Alert thresholds of the golden signals. */
  readonly alerts: {
    readonly errorRatePercent: number;
    readonly latencyP99Ms: number;
    readonly saturationPercent: number;
  };
  /** Where Argo CD reads this repository, and the charts it installs. */
  readonly gitops: {
    readonly repoURL: string;
    readonly targetRevision: string;
    readonly namespace: string;
    /** Folder of the repository holding the environments' manifests (`<path>/<environment>`). */
    readonly path: string;
    /** GPG key IDs synced commits must be signed with; empty: none checked. */
    readonly signatureKeys: readonly string[];
    /** When Argo CD may sync; empty: any time. */
    readonly syncWindows: readonly {
      readonly kind: 'allow' | 'deny';
      readonly schedule: string;
      readonly duration: string;
      readonly timeZone: string;
      readonly manualSync: boolean;
    }[];
    readonly operators: Readonly<Record<OperatorName, HelmChart>> &
      Readonly<Partial<Record<OptionalOperatorName, HelmChart>>>;
  };
  /**
   * The Secret Manager stores that belong to no workload (each workload reads its own keys through a
   * store of its own, as its own GCP service account): MongoDB's.
   */
  readonly secretStores: readonly SharedSecretStore[];
  /** Distributed tracing, when the platform asks for it. */
  readonly tracing?: TracingModel;
  /** The Redis instance, when some workload uses Redis. */
  readonly redis?: RedisModel;
  /** The Kafka cluster, when some workload uses Kafka. */
  readonly kafka?: KafkaModel;
  /** The MongoDB replica set, when some workload uses MongoDB. */
  readonly mongodb?: MongoModel;
}

export interface PlatformModel {
  readonly environments: readonly EnvironmentModel[];
  /** Legal but suspicious: `<source>: <path>: <message>`, printed by synth (which still succeeds). */
  readonly warnings: readonly string[];
}
