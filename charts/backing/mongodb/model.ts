/** MongoDB's part of the model (lib/model.ts): the Percona replica set of an environment and its users. */
import type { ResourceSize } from '../../../lib/model';

/** An application user of the MongoDB replica set. */
export interface MongoUser {
  /** User name: the workload's name. */
  readonly name: string;
  /** Namespace of the workload. */
  readonly namespace: string;
  /** Its own database, where it is created and has readWrite. */
  readonly database: string;
  /** Secret Manager key of its password (the same key its workload reads). */
  readonly passwordRemoteKey: string;
}

/** The Percona MongoDB replica set of an environment. */
export interface MongoModel {
  readonly cluster: string;
  readonly namespace: string;
  readonly replicaSet: string;
  readonly port: number;
  readonly image: string;
  readonly backupImage: string;
  readonly exporterImage: string;
  readonly storageGiB: number;
  readonly resources: ResourceSize;
  /** One member per zone; otherwise spread over nodes. */
  readonly acrossZones: boolean;
  /** Sorted by name. */
  readonly users: readonly MongoUser[];
  /** Namespace of the workloads that use MongoDB. */
  readonly clientNamespaces: readonly string[];
  /** Secret Manager key (a JSON object) holding the operator's system users and passwords. */
  readonly systemUsersRemoteKey: string;
  /** The Secret holding the replica set's TLS certificate and its CA (in the MongoDB namespace). */
  readonly tlsSecret: string;
  /** The copy of that CA certificate (`ca.crt` only) beside the clients. */
  readonly clientCaSecret: string;
  readonly backup: {
    readonly bucket: string;
    readonly schedule: string;
    readonly keep: number;
    readonly pointInTimeRecovery: boolean;
    /** Secret Manager key of the backup service account's JSON key (the operator needs a key file). */
    readonly credentialsRemoteKey: string;
  };
}
