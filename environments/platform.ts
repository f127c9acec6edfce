/**
 * The Orofi platform, described once (../shared/seeds/000_dbfb440d024a5e94.txt): the API gateways
 * behind the Istio ingress gateway, the microservices they call, and the backing services each
 * microservice uses. Everything that differs per environment lives in the environment files beside it.
 */
import type { PlatformInput } from '../lib/config/schema';

export const platform: PlatformInput = {
  name: 'orofi',
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
    },
    {
      name: 'microservice-identity',
      namespace: 'microservices',
      availabilityObjective: 99.95,
      size: 'medium',
      uses: { kafka: true, mongodb: true, mysql: true, redis: true },
      secrets: ['jwt-signing-key'],
    },
    {
      name: 'microservice-monolith',
      namespace: 'microservices',
      availabilityObjective: 99.9,
      size: 'large',
      uses: { kafka: true, mongodb: true, mysql: true, redis: true },
    },
    {
      name: 'microservice-analytics',
      namespace: 'microservices',
      availabilityObjective: 99.5,
      size: 'medium',
      uses: { kafka: true, mysql: true, redis: true },
    },
  ],
  backingServices: {
    kafka: { cluster: 'kafka', namespace: 'kafka' },
    mongodb: { cluster: 'mongodb', namespace: 'mongodb' },
    // One Cloud SQL for MySQL 8.0 instance per service, each with one database and one user.
    cloudSql: {
      region: 'us-central1',
      instance: '{service}',
      proxyImage: 'gcr.io/cloud-sql-connectors/cloud-sql-proxy:2.23.0',
    },
    // One Memorystore (HA) instance per service; Terraform publishes each address in the VPC's private zone.
    redis: { host: '{service}.redis.orofi.internal' },
    privateServicesCidr: '10.100.0.0/16',
  },
  ingressGateway: { name: 'oro-gateway', namespace: 'istio-ingress' },
  tls: { clusterIssuer: 'letsencrypt', acmeEmail: 'platform@orofi.xyz' },
  // Bitbucket hosts the code (seed 000: CI/CD on Bitbucket Pipelines).
  gitops: { repoURL: 'git@bitbucket.org:orofi/platform-manifests.git' },
};
