/**
 * The constructs of the platform, for any cdk8s app: one construct per component, each with a
 * documented props interface. Every construct renders its final objects through cdk8s (`app.synth()`
 * emits what `npm run synth` emits); none names a service or host of a particular platform.
 *
 * `addPlatformCharts` maps a whole environment of a validated description (`lib/config`) onto them.
 *
 * @packageDocumentation
 */

// Charts: each becomes one file of dist/<environment>/.
export { PlatformChart, type PlatformChartProps } from './platform-chart';
export {
  GitOpsChart,
  type GitOpsChartProps,
  type GroupKind,
  type HelmRelease,
  type SyncWindow,
  type WorkloadScope,
} from './gitops';
export { NamespacesChart, type NamespacesChartProps } from './namespaces';
export { PriorityClassesChart, type PriorityClassesChartProps, type PriorityClassSpec } from './priority-classes';
export { MeshDefaultsChart, type MeshDefaultsChartProps, type ExternalService } from './mesh-defaults';
export { EdgeChart, type EdgeChartProps, type PublicHost } from './edge';
export { PlatformMonitoringChart, type PlatformMonitoringChartProps } from './platform-monitoring';
export {
  SecretStoresChart,
  type SecretStoresChartProps,
  type SharedStoreSpec,
  type SharedSecretSpec,
} from './secret-stores';
export {
  KafkaChart,
  type KafkaChartProps,
  type KafkaClientSpec,
  type KafkaNodePoolSpec,
  type KafkaNodeRole,
  type KafkaTopicSpec,
} from './backing/kafka/chart';
export { MongoChart, type MongoChartProps, type MongoBackupSpec, type MongoUserSpec } from './backing/mongodb/chart';
export { RabbitMqChart, type RabbitMqChartProps } from './backing/rabbitmq/chart';
export { WorkloadChart, type WorkloadChartProps } from './workload';

// Constructs, usable in any chart.
export { Workload, type WorkloadProps, type HealthPaths, type SecretEnv, type SecretVolume } from './workload';
export { type CloudSqlProxyContainerProps } from './backing/cloud-sql/proxy';
export { WorkloadExternalSecret, type WorkloadExternalSecretProps, type ExternalSecretEntry } from './external-secret';
export { WorkloadMeshPolicy, type WorkloadMeshPolicyProps } from './workload-mesh';
export { WorkloadMonitoring, type WorkloadMonitoringProps, type AlertThresholds } from './workload-monitoring';
export {
  WorkloadNetworkPolicy,
  type WorkloadNetworkPolicyProps,
  type NetworkPeer,
  type NetworkPort,
  type NetworkRule,
} from './network-policy';
export { IngressRoute, prefixRoutes, type IngressDestination, type IngressRouteProps } from './ingress-route';
export { SecretCopy, type SecretCopyProps } from './secret-copy';
export { SecretManagerStore, type SecretManagerStoreProps } from './secret-stores';
export { SidecarlessDestination, type SidecarlessDestinationProps } from './sidecarless-destination';
export { addGrafanaDashboard, type GrafanaDashboardProps, type DashboardPanel } from './grafana-dashboard';

// Shared building blocks.
export { addModel, addTyped, type KubernetesModel, type TypedObject } from './model-object';
export { SYNC_WAVE, setSyncWave, assignSyncWaves } from './sync-waves';
export type { CircuitBreaker, HelmChart, Replicas, ResourceAmounts, ResourceSize } from '../lib/model';

// The whole platform: one environment of a validated description, as charts.
export { addPlatformCharts } from './platform';
export { TracingChart, type TracingChartProps } from './tracing';
