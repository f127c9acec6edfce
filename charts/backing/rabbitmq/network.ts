/**
 * Who may reach the broker, and what its namespace's pods may reach: the clients on AMQPS, the two
 * operators on the management API (as the cluster operator's own example policies admit them), Prometheus on the metrics, the nodes among
 * themselves (Erlang distribution, epmd, CLI tools), the API server on the topology operator's webhook.
 * Pod labels are those the cluster operator gives the nodes and the pinned chart
 * (bitnami/rabbitmq-cluster-operator) gives its two operators.
 */
import type { IsolatedNamespace } from '../../namespace-isolation';
import type { NetworkRule } from '../../network-policy';
import { brokerPodLabels, MANAGEMENT_TLS_PORT, PROMETHEUS_TLS_PORT } from './chart';
import type { RabbitMqModel } from './model';

/** The chart's two operators, by the labels it gives their pods. */
export const OPERATOR_PODS = {
  cluster: {
    'app.kubernetes.io/name': 'rabbitmq-cluster-operator',
    'app.kubernetes.io/component': 'rabbitmq-operator',
  },
  topology: {
    'app.kubernetes.io/name': 'rabbitmq-cluster-operator',
    'app.kubernetes.io/component': 'messaging-topology-operator',
  },
} as const;
/** The chart's metrics ports (cluster operator, topology operator) and the topology operator's webhook. */
export const OPERATOR_METRICS_PORTS = { cluster: 9782, topology: 8080 } as const;
export const TOPOLOGY_WEBHOOK_PORT = 9443;
/** Ports Prometheus scrapes in the broker's namespace. */
export const SCRAPED_PORTS = [PROMETHEUS_TLS_PORT, OPERATOR_METRICS_PORTS.cluster, OPERATOR_METRICS_PORTS.topology];

/** The egress rule of a client: the broker's nodes, on AMQPS. */
export function clientEgress(model: Pick<RabbitMqModel, 'cluster' | 'namespace' | 'port'>): NetworkRule {
  return {
    peer: { namespace: model.namespace, podLabels: brokerPodLabels(model.cluster) },
    ports: [{ port: model.port }],
  };
}

/** The shared rules the namespace's components need from the rest of the platform. */
export interface Surroundings {
  readonly dns: NetworkRule;
  /** The Kubernetes API server. */
  readonly api: NetworkRule;
  /** The control plane's address range (admission webhooks are called from it). */
  readonly controlPlaneCidr: string;
  /** The Prometheus pods. */
  readonly prometheus: NetworkRule['peer'];
  /** The pods of a client workload. */
  readonly podsOf: (name: string, namespace: string) => NetworkRule['peer'];
}

/** Deny-all plus these rules in the broker's namespace. */
export function brokerNamespace(model: RabbitMqModel, s: Surroundings): IsolatedNamespace {
  const here = (podLabels: Readonly<Record<string, string>>) => ({ namespace: model.namespace, podLabels });
  const broker = here(brokerPodLabels(model.cluster));
  const scrapedBy = (port: number): NetworkRule => ({ peer: s.prometheus, ports: [{ port }] });
  return {
    namespace: model.namespace,
    components: [
      {
        name: 'rabbitmq-cluster-operator',
        podSelector: OPERATOR_PODS.cluster,
        ingress: [scrapedBy(OPERATOR_METRICS_PORTS.cluster)],
        // The API (it also runs commands in the nodes through it), and the nodes' management API.
        egress: [s.dns, s.api, { peer: broker, ports: [{ port: MANAGEMENT_TLS_PORT }] }],
      },
      {
        name: 'messaging-topology-operator',
        podSelector: OPERATOR_PODS.topology,
        ingress: [
          { peer: { cidr: s.controlPlaneCidr }, ports: [{ port: TOPOLOGY_WEBHOOK_PORT }] },
          scrapedBy(OPERATOR_METRICS_PORTS.topology),
        ],
        // The API, and the management API of the broker it declares the topology on.
        egress: [s.dns, s.api, { peer: broker, ports: [{ port: MANAGEMENT_TLS_PORT }] }],
      },
      {
        name: model.cluster,
        podSelector: brokerPodLabels(model.cluster),
        ingress: [
          ...model.clients.map((c) => ({ peer: s.podsOf(c.name, c.namespace), ports: [{ port: model.port }] })),
          ...[OPERATOR_PODS.cluster, OPERATOR_PODS.topology].map((operator) => ({
            peer: here(operator),
            ports: [{ port: MANAGEMENT_TLS_PORT }],
          })),
          { peer: broker, ports: [] },
          scrapedBy(PROMETHEUS_TLS_PORT),
        ],
        // Each other (clustering), and the API (peer discovery).
        egress: [s.dns, s.api, { peer: broker, ports: [] }],
      },
    ],
  };
}
