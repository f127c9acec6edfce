import type { App } from 'cdk8s';
import type { EnvironmentModel, WorkloadModel, WorkloadRole } from '../lib/model';
import { KafkaChart, type KafkaNodePoolSpec } from './kafka';
import { MongoChart } from './mongodb';
import type { NetworkRule } from './network-policy';
import { NamespacesChart } from './namespaces';
import { PriorityClassesChart } from './priority-classes';
import { SecretStoresChart } from './secret-stores';
import { WorkloadChart } from './workload';

/** Port of the Istio sidecar's merged Prometheus metrics (application and Envoy). */
const ISTIO_METRICS_PORT = 15020;
/** Port of istiod's xDS and certificate service, which every sidecar connects to. */
const ISTIOD_XDS_PORT = 15012;
/** Cloud SQL's server-side port, which the Auth Proxy connects to. */
const CLOUD_SQL_SERVER_PORT = 3307;
/**
 * The GKE metadata server, which hands out Workload Identity tokens: 169.254.169.254:80, served on
 * 169.254.169.252:988 under GKE Dataplane V2.
 */
const METADATA_SERVER: readonly NetworkRule[] = [
  { peer: { cidr: '169.254.169.254/32' }, ports: [{ port: 80 }] },
  { peer: { cidr: '169.254.169.252/32' }, ports: [{ port: 988 }] },
];
const DNS: NetworkRule = {
  peer: { namespace: 'kube-system', podLabels: { 'k8s-app': 'kube-dns' } },
  ports: [
    { port: 53, protocol: 'UDP' },
    { port: 53, protocol: 'TCP' },
  ],
};

const podsOf = (w: WorkloadModel) => ({ namespace: w.namespace, podLabels: { 'app.kubernetes.io/name': w.name } });

/**
 * The connections a workload needs and no others: from its callers (and, for an API gateway, the
 * ingress gateway) to its port, from Prometheus to the sidecar's metrics; to DNS, istiod, the metadata
 * server, its callees and the backing services it uses.
 */
function networkRules(env: EnvironmentModel, workload: WorkloadModel) {
  const s = env.surroundings;
  const callers = env.workloads.filter((w) => w.calls.includes(workload.name));
  const callees = env.workloads.filter((w) => workload.calls.includes(w.name));
  const port = [{ port: workload.port }];
  const ingress: NetworkRule[] = [
    ...(workload.role === 'api-gateway'
      ? [{ peer: { namespace: s.ingressGateway.namespace, podLabels: { istio: s.ingressGateway.name } }, ports: port }]
      : []),
    ...callers.map((caller) => ({ peer: podsOf(caller), ports: port })),
    { peer: { namespace: s.monitoringNamespace }, ports: [{ port: ISTIO_METRICS_PORT }] },
  ];
  const egress: NetworkRule[] = [
    DNS,
    { peer: { namespace: s.istioNamespace, podLabels: { app: 'istiod' } }, ports: [{ port: ISTIOD_XDS_PORT }] },
    ...METADATA_SERVER,
    ...callees.map((callee) => ({ peer: podsOf(callee), ports: [{ port: callee.port }] })),
    ...(workload.uses.kafka ? [{ peer: { namespace: s.kafka.namespace }, ports: [{ port: s.kafka.port }] }] : []),
    ...(workload.uses.mongodb ? [{ peer: { namespace: s.mongodb.namespace }, ports: [{ port: s.mongodb.port }] }] : []),
    ...(workload.cloudSql
      ? [
          { peer: { cidr: s.privateServicesCidr }, ports: [{ port: CLOUD_SQL_SERVER_PORT }] },
          { peer: { cidr: s.googleApisCidr }, ports: [{ port: 443 }] },
        ]
      : []),
    ...(workload.uses.redis ? [{ peer: { cidr: s.privateServicesCidr }, ports: [{ port: s.redisPort }] }] : []),
  ];
  return { ingress, egress };
}

/**
 * Adds the charts of one environment to an app. This is the one place where the model is mapped to
 * construct props; each chart id becomes a file name under `dist/<environment>/`.
 */
