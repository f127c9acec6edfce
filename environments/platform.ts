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
    // Images pinned by digest (`<image>:<tag>@sha256:...`): the registry's digest of that tag, each read
    // from a public source named beside it (no registry was reachable where this was written). Percona
    // publishes one digest per architecture; these are the linux/amd64 ones (GKE's x86 node pools), the
    // arm64 digest is named beside each in the same sources. To move a tag, take its digest from
    // Percona's "certified images" table of the operator's release notes, or `crane digest <image>:<tag>`.
    mongodb: {
      cluster: 'mongodb',
      namespace: 'mongodb',
      // percona/percona-server-mongodb:8.0.17-6, listed "recommended" for operator 1.22.0; the digest as
      // Percona-Lab/percona-version-service sources/operator.1.22.0.psmdb-operator.json (and
      // operator.1.21.2.psmdb-operator.json) and percona/k8spsmdb-docs
      // docs/RN/Kubernetes-Operator-for-PSMONGODB-RN1.21.2.md ("Percona certified images") give it.
      image:
        'percona/percona-server-mongodb:8.0.17-6@sha256:ae6380469f6b73d3517ec4eae7b2f12ff6310dc2deae8e52fe514276c45e9440',
      // percona/percona-backup-mongodb:2.11.0 (certified with operator 1.21.2): the same two sources
      // (percona-version-service sources/operator.1.21.2.psmdb-operator.json, k8spsmdb-docs RN1.21.2).
      backupImage:
        'percona/percona-backup-mongodb:2.11.0@sha256:d09f5de92cfbc5a7a42a8cc86742a07481c98b3b42cffdc6359b3ec1f63de3a5',
      // percona/mongodb_exporter:0.40.0, not a newer tag: the newest tag whose digest a public source
      // pins (NVIDIA/aicr recipes/components/nvsentinel-mongodb/values.yaml, one source only); none was
      // found for 0.41 to 0.48. It takes the flags charts/mongodb.ts passes (--mongodb.uri,
      // --compatible-mode, --collect-all, --web.listen-address). Check it (`crane digest`) before a release.
      exporterImage:
        'percona/mongodb_exporter:0.40.0@sha256:d66daa6aff0513860d1577cee3b55ab82fde43394f8319d7b4674411b9153cce',
      users: ['microservice-identity', 'microservice-monolith'],
      backupBucket: 'orofi-{env}-mongodb-backups',
    },
    // One Cloud SQL for MySQL 8.0 instance (in the cluster's region), one database and one user per
    // service. The proxy's digest as AndrewDryga/emisar pins it (infra/compute.tf), whose
    // infra/scripts/validate-templates.sh pulls that digest and checks it reports version 2.23.0.
    cloudSql: {
      instance: 'orofi-mysql',
      proxyImage:
        'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.23.0@sha256:54e23cad9aeeedbf88ab75f993146631b878035f702b31c51885a932e0c7286c',
    },
    // One Memorystore for Redis instance (Standard tier: HA) with in-transit encryption (TLS on 6378);
    // Terraform publishes its address in the VPC's private zone and its server CA in Secret Manager.
    redis: { host: 'redis.orofi.internal', port: 6378, serverCaKey: 'redis-server-ca' },
    privateServicesCidr: '10.100.0.0/16',
    // STAND-INS, TO REPLACE WITH TERRAFORM'S VALUES: the cluster's control plane range (the private
    // cluster's master_ipv4_cidr_block) and its nodes' subnet. They are the user's, with no default (a
    // config error when absent). Wrong, the NetworkPolicies stop every operator from reaching the API
    // server and every admission webhook from being called: istiod's sidecar injection (no meshed pod is
    // created), its validation, cert-manager's, External Secrets' and the Prometheus operator's (their
    // kinds fail to sync); and Prometheus from scraping kubelets and node exporters (node metrics and the
    // saturation alerts go blind).
    controlPlaneCidr: '172.16.0.0/28',
    nodesCidr: '10.0.0.0/20',
  },
  ingressGateway: { name: 'oro-gateway', namespace: 'istio-ingress' },
  tls: { clusterIssuer: 'letsencrypt', acmeEmail: 'platform@orofi.xyz' },
  // Bitbucket hosts the code (seed 000: CI/CD on Bitbucket Pipelines).
  gitops: { repoURL: 'git@bitbucket.org:orofi/platform-manifests.git' },
};
