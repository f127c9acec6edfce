/** Redis's part of the model (lib/model.ts). */
import type { SharedSecretStore } from '../../../lib/model';

/** The Memorystore Redis instance and the copies of its server CA beside its clients. */
export interface RedisModel {
  /** Its TLS port. */
  readonly port: number;
  /** Namespaces of the Redis clients: each gets the CA Secret. */
  readonly clientNamespaces: readonly string[];
  /** Name of the CA Secret (key `ca.crt`) in each client namespace. */
  readonly caSecret: string;
  /** Secret Manager key of the server CA. */
  readonly caRemoteKey: string;
  /** The store that reads it, in each client namespace (name, ServiceAccount and GCP service account). */
  readonly caStore: Omit<SharedSecretStore, 'namespace'>;
}
