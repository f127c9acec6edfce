/**
 * The input formats: the platform description (once) and one config per environment (only what
 * differs). Both are plain data checked here, at the edge; nothing below `lib/config` sees them raw.
 */
import { z } from 'zod';
import { backingPlatformShape, backingShape, backingUsesShape, NO_BACKING_SERVICES } from '../../charts/backing';
import { anyPort, cidr, helmChart, hostname, IMAGE_DIGEST, label, sizeSchema, workloadName } from './fields';

export { DNS_1035_LABEL, DNS_1123_LABEL, DNS_1123_SUBDOMAIN, IMAGE_DIGEST, CEILINGS } from './fields';
export { NO_BACKING_SERVICES };

const IMAGE_TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const httpPath = z.string().regex(/^\/[A-Za-z0-9._~\-/]*$/, 'must be an absolute URL path such as "/" or "/v1"');
const port = z.number().int().min(1024).max(65535);
const imageDigest = z.string().regex(IMAGE_DIGEST, 'must be a digest: "sha256:" and 64 lower-case hex digits');

/** A host outside the cluster that a workload calls, over TLS (the sidecar tells hosts apart by SNI). */
const externalHostSchema = z.strictObject({
  /** A fully qualified host name, no wildcard: e.g. `api.sendgrid.com`. */
  host: z.string().max(253, 'must be at most 253 characters'),
  port: anyPort.default(443),
  /** `https`, or `tls` for another protocol over TLS. */
  protocol: z.enum(['https', 'tls']).default('https'),
});

const workloadFields = {
  /** Workload name: the Deployment, Service, ServiceAccount and GCP service account are all named after it. */
  name: workloadName,
  /** Namespace the workload runs in. */
  namespace: label,
  /** Port the container serves on; the Service exposes it under the same number. */
  port: port.default(8080),
  /** Application protocol of the port, as Istio's protocol selection understands it. */
  protocol: z.enum(['http', 'grpc']).default('http'),
  /** Size class (defined per environment under `sizes`). */
  size: label.default('small'),
  /** Workloads this one calls synchronously (the call graph). */
  calls: z.array(workloadName).default([]),
  /** HTTP health endpoints (ignored for gRPC workloads); the workload construct supplies the defaults. */
  healthPaths: z.strictObject({ readiness: httpPath.optional(), liveness: httpPath.optional() }).optional(),
  /**
   * Application secrets beyond those that `uses` implies (e.g. `jwt-signing-key`), each one key of the
   * workload's Secret, synced from Secret Manager and exposed as an environment variable
   * (`JWT_SIGNING_KEY`).
   */
  secrets: z.array(label).default([]),
  /** Whether the pods call the Kubernetes API (mounts the ServiceAccount token). */
  kubernetesApi: z.boolean().default(false),
  /** Availability objective: percent of requests answered without a server error, over 30 days. */
  availabilityObjective: z.number().min(90).max(99.999).default(99.9),
  /** HTTP path of the Prometheus metrics on the serving port (merged into the sidecar's by Istio). */
  metricsPath: httpPath.default('/metrics'),
  /**
   * Hosts outside the cluster this workload calls (an e-mail or SMS provider's API...): each gets a
   * ServiceEntry, and the workload's Sidecar and NetworkPolicy admit exactly these; nothing else leaves.
   */
  externalHosts: z.array(externalHostSchema).default([]),
};

/** A token bucket: requests a second, and how many may come at once. */
const rateLimitSchema = z.strictObject({
  requestsPerSecond: z.number().int().min(1),
  burst: z.number().int().min(1),
});

const gatewaySchema = z.strictObject({
  ...workloadFields,
  /** First label of the gateway's public host; the environment's `domain` follows it. */
  host: label,
  /**
   * An internal host (an operators' dashboard): the ingress admits it only from the environment's
   * `internalAllowList`, in every environment.
   */
  internal: z.boolean().default(false),
  /** Requests to its host that the ingress admits, per ingress gateway pod. @default - `edge.rateLimit` */
  rateLimit: rateLimitSchema.optional(),
  /** URL path prefixes routed to this gateway. */
  paths: z.array(httpPath).min(1).default(['/']),
});

