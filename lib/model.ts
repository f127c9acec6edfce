/**
 * The validated, resolved platform: what the charts are built from. One `EnvironmentModel` per
 * environment holds everything that environment's manifests depend on, already combined from the
 * platform description and the environment's config, so that constructs never see raw config nor
 * an environment's name.
 *
 * The parts of each kind of backing service are defined in its folder (charts/backing/<kind>/model.ts)
 * and composed here from the list of charts/backing/index.ts.
 */
import type { BackingModel, BackingShape, BackingUses } from '../charts/backing';
import type { OperatorCharts } from './config/schema';

export type { CloudSqlAccess, CloudSqlDatabase, CloudSqlModel } from '../charts/backing/cloud-sql/model';
export type { KafkaAccess, KafkaModel, KafkaNodes, KafkaTopicModel } from '../charts/backing/kafka/model';
export type { MongoModel, MongoUser } from '../charts/backing/mongodb/model';
export type { RedisModel } from '../charts/backing/redis/model';
export type { RabbitMqClient, RabbitMqExchange, RabbitMqModel, RabbitMqQueue } from '../charts/backing/rabbitmq/model';

/** Amounts of CPU and memory. */
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

/** The backing services a workload uses: one flag per kind (charts/backing/), e.g. `kafka`, `mysql`. */
export type BackingServices = BackingUses;

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

/** A Secret mounted read-only into the application container (client certificates, CA bundles). */
export interface SecretMount {
  /** Name of the pod volume. */
  readonly volume: string;
  readonly secretName: string;
  readonly mountPath: string;
}

/** A host outside the cluster that a workload calls. */
export interface ExternalHost {
  readonly host: string;
  readonly port: number;
  readonly protocol: 'https' | 'tls';
}

/** A workload; each kind of backing service adds its fields (e.g. `kafka`, `cloudSql`) for its clients. */
export type WorkloadModel = CoreWorkloadModel & BackingModel<'workload'>;

export interface CoreWorkloadModel {
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
  /** Whether the pods call the Kubernetes API (and so mount the ServiceAccount token). */
  readonly kubernetesApi: boolean;
  /** Percent of requests to answer without a server error, over 30 days. */
  readonly availabilityObjective: number;
  /** HTTP path of the application's Prometheus metrics on its serving port. */
  readonly metricsPath: string;
  /** Secrets mounted as files: Kafka client certificate and cluster CA, MongoDB and Redis CAs; sorted by volume. */
  readonly secretMounts: readonly SecretMount[];
  /** Hosts outside the cluster it calls, sorted by host and port. */
  readonly externalHosts: readonly ExternalHost[];
}

/** Where the platform's shared components run, as the workloads reach them; each kind of backing service adds its own. */
export type Surroundings = CoreSurroundings & BackingModel<'surroundings'>;

export interface CoreSurroundings {
  /** Namespace of istiod. */
  readonly istioNamespace: string;
  /** The Istio ingress gateway in front of the API gateways (pods labelled `istio: <name>`). */
  readonly ingressGateway: { readonly name: string; readonly namespace: string };
  /** Namespace of Prometheus. */
  readonly monitoringNamespace: string;
  /** Private services access range: Cloud SQL and Memorystore addresses. */
  readonly privateServicesCidr: string;
  /** Address range of Google APIs (private.googleapis.com). */
  readonly googleApisCidr: string;
  /** The Kubernetes API server's address range (GKE control plane). */
  readonly controlPlaneCidr: string;
  /** The nodes' address range (kubelets, host-network pods). */
  readonly nodesCidr: string;
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

/** The operators and shared components Argo CD installs (the backing services' among them). */
export type OperatorName = keyof OperatorCharts;

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

/** One environment; each kind of backing service adds its model (e.g. `kafka`, `mongodb`), when used. */
export type EnvironmentModel = CoreEnvironmentModel & BackingModel<'model'>;

export interface CoreEnvironmentModel {
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
  /** Persistent storage of the backing services, in GiB (their fields, e.g. `kafkaBrokerGiB`). */
  readonly storage: { readonly [K in keyof BackingShape<'storage'>]?: number };
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
    /** Every pinned chart; the optional ones (Jaeger, Kiali, RabbitMQ's) only where the environment names them. */
    readonly operators: Readonly<OperatorCharts>;
  };
  /**
   * The Secret Manager stores that belong to no workload (each workload reads its own keys through a
   * store of its own, as its own GCP service account): the backing services' operators' (MongoDB's).
   */
  readonly secretStores: readonly SharedSecretStore[];
  /** Distributed tracing, when the platform asks for it. */
  readonly tracing?: TracingModel;
}

export interface PlatformModel {
  readonly environments: readonly EnvironmentModel[];
  /** Legal but suspicious: `<source>: <path>: <message>`, printed by synth (which still succeeds). */
  readonly warnings: readonly string[];
}
