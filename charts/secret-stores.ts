import { SecretStore } from '@kubernetes-models/external-secrets/external-secrets.io/v1/SecretStore';
import { ApiObject } from 'cdk8s';
import { ServiceAccount } from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { WorkloadExternalSecret, type ExternalSecretEntry } from './external-secret';
import { addModel } from './model-object';
import { PlatformChart, type PlatformChartProps } from './platform-chart';
import { setSyncWave, SYNC_WAVE } from './sync-waves';

/** Props of `SecretManagerStore`. */
export interface SecretManagerStoreProps {
  /** Name of the SecretStore. */
  readonly name: string;
  /** Namespace of the SecretStore and of the ServiceAccount it authenticates as. */
  readonly namespace: string;
  /** GCP project whose Secret Manager holds the secrets. */
  readonly gcpProject: string;
  /** The Kubernetes ServiceAccount the store authenticates as (Workload Identity). */
  readonly serviceAccount: string;
  /**
   * The GCP service account (e-mail) to annotate that ServiceAccount with, when this construct creates
   * it; without it, the ServiceAccount is the caller's (a workload's own, already annotated).
   * @default - the ServiceAccount exists already
   */
  readonly gcpServiceAccount?: string;
  /**
   * Labels of the store (and of the ServiceAccount it creates).
   * @default - none
   */
  readonly labels?: Readonly<Record<string, string>>;
}

/**
 * An External Secrets SecretStore reading the project's Secret Manager as one Kubernetes ServiceAccount,
 * bound through Workload Identity to one GCP service account (no key anywhere): what the store can
 * read is what that GCP service account may read. A SecretStore, unlike a ClusterSecretStore, cannot be
 * used from another namespace. The ServiceAccount comes in an earlier sync wave than the store.
 * @see https://external-secrets.io/latest/provider/google-secrets-manager/
 */
export class SecretManagerStore extends Construct {
  /** The SecretStore. */
  readonly resource: ApiObject;

  constructor(scope: Construct, id: string, props: SecretManagerStoreProps) {
    super(scope, id);
    const { name, namespace, serviceAccount } = props;
    if (props.gcpServiceAccount !== undefined) {
      const account = new ServiceAccount(this, 'ServiceAccount', {
        metadata: {
          name: serviceAccount,
          namespace,
          labels: { ...props.labels },
          annotations: { 'iam.gke.io/gcp-service-account': props.gcpServiceAccount },
        },
        // The operator requests tokens for this account; no pod runs as it.
        automountToken: false,
      });
      setSyncWave(ApiObject.of(account), SYNC_WAVE.identities);
    }
    this.resource = addModel(
      this,
      'Store',
      new SecretStore({
        metadata: { name, namespace, labels: { ...props.labels } },
        spec: {
          provider: {
            gcpsm: {
              projectID: props.gcpProject,
              auth: { workloadIdentity: { serviceAccountRef: { name: serviceAccount } } },
            },
          },
        },
      }),
    );
  }
}

/** A store that belongs to no workload, with the ServiceAccount it reads as. */
export interface SharedStoreSpec {
  /** Name of the SecretStore. */
  readonly name: string;
  /** Namespace of the store and of its ServiceAccount. */
  readonly namespace: string;
  /** The ServiceAccount the store authenticates as, created beside it. */
  readonly serviceAccount: string;
  /** The only GCP service account allowed to read the store's keys. */
  readonly gcpServiceAccount: string;
}

/** A Secret made from Secret Manager keys through one of those stores. */
export interface SharedSecretSpec {
  /** Name of the ExternalSecret and of the Secret it creates. */
  readonly name: string;
  /** Namespace of the ExternalSecret, its store and the Secret. */
  readonly namespace: string;
  /** Name of the store (in the same namespace). */
  readonly store: string;
  /** The keys of the Secret and the Secret Manager keys they come from. */
  readonly entries: readonly ExternalSecretEntry[];
}

/** Props of `SecretStoresChart`. */
export interface SecretStoresChartProps extends PlatformChartProps {
  /** GCP project whose Secret Manager holds the secrets. */
  readonly gcpProject: string;
  /** The stores that belong to no workload. */
  readonly stores: readonly SharedStoreSpec[];
  /**
   * Secrets made through those stores.
   * @default - none
   */
  readonly secrets?: readonly SharedSecretSpec[];
}

/**
 * The Secret Manager stores that belong to no workload (each workload has its own, in its chart): the
 * MongoDB operator's, and those reading shared certificates such as the Redis server CA, with the
 * Secrets made through the latter.
 */
export class SecretStoresChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: SecretStoresChartProps) {
    super(scope, id, props);
    for (const store of props.stores) {
      new SecretManagerStore(this, `${store.namespace}-${store.name}`, { ...store, gcpProject: props.gcpProject });
    }
    for (const secret of props.secrets ?? []) {
      new WorkloadExternalSecret(this, `${secret.namespace}-${secret.name}`, { ...secret, target: secret.name });
    }
  }
}
