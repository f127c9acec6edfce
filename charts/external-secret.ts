import { ExternalSecret } from '@kubernetes-models/external-secrets/external-secrets.io/v1/ExternalSecret';
import type { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { addModel } from './model-object';

/** One key of the Secret and the Secret Manager secret it comes from. */
export interface ExternalSecretEntry {
  /** Key in the Kubernetes Secret. */
  readonly key: string;
  /** Name of the secret in Secret Manager (its latest version is synced). */
  readonly remoteKey: string;
  /**
   * The field to take when the remote secret is a JSON object.
   * @default - the whole value
   */
  readonly property?: string;
}

/** Props of `WorkloadExternalSecret`. */
export interface WorkloadExternalSecretProps {
  /** Name of the ExternalSecret. */
  readonly name: string;
  /** Namespace of the ExternalSecret, its store and the Secret it creates. */
  readonly namespace: string;
  /** Labels of every object. @default - the chart's labels only */
  readonly labels?: Readonly<Record<string, string>>;
  /** Name of the SecretStore (in the same namespace) to read from. */
  readonly store: string;
  /** Name of the Secret to create and own. */
  readonly target: string;
  /** The keys of the Secret, each from a Secret Manager key. */
  readonly entries: readonly ExternalSecretEntry[];
  /**
   * How often the Secret is refreshed from Secret Manager (a Go duration).
   * @default '1h'
   */
  readonly refreshInterval?: string;
}

/**
 * An ExternalSecret that creates and owns one Secret (creationPolicy Owner: deleting the ExternalSecret
 * deletes the Secret) from Secret Manager keys, so that no secret value is ever in Git.
 * @see https://external-secrets.io/latest/api/externalsecret/
 */
export class WorkloadExternalSecret extends Construct {
  readonly resource: ApiObject;

  constructor(scope: Construct, id: string, props: WorkloadExternalSecretProps) {
    super(scope, id);
    this.resource = addModel(
      this,
      'Resource',
      new ExternalSecret({
        metadata: { name: props.name, namespace: props.namespace, labels: { ...props.labels } },
        spec: {
          refreshInterval: props.refreshInterval ?? '1h',
          secretStoreRef: { kind: 'SecretStore', name: props.store },
          target: { name: props.target, creationPolicy: 'Owner', deletionPolicy: 'Retain' },
          data: props.entries.map((e) => ({
            secretKey: e.key,
            remoteRef: { key: e.remoteKey, ...(e.property ? { property: e.property } : {}), version: 'latest' },
          })),
        },
      }),
    );
  }
}
