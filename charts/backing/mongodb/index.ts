/**
 * MongoDB as a backing service: a Percona replica set in its own namespace, outside the mesh (its own
 * TLS and authentication), one user and one database per client, backups to GCS.
 */
import type { App } from 'cdk8s';
import {
  acrossZones,
  byName,
  duplicates,
  expand,
  GCP_SERVICE_ACCOUNT_ID,
  gsaOf,
  secretStoreAccountId,
} from '../../../lib/config/common';
import { asArray, asObject } from '../../../lib/json';
import type { PlatformSpec } from '../../../lib/config/schema';
import type { EnvironmentModel } from '../../../lib/model';
import { apiServer, DNS, podsNamed, prometheusPods } from '../../network-peers';
import { RUNTIME_DEFAULT } from '../../operator-pods';
import type { BackingService, BackingTypes, SecretRead } from '../types';
import { MongoChart } from './chart';
import type { MongoModel } from './model';
import { mongodbEnvironmentShape, mongodbOperatorsShape, mongodbSchema, mongodbStorageShape } from './schema';

/** The types MongoDB adds to the input formats and the model. */
export interface MongoTypes extends BackingTypes {
  readonly name: 'mongodb';
  readonly uses: 'mongodb';
  readonly platform: typeof mongodbSchema;
  readonly environment: typeof mongodbEnvironmentShape;
  readonly storage: typeof mongodbStorageShape;
  readonly service: Record<never, never>;
  readonly operators: typeof mongodbOperatorsShape;
  /** Where its replica set runs, when the description declares MongoDB. */
  readonly surroundings: { readonly mongodb?: { readonly namespace: string; readonly port: number } };
  /** The MongoDB replica set, when some workload uses MongoDB. */
  readonly model: { readonly mongodb?: MongoModel };
  readonly workload: Record<never, never>;
}

/** The SecretStore of the MongoDB namespace, and the ServiceAccount it reads as. */
const MONGODB_SECRET_STORE = 'gcp-secret-manager';
/** Where the clients find the CA of the replica set's certificate (the copy of its Secret, mounted). */
const MONGODB_CA_DIR = '/etc/mongodb/ca';
/** GCS bucket names (without dots): 3 to 63 characters. */
const GCS_BUCKET = /^[a-z0-9][-a-z0-9_]{1,61}[a-z0-9]$/;

/** The MongoDB operator's pods, as its pinned chart (psmdb-operator 1.22.0) labels them. */
export const PSMDB_OPERATOR_PODS = { 'app.kubernetes.io/name': 'psmdb-operator' };

/** `backingServices.mongodb`; its hooks run only when the description declares it (lib/config/load.ts). */
const mongodbOf = (platform: PlatformSpec) => platform.backingServices.mongodb!;

/** The copy, beside the clients, of the CA certificate of the replica set's TLS certificate. */
const caSecret = (cluster: string) => `${cluster}-ca`;

function addMongoChart(app: App, env: EnvironmentModel): void {
  const mongodb = env.mongodb;
  const secretStore = env.secretStores.find((store) => store.namespace === mongodb?.namespace);
  if (!mongodb || !secretStore) return;
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
    secretStore: secretStore.name,
    systemUsersRemoteKey: mongodb.systemUsersRemoteKey,
    backup: mongodb.backup,
    // Name resolution, and the storage API for backups (through Private Google Access).
    egress: [DNS, { peer: { cidr: env.surroundings.googleApisCidr }, ports: [{ port: 443 }] }],
    exporter: { image: mongodb.exporterImage, scrapedBy: prometheusPods(env) },
    operatorPodLabels: PSMDB_OPERATOR_PODS,
  });
}

