/** Cloud SQL's part of the model (lib/model.ts). */
import type { ResourceSize } from '../../../lib/model';

/** Cloud SQL access of a workload: the Auth Proxy sidecar and the instance it connects to. */
export interface CloudSqlAccess {
  /** Instance connection name: `<project>:<region>:<instance>`. */
  readonly instanceConnectionName: string;
  readonly proxyImage: string;
  readonly proxyResources: ResourceSize;
}
