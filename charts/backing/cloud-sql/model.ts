/** Cloud SQL's part of the model (lib/model.ts). */
import type { ResourceSize } from '../../../lib/model';
import type { CloudSqlEngine, CloudSqlVersion } from './schema';

/** Cloud SQL access of a workload: the Auth Proxy sidecar and the instance it connects to. */
export interface CloudSqlAccess {
  /** Instance connection name: `<project>:<region>:<instance>`. */
  readonly instanceConnectionName: string;
  readonly proxyImage: string;
  readonly proxyResources: ResourceSize;
  /** The instance's engine. */
  readonly engine: CloudSqlEngine;
  /** Where the proxy listens on the pod's loopback (the engine's port). */
  readonly port: number;
}

/** One service's database and user on the instance. */
export interface CloudSqlDatabase {
  /** The service (its workload's name). */
  readonly service: string;
  /** Its database: its name with `-` replaced by `_`. */
  readonly database: string;
  /** Its user: its name (authenticated by the password in Secret Manager). */
  readonly user: string;
}

/** The environment's Cloud SQL instance, when some workload uses it. */
export interface CloudSqlModel {
  /** Instance connection name: `<project>:<region>:<instance>`. */
  readonly instanceConnectionName: string;
  /** Its database version (`MYSQL_8_0`, `POSTGRES_16`...). */
  readonly version: CloudSqlVersion;
  readonly engine: CloudSqlEngine;
  /** One database and one user per client, sorted by service. */
  readonly databases: readonly CloudSqlDatabase[];
}
