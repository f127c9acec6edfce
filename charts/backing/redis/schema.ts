/** Redis's fragment of the description (lib/config/schema.ts composes it). */
import { z } from 'zod';
import { anyPort, hostname, label } from '../../../lib/config/fields';

/**
 * The Memorystore for Redis instance (one, highly available, with in-transit
 * encryption): its host name (a private DNS record), its TLS port, and the Secret Manager key holding its
 * server CA.
 */
export const redisPlatformSchema = z.strictObject({
  host: hostname,
  port: anyPort.default(6378),
  /** Secret Manager key of the instance's server CA certificate (PEM), published by Terraform. */
  serverCaKey: label.default('redis-server-ca'),
});

/** `backingServices.redis`: optional, a platform has a Memorystore instance or not. */
export const redisSchema = redisPlatformSchema.optional();
