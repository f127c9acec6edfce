import { Certificate } from '@kubernetes-models/cert-manager/cert-manager.io/v1/Certificate';
import { ClusterIssuer } from '@kubernetes-models/cert-manager/cert-manager.io/v1/ClusterIssuer';
import { ExternalSecret } from '@kubernetes-models/external-secrets/external-secrets.io/v1/ExternalSecret';
import type { Construct } from 'constructs';
import type { IConfigMap } from 'kubernetes-models/v1/ConfigMap';
import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import {
  Binding,
  BindingSpecDestinationType,
  Exchange,
  Permission,
  Queue,
  QueueSpecDeletionPolicy,
  RabbitmqCluster,
  RabbitmqClusterSpecPersistenceStorage,
  RabbitmqClusterSpecResourcesLimits,
  RabbitmqClusterSpecResourcesRequests,
  TopicPermission,
  User,
  Vhost,
  VhostSpecDefaultQueueType,
  VhostSpecDeletionPolicy,
} from '../../../imports/rabbitmq.com';
import type { ResourceSize } from '../../../lib/model';
import { addModel, addTyped } from '../../model-object';
import { addPodMonitor } from '../../workload-monitoring';
import { HOSTNAME, ZONE } from '../../operator-pods';
import { PlatformChart, type PlatformChartProps } from '../../platform-chart';
import { SidecarlessDestination } from '../../sidecarless-destination';
import { setSyncWave, SYNC_WAVE } from '../../sync-waves';
import type { RabbitMqClient, RabbitMqExchange, RabbitMqQueue } from './model';
import { permissionsOf, topicPermissionsOf } from './permissions';

/** The broker's TLS ports (its plain listeners are off): management API and Prometheus metrics. */
export const MANAGEMENT_TLS_PORT = 15671;
export const PROMETHEUS_TLS_PORT = 15691;

/** Where each node finds its certificate (and the CA) and its Erlang distribution's TLS options. */
const INTER_NODE_CERTS = '/etc/rabbitmq/certs';
const INTER_NODE_CONFIG = '/etc/rabbitmq/inter-node-tls.config';

/**
 * The TLS options of Erlang distribution between the nodes: each presents the node certificate, and
 * verifies the other's against the broker's CA and its host name.
 * @see https://www.rabbitmq.com/docs/clustering-ssl
 */
function interNodeTlsConfig(dir: string): string {
  const files = [
    `    {cacertfile, "${dir}/ca.crt"},`,
    `    {certfile,   "${dir}/tls.crt"},`,
    `    {keyfile,    "${dir}/tls.key"},`,
    '    {secure_renegotiate, true},',
  ];
  return [
    '[',
    '  {server, [',
    ...files,
    '    {fail_if_no_peer_cert, true},',
    '    {verify, verify_peer}',
    '  ]},',
    '  {client, [',
    ...files,
    '    {verify, verify_peer},',
    '    {customize_hostname_check, [',
    '      {match_fun, public_key:pkix_verify_hostname_match_fun(https)}',
    '    ]}',
    '  ]}',
    '].',
    '',
  ].join('\n');
}

/** Labels the cluster operator gives every RabbitMQ node of a cluster. */
export const brokerPodLabels = (cluster: string) => ({ 'app.kubernetes.io/name': cluster });

/** Props of `RabbitMqChart`. */
export interface RabbitMqChartProps extends PlatformChartProps {
  /** Name of the RabbitmqCluster. */
  readonly name: string;
  /** Its namespace, outside the mesh (the broker terminates its own TLS). */
  readonly namespace: string;
  /** The virtual host of every exchange and queue (created here, quorum queues by default). */
  readonly vhost: string;
  /** RabbitMQ image with its tag (4.x, management plugin included). */
  readonly image: string;
  /** Nodes: 1 or an odd number. */
  readonly replicas: number;
  /** Requests and limits of each node's RabbitMQ container. */
  readonly resources: ResourceSize;
  /** Persistent volume of each node, in GiB. */
  readonly storageGiB: number;
  /** One node per zone (hard) as well as per Kubernetes node. @default false */
  readonly acrossZones?: boolean;
  /** The exchanges (durable topic exchanges) and the events each carries. */
  readonly exchanges: readonly RabbitMqExchange[];
  /** The consumers' queues (durable, quorum) and their bindings. */
  readonly queues: readonly RabbitMqQueue[];
  /** The clients: each gets a User, a Permission, TopicPermissions, its credentials and certificate. */
  readonly clients: readonly RabbitMqClient[];
  /** cert-manager's namespace, where the broker's CA keeps its key (a CA ClusterIssuer reads it there). */
  readonly certManagerNamespace: string;
}

