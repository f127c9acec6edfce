/** Cloud SQL's fragments of the input formats (lib/config/schema.ts composes them). */
import { z } from 'zod';
import { label, sizeSchema, taggedImage } from '../../../lib/config/fields';

/**
 * `backingServices.cloudSql`: Cloud SQL for MySQL, reached through the Cloud SQL Auth Proxy sidecar:
 * one instance per environment, with one database and one user per service.
 */
export const cloudSqlSchema = z.strictObject({
  /** Region of the instance. @default - the cluster's region */
  region: label.optional(),
  /** Instance id; `{env}` is replaced by the environment name. */
  instance: z.string().min(1),
  /** Image of the Cloud SQL Auth Proxy (v2), with its tag. */
  proxyImage: taggedImage,
});

/** An environment's fields. */
export const cloudSqlEnvironmentShape = {
  /** Resources of the Cloud SQL Auth Proxy sidecar (required when a workload uses MySQL). */
  cloudSqlProxy: sizeSchema.optional(),
};