export function addPlatformCharts(app: App, env: EnvironmentModel): void {
  const platform = env.platform;
  /** The gateways are the entry points: without them nothing behind them is reachable. */
  const priorities: Record<WorkloadRole, { value: number; description: string }> = {
    'api-gateway': { value: 100000, description: `${platform} API gateways: entry points of all traffic` },
    microservice: { value: 90000, description: `${platform} microservices` },
  };
  const priorityClass = (role: WorkloadRole) => `${platform}-${role}`;
  new NamespacesChart(app, 'namespaces', {
    platform,
    namespaces: env.namespaces,
    // Strimzi does not support sidecars; MongoDB has its own TLS and authentication (see SidecarlessDestination).
    outsideMesh: [...new Set([env.kafka?.namespace, env.mongodb?.namespace].filter((n) => n !== undefined))],
  });
  new PriorityClassesChart(app, 'priority-classes', {
    platform,
    classes: (Object.keys(priorities) as WorkloadRole[]).map((role) => ({
      name: priorityClass(role),
      ...priorities[role],
    })),
  });
  const secretStore = 'gcp-secret-manager';
  new SecretStoresChart(app, 'secret-stores', {
    platform,
    name: secretStore,
    gcpProject: env.gcpProject,
    stores: env.secretStores,
  });
  if (env.kafka) addKafkaChart(app, env, env.kafka);
  if (env.mongodb) addMongoChart(app, env, env.mongodb, secretStore);
  for (const workload of env.workloads) {
    new WorkloadChart(app, workload.name, {
      platform,
      name: workload.name,
      namespace: workload.namespace,
      component: workload.role,
      priorityClassName: priorityClass(workload.role),
      imageRepository: workload.imageRepository,
      imageTag: workload.imageTag,
      port: workload.port,
      protocol: workload.protocol,
      replicas: workload.replicas,
      spreadAcrossZones: env.highAvailability,
      healthPaths: workload.healthPaths,
      resources: workload.resources,
      gcpServiceAccount: workload.gcpServiceAccount,
      kubernetesApi: workload.kubernetesApi,
      ...(Object.keys(workload.config).length > 0 ? { config: workload.config } : {}),
      ...(workload.secrets.length > 0
        ? {
            secret: { name: workload.secretName, env: workload.secrets.map((s) => ({ name: s.envVar, key: s.key })) },
            secretSource: { store: secretStore, entries: workload.secrets },
          }
        : {}),
      ...(workload.cloudSql
        ? {
            cloudSqlProxy: {
              image: workload.cloudSql.proxyImage,
              instanceConnectionName: workload.cloudSql.instanceConnectionName,
              resources: workload.cloudSql.proxyResources,
            },
          }
        : {}),
      ...(workload.secretMounts.length > 0
        ? {
            secretVolumes: workload.secretMounts.map((m) => ({
              name: m.volume,
              secretName: m.secretName,
              mountPath: m.mountPath,
            })),
          }
        : {}),
      network: networkRules(env, workload),
    });
  }
}

/** Pods of a workload, by name: what the Kafka listener and MongoDB admit. */
const podsNamed = (name: string, namespace: string) => ({
  namespace,
  podLabels: { 'app.kubernetes.io/name': name },
});

function addKafkaChart(app: App, env: EnvironmentModel, kafka: NonNullable<EnvironmentModel['kafka']>): void {
  // KRaft: three nodes that are both controller and broker, or three dedicated controllers beside three brokers.
  const nodePools: KafkaNodePoolSpec[] = kafka.controllers
    ? [
        { name: 'controllers', roles: ['controller'], ...kafka.controllers },
        { name: 'brokers', roles: ['broker'], ...kafka.brokers },
      ]
    : [{ name: 'dual-role', roles: ['controller', 'broker'], ...kafka.brokers }];
  new KafkaChart(app, 'kafka', {
    platform: env.platform,
    name: kafka.cluster,
    namespace: kafka.namespace,
    version: kafka.version,
    port: kafka.port,
    nodePools,
    acrossZones: kafka.acrossZones,
    topics: kafka.topics,
    clientNamespace: kafka.clientNamespace,
    clients: kafka.users.map((user) => ({
      name: user.user,
      produces: user.produces,
      consumes: user.consumes,
      ...(user.consumerGroup ? { consumerGroup: user.consumerGroup } : {}),
      podLabels: podsNamed(user.user, kafka.clientNamespace).podLabels,
    })),
  });
}

function addMongoChart(
  app: App,
  env: EnvironmentModel,
  mongodb: NonNullable<EnvironmentModel['mongodb']>,
  secretStore: string,
): void {
  new MongoChart(app, 'mongodb', {
    platform: env.platform,
    name: mongodb.cluster,
    namespace: mongodb.namespace,
    replicaSet: mongodb.replicaSet,
    port: mongodb.port,
    image: mongodb.image,
    backupImage: mongodb.backupImage,
    storageGiB: mongodb.storageGiB,
    resources: mongodb.resources,
    acrossZones: mongodb.acrossZones,
    users: mongodb.users,
    clients: mongodb.users.map((user) => podsNamed(user.name, user.namespace)),
    clientNamespaces: mongodb.clientNamespaces,
    clientCaSecret: mongodb.clientCaSecret,
    tlsSecret: mongodb.tlsSecret,
    secretStore,
    systemUsersRemoteKey: mongodb.systemUsersRemoteKey,
    backup: mongodb.backup,
    // Name resolution, and the storage API for backups (through Private Google Access).
    egress: [DNS, { peer: { cidr: env.surroundings.googleApisCidr }, ports: [{ port: 443 }] }],
  });
}
