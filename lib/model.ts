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
}

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
}

export interface PlatformModel {
  readonly environments: readonly EnvironmentModel[];
}
