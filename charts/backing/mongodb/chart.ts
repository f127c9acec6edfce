import type { Construct } from 'constructs';
import {
  PerconaServerMongoDb,
  PerconaServerMongoDbSpecBackupTasksRetentionType,
  PerconaServerMongoDbSpecBackupTasksType,
  PerconaServerMongoDbSpecReplsetsPodDisruptionBudgetMaxUnavailable,
  PerconaServerMongoDbSpecReplsetsResourcesLimits,
  PerconaServerMongoDbSpecReplsetsResourcesRequests,
  PerconaServerMongoDbSpecReplsetsSidecarsResourcesLimits,
  PerconaServerMongoDbSpecReplsetsSidecarsResourcesRequests,
  PerconaServerMongoDbSpecReplsetsSidecarVolumesEmptyDirSizeLimit,
  PerconaServerMongoDbSpecReplsetsVolumeSpecPersistentVolumeClaimResourcesRequests,
} from '../../../imports/psmdb.percona.com';
import type { ResourceSize } from '../../../lib/model';
import { WorkloadExternalSecret } from '../../external-secret';
import { addPodMonitor } from '../../workload-monitoring';
import { WorkloadNetworkPolicy, type NetworkPeer, type NetworkRule } from '../../network-policy';
import { HOSTNAME, operatorContainerSecurity, operatorPodSecurity, ZONE } from '../../operator-pods';
import { PlatformChart, type PlatformChartProps } from '../../platform-chart';
import { SecretCopy } from '../../secret-copy';
import { SidecarlessDestination } from '../../sidecarless-destination';
import { SYNC_WAVE } from '../../sync-waves';

/** An application user: created in its own database, with readWrite on it and nothing else. */
export interface MongoUserSpec {
  /** User name. */
  readonly name: string;
  /** Its database. */
  readonly database: string;
  /** Secret Manager key of its password. */
  readonly passwordRemoteKey: string;
}

/** Backups of the replica set. */
export interface MongoBackupSpec {
  /** GCS bucket of the backups. */
  readonly bucket: string;
  /** Cron schedule (UTC) of the daily logical backup. */
  readonly schedule: string;
  /** How many of them to keep (older ones are deleted from the bucket). */
  readonly keep: number;
  /** Continuous oplog backup, to restore to any point in time since the oldest kept backup. */
  readonly pointInTimeRecovery: boolean;
  /**
   * Secret Manager key of the JSON key of the GCP service account that writes the bucket. The pinned
   * operator (1.22) requires a key for GCS: it cannot use Workload Identity.
   */
  readonly credentialsRemoteKey: string;
}

/** The user (and group) Percona's images run as, the operator's default. */
const PERCONA_USER = 1001;

/** The backup agent's scratch volume, mounted at /tmp. */
const BACKUP_AGENT_TMP = 'backup-agent-tmp';
/** Port of the exporter's metrics. */
const EXPORTER_PORT = 9216;

/** The keys of the operator's system users Secret (user and password of each). */
export const SYSTEM_USER_KEYS = [
  'MONGODB_BACKUP',
  'MONGODB_CLUSTER_ADMIN',
  'MONGODB_CLUSTER_MONITOR',
  'MONGODB_DATABASE_ADMIN',
  'MONGODB_USER_ADMIN',
].flatMap((user) => [`${user}_USER`, `${user}_PASSWORD`]);

