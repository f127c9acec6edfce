/**
 * Seed 004 (../shared/seeds/004_4aad6160b38efcd8.txt), the cloud-native e-commerce platform on GKE, as
 * its diagram and its service table describe it. README.md beside this file lists every element of the
 * seed and what it became (or why not).
 */
import type { PlatformInput } from '../../lib/config/schema';

export const platform: PlatformInput = {
  name: 'shop',
  // The seed names no region; "built for high availability" on a regional, VPC-native cluster: three zones.
  // "VPC Native", not Dataplane V2: the legacy dataplane (Workload Identity's metadata server at the node).
  cluster: { region: 'us-central1', zones: ['us-central1-a', 'us-central1-b', 'us-central1-c'], dataplaneV2: false },
  // PLACEHOLDER: the seed names no domain.
  domain: 'shop.example.com',
  gcpProject: 'shop-{env}',
  artifactRegistry: { location: 'us-central1', repository: 'shop' },
  // The diagram's subgraphs: what the ingress reaches, the services behind it, the event consumers.
  namespaces: ['storefront', 'commerce', 'backbone'],
  gateways: [
    {
      // "Unified entry point, routing, and aggregation": 8080, HTTP; Gateway -->|/api| API.
      name: 'api-gateway',
      namespace: 'storefront',
      host: 'www',
      paths: ['/api'],
      // The diagram's edges: Auth (gRPC), Cart, Product and Order (HTTP).
      calls: ['auth-service', 'cart-service', 'product-service', 'order-service'],
    },
    {
      // Gateway -->|/| Web[Storefront]: the rest of the same host. The seed gives no port: 8080, HTTP.
      name: 'storefront',
      namespace: 'storefront',
      host: 'www',
      paths: ['/'],
    },
  ],
  services: [
    {
      name: 'auth-service',
      namespace: 'commerce',
      port: 50051,
      protocol: 'grpc',
      secrets: ['jwt-signing-key'],
      uses: { postgresql: true },
    },
    { name: 'product-service', namespace: 'commerce', port: 50051, protocol: 'grpc', uses: { postgresql: true } },
    { name: 'cart-service', namespace: 'commerce', port: 7070, uses: { redis: true } },
    // "Dynamic pricing and discount engine", dependencies: none; no element of the seed calls it.
    { name: 'offer-service', namespace: 'commerce', port: 50051, protocol: 'grpc' },
    // In the diagram only (API -->|HTTP| Order, Order -->|Async Event| Kafka): no port given, 8080, HTTP.
    {
      name: 'order-service',
      namespace: 'commerce',
      uses: { kafka: true },
      topics: { produces: ['order.placed'] },
    },
    // The diagram's Analytics Service, the table's analytics-ingest (8080, HTTP, Kafka): a consumer group of its own.
    {
      name: 'analytics-ingest',
      namespace: 'backbone',
      uses: { kafka: true },
      topics: { consumes: ['order.placed'] },
    },
    // The diagram's Notification Service (no port given: 8080 serves its health and metrics).
    {
      name: 'notification-service',
      namespace: 'backbone',
      uses: { kafka: true },
      topics: { consumes: ['order.placed'] },
    },
    // Port "--", protocol Kafka: it serves nothing; 8080 carries only its health and metrics, and nothing calls it.
    {
      name: 'audit-service',
      namespace: 'backbone',
      uses: { kafka: true },
      topics: { consumes: ['order.placed'] },
    },
  ],
  backingServices: {
    // "Strimzi operator, KRaft mode" (the seed's Kafka operations guide).
    kafka: {
      cluster: 'kafka',
      namespace: 'kafka',
      topics: [
        {
          name: 'order.placed',
          partitions: 6,
          description:
            'The order service\'s "Async Event" (the seed names no topic): analytics, notification and audit each read it in a consumer group of their own.',
        },
      ],
    },
    // The seed has no MongoDB (nor RabbitMQ): not declared, so nothing of them is emitted.
    // Cloud SQL (the diagram's DB), PostgreSQL (the table): one instance, a database and a user each for
    // auth and product. The seed gives no version: the newest Cloud SQL offers.
    cloudSql: {
      engine: 'POSTGRES_17',
      instance: 'shop-postgres',
      proxyImage: 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.23.0',
    },
    // "Redis Cache": one Memorystore instance, TLS.
    redis: { host: 'redis.shop.internal', port: 6378, serverCaKey: 'redis-server-ca' },
    privateServicesCidr: '10.100.0.0/16',
    // The cluster's control plane and node ranges, as Terraform creates them (PLACEHOLDERS: the seed gives none).
    controlPlaneCidr: '172.16.0.0/28',
    nodesCidr: '10.0.0.0/20',
  },
  // "Jaeger: Distributed Tracing": every proxy's spans to Jaeger's collector (installed by production's
  // operators), 1 request in 100 (the seed gives no rate).
  tracing: { provider: 'jaeger', collector: { service: 'jaeger', namespace: 'observability' }, samplingPercent: 1 },
  ingressGateway: { name: 'istio-ingressgateway', namespace: 'istio-ingress' },
  tls: { clusterIssuer: 'letsencrypt', acmeEmail: 'platform@shop.example.com' },
  // The seed's repository (its badges); Argo CD syncs this folder of it.
  gitops: {
    repoURL: 'https://github.com/Moiz-Ali-Moomin/microservice-ecommerce-gcp-cloud-gke-setup.git',
    path: 'platforms/shop/dist',
  },
};