const serviceSchema = z.strictObject({
  ...workloadFields,
  /** Backing services this microservice uses: one flag per kind (charts/backing/). */
  uses: z.strictObject(backingUsesShape(() => z.boolean().default(false))).default(NO_BACKING_SERVICES),
  /** The fields of each kind it uses (Kafka's `topics`...). */
  ...backingShape('service'),
});

/** Where the shared backing services are; `{service}` and `{env}` are replaced per workload and environment. */
const backingServicesSchema = z.strictObject({
  /** One fragment per kind of backing service (charts/backing/<kind>/schema.ts). */
  ...backingPlatformShape(),
  /** The VPC's private services access range, where Cloud SQL and Memorystore have their addresses. */
  privateServicesCidr: cidr,
  /**
   * Where Google APIs are reached (the Cloud SQL Auth Proxy calls the SQL Admin API): by default the
   * private.googleapis.com range that Private Google Access maps `*.googleapis.com` to.
   */
  googleApisCidr: cidr.default('199.36.153.8/30'),
  /**
   * The GKE control plane's address range (a private cluster's `master_ipv4_cidr_block`, from
   * Terraform): where operators reach the Kubernetes API, and where admission webhooks are called from.
   * Required, no default: a wrong range blocks every operator and webhook (see CIDR_NEEDS in load.ts).
   */
  controlPlaneCidr: cidr.optional(),
  /** The nodes' subnet (from Terraform): the kubelets and node exporters Prometheus scrapes. Required. */
  nodesCidr: cidr.optional(),
});

/** The GKE cluster of every environment (each environment has its own, of this shape). */
const clusterSchema = z.strictObject({
  /** GCP region, e.g. `us-central1`. */
  region: label,
  /**
   * Zones the nodes run in, e.g. `['us-central1-a']`. With 3 or more, workloads spread over zones
   * (hard), MongoDB keeps one member per zone and Kafka's racks are zones; with fewer, over nodes.
   */
  zones: z.array(label).min(1),
  /**
   * Whether GKE Dataplane V2 runs the network: it decides where pods reach the GKE metadata server
   * for Workload Identity (169.254.169.252:988, or 127.0.0.1:988 on the legacy dataplane).
   */
  dataplaneV2: z.boolean(),
});

