import { ExternalSecret } from '@kubernetes-models/external-secrets/external-secrets.io/v1/ExternalSecret';
import { SecretStore } from '@kubernetes-models/external-secrets/external-secrets.io/v1/SecretStore';
import { ApiObject } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import { addModel } from './model-object';
import { setSyncWave, SYNC_WAVE } from './sync-waves';

/** Props of `SecretCopy`. */
export interface SecretCopyProps {
  /** Name of the copy: the Secret created beside its readers, and of the ExternalSecret that owns it. */
  readonly name: string;
  /** Namespace of the copy (its readers'). */
  readonly namespace: string;
  /** Namespace of the original Secret. */
  readonly sourceNamespace: string;
  /** Name of the original Secret. */
  readonly sourceSecret: string;
  /**
   * The keys to copy.
   * @default - every key of the original, as it is at each refresh
   */
  readonly keys?: readonly string[];
  /** Labels of every object. @default - the chart's labels only */
  readonly labels?: Readonly<Record<string, string>>;
  /**
   * How often the copy is refreshed (a Go duration): a renewed certificate reaches the readers within it.
   * @default '1h'
   */
  readonly refreshInterval?: string;
}

/**
 * A read-only copy of a Secret of another namespace, kept in sync by External Secrets (its Kubernetes
 * provider), for Secrets that an operator publishes in its own namespace and that clients elsewhere
 * need, such as a CA certificate. The copy's namespace gets a ServiceAccount and a SecretStore that reads
 * as it; in the source namespace a Role lets that ServiceAccount `get` the one Secret and nothing else.
 * Only the ExternalSecret's keys are copied, but the Role cannot narrow `get` below the whole Secret.
 * @see https://external-secrets.io/latest/provider/kubernetes/
 */
export class SecretCopy extends Construct {
  constructor(scope: Construct, id: string, props: SecretCopyProps) {
    super(scope, id);
    const { name, namespace, sourceNamespace, sourceSecret } = props;
    const labels = { ...props.labels };
    const reader = `${name}-reader`;
    const account = new kplus.ServiceAccount(this, 'Reader', {
      metadata: { name: reader, namespace, labels },
      // External Secrets requests tokens for it; no pod runs as it.
      automountToken: false,
    });
    // Named after the copy's namespace as well: several namespaces may copy one Secret.
    const grant = `${namespace}-${reader}`;
    const role = new kplus.k8s.KubeRole(this, 'Role', {
      metadata: { name: grant, namespace: sourceNamespace, labels },
      rules: [{ apiGroups: [''], resources: ['secrets'], resourceNames: [sourceSecret], verbs: ['get'] }],
    });
    const binding = new kplus.k8s.KubeRoleBinding(this, 'RoleBinding', {
      metadata: { name: grant, namespace: sourceNamespace, labels },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: grant },
      subjects: [{ kind: 'ServiceAccount', name: reader, namespace }],
    });
    // The reader and its grant come with its store; the copy once the operator has made the original.
    for (const object of [ApiObject.of(account), role, binding]) setSyncWave(object, SYNC_WAVE.secretStores);
    const store = `${name}-source`;
    addModel(
      this,
      'Store',
      new SecretStore({
        metadata: { name: store, namespace, labels },
        spec: {
          provider: {
            kubernetes: {
              remoteNamespace: sourceNamespace,
              server: { caProvider: { type: 'ConfigMap', name: 'kube-root-ca.crt', key: 'ca.crt' } },
              auth: { serviceAccount: { name: reader } },
            },
          },
        },
      }),
    );
    const copy = addModel(
      this,
      'Resource',
      new ExternalSecret({
        metadata: { name, namespace, labels },
        spec: {
          refreshInterval: props.refreshInterval ?? '1h',
          secretStoreRef: { kind: 'SecretStore', name: store },
          target: { name, creationPolicy: 'Owner', deletionPolicy: 'Retain' },
          ...(props.keys
            ? { data: props.keys.map((key) => ({ secretKey: key, remoteRef: { key: sourceSecret, property: key } })) }
            : { dataFrom: [{ extract: { key: sourceSecret } }] }),
        },
      }),
    );
    setSyncWave(copy, SYNC_WAVE.dataAccess);
  }
}
