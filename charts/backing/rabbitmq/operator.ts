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

/** Where the topology operator finds the broker's CA among the trusted roots (Go reads /etc/ssl/certs). */
export const trustedCaPath = (cluster: string) => `/etc/ssl/certs/${cluster}-ca.crt`;

export function operatorRelease(model: RabbitMqModel, chart: HelmChart): HelmRelease {
  const file = `${model.cluster}-ca.crt`;
  // Both call the broker's management API over TLS: they trust the broker's CA (the CA only, not the key).
  const trust = {
    extraVolumes: [
      { name: 'rabbitmq-ca', secret: { secretName: `${model.cluster}-tls`, items: [{ key: 'ca.crt', path: file }] } },
    ],
    extraVolumeMounts: [
      { name: 'rabbitmq-ca', mountPath: trustedCaPath(model.cluster), subPath: file, readOnly: true },
    ],
  };
  return {
    name: OPERATOR_RELEASE,
    namespace: model.namespace,
    chart,
    // After the broker's certificate (wave policy + 3), whose CA its pods mount: the Secret exists before
    // they start (Go reads the trusted roots once). Nothing before the broker (wave dataClusters) needs
    // the operators or their CRDs.
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
