/**
 * The plug-in interface of a kind of backing service (Kafka, MongoDB, Cloud SQL, Memorystore Redis...).
 *
 * A kind lives in one folder, `charts/backing/<kind>/`, and is one `BackingService` object listed in
 * `charts/backing/index.ts`. The object carries everything the rest of the synthesizer needs to know
 * about the kind, each part at the stage where it is used (data flows one way):
 *
 * 1. `schema`: its fragment of the platform description (`backingServices.<name>`), of each environment
 *    file, of each service (`uses.<uses>`, its own fields) and of the operators' charts;
 * 2. `check`: the rules that relate its fields to the rest of the description (one line per problem);
 * 3. `model`: its part of the typed model: what a client workload gets (settings, secret key, mounted
 *    certificates), the environment's model of the service, where it runs (`surroundings`);
 * 4. `charts`: its own charts, the network and mesh rules its clients need (egress, Sidecar hosts,
 *    ServiceEntries), its namespaces' isolation, its operators' Helm releases, its shared Secret stores;
 * 5. `references`: the Secrets its operators create and read (checked by lib/references.ts);
 * 6. `kinds`: the sync wave of its custom resources and which of them hold data;
 * 7. `docs`: its rows and sections in `docs/<env>.md`.
 *
 * `schema.platform` is optional in the description (a platform declares only the stores it has), and the
 * `check` and `model` hooks are called only for the kinds it declares (lib/config/load.ts): they may
 * read `backingServices.<name>` as present. Every hook is optional but `schema.platform`; hooks are
 * called in the order of the list, and their results are concatenated in that order (which the output's
 * bytes depend on: append new kinds).
 *
 * @see ./README.md for a walk-through of adding a kind.
 */
import type { App } from 'cdk8s';
import type { z } from 'zod';
import type { Path, Report } from '../../lib/config/common';
import type { EnvironmentSpec, PlatformSpec, ServiceSpec } from '../../lib/config/schema';
import type { EnvironmentModel, ResourceSize, SecretMount, SharedSecretStore, WorkloadModel } from '../../lib/model';
import type { Json } from '../../lib/json';
import type { AllowedDifference } from '../../lib/parity';
import type { KubeObject } from '../../lib/validate';
import type { HelmRelease } from '../gitops';
import type { ExternalService } from '../mesh-defaults';
import type { IsolatedNamespace } from '../namespace-isolation';
import type { NetworkRule } from '../network-policy';
import type { SharedSecretSpec, SharedStoreSpec } from '../secret-stores';
import type { SYNC_WAVE } from '../sync-waves';
import type { WorkloadChartProps } from '../workload';

/** A zod object shape: field name -> schema. */
export type Shape = Readonly<Record<string, z.ZodType>>;

/**
 * The types a kind adds to the input formats and to the model. Type-level only: a plug-in names them
 * once (`BackingService<KafkaTypes>`), and the description's, environments' and model's types are
 * composed from the list (`lib/config/schema.ts`, `lib/model.ts`).
 */
export interface BackingTypes {
  /** The kind's key under `backingServices` in the description. */
  readonly name: string;
  /** Its flags under a service's `uses` (a union when it has several, e.g. one per database engine). */
  readonly uses: string;
  /** Its fragment of the description, `backingServices.<name>`. */
  readonly platform: z.ZodType;
  /** Top-level fields of an environment file (e.g. `kafka`: its sizes there). */
  readonly environment: Shape;
  /** Fields of an environment's `storage`. */
  readonly storage: Shape;
  /** Fields of a service beside `uses` (e.g. Kafka's `topics`). */
  readonly service: Shape;
  /** Fields of an environment's `operators`: the pinned Helm charts of its operators. */
  readonly operators: Shape;
  /** Fields it adds to `Surroundings` (where it runs, as workloads reach it), e.g. `{ kafka: {...} }`. */
  readonly surroundings: object;
  /** Fields it adds to `EnvironmentModel` (its model, when some workload uses it), e.g. `{ kafka?: KafkaModel }`. */
  readonly model: object;
  /** Fields it adds to `WorkloadModel` of a client, e.g. `{ kafka?: KafkaAccess }`. */
  readonly workload: object;
}

/** The description and one environment file, validated: what the model is resolved from. */
export interface ResolveContext {
  readonly platform: PlatformSpec;
  readonly env: EnvironmentSpec;
}

/** What a client service gets from a kind it uses. */
export interface ClientPart<T extends BackingTypes> {
  /** Non-secret settings, merged into the client's ConfigMap (environment variable -> value). */
  readonly config: Readonly<Record<string, string>>;
  /** Secrets mounted read-only into the client (CA bundles, client certificates). */
  readonly mounts?: readonly SecretMount[];
  /** Its fields of the client's `WorkloadModel`. */
  readonly workload?: Partial<T['workload']>;
}