/** Props of `MongoChart`. */
export interface MongoChartProps extends PlatformChartProps {
  /** Name of the PerconaServerMongoDB cluster. */
  readonly name: string;
  /** Its namespace (kept outside the mesh: it has its own TLS and authentication). */
  readonly namespace: string;
  /** @default 'rs0' */
  readonly replicaSet?: string;
  /** @default 27017 */
  readonly port?: number;
  /** Percona Server for MongoDB image. */
  readonly image: string;
  /** Percona Backup for MongoDB image. */
  readonly backupImage: string;
  /** Operator version the resource is written for. @default '1.22.0' */
  readonly crVersion?: string;
  /** @default 3 */
  readonly members?: number;
  /** Persistent volume of each member, in GiB. */
  readonly storageGiB: number;
  /** Requests and limits of each member's mongod. */
  readonly resources: ResourceSize;
  /**
   * One member per zone (hard anti-affinity on the zone; needs 3 or more zones), else one member per
   * node (hard anti-affinity on the node). Either way never two members on a node.
   * @default false
   */
  readonly acrossZones?: boolean;
  /** The application users, each in its own database. */
  readonly users: readonly MongoUserSpec[];
  /** The pods that may connect: the users' workloads. */
  readonly clients: readonly NetworkPeer[];
  /** Namespaces of the clients, which get a copy of the CA certificate named `clientCaSecret`. */
  readonly clientNamespaces: readonly string[];
  /** Name of the CA certificate's copy beside the clients. */
  readonly clientCaSecret: string;
  /** The Secret holding the replica set's TLS certificate (made by the operator). @default '<name>-ssl' */
  readonly tlsSecret?: string;
  /** The SecretStore (in the namespace) that reads Secret Manager. */
  readonly secretStore: string;
  /** Secret Manager key of a JSON object with the system users' names and passwords (`SYSTEM_USER_KEYS`). */
  readonly systemUsersRemoteKey: string;
  /** Scheduled logical backups to GCS, and point-in-time recovery. */
  readonly backup: MongoBackupSpec;
  /** Where the members may connect besides each other (DNS, the storage API for backups). */
  readonly egress: readonly NetworkRule[];
  /**
   * The Prometheus exporter run beside each member (Percona's mongodb_exporter), as the operator's
   * cluster-monitor system user; `scrapedBy` (the Prometheus pods) alone may reach its port.
   */
  readonly exporter: { readonly image: string; readonly scrapedBy: NetworkPeer };
  /**
   * Labels of the operator's pods (in the same namespace), which manage the members over 27017.
   * @default { 'app.kubernetes.io/name': 'psmdb-operator' } (the pinned psmdb-operator chart's)
   */
  readonly operatorPodLabels?: Readonly<Record<string, string>>;
}

/**
 * A Percona Server for MongoDB replica set and what surrounds it:
 * - the PerconaServerMongoDB resource: one replica set, sharding off, TLS required, a
 *   PodDisruptionBudget, members spread over zones or nodes, hardened pods, no automatic upgrades;
 * - application users, each in and on its own database only (readWrite), with passwords from Secret
 *   Manager, and the system users' Secret, also from Secret Manager, so that the operator generates no
 *   credential;
 * - daily logical backups to GCS with a retention count, and point-in-time recovery when asked;
 * - a NetworkPolicy: only the clients, the members themselves and the operator reach mongod;
 * - the CA certificate alone, copied out of the server's Secret and then into each client namespace, and a DestinationRule that keeps the mesh
 *   from wrapping the clients' TLS in its own.
 * @see https://docs.percona.com/percona-operator-for-mongodb/operator.html
 */
export class MongoChart extends PlatformChart {
  readonly cluster: PerconaServerMongoDb;

