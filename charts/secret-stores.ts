import { SecretStore } from '@kubernetes-models/external-secrets/external-secrets.io/v1/SecretStore';
import { ApiObject } from 'cdk8s';
import { ServiceAccount } from 'cdk8s-plus-28';
import type { Construct } from 'constructs';
import { addModel } from './model-object';
import { PlatformChart, type PlatformChartProps } from './platform-chart';
import { setSyncWave, SYNC_WAVE } from './sync-waves';

/** The SecretStore of one namespace and the identity it reads Secret Manager with. */
export interface SecretStoreSpec {
  /** Namespace of the SecretStore and of the ServiceAccount it authenticates as. */
  readonly namespace: string;
  /** GCP service account (e-mail) allowed to read the namespace's secrets, bound through Workload Identity. */
  readonly gcpServiceAccount: string;
}

/** Props of `SecretStoresChart`. */
export interface SecretStoresChartProps extends PlatformChartProps {
  /** GCP project whose Secret Manager holds the secrets. */
  readonly gcpProject: string;
  /** One SecretStore per namespace that reads Secret Manager. */
  readonly stores: readonly SecretStoreSpec[];
  /**
   * Name of each store and of the Kubernetes ServiceAccount it authenticates as.
   * @default 'gcp-secret-manager'
   */
  readonly name?: string;
}

/**
 * One External Secrets SecretStore per application namespace, reading the environment project's Secret
 * Manager as the namespace's own GCP service account (Workload Identity: no key anywhere). A
 * SecretStore, unlike a ClusterSecretStore, cannot be used from another namespace.
 * @see https://external-secrets.io/latest/provider/google-secrets-manager/
 */
export class SecretStoresChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: SecretStoresChartProps) {
    super(scope, id, props);
    const name = props.name ?? 'gcp-secret-manager';
    for (const store of props.stores) {
      const { namespace } = store;
      const account = new ServiceAccount(this, `${namespace}-account`, {
        metadata: { name, namespace, annotations: { 'iam.gke.io/gcp-service-account': store.gcpServiceAccount } },
        // The operator requests tokens for this account; its own pods never run as it.
        automountToken: false,
      });
      // Needed with the store, long before the workloads' ServiceAccounts.
      setSyncWave(ApiObject.of(account), SYNC_WAVE.secretStores);
      addModel(
        this,
        `${namespace}-store`,
        new SecretStore({
          metadata: { name, namespace },
          spec: {
            provider: {
              gcpsm: { projectID: props.gcpProject, auth: { workloadIdentity: { serviceAccountRef: { name } } } },
            },
          },
        }),
      );
    }
  }
}