export const platformSchema = z.strictObject({
  /** Platform name: the `app.kubernetes.io/part-of` label. */
  name: label,
  /** The cluster each environment runs on. */
  cluster: clusterSchema,
  /** DNS zone every public host lives under. */
  domain: hostname,
  /** GCP project per environment; `{env}` is replaced by the environment name. */
  gcpProject: z.string().includes('{env}', { error: 'must contain "{env}"' }),
  /** Artifact Registry holding the images: `<location>-docker.pkg.dev/<project>/<repository>/<workload>`. */
  artifactRegistry: z.strictObject({ location: label, repository: label }),
  /** Namespaces that carry the platform's workloads; each is labelled for Istio sidecar injection. */
  namespaces: z.array(label).min(1),
  /** API gateways: the only workloads reachable from the ingress gateway. */
  gateways: z.array(gatewaySchema),
  /** Microservices: reachable only along the call graph. */
  services: z.array(serviceSchema),
  /** Backing services the microservices use (`uses`). */
  backingServices: backingServicesSchema,
  /**
   * The Istio ingress gateway the API gateways sit behind: its pods are labelled `istio: <name>` and
   * run as the ServiceAccount `<name>`; the Istio Gateway object has the same name.
   */
  ingressGateway: z.strictObject({ name: label, namespace: label }),
  /** TLS of the public hosts: cert-manager with a Let's Encrypt ClusterIssuer (DNS-01 on Cloud DNS). */
  tls: z.strictObject({
    /** Name of the ClusterIssuer. */
    clusterIssuer: label,
    /** Contact address of the ACME account. */
    acmeEmail: z.email({ error: 'must be an e-mail address' }),
    /** ACME directory. */
    acmeServer: z
      .url({ error: 'must be a URL such as "https://acme-v02.api.letsencrypt.org/directory"' })
      .default('https://acme-v02.api.letsencrypt.org/directory'),
  }),
  /** Istio trust domain: SPIFFE identities are `spiffe://<trustDomain>/ns/<namespace>/sa/<account>`. */
  trustDomain: hostname.default('cluster.local'),
  /** What the ingress gateway enforces on every public host. */
  edge: z
    .strictObject({
      /** Largest request body admitted (a larger one is answered 413), in KiB. */
      maxRequestBodyKiB: z.number().int().min(1).max(1_048_576).default(1024),
      /** Requests per host that each ingress gateway pod admits (a host's own `rateLimit` overrides it). */
      rateLimit: rateLimitSchema.default({ requestsPerSecond: 100, burst: 200 }),
      /** How long browsers remember to use HTTPS only (Strict-Transport-Security), in seconds. */
      hstsMaxAgeSeconds: z.number().int().min(86_400).default(31_536_000),
    })
    .default({
      maxRequestBodyKiB: 1024,
      rateLimit: { requestsPerSecond: 100, burst: 200 },
      hstsMaxAgeSeconds: 31_536_000,
    }),
  /** Timeout of a request routed from the ingress to an API gateway. */
  routeTimeoutSeconds: z.number().int().min(1).max(300).default(15),
  /**
   * Distributed tracing (the mesh's proxies send spans over OpenTelemetry): the collector of the tracing
   * backend, named in istiod's mesh config as an extension provider, and the share of requests traced
   * (Istio's Telemetry). With `operators.jaeger` in an environment, Jaeger itself is installed there,
   * as the collector's Service and namespace.
   * @default - no tracing
   */
  tracing: z
    .strictObject({
      /** Name of the extension provider (and of the backend, e.g. `jaeger`). */
      provider: label,
      /** The collector's Service (OTLP over gRPC) and its namespace. */
      collector: z.strictObject({ service: label, namespace: label, port: anyPort.default(4317) }),
      /** Percent of requests traced. */
      samplingPercent: z.number().min(0).max(100).default(1),
    })
    .optional(),
  /** Namespace of istiod. */
  istioNamespace: label.default('istio-system'),
  /** Namespace of Prometheus, which scrapes every workload. */
  monitoringNamespace: label.default('monitoring'),
  /** The GitOps delivery: this repository, as Argo CD reads it. */
  gitops: z.strictObject({
    /** URL of this repository, the only source of the platform's manifests. */
    repoURL: z.string().min(1),
    /** Branch (or tag) Argo CD follows. */
    targetRevision: z.string().min(1).default('main'),
    /** Namespace of Argo CD. */
    namespace: label.default('argocd'),
    /**
     * Folder of the repository that holds the environments' manifests (`<path>/<environment>`): `dist`,
     * or `platforms/<name>/dist` for a platform beside the default one.
     */
    path: z
      .string()
      .regex(/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/, 'must be a relative folder such as "dist"')
      .default('dist'),
    /**
     * GPG key IDs (16 hex digits) one of which must have signed every commit Argo CD syncs from this
     * repository; empty: no signature is checked.
     */
    signatureKeys: z
      .array(z.string().regex(/^[0-9A-F]{16}$/, 'must be a GPG key ID (16 upper-case hex digits)'))
      .default([]),
  }),
});

/** The largest replica count the API server accepts (an int32). */
export const MAX_REPLICAS = 2_147_483_647;

