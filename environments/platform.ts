/**
 * The Orofi platform, described once (../shared/seeds/000_dbfb440d024a5e94.txt): the API gateways
 * behind the Istio ingress gateway, the microservices they call, and the backing services each
 * microservice uses. Everything that differs per environment lives in the environment files beside it.
 */
import type { PlatformInput } from '../lib/config/schema';

export const platform: PlatformInput = {
  name: 'orofi',
  // The seed's "GKE Cluster — us-central1-a": one zone, so workloads, Kafka and MongoDB spread over
  // nodes (zone rules need 3 zones). Each environment's cluster (its own project) has this shape.
  cluster: { region: 'us-central1', zones: ['us-central1-a'], dataplaneV2: true },
  domain: 'orofi.xyz',
  gcpProject: 'orofi-{env}-cloud',
  artifactRegistry: { location: 'us-central1', repository: 'orofi' },
  namespaces: ['api-gateways', 'microservices'],
  gateways: [
    {
      name: 'api-gateway-public',
      namespace: 'api-gateways',
      host: 'api',
      availabilityObjective: 99.95,
      calls: ['microservice-identity', 'microservice-monolith'],
    },
    {
      name: 'api-gateway-account',
      namespace: 'api-gateways',
      host: 'account',
      availabilityObjective: 99.95,
      calls: ['microservice-identity', 'microservice-monolith'],
    },
    {
      name: 'api-gateway-oro',
      namespace: 'api-gateways',
      host: 'oro',
      availabilityObjective: 99.9,
      calls: ['microservice-monolith'],
    },
    {
      name: 'api-gateway-admin-dashboard',
      namespace: 'api-gateways',
      host: 'admin',
      // The operators' dashboard: reachable only from the office and VPN ranges, in every environment.
      internal: true,
      availabilityObjective: 99.5,
      calls: ['microservice-analytics'],
    },
  ],
  services: [
    {
      name: 'microservice-communication',
      namespace: 'microservices',
      availabilityObjective: 99.5,
      uses: { kafka: true, mysql: true, redis: true },
      // EXAMPLE TO CONFIRM: communication sends the e-mail and SMS of notifications (seed 001), so it
      // calls a provider's API; the seeds name none. Replace with the real provider's hosts.
      externalHosts: [{ host: 'api.sendgrid.com', port: 443, protocol: 'https' }],
      topics: {
        produces: ['analytics.activity-tracked', 'audit.action-recorded'],
        consumes: ['identity.user-registered', 'communication.notification-requested'],
      },
    },
    {
      name: 'microservice-identity',
      namespace: 'microservices',
      availabilityObjective: 99.95,
      size: 'medium',
      uses: { kafka: true, mongodb: true, mysql: true, redis: true },
      secrets: ['jwt-signing-key'],
      topics: {
        produces: [
          'identity.user-registered',
          'communication.notification-requested',
          'analytics.activity-tracked',
          'audit.action-recorded',
        ],
      },
    },
    {
      name: 'microservice-monolith',
      namespace: 'microservices',
      availabilityObjective: 99.9,
      size: 'large',
      uses: { kafka: true, mongodb: true, mysql: true, redis: true },
      topics: {
        produces: ['communication.notification-requested', 'analytics.activity-tracked', 'audit.action-recorded'],
      },
    },
    {
      name: 'microservice-analytics',
      namespace: 'microservices',
      availabilityObjective: 99.5,
      size: 'medium',
      uses: { kafka: true, mysql: true, redis: true },
      topics: {
        consumes: ['identity.user-registered', 'analytics.activity-tracked', 'audit.action-recorded'],
      },
    },
  ],
  backingServices: {
    kafka: {
      cluster: 'kafka',
      namespace: 'kafka',
      version: '4.3.1',
      // Three controllers of their own beside the three brokers, in every environment.
      dedicatedControllers: true,
      // AN INITIAL SET, TO REPLACE WITH OROFI'S REAL TOPICS: the asynchronous events of seed 001 (a
      // sister platform: user registration, notifications, analytics tracking, audit logging), one
      // topic each, named <owning domain>.<event in the past tense>. Seed 000 names no topic.
      topics: [
        {
          name: 'identity.user-registered',
          partitions: 3,
          description: 'A user signed up: communication sends the welcome message, analytics tracks it.',
        },
        {
          name: 'communication.notification-requested',
          partitions: 6,
          description: 'An e-mail, SMS or push notification for communication to send.',
        },
        {
          name: 'analytics.activity-tracked',
          partitions: 12,
          description: 'Usage events (the highest volume), for analytics.',
        },
        {
          name: 'audit.action-recorded',
          partitions: 3,
          description: 'Who did what, when: the audit trail, kept longest; analytics serves it to the admin dashboard.',
        },
      ],
    },
    // Images pinned by digest (`<image>:<tag>@sha256:...`). PLACEHOLDER DIGESTS: this repository was
    // written offline, without access to the registries, so each digest here is the sha256 of the text
    // "placeholder digest of <image>:<tag>", NOT the registry's digest of that image. Replace each with
    // the real one (`crane digest <image>:<tag>` or `docker buildx imagetools inspect`) before use;
    // until then the pods would fail to pull.
    mongodb: {
      cluster: 'mongodb',
      namespace: 'mongodb',
      image:
        'percona/percona-server-mongodb:8.0.17-6@sha256:95060dd04b2932ceab30a6fa1f90cbad43a053928d5849135188e5bc1e9cca1a',
      backupImage:
        'percona/percona-backup-mongodb:2.11.0@sha256:9ff17ef9a3d42e9a325e10abf74af0bd07cabcd0a5f5c6bc807d27d6813e5d53',
      exporterImage:
        'percona/mongodb_exporter:0.48.0@sha256:dfb47481f61a81be30b76f3245997a4c919c66507a2f5e0fd39efff5e6ca4b0e',
      users: ['microservice-identity', 'microservice-monolith'],
      backupBucket: 'orofi-{env}-mongodb-backups',
    },
    // One Cloud SQL for MySQL 8.0 instance (in the cluster's region), one database and one user per
    // service (proxy image digest: a placeholder, see above).
    cloudSql: {
      instance: 'orofi-mysql',
      proxyImage:
        'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.23.0@sha256:21895b3c675ec04182d69adddeb0784308c88dfa8c9005294391baf4f931014f',
    },
    // One Memorystore for Redis instance (Standard tier: HA) with in-transit encryption (TLS on 6378);
    // Terraform publishes its address in the VPC's private zone and its server CA in Secret Manager.
    redis: { host: 'redis.orofi.internal', port: 6378, serverCaKey: 'redis-server-ca' },
    privateServicesCidr: '10.100.0.0/16',
    // The cluster's control plane and node ranges, as Terraform creates them (the operators reach the
    // API server there; Prometheus scrapes kubelets and node exporters there).
    controlPlaneCidr: '172.16.0.0/28',
    nodesCidr: '10.0.0.0/20',
  },
  ingressGateway: { name: 'oro-gateway', namespace: 'istio-ingress' },
  tls: { clusterIssuer: 'letsencrypt', acmeEmail: 'platform@orofi.xyz' },
  // Bitbucket hosts the code (seed 000: CI/CD on Bitbucket Pipelines).
  gitops: { repoURL: 'git@bitbucket.org:orofi/platform-manifests.git' },
};