export const mongodb: BackingService<MongoTypes> = {
  name: 'mongodb',
  uses: ['mongodb'],
  schema: {
    platform: mongodbSchema,
    environment: mongodbEnvironmentShape,
    storage: mongodbStorageShape,
    operators: mongodbOperatorsShape,
  },
  secretKeys: { mongodb: 'mongodb-password' },
  check: {
    // Its operator runs in its namespace even when no service uses MongoDB.
    componentNamespaces: (platform) =>
      platform.services.some((s) => s.uses.mongodb)
        ? []
        : [[mongodbOf(platform).namespace, 'the MongoDB operator (backingServices.mongodb.namespace)']],
    reservedNames: (platform) => {
      const name = caSecret(mongodbOf(platform).cluster);
      const what = "the copy of the MongoDB CA in the MongoDB clients' namespaces";
      return [name, `${name}-reader`, `${name}-source`].map((n) => [n, what] as const);
    },
    /** MongoDB users are exactly the services that declare `uses.mongodb`; the replica set has its own namespace. */
    platform: (platform, report) => {
      const mongodb = mongodbOf(platform);
      // The first of services with the same name (duplicates are reported on their own).
      const services = new Map([...platform.services].reverse().map((s) => [s.name, s]));
      mongodb.users.forEach((name, i) => {
        const service = services.get(name);
        const at = ['backingServices', 'mongodb', 'users', i];
        if (!service) report(at, `unknown service "${name}"`);
        else if (!service.uses.mongodb) {
          report(at, `gives MongoDB access to "${name}", which does not declare uses.mongodb`);
        }
      });
      for (const name of duplicates(mongodb.users)) {
        report(['backingServices', 'mongodb', 'users'], `"${name}" is listed twice`);
      }
      platform.services.forEach((spec, i) => {
        if (spec.uses.mongodb && !mongodb.users.includes(spec.name)) {
          report(
            ['services', i, 'uses', 'mongodb'],
            `uses MongoDB but has no MongoDB user: add "${spec.name}" to backingServices.mongodb.users`,
          );
        }
      });
      if (!platform.services.some((s) => s.uses.mongodb)) return;
      if (platform.namespaces.includes(mongodb.namespace)) {
        report(
          ['backingServices', 'mongodb', 'namespace'],
          `"${mongodb.namespace}" is an application namespace, in the mesh: MongoDB needs its own`,
        );
      }
      if (mongodb.backupBucket === undefined) {
        report(['backingServices', 'mongodb', 'backupBucket'], 'is required: some services use MongoDB');
      } else if (mongodb.backupBucket.includes('{service}')) {
        report(
          ['backingServices', 'mongodb', 'backupBucket'],
          'must not contain "{service}": one bucket per environment holds the replica set\'s backups',
        );
      }
      if (!GCP_SERVICE_ACCOUNT_ID.test(secretStoreAccountId(mongodb.namespace))) {
        report(
          ['backingServices', 'mongodb', 'namespace'],
          `gives the GCP service account id "${secretStoreAccountId(mongodb.namespace)}" (its secret store), which must be 6 to 30 characters`,
        );
      }
    },
    environment: (platform, env, report, checkSize) => {
      if (env.mongodb) checkSize(['mongodb', 'resources'], env.mongodb.resources);
      if (platform === undefined) return;
      const mongodb = mongodbOf(platform);
      const used = platform.services.some((s) => s.uses.mongodb);
      if (used && env.mongodb === undefined) report(['mongodb'], 'is required: some services use MongoDB');
      if (used && env.storage.mongodbGiB === undefined) {
        report(['storage', 'mongodbGiB'], 'is required: some services use MongoDB');
      }
      if (used && env.operators.psmdbOperator === undefined) {
        report(['operators', 'psmdbOperator'], 'is required: some services use MongoDB');
      }
      const bucket = mongodb.backupBucket === undefined ? undefined : expand(mongodb.backupBucket, '', env.name);
      if (used && bucket !== undefined && !GCS_BUCKET.test(bucket)) {
        report(['name'], `gives the MongoDB backup bucket "${bucket}", which is not a valid GCS bucket name`);
      }
    },
    images: (platform) =>
      platform.services.some((s) => s.uses.mongodb)
        ? (['image', 'backupImage', 'exporterImage'] as const).map(
            (field) => [['backingServices', 'mongodb', field], mongodbOf(platform)[field]] as const,
          )
        : [],
  },
  model: {
    client: ({ platform }, spec) => {
      const mongodb = mongodbOf(platform);
      /** Its own database, and its user, both named after it. */
      const database = spec.name.replaceAll('-', '_');
      return {
        config: {
          MONGODB_HOST: `${mongodb.cluster}-${mongodb.replicaSet}.${mongodb.namespace}.svc.cluster.local`,
          MONGODB_PORT: String(mongodb.port),
          MONGODB_REPLICA_SET: mongodb.replicaSet,
          MONGODB_DATABASE: database,
          MONGODB_USERNAME: spec.name,
          MONGODB_AUTH_SOURCE: database,
          MONGODB_TLS_CA_FILE: `${MONGODB_CA_DIR}/ca.crt`,
        },
        mounts: [{ volume: 'mongodb-ca', secretName: caSecret(mongodb.cluster), mountPath: MONGODB_CA_DIR }],
      };
    },
    surroundings: ({ platform }) => {
      const { namespace, port } = mongodbOf(platform);
      return { mongodb: { namespace, port } };
    },
    environment: ({ platform, env }) => {
      const clients = platform.services.filter((s) => s.uses.mongodb).sort(byName);
      const mongodb = mongodbOf(platform);
      const storageGiB = env.storage.mongodbGiB;
      if (clients.length === 0 || !env.mongodb || !mongodb.backupBucket || storageGiB === undefined) return {};
      const model: MongoModel = {
        cluster: mongodb.cluster,
        namespace: mongodb.namespace,
        replicaSet: mongodb.replicaSet,
        port: mongodb.port,
        image: mongodb.image,
        backupImage: mongodb.backupImage,
        exporterImage: mongodb.exporterImage,
        storageGiB,
        resources: env.mongodb.resources,
        acrossZones: acrossZones(platform),
        users: clients.map((s) => ({
          name: s.name,
          namespace: s.namespace,
          database: s.name.replaceAll('-', '_'),
          // MongoDB's own copy of the password the service reads as `<service>-mongodb-password`: one
          // reader per key (the same value, written twice by whoever generates it).
          passwordRemoteKey: `${mongodb.cluster}-${s.name}-password`,
        })),
        clientNamespaces: [...new Set(clients.map((s) => s.namespace))].sort(),
        systemUsersRemoteKey: `${mongodb.cluster}-system-users`,
        tlsSecret: `${mongodb.cluster}-ssl`,
        clientCaSecret: caSecret(mongodb.cluster),
        backup: {
          bucket: expand(mongodb.backupBucket, '', env.name),
          schedule: mongodb.backupSchedule,
          keep: env.mongodb.backup.keep,
          pointInTimeRecovery: mongodb.pointInTimeRecovery,
          credentialsRemoteKey: `${mongodb.cluster}-backup-gcs`,
        },
      };
      return { mongodb: model };
    },
    // Its operator reads its users' passwords and backup key through a store of its own.
    secretStores: ({ platform, env }, model) =>
      model.mongodb
        ? [
            {
              name: MONGODB_SECRET_STORE,
              namespace: model.mongodb.namespace,
              serviceAccount: MONGODB_SECRET_STORE,
              gcpServiceAccount: gsaOf(platform, env, secretStoreAccountId(model.mongodb.namespace)),
            },
          ]
        : [],
  },
  charts: {
    add: addMongoChart,
    clientRules: (env) =>
      env.mongodb
        ? {
            egress: [{ peer: { namespace: env.mongodb.namespace }, ports: [{ port: env.mongodb.port }] }],
            namespaces: [env.mongodb.namespace],
          }
        : {},
    namespaces: (env) => (env.mongodb ? [env.mongodb.namespace] : []),
    /** The operator's pods: the API, and mongod of the replica set it manages. */
    // Where the environment has a replica set: its operator has nothing to do otherwise.
    isolation: (env) => {
      if (!env.mongodb) return [];
      const mongoNamespace = env.mongodb.namespace;
      return [
        {
          namespace: mongoNamespace,
          components: [
            {
              name: 'psmdb-operator',
              podSelector: PSMDB_OPERATOR_PODS,
              ingress: [{ peer: prometheusPods(env), ports: [{ port: 8080 }] }],
              egress: [
                DNS,
                apiServer(env),
                ...(env.mongodb
                  ? [
                      {
                        peer: {
                          namespace: mongoNamespace,
                          podLabels: { 'app.kubernetes.io/instance': env.mongodb.cluster },
                        },
                        ports: [{ port: env.mongodb.port }],
                      },
                    ]
                  : []),
              ],
            },
          ],
        },
      ];
    },
    operators: (env, wave) =>
      !env.mongodb || !env.gitops.operators.psmdbOperator
        ? []
        : [
            {
              name: 'psmdb-operator',
              namespace: env.mongodb.namespace,
              chart: env.gitops.operators.psmdbOperator,
              wave,
              crds: 'unannotated',
              // The chart sets no security context: the restricted Pod Security Standard, as the chart's own
              // commented example suggests (the image's user 2); a read-only root (the chart then mounts /tmp).
              values: {
                podSecurityContext: {
                  runAsNonRoot: true,
                  runAsUser: 2,
                  runAsGroup: 2,
                  seccompProfile: RUNTIME_DEFAULT,
                },
                securityContext: {
                  allowPrivilegeEscalation: false,
                  readOnlyRootFilesystem: true,
                  capabilities: { drop: ['ALL'] },
                  seccompProfile: RUNTIME_DEFAULT,
                },
              },
            },
          ],
  },
  references: {
    // The replica set's TLS certificate, its key and its CA (made by the operator unless it exists).
    published: {
      'psmdb.percona.com/v1/PerconaServerMongoDB': (name, spec) => {
        const ssl = asObject(spec.secrets).ssl;
        return [typeof ssl === 'string' ? ssl : `${name}-ssl`];
      },
    },
    // Its system users, each user's password, the backup key. (Those the operator makes itself when they
    // are missing, like its TLS certificates, are not listed: the platform wants no generated credential.)
    reads: {
      'psmdb.percona.com/v1/PerconaServerMongoDB': (spec) => {
        const reads: SecretRead[] = [];
        const users = asObject(spec.secrets).users;
        if (typeof users === 'string') reads.push({ field: 'spec.secrets.users', name: users });
        asArray(spec.users).forEach((u, i) => {
          const ref = asObject(asObject(u).passwordSecretRef);
          if (typeof ref.name === 'string') {
            reads.push({
              field: `spec.users[${i}].passwordSecretRef`,
              name: ref.name,
              ...(typeof ref.key === 'string' ? { key: ref.key } : {}),
            });
          }
        });
        for (const [storage, value] of Object.entries(asObject(asObject(spec.backup).storages))) {
          const credentials = asObject(asObject(value).gcs).credentialsSecret;
          if (typeof credentials === 'string') {
            reads.push({ field: `spec.backup.storages.${storage}.gcs.credentialsSecret`, name: credentials });
          }
        }
        return reads;
      },
    },
  },
  kinds: {
    PerconaServerMongoDB: { wave: 'dataClusters', loses: 'the replica set and every database in it' },
    PerconaServerMongoDBBackup: { wave: 'dataAccess', loses: 'the backup' },
  },
  parity: [
    {
      why: 'sizes',
      kinds: ['PerconaServerMongoDB'],
      paths: ['requests.cpu', 'requests.memory', 'limits.cpu', 'limits.memory'].map(
        (f) => `spec.replsets[].resources.${f}`,
      ),
    },
    {
      why: 'storage',
      kinds: ['PerconaServerMongoDB'],
      paths: ['spec.replsets[].volumeSpec.persistentVolumeClaim.resources.requests.storage'],
    },
    { why: 'retention', kinds: ['PerconaServerMongoDB'], paths: ['spec.backup.tasks[].retention.count'] },
    { why: 'GCP project', kinds: ['PerconaServerMongoDB'], paths: ['spec.backup.storages.*.gcs.bucket'] },
  ],
  docs: {
    diagram: { id: 'mongodb', label: () => 'MongoDB' },
    zoneSpread: (env) => (env.mongodb?.acrossZones ? 'MongoDB' : undefined),
    keysNote: (env) => (env.mongodb ? "MongoDB's operator has its own copies of its users' passwords" : undefined),
  },
};