/** An Argo CD sync window: when automated syncs may (allow) or may not (deny) run. */
const syncWindowSchema = z.strictObject({
  kind: z.enum(['allow', 'deny']),
  /** Cron schedule of the window's start, e.g. `0 9 * * 1-4`. */
  schedule: z.string().regex(/^\S+( \S+){4}$/, 'must be a cron schedule of 5 fields'),
  /** How long the window lasts, e.g. `8h` or `90m`. */
  duration: z.string().regex(/^\d+[hm]$/, 'must be hours or minutes, e.g. "8h"'),
  timeZone: z.string().min(1).default('UTC'),
  /** Whether a person may still sync by hand when automated syncs may not. */
  manualSync: z.boolean().default(true),
});

const replicasSchema = z.strictObject({
  min: z.number().int().min(1).max(MAX_REPLICAS),
  max: z.number().int().min(1).max(MAX_REPLICAS),
});

/** The platform's operators and shared components, each a pinned Helm chart. */
export const operatorChartsSchema = z.strictObject({
  istioBase: helmChart,
  istiod: helmChart,
  istioGateway: helmChart,
  certManager: helmChart,
  externalSecrets: helmChart,
  kubePrometheusStack: helmChart,
  loki: helmChart,
  alloy: helmChart,
  /** The Istio CNI node agent: pods need no privileged init container. */
  istioCni: helmChart,
  /** Argo CD itself. */
  argoCd: helmChart,
  /** The operators of the backing services. */
  ...backingShape('operators'),
  /**
   * Jaeger (its all-in-one chart), installed as the description's tracing collector.
   * @default - not installed
   */
  jaeger: helmChart.optional(),
  /**
   * Kiali (the kiali-server chart): the mesh's graph, from Prometheus and the tracing backend.
   * @default - not installed
   */
  kiali: helmChart.optional(),
});