  constructor(scope: Construct, id: string, props: MongoChartProps) {
    super(scope, id, props);
    const { name: cluster, namespace } = props;
    const replicaSet = props.replicaSet ?? 'rs0';
    const port = props.port ?? 27017;
    const acrossZones = props.acrossZones ?? false;
    const tlsSecret = props.tlsSecret ?? `${cluster}-ssl`;
    const systemUsers = `${cluster}-system-users`;
    const userPasswords = `${cluster}-users`;
    const backupCredentials = `${cluster}-backup-gcs`;
    const storage = 'gcs';
    /** The members' labels, as the operator sets them. */
    const members = { 'app.kubernetes.io/instance': cluster, 'app.kubernetes.io/replset': replicaSet };
    const { limits, requests } = props.resources;

    this.cluster = new PerconaServerMongoDb(this, 'Cluster', {
      metadata: { name: cluster, namespace },
      spec: {
        crVersion: props.crVersion ?? '1.22.0',
        image: props.image,
        imagePullPolicy: 'Always',
        // Versions change through Git only.
        upgradeOptions: { apply: 'disabled' },
        updateStrategy: 'SmartUpdate',
        secrets: { users: systemUsers, ssl: tlsSecret },
        tls: { mode: 'requireTLS' },
        initContainerSecurityContext: operatorContainerSecurity({ runAsUser: PERCONA_USER }),
        replsets: [
          {
            name: replicaSet,
            size: props.members ?? 3,
            affinity: { antiAffinityTopologyKey: acrossZones ? ZONE : HOSTNAME },
            topologySpreadConstraints: [
              {
                labelSelector: { matchLabels: members },
                maxSkew: 1,
                topologyKey: HOSTNAME,
                whenUnsatisfiable: 'DoNotSchedule',
              },
            ],
            podDisruptionBudget: {
              maxUnavailable: PerconaServerMongoDbSpecReplsetsPodDisruptionBudgetMaxUnavailable.fromNumber(1),
            },
            resources: {
              limits: {
                cpu: PerconaServerMongoDbSpecReplsetsResourcesLimits.fromString(`${limits.cpuMillis}m`),
                memory: PerconaServerMongoDbSpecReplsetsResourcesLimits.fromString(`${limits.memoryMiB}Mi`),
              },
              requests: {
                cpu: PerconaServerMongoDbSpecReplsetsResourcesRequests.fromString(`${requests.cpuMillis}m`),
                memory: PerconaServerMongoDbSpecReplsetsResourcesRequests.fromString(`${requests.memoryMiB}Mi`),
              },
            },
            volumeSpec: {
              persistentVolumeClaim: {
                resources: {
                  requests: {
                    storage:
                      PerconaServerMongoDbSpecReplsetsVolumeSpecPersistentVolumeClaimResourcesRequests.fromString(
                        `${props.storageGiB}Gi`,
                      ),
                  },
                },
              },
            },
            // Percona's images run as 1001 (here in group 1001, not the image's group 0), which owns the
            // volume. mongod keeps a writable root file system: with TLS on, the operator's entry script
            // (build/ps-entry.sh of operator 1.22.0) writes /tmp/tls.pem and /tmp/tls-internal.pem before
            // it starts mongod (which also puts its socket in /tmp), and the 1.22 CR has no field that
            // mounts a volume into the mongod container (sidecarVolumes reach only the sidecars and the
            // backup agent): pkg/psmdb/container.go fixes its mounts to /data/db, /opt/percona, /.mongodb,
            // /etc/users-secret and the read-only secrets.
            podSecurityContext: operatorPodSecurity({ user: PERCONA_USER, ownsVolumes: true }),
            containerSecurityContext: operatorContainerSecurity({
              runAsUser: PERCONA_USER,
              readOnlyRootFilesystem: false,
            }),
            // The backup agent's /tmp (backup.volumeMounts): build/pbm-entry.sh writes /tmp/tls.pem there.
            sidecarVolumes: [
              {
                name: BACKUP_AGENT_TMP,
                emptyDir: {
                  sizeLimit: PerconaServerMongoDbSpecReplsetsSidecarVolumesEmptyDirSizeLimit.fromString('16Mi'),
                },
              },
            ],
            expose: { enabled: false },
            sidecars: [
              {
                name: 'mongodb-exporter',
                image: props.exporter.image,
                imagePullPolicy: 'Always',
                // TLS on the pod's loopback; the certificate names the Service, not 127.0.0.1.
                args: [
                  `--mongodb.uri=mongodb://127.0.0.1:${port}/admin?tls=true&tlsInsecure=true`,
                  '--compatible-mode',
                  '--collect-all',
                  `--web.listen-address=:${EXPORTER_PORT}`,
                ],
                env: [
                  {
                    name: 'MONGODB_USER',
                    valueFrom: { secretKeyRef: { name: systemUsers, key: 'MONGODB_CLUSTER_MONITOR_USER' } },
                  },
                  {
                    name: 'MONGODB_PASSWORD',
                    valueFrom: { secretKeyRef: { name: systemUsers, key: 'MONGODB_CLUSTER_MONITOR_PASSWORD' } },
                  },
                ],
                ports: [{ name: 'metrics', containerPort: EXPORTER_PORT }],
                resources: {
                  limits: {
                    cpu: PerconaServerMongoDbSpecReplsetsSidecarsResourcesLimits.fromString('200m'),
                    memory: PerconaServerMongoDbSpecReplsetsSidecarsResourcesLimits.fromString('128Mi'),
                  },
                  requests: {
                    cpu: PerconaServerMongoDbSpecReplsetsSidecarsResourcesRequests.fromString('20m'),
                    memory: PerconaServerMongoDbSpecReplsetsSidecarsResourcesRequests.fromString('64Mi'),
                  },
                },
                securityContext: operatorContainerSecurity({ runAsUser: PERCONA_USER }),
              },
            ],
          },
        ],
        sharding: { enabled: false },
        users: props.users.map((user) => ({
          name: user.name,
          db: user.database,
          passwordSecretRef: { name: userPasswords, key: user.name },
          roles: [{ name: 'readWrite', db: user.database }],
        })),
        backup: {
          enabled: true,
          image: props.backupImage,
          // Read-only root: the agent writes only /tmp/tls.pem (build/pbm-entry.sh) and streams backups
          // to the bucket; /data/db and /opt/percona are the operator's own mounts.
          containerSecurityContext: operatorContainerSecurity({ runAsUser: PERCONA_USER }),
          volumeMounts: [{ name: BACKUP_AGENT_TMP, mountPath: '/tmp' }],
          storages: {
            [storage]: {
              type: 'gcs',
              main: true,
              gcs: { bucket: props.backup.bucket, prefix: cluster, credentialsSecret: backupCredentials },
            },
          },
          pitr: { enabled: props.backup.pointInTimeRecovery },
          tasks: [
            {
              name: 'daily',
              enabled: true,
              schedule: props.backup.schedule,
              storageName: storage,
              type: PerconaServerMongoDbSpecBackupTasksType.LOGICAL,
              retention: {
                type: PerconaServerMongoDbSpecBackupTasksRetentionType.COUNT,
                count: props.backup.keep,
                deleteFromStorage: true,
              },
            },
          ],
        },
      },
    });

    // Every credential the operator reads comes from Secret Manager, never from the operator or Git.
    const secret = (id: string, target: string, entries: { key: string; remoteKey: string; property?: string }[]) =>
      new WorkloadExternalSecret(this, id, { name: target, namespace, target, store: props.secretStore, entries });
    secret(
      'SystemUsers',
      systemUsers,
      SYSTEM_USER_KEYS.map((key) => ({ key, remoteKey: props.systemUsersRemoteKey, property: key })),
    );
    secret(
      'UserPasswords',
      userPasswords,
      props.users.map((user) => ({ key: user.name, remoteKey: user.passwordRemoteKey })),
    );
    secret('BackupCredentials', backupCredentials, [
      { key: 'GCS_CLIENT_EMAIL', remoteKey: props.backup.credentialsRemoteKey, property: 'client_email' },
      { key: 'GCS_PRIVATE_KEY', remoteKey: props.backup.credentialsRemoteKey, property: 'private_key' },
    ]);

    const mongod = [{ port }];
    new WorkloadNetworkPolicy(this, 'NetworkPolicy', {
      name: cluster,
      namespace,
      podSelector: { 'app.kubernetes.io/instance': cluster },
      ingress: [
        ...props.clients.map((peer) => ({ peer, ports: mongod })),
        { peer: props.exporter.scrapedBy, ports: [{ port: EXPORTER_PORT }] },
        { peer: { namespace, podLabels: members }, ports: mongod },
        {
          peer: {
            namespace,
            podLabels: props.operatorPodLabels ?? { 'app.kubernetes.io/name': 'psmdb-operator' },
          },
          ports: mongod,
        },
      ],
      egress: [{ peer: { namespace, podLabels: members }, ports: mongod }, ...props.egress],
    });

    // Only the CA certificate leaves the server's Secret (whose key Kubernetes cannot hide from a reader of
    // it): first into a CA-only Secret of the same name as the clients' copies, in MongoDB's namespace,
    // read by an account of that namespace; the clients' namespaces copy that one, and may read nothing else.
    new SecretCopy(this, 'Ca', {
      name: props.clientCaSecret,
      namespace,
      sourceNamespace: namespace,
      sourceSecret: tlsSecret,
      keys: ['ca.crt'],
    });
    for (const clientNamespace of props.clientNamespaces) {
      new SecretCopy(this, `Ca-${clientNamespace}`, {
        name: props.clientCaSecret,
        namespace: clientNamespace,
        sourceNamespace: namespace,
        sourceSecret: props.clientCaSecret,
        keys: ['ca.crt'],
        wave: SYNC_WAVE.secretCopies,
      });
    }

    addPodMonitor(this, {
      name: cluster,
      namespace,
      selector: members,
      endpoint: { port: 'metrics', path: '/metrics' },
    });

    new SidecarlessDestination(this, 'Destination', { name: cluster, namespace });
  }
}