/**
 * A RabbitMQ cluster run by the RabbitMQ cluster operator, its topology run by the messaging topology
 * operator, and everything that grants access to it:
 * - a CA of its own (cert-manager: a self-signed CA certificate and a CA ClusterIssuer), the broker's
 *   server certificate, and one client certificate beside each client: AMQP only over TLS (5671), which
 *   verifies the client's certificate (mutual TLS) before the client's password;
 * - the RabbitmqCluster: its nodes spread over nodes (and zones), persistent storage, the plain listeners
 *   off, topology objects admitted from the clients' namespaces only; a PodDisruptionBudget;
 * - the virtual host (quorum queues by default), one durable topic exchange per declared exchange, one
 *   durable quorum queue per consumer, bound to the exchange of each event it consumes by that event;
 * - beside each client, a User whose username and password come from Secret Manager through the client's
 *   own SecretStore (an ExternalSecret), a Permission with exactly the rights its events need
 *   (permissions.ts) and a TopicPermission per exchange it writes;
 * - a DestinationRule that keeps the mesh from wrapping the clients' TLS in its own, and a PodMonitor.
 * Deleting a Vhost or Queue object leaves the vhost or queue in RabbitMQ (`deletionPolicy: retain`).
 * @see https://www.rabbitmq.com/kubernetes/operator/using-operator
 * @see https://www.rabbitmq.com/kubernetes/operator/using-topology-operator
 */
export class RabbitMqChart extends PlatformChart {
  readonly cluster: RabbitmqCluster;

