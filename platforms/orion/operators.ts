/**
 * The chart of RabbitMQ's operators (the cluster operator and the messaging topology operator):
 * Bitnami's rabbitmq-cluster-operator, the pin the RabbitMQ plug-in is built and checked against
 * (charts/backing/rabbitmq/README.md). Not among ../shared/charts: built from source, it renders and every
 * claim holds (docs/design/gitops.md#charts-built-from-source).
 */
export const RABBITMQ_OPERATORS = {
  repoURL: 'oci://registry-1.docker.io/bitnamicharts',
  chart: 'rabbitmq-cluster-operator',
  version: '4.4.40',
};
