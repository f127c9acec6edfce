/**
 * The two RabbitMQ operators as one pinned Helm release: Bitnami's `rabbitmq-cluster-operator` chart
 * installs the cluster operator and the messaging topology operator (and their CRDs) in the broker's
 * namespace. `npm run check:operators` renders it when its source is in ../shared/charts and says so
 * when it is not.
 */
import type { HelmChart } from '../../../lib/model';
import type { HelmRelease } from '../../gitops';
import { SYNC_WAVE } from '../../sync-waves';
import type { RabbitMqModel } from './model';

/** Name of the release and of its Application. */
export const OPERATOR_RELEASE = 'rabbitmq-cluster-operator';

/** The folder of the broker's CA in the operators' pods, among those Go reads trusted roots from. */
export const TRUSTED_CA_DIR = '/etc/rabbitmq-ca';

export function operatorRelease(model: RabbitMqModel, chart: HelmChart): HelmRelease {
  // Both call the broker's management API over TLS: they trust the broker's CA (the CA only, not the key).
  // The Secret is the broker's certificate's, made in the platform's Application, which Argo CD creates
  // only once this one is healthy: so the volume is optional (a pod that waited for it would never start)
  // and mounted whole, not by subPath (kubelet fills it in when the Secret appears; a subPath mount would
  // stay empty). Go reads the roots of SSL_CERT_DIR once, at the first TLS handshake: the first call to a
  // broker's management API, which waits for the broker, which mounts the same Secret.
  const trust = {
    extraVolumes: [
      {
        name: 'rabbitmq-ca',
        secret: {
          secretName: `${model.cluster}-tls`,
          optional: true,
          items: [{ key: 'ca.crt', path: `${model.cluster}-ca.crt` }],
        },
      },
    ],
    extraVolumeMounts: [{ name: 'rabbitmq-ca', mountPath: TRUSTED_CA_DIR, readOnly: true }],
    extraEnvVars: [{ name: 'SSL_CERT_DIR', value: `/etc/ssl/certs:${TRUSTED_CA_DIR}` }],
  };
  return {
    name: OPERATOR_RELEASE,
    namespace: model.namespace,
    chart,
    // Among the operators, before the platform's Application (which needs its CRDs); its own order there
    // does not matter: nothing of the bootstrap needs it.
    wave: SYNC_WAVE.policy + 4,
    crds: 'unannotated',
    // The topology operator's RoleBindings where it watches: the clients' namespaces.
    writesTo: model.clientNamespaces.filter((ns) => ns !== model.namespace),
    values: {
      // The chart's versioned images (2.16.1, 1.17.4) are no longer under docker.io/bitnami since Bitnami's
      // 2025 catalogue change; `bitnamilegacy` keeps every versioned tag, frozen.
      // The webhook's certificate from cert-manager: Helm's own would be new at every render.
      useCertManager: true,
      clusterOperator: {
        image: { repository: 'bitnamilegacy/rabbitmq-cluster-operator' },
        watchAllNamespaces: false,
        watchNamespaces: [model.namespace],
        // The platform's policies (network.yaml) replace the chart's.
        networkPolicy: { enabled: false },
        ...trust,
      },
      msgTopologyOperator: {
        image: { repository: 'bitnamilegacy/rmq-messaging-topology-operator' },
        watchAllNamespaces: false,
        // The broker's namespace (vhost, exchanges, queues, bindings) and the clients' (users, permissions).
        watchNamespaces: [...new Set([model.namespace, ...model.clientNamespaces])].sort(),
        networkPolicy: { enabled: false },
        ...trust,
      },
    },
  };
}