export const environmentSchema = z.strictObject({
  /** Environment name: the folder under dist/ and the `{env}` of the GCP project. */
  name: label,
  /** Zone of the environment's hosts: the platform domain or a subdomain of it. */
  domain: hostname,
  /** At least 2 replicas of every workload. */
  highAvailability: z.boolean(),
  /**
   * Whether this is the production environment, the only one that may use the platform's own domain
   * (its apex). Default: the environment named `production` or `prod`.
   */
  production: z.boolean().optional(),
  /**
   * The environment must survive the loss of a zone: a config error unless the cluster declares 3 or
   * more zones (zone rules then apply in every environment).
   * @default false
   */
  zoneRedundant: z.boolean().default(false),
  /**
   * The reserved static (regional, external) IPv4 address of the ingress gateway's load balancer.
   * @default - an ephemeral address
   */
  ingressAddress: z.ipv4({ error: 'must be an IPv4 address such as "203.0.113.10"' }).optional(),
  /**
   * The tag scheme of the environment's images (seed 003): `<prefix>-<commit>` (7 to 40 hex digits)
   * or `<prefix>-v<major>.<minor>.<patch>`, e.g. `dev-4f1c2a9`, `prod-v1.2.3`.
   */
  imageTagScheme: z.strictObject({ prefix: label, version: z.enum(['commit', 'semver']) }),
  /** Image tag of every workload unless overridden under `workloads`. */
  imageTag: z.string().regex(IMAGE_TAG, 'must be a valid image tag').optional(),
  /**
   * Every image pinned by digest (`<image>:<tag>@sha256:...`): each workload's `imageDigest`, and the
   * images the platform description names (the Cloud SQL proxy, Percona's, the exporter's). A tag
   * alone is then a config error: a tag can be pushed again, a digest names one image.
   */
  requireImageDigests: z.boolean().default(false),
  /**
   * The workloads' `imageDigest`s are placeholders, not yet written by the release pipeline (which pushes
   * the images and records each digest): synth then warns, naming every workload whose image would not
   * pull. The pipeline clears it when it writes real digests (`npm run release:record`).
   * @default false
   */
  placeholderImageDigests: z.boolean().default(false),
  /** Source IP ranges (CIDR) allowed through the ingress; empty means the ingress is public. */
  ingressAllowList: z.array(cidr).default([]),
  /** Source IP ranges (CIDR) admitted to the hosts of `internal` gateways (required when there are some). */
  internalAllowList: z.array(cidr).default([]),
  /** Replica bounds of every workload unless overridden. */
  replicas: replicasSchema,
  /** Resource size classes that the platform description assigns to workloads. */
  sizes: z.record(label, sizeSchema),
  /** Circuit breaking of every in-mesh destination (Istio DestinationRules). */
  mesh: z.strictObject({
    /** Most TCP connections from one client pod to one destination. */
    maxConnections: z.number().int().min(1),
    /** Most requests waiting for a connection, per client pod and destination. */
    maxPendingRequests: z.number().int().min(1),
    /** Most concurrent requests per client pod and destination. */
    maxRequests: z.number().int().min(1),
    /** Consecutive 5xx answers that eject an endpoint from the load-balancing pool. */
    consecutive5xxErrors: z.number().int().min(1),
    /** Minimum time an ejected endpoint stays out. */
    baseEjectionSeconds: z.number().int().min(1),
    /** Most endpoints of a destination that may be ejected at once. */
    maxEjectionPercent: z.number().int().min(1).max(100),
  }),
  /** Alert thresholds of the golden signals (burn-rate alerts follow each workload's objective). */
  alerts: z.strictObject({
    /** Share of requests answered with a server error, in percent, over 5 minutes. */
    errorRatePercent: z.number().min(0.01).max(100),
    /** 99th percentile latency, in milliseconds, over 5 minutes. */
    latencyP99Ms: z.number().int().min(1),
    /** CPU or memory use, in percent of the limit. */
    saturationPercent: z.number().int().min(1).max(100),
  }),
  /** Helm charts of the operators and shared components that Argo CD installs. */
  operators: operatorChartsSchema,
  /**
   * What Argo CD follows: the branch or tag (default: the description's `gitops.targetRevision`, main),
   * and when it may sync (default: any time). An environment that is promoted, not pushed, follows a
   * release reference and syncs in a window.
   */
  gitops: z
    .strictObject({
      targetRevision: z.string().min(1).optional(),
      syncWindows: z.array(syncWindowSchema).default([]),
    })
    .default({ syncWindows: [] }),
  /** Persistent storage of the stateful backbone: each kind's fields, required where some service uses it. */
  storage: z.strictObject(backingShape('storage')).default({}),
  /** The settings of each kind of backing service in this environment (charts/backing/<kind>/schema.ts). */
  ...backingShape('environment'),
  /** Per-workload overrides, keyed by workload name. */
  workloads: z
    .record(
      workloadName,
      z.strictObject({
        replicas: replicasSchema.optional(),
        imageTag: z.string().regex(IMAGE_TAG, 'must be a valid image tag').optional(),
        /** Digest of the image of that tag (`sha256:...`), written by the build that pushed it. */
        imageDigest: imageDigest.optional(),
      }),
    )
    .default({}),
});

/** What a platform description file exports (defaults may be left out). */
export type PlatformInput = z.input<typeof platformSchema>;
/** What an environment file exports (defaults may be left out). */
export type EnvironmentInput = z.input<typeof environmentSchema>;
export type PlatformSpec = z.output<typeof platformSchema>;
export type EnvironmentSpec = z.output<typeof environmentSchema>;
export type GatewaySpec = z.output<typeof gatewaySchema>;
export type ServiceSpec = z.output<typeof serviceSchema>;
export type ExternalHostSpec = z.output<typeof externalHostSchema>;
export type OperatorCharts = z.output<typeof operatorChartsSchema>;
export type SizeSpec = z.output<typeof sizeSchema>;