/** What the network and the mesh must admit for one client of a kind. */
export interface ClientRules {
  /** NetworkPolicy egress rules of the client. */
  readonly egress?: readonly NetworkRule[];
  /** Namespaces the client's Sidecar admits whole (`<namespace>/*`): in-cluster, sidecarless services. */
  readonly namespaces?: readonly string[];
  /** Services outside the cluster the client's Sidecar admits (`./<host>` of each of their hosts). */
  readonly services?: readonly ExternalService[];
}

/** A Secret an operator reads for a custom resource: the field that names it, its name, the key if named. */
export interface SecretRead {
  readonly field: string;
  readonly name: string;
  readonly key?: string;
}

/**
 * One kind of backing service, as a plug-in. `T` names the types it adds (see `BackingTypes`).
 *
 * @example
 * export const redis: BackingService<RedisTypes> = {
 *   name: 'redis',
 *   uses: ['redis'],
 *   schema: { platform: redisSchema },
 *   secretKeys: { redis: 'redis-auth' },
 *   model: { client: (ctx) => ({ config: { REDIS_HOST: ... } }), surroundings: ... },
 *   charts: { clientRules: (env) => ({ egress: [...] }) },
 *   docs: { diagram: { id: 'redis', label: () => 'Memorystore Redis' } },
 * };
 */
export interface BackingService<T extends BackingTypes> {
  /** Key under `backingServices` in the description (and of its fields in the model). */
  readonly name: T['name'];
  /**
   * The flags under a service's `uses` that make the service a client: usually one (`['kafka']`),
   * several where clients choose a flavour (Cloud SQL's `['mysql', 'postgresql']`, by engine).
   */
  readonly uses: readonly T['uses'][];
  /** Type-level only (never set): the types the kind adds, for the composed types of the list. */
  readonly types?: T;

  /** Its fragments of the input formats. */
  readonly schema: {
    /** `backingServices.<name>` of the description. */
    readonly platform: T['platform'];
    /** Top-level fields of an environment file. @default - none */
    readonly environment?: T['environment'];
    /** Fields of an environment's `storage`. @default - none */
    readonly storage?: T['storage'];
    /** Fields of a service beside `uses`. @default - none */
    readonly service?: T['service'];
    /** Fields of an environment's `operators` (pinned Helm charts). @default - none */
    readonly operators?: T['operators'];
  };

  /**
   * The key a client's Secret holds for it, by `uses` flag, synced from Secret Manager as
   * `<service>-<key>` and read as the environment variable of the same name (e.g. `mysql-password` ->
   * `MYSQL_PASSWORD`).
   * @default - none
   */
  readonly secretKeys?: { readonly [F in T['uses']]?: string };

  /** Rules of the description and environment files; each problem is reported at its path. */
  readonly check?: {
    /** Namespaces of the kind that no application may take, with what runs there (`namespace -> what`). */
    componentNamespaces?(platform: PlatformSpec): readonly (readonly [string, string])[];
    /** Object names its charts take beside the workloads, which no workload may take (`name -> what`). */
    reservedNames?(platform: PlatformSpec): readonly (readonly [string, string])[];
    /** Rules of the description (after the core's). */
    platform?(platform: PlatformSpec, report: Report): void;
    /**
     * Rules of one environment (`platform` is undefined when the description itself is invalid).
     * `checkSize` checks a size class (limits >= requests).
     */
    environment?(
      platform: PlatformSpec | undefined,
      env: EnvironmentSpec,
      report: Report,
      checkSize: (path: Path, size: ResourceSize) => void,
    ): void;
    /** Images the description names, which environments that require digests need pinned. */
    images?(platform: PlatformSpec): readonly (readonly [Path, string])[];
    /** Legal but suspicious descriptions (printed by synth, which still succeeds). */
    warnings?(platform: PlatformSpec, warn: (path: Path, message: string) => void): void;
  };

  /** Its part of the model (lib/model.ts). */
  readonly model?: {
    /** What a service that uses the kind gets. Called for clients only (one of `uses` set). */
    client?(ctx: ResolveContext, service: ServiceSpec): ClientPart<T>;
    /** Where it runs, as workloads reach it; computed whether or not it is used. */
    surroundings?(ctx: ResolveContext): T['surroundings'];
    /** Its fields of the environment's model (the service itself, when some workload uses it). */
    environment?(ctx: ResolveContext): Partial<T['model']>;
    /** Secret Manager stores of its own (its operator's), from its fields of the model. */
    secretStores?(ctx: ResolveContext, model: Partial<T['model']>): readonly SharedSecretStore[];
  };

