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
  return {
    name: OPERATOR_RELEASE,
    namespace: model.namespace,
    chart,
    wave: SYNC_WAVE.operators,
    crds: 'unannotated',
    values: {
      // The webhook's certificate from cert-manager: Helm's own would be new at every render.
      useCertManager: true,
      clusterOperator: {
        watchAllNamespaces: false,
        watchNamespaces: [model.namespace],
        // The platform's policies (network.yaml) replace the chart's.
        networkPolicy: { enabled: false },
      },
      msgTopologyOperator: {
        watchAllNamespaces: false,
        // The broker's namespace (vhost, exchanges, queues, bindings) and the clients' (users, permissions).
        watchNamespaces: [...new Set([model.namespace, ...model.clientNamespaces])].sort(),
        networkPolicy: { enabled: false },
        // It calls the broker's management API over TLS: trust the broker's CA (the CA only, not the key).
        extraVolumes: [
          {
            name: 'rabbitmq-ca',
            secret: { secretName: `${model.cluster}-tls`, items: [{ key: 'ca.crt', path: file }] },
          },
        ],
        extraVolumeMounts: [
          { name: 'rabbitmq-ca', mountPath: trustedCaPath(model.cluster), subPath: file, readOnly: true },
        ],
      },
    },
  };
}