  constructor(scope: Construct, id: string, props: RabbitMqChartProps) {
    super(scope, id, props);
    const { name: cluster, namespace, vhost } = props;
    const reference = { name: cluster, namespace };
    const tlsSecret = `${cluster}-tls`;
    const selfSigned = `${cluster}-selfsigned`;
    const caIssuer = `${cluster}-ca`;
    const issuerRef = (name: string) => ({ group: 'cert-manager.io', kind: 'ClusterIssuer', name });
    const key = { algorithm: 'ECDSA' as const, size: 256, rotationPolicy: 'Always' as const };

    // The CA: a self-signed certificate whose key stays in cert-manager's namespace, then the issuer that
    // signs with it. Each step waits for the one before (Argo CD checks issuers' and certificates' health).
    addModel(this, 'SelfSigned', new ClusterIssuer({ metadata: { name: selfSigned }, spec: { selfSigned: {} } }));
    setSyncWave(
      addModel(
        this,
        'CaCertificate',
        new Certificate({
          metadata: { name: caIssuer, namespace: props.certManagerNamespace },
          spec: {
            isCA: true,
            commonName: `${cluster} CA`,
            secretName: caIssuer,
            duration: '87600h',
            privateKey: key,
            issuerRef: issuerRef(selfSigned),
          },
        }),
      ),
      SYNC_WAVE.policy + 1,
    );
    setSyncWave(
      addModel(
        this,
        'CaIssuer',
        new ClusterIssuer({ metadata: { name: caIssuer }, spec: { ca: { secretName: caIssuer } } }),
      ),
      SYNC_WAVE.policy + 2,
    );
    const service = `${cluster}.${namespace}.svc`;
    const nodeNames = `*.${cluster}-nodes.${namespace}`;
    const nodes = `${nodeNames}.svc`;
    setSyncWave(
      addModel(
        this,
        'ServerCertificate',
        new Certificate({
          metadata: { name: tlsSecret, namespace },
          spec: {
            secretName: tlsSecret,
            commonName: service,
            // The Service, and each node as its peers reach it (`<pod>.<cluster>-nodes.<namespace>`).
            dnsNames: [service, `${service}.cluster.local`, nodeNames, nodes, `${nodes}.cluster.local`],
            // The nodes are servers to clients and to each other, and clients of each other.
            usages: ['server auth', 'client auth', 'digital signature'],
            privateKey: key,
            issuerRef: issuerRef(caIssuer),
          },
        }),
      ),
      SYNC_WAVE.policy + 3,
    );

    const interNodeConfig = `${cluster}-inter-node-tls`;
    const distribution = `-proto_dist inet_tls -ssl_dist_optfile ${INTER_NODE_CONFIG}`;
    const interNode: IConfigMap = {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: interNodeConfig, namespace },
      data: { 'inter_node_tls.config': interNodeTlsConfig(INTER_NODE_CERTS) },
    };
    setSyncWave(addTyped(this, 'InterNodeTls', interNode), SYNC_WAVE.policy + 3);
    const anti = (topologyKey: string) => ({
      labelSelector: { matchLabels: brokerPodLabels(cluster) },
      topologyKey,
    });
    this.cluster = new RabbitmqCluster(this, 'Cluster', {
      metadata: {
        name: cluster,
        namespace,
        // Users and Permissions live beside their clients (their credentials are there).
        annotations: {
          'rabbitmq.com/topology-allowed-namespaces': [...new Set(props.clients.map((c) => c.namespace))]
            .sort()
            .join(','),
        },
      },
      spec: {
        replicas: props.replicas,
        image: props.image,
        resources: {
          requests: {
            cpu: RabbitmqClusterSpecResourcesRequests.fromString(`${props.resources.requests.cpuMillis}m`),
            memory: RabbitmqClusterSpecResourcesRequests.fromString(`${props.resources.requests.memoryMiB}Mi`),
          },
          limits: {
            cpu: RabbitmqClusterSpecResourcesLimits.fromString(`${props.resources.limits.cpuMillis}m`),
            memory: RabbitmqClusterSpecResourcesLimits.fromString(`${props.resources.limits.memoryMiB}Mi`),
          },
        },
        persistence: { storage: RabbitmqClusterSpecPersistenceStorage.fromString(`${props.storageGiB}Gi`) },
        // AMQP, management and metrics over TLS only; clients present a certificate of the broker's CA.
        tls: { secretName: tlsSecret, caSecretName: tlsSecret, disableNonTlsListeners: true },
        rabbitmq: {
          // The operator sets `ssl_options.verify = verify_peer` (caSecretName); a client must also present one.
          additionalConfig: [
            'ssl_options.fail_if_no_peer_cert = true',
            'cluster_partition_handling = pause_minority',
            'default_queue_type = quorum',
            '',
          ].join('\n'),
          // Erlang distribution (clustering, CLI tools) over mutual TLS too, as the operator's example does.
          envConfig: [
            `SERVER_ADDITIONAL_ERL_ARGS="${distribution}"`,
            `RABBITMQ_CTL_ERL_ARGS="${distribution}"`,
            '',
          ].join('\n'),
        },
        override: {
          statefulSet: {
            spec: {
              template: {
                spec: {
                  containers: [
                    {
                      name: 'rabbitmq',
                      volumeMounts: [
                        { name: 'inter-node-tls', mountPath: INTER_NODE_CERTS },
                        { name: 'inter-node-config', mountPath: INTER_NODE_CONFIG, subPath: 'inter_node_tls.config' },
                      ],
                    },
                  ],
                  volumes: [
                    {
                      name: 'inter-node-tls',
                      secret: {
                        secretName: tlsSecret,
                        items: ['ca.crt', 'tls.crt', 'tls.key'].map((key) => ({ key, path: key, mode: 0o440 })),
                      },
                    },
                    { name: 'inter-node-config', configMap: { name: interNodeConfig } },
                  ],
                },
              },
            },
          },
        },
        affinity: {
          podAntiAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: props.acrossZones
              ? [anti(ZONE), anti(HOSTNAME)]
              : [anti(HOSTNAME)],
          },
        },
      },
    });
    const budget: IPodDisruptionBudget = {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: cluster, namespace },
      spec: { maxUnavailable: 1, selector: { matchLabels: brokerPodLabels(cluster) } },
    };
    setSyncWave(addTyped(this, 'Disruption', budget), SYNC_WAVE.dataClusters);

    new Vhost(this, 'Vhost', {
      metadata: { name: vhost, namespace },
      spec: {
        name: vhost,
        defaultQueueType: VhostSpecDefaultQueueType.QUORUM,
        deletionPolicy: VhostSpecDeletionPolicy.RETAIN,
        rabbitmqClusterReference: reference,
      },
    });
    for (const exchange of props.exchanges) {
      new Exchange(this, `exchange-${exchange.name}`, {
        metadata: { name: exchange.name, namespace },
        spec: {
          name: exchange.name,
          vhost,
          type: 'topic',
          durable: true,
          autoDelete: false,
          rabbitmqClusterReference: reference,
        },
      });
    }
    for (const queue of props.queues) {
      new Queue(this, `queue-${queue.name}`, {
        metadata: { name: queue.name, namespace },
        spec: {
          name: queue.name,
          vhost,
          type: 'quorum',
          durable: true,
          autoDelete: false,
          deletionPolicy: QueueSpecDeletionPolicy.RETAIN,
          rabbitmqClusterReference: reference,
        },
      });
      for (const binding of queue.bindings) {
        new Binding(this, `binding-${queue.name}-${binding.event}`, {
          metadata: { name: `${queue.name}.${binding.event}`, namespace },
          spec: {
            vhost,
            source: binding.exchange,
            destination: queue.name,
            destinationType: BindingSpecDestinationType.QUEUE,
            routingKey: binding.event,
            rabbitmqClusterReference: reference,
          },
        });
      }
    }

    const eventsOf = new Map(props.exchanges.map((e) => [e.name, e.events]));
    for (const client of props.clients) {
      const at = { namespace: client.namespace };
      // Its username and password, from Secret Manager through its own store (the key its pods read too).
      addModel(
        this,
        `credentials-${client.name}`,
        new ExternalSecret({
          metadata: { name: client.credentialsSecret, ...at },
          spec: {
            refreshInterval: '1h',
            secretStoreRef: { kind: 'SecretStore', name: client.secretStore },
            target: {
              name: client.credentialsSecret,
              creationPolicy: 'Owner',
              deletionPolicy: 'Retain',
              template: { mergePolicy: 'Merge', data: { username: client.name } },
            },
            data: [{ secretKey: 'password', remoteRef: { key: client.passwordRemoteKey, version: 'latest' } }],
          },
        }),
      );
      setSyncWave(
        addModel(
          this,
          `certificate-${client.name}`,
          new Certificate({
            metadata: { name: client.tlsSecret, ...at },
            spec: {
              secretName: client.tlsSecret,
              commonName: client.name,
              usages: ['client auth', 'digital signature'],
              privateKey: key,
              issuerRef: issuerRef(caIssuer),
            },
          }),
        ),
        SYNC_WAVE.policy + 3,
      );
      new User(this, `user-${client.name}`, {
        metadata: { name: client.name, ...at },
        spec: {
          importCredentialsSecret: { name: client.credentialsSecret },
          tags: [],
          rabbitmqClusterReference: reference,
        },
      });
      new Permission(this, `permission-${client.name}`, {
        metadata: { name: client.name, ...at },
        spec: {
          vhost,
          userReference: { name: client.name },
          permissions: permissionsOf(client),
          rabbitmqClusterReference: reference,
        },
      });
      for (const topic of topicPermissionsOf(client, (exchange) => eventsOf.get(exchange) ?? [])) {
        new TopicPermission(this, `topic-permission-${client.name}-${topic.exchange}`, {
          metadata: { name: `${client.name}.${topic.exchange}`, ...at },
          spec: {
            vhost,
            userReference: { name: client.name },
            permissions: topic,
            rabbitmqClusterReference: reference,
          },
        });
      }
    }

    new SidecarlessDestination(this, 'Destination', { name: cluster, namespace });

    // Each node serves its metrics over TLS, with the server certificate of the broker's CA.
    addPodMonitor(this, {
      name: cluster,
      namespace,
      selector: brokerPodLabels(cluster),
      endpoint: {
        port: 'prometheus-tls',
        path: '/metrics',
        scheme: 'https',
        tlsConfig: { ca: { secret: { name: tlsSecret, key: 'ca.crt' } }, serverName: service },
      },
    });
  }
}