  /** Its charts and the rules of its clients (charts/platform.ts). */
  readonly charts?: {
    /** Adds its own charts to the app (each chart id becomes a file of `dist/<env>/`). */
    add?(app: App, env: EnvironmentModel): void;
    /** Props of a client's workload chart (e.g. a sidecar). */
    workloadProps?(env: EnvironmentModel, workload: WorkloadModel): Partial<WorkloadChartProps>;
    /** What a client's NetworkPolicy and Sidecar admit. Called for clients (one of `uses` set) only. */
    clientRules?(env: EnvironmentModel, workload: WorkloadModel): ClientRules;
    /** ServiceEntries of the mesh's root namespace: the managed services outside the cluster. */
    serviceEntries?(env: EnvironmentModel): readonly ExternalService[];
    /** Deny-all and explicit rules of its own namespaces (its operator's, its cluster's pods). */
    isolation?(env: EnvironmentModel): readonly IsolatedNamespace[];
    /** Ports Prometheus scrapes in its namespaces beyond the platform's usual ones (its metrics' ports). */
    scrapedPorts?(env: EnvironmentModel): readonly number[];
    /** Namespaces it runs pods in outside the mesh (no sidecar injection). */
    namespaces?(env: EnvironmentModel): readonly string[];
    /** Its operators, as pinned Helm releases that Argo CD installs. */
    operators?(env: EnvironmentModel, wave: number): readonly HelmRelease[];
    /** Secret Manager stores that belong to no workload, and the Secrets made through them. */
    secretStores?(env: EnvironmentModel): {
      readonly stores: readonly SharedStoreSpec[];
      readonly secrets: readonly SharedSecretSpec[];
    };
  };

  /** The Secrets its operators make and read, for the reference checks (lib/references.ts); keyed by `<apiVersion>/<kind>`. */
  readonly references?: {
    /** Kinds whose operator creates a Secret named after the object, in its namespace. */
    readonly operatorSecrets?: readonly string[];
    /** Secrets an operator publishes in the object's namespace for a custom resource. */
    readonly published?: Readonly<Record<string, (name: string, spec: Json) => string[]>>;
    /** Secrets an operator reads for a custom resource, which must exist beforehand. */
    readonly reads?: Readonly<Record<string, (spec: Json) => SecretRead[]>>;
  };

  /**
   * Its custom resources, by kind: the sync wave (a name of `SYNC_WAVE`: `dataClusters` for clusters,
   * `dataAccess` for what depends on them) and, when deleting one deletes data, what it loses (Argo CD
   * then never prunes nor deletes it, and `npm run plan` says what a removal would lose).
   */
  readonly kinds?: Readonly<
    Record<
      string,
      {
        readonly wave: keyof typeof SYNC_WAVE;
        /** What deleting one loses, as `npm run plan` says it; the kind holds data when it is set. */
        readonly loses?: string;
      }
    >
  >;

  /** Fields of its objects that may differ between environments (sizes, storage, retention...), and why. */
  readonly parity?: readonly AllowedDifference[];

  /** Its parts of `docs/<env>.md` (lib/docs.ts). */
  readonly docs?: {
    /** The diagram's node of the service, linked from each client (`used`: default, one of `uses` set). */
    readonly diagram?: {
      readonly id: string;
      label(env: EnvironmentModel): string;
      used?(env: EnvironmentModel, workload: WorkloadModel): boolean;
    };
    /**
     * Lines of the Mermaid flowchart before the services' nodes (a subgraph of topics...); `node` gives
     * a name's node id (a workload's is its name's).
     */
    topology?(env: EnvironmentModel, node: (name: string) => string): readonly string[];
    /** Sections after "Allowed calls", as Markdown lines. `table` renders a Markdown table. */
    sections?(
      env: EnvironmentModel,
      table: (header: readonly string[], rows: readonly (readonly string[])[]) => string,
    ): readonly string[];
    /** What the Secret Manager keys' least-privilege line adds for it (its operator's own keys), when the environment has it. */
    keysNote?(env: EnvironmentModel): string | undefined;
    /** Its name in the cluster line's "spread over zones", when the environment has it and it spreads. */
    zoneSpread?(env: EnvironmentModel): string | undefined;
    /** The inventory's "identifying fields" of its kinds. */
    readonly identifyingFields?: Readonly<Record<string, (object: KubeObject, spec: Json) => string>>;
  };
}
