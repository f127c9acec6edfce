/**
 * Seed 001 (../shared/seeds/001_ef02ad9e4ec10c6c.txt), the ORION platform: an API gateway on 3000 in
 * front of four NestJS services on 3001-3004, PostgreSQL, Redis and RabbitMQ events. README.md beside
 * this file lists every element of the seed and what it became (or why not).
 */
import type { PlatformInput } from '../../lib/config/schema';

export const platform: PlatformInput = {
  name: 'orion',
  // The seed names no cloud region; one region, three zones (its production runs 3 to 10 pods a service).
  cluster: { region: 'us-central1', zones: ['us-central1-a', 'us-central1-b', 'us-central1-c'], dataplaneV2: true },
  // PLACEHOLDER: the seed names no domain.
  domain: 'orion.example.com',
  gcpProject: 'orion-{env}',
  artifactRegistry: { location: 'us-central1', repository: 'orion' },
  // The seed's "orion-prod" namespace, without the environment (each environment is a cluster of its own).
  namespaces: ['orion'],
  gateways: [
    {
      // "Centralized entry point for all client requests" (web, mobile and CLI clients): it validates JWTs.
      name: 'api-gateway',
      namespace: 'orion',
      host: 'api',
      port: 3000,
      secrets: ['jwt-public-key'],
      calls: ['auth-service', 'user-service', 'notification-service', 'analytics-service'],
    },
  ],
  services: [
    // JWT with RS256 signing; sessions and refresh tokens in Redis.
    {
      name: 'auth-service',
      namespace: 'orion',
      port: 3001,
      secrets: ['jwt-private-key'],
      // "AUTH -.event.-> RABBITMQ": the seed names no event of auth's, so it is given none (README.md).
      uses: { postgresql: true, redis: true },
    },
    // Publishes user.registered (the sequence diagram) and user.created (the code sample's emit).
    {
      name: 'user-service',
      namespace: 'orion',
      port: 3002,
      uses: { postgresql: true, redis: true, rabbitmq: true },
      events: { publishes: ['user.registered', 'user.created'] },
    },
    // E-mail, SMS and push: the welcome e-mail on user.registered (and the code sample's user.created).
    {
      name: 'notification-service',
      namespace: 'orion',
      port: 3003,
      uses: { rabbitmq: true },
      events: { consumes: ['user.registered', 'user.created'] },
    },
    // "Track registration": user.registered, delivered to it too.
    {
      name: 'analytics-service',
      namespace: 'orion',
      port: 3004,
      uses: { postgresql: true, rabbitmq: true },
      events: { consumes: ['user.registered'] },
    },
  ],
  backingServices: {
    // The seed has neither Kafka nor MongoDB: not declared, so nothing of them is emitted.
    // PostgreSQL (the seed's 5432) for auth, user and analytics: "database per service", one database and
    // one user each on one Cloud SQL instance. The seed gives no version: the newest Cloud SQL offers.
    cloudSql: {
      engine: 'POSTGRES_17',
      instance: 'orion-postgres',
      proxyImage: 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.23.0',
    },
    // "Redis Cluster": sessions and hot data; one Memorystore instance (HA), TLS.
    redis: { host: 'redis.orion.internal', port: 6378, serverCaKey: 'redis-server-ca' },
    // RabbitMQ (the seed's 5672; here AMQP over mutual TLS on 5671) in the seed's orion-infra namespace.
    rabbitmq: {
      cluster: 'rabbitmq',
      namespace: 'orion-infra',
      vhost: 'orion',
      exchanges: [
        {
          name: 'user.events',
          events: ['user.registered', 'user.created'],
          description:
            "The user service's events: a user signed up (the sequence diagram; the code sample's name too).",
        },
      ],
    },
    privateServicesCidr: '10.100.0.0/16',
    // The cluster's control plane and node ranges, as Terraform creates them (PLACEHOLDERS: the seed gives none).
    controlPlaneCidr: '172.16.0.0/28',
    nodesCidr: '10.0.0.0/20',
  },
  ingressGateway: { name: 'istio-ingressgateway', namespace: 'istio-ingress' },
  tls: { clusterIssuer: 'letsencrypt', acmeEmail: 'platform@orion.example.com' },
  // PLACEHOLDER: the seed names no repository; Argo CD syncs this folder of it.
  gitops: { repoURL: 'https://github.com/example/orion-platform.git', path: 'platforms/orion/dist' },
};
