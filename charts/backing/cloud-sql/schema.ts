/** Cloud SQL's fragments of the input formats (lib/config/schema.ts composes them). */
import { z } from 'zod';
import { label, sizeSchema, taggedImage } from '../../../lib/config/fields';

/**
 * The database versions a Cloud SQL instance may run (its `databaseVersion`), by engine: what services
 * declare with `uses.mysql` or `uses.postgresql`.
 * @see https://cloud.google.com/sql/docs/db-versions
 */
export const CLOUD_SQL_VERSIONS = {
  mysql: ['MYSQL_8_0', 'MYSQL_8_4'],
  postgresql: ['POSTGRES_14', 'POSTGRES_15', 'POSTGRES_16', 'POSTGRES_17'],
} as const;

/** A Cloud SQL engine, as services name it under `uses`. */
export type CloudSqlEngine = keyof typeof CLOUD_SQL_VERSIONS;
/** A database version of either engine. */
export type CloudSqlVersion = (typeof CLOUD_SQL_VERSIONS)[CloudSqlEngine][number];

/** The engine of a database version. */
export const engineOf = (version: CloudSqlVersion): CloudSqlEngine =>
  (CLOUD_SQL_VERSIONS.mysql as readonly string[]).includes(version) ? 'mysql' : 'postgresql';

/**
 * The Cloud SQL instance, MySQL or PostgreSQL, reached through the Cloud SQL Auth Proxy sidecar: one
 * instance per environment, with one database and one user per service.
 */
export const cloudSqlPlatformSchema = z.strictObject({
  /** Region of the instance. @default - the cluster's region */
  region: label.optional(),
  /** Instance id; `{env}` is replaced by the environment name. */
  instance: z.string().min(1),
  /**
   * The instance's database version (its engine and major version, as Terraform's `database_version`
   * names it): services use it with `uses.mysql` or `uses.postgresql`, as its engine is.
   */
  engine: z.enum([...CLOUD_SQL_VERSIONS.mysql, ...CLOUD_SQL_VERSIONS.postgresql]).default('MYSQL_8_0'),
  /** Image of the Cloud SQL Auth Proxy (v2), with its tag. */
  proxyImage: taggedImage,
});

/** `backingServices.cloudSql`: optional, a platform has a Cloud SQL instance or not. */
export const cloudSqlSchema = cloudSqlPlatformSchema.optional();

/** An environment's fields. */
export const cloudSqlEnvironmentShape = {
  /** Resources of the Cloud SQL Auth Proxy sidecar (required when a workload uses Cloud SQL). */
  cloudSqlProxy: sizeSchema.optional(),
};
