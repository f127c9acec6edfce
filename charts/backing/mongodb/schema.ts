/** MongoDB's fragments of the input formats (lib/config/schema.ts composes them). */
import { z } from 'zod';
import {
  anyPort,
  helmChart,
  label,
  sizeSchema,
  storageGiB,
  taggedImage,
  workloadName,
} from '../../../lib/config/fields';

/** A cron field of minutes or hours: a number, a range, a step, or a list of them, within `max`. */
function cronField(field: string, max: number): boolean {
  return field.split(',').every((part) => {
    const m = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
    if (!m) return false;
    const numbers = [m[2], m[3]].filter((n) => n !== undefined).map(Number);
    return numbers.every((n) => n <= max) && (m[4] === undefined || Number(m[4]) >= 1);
  });
}

/** A daily cron schedule: `<minute> <hour> * * *`, as the Kubernetes CronJob controller parses it. */
const dailySchedule = z.string().refine((schedule) => {
  const fields = schedule.split(' ');
  return (
    fields.length === 5 &&
    fields.slice(2).every((f) => f === '*') &&
    cronField(fields[0]!, 59) &&
    cronField(fields[1]!, 23)
  );
}, 'must be a daily cron schedule "<minute> <hour> * * *" with minutes 0-59 and hours 0-23');

/** The Percona MongoDB replica set. */
export const mongodbPlatformSchema = z.strictObject({
  cluster: label,
  /** Its own namespace, outside the mesh (it has its own TLS and authentication). */
  namespace: label,
  replicaSet: label.default('rs0'),
  port: anyPort.default(27017),
  /** Percona Server for MongoDB image certified for the pinned operator (1.22.0). */
  image: taggedImage.default('percona/percona-server-mongodb:8.0.17-6'),
  /** Percona Backup for MongoDB image (the backup agent beside each member). */
  backupImage: taggedImage.default('percona/percona-backup-mongodb:2.11.0'),
  /** Prometheus exporter run beside each member. */
  exporterImage: taggedImage.default('percona/mongodb_exporter:0.48.0'),
  /**
   * The services given a MongoDB user (readWrite on their own database only). The document store
   * is shared, so who may use it is granted here, beside it; each must also declare `uses.mongodb`.
   */
  users: z.array(workloadName).default([]),
  /** GCS bucket of the backups; `{env}` is replaced by the environment name. */
  backupBucket: z.string().includes('{env}', { error: 'must contain "{env}"' }).optional(),
  /** When the daily backup runs (cron, UTC); how many are kept is the environment's. */
  backupSchedule: dailySchedule.default('0 3 * * *'),
  /** Continuous oplog backup, to restore to any point since the oldest kept backup. The same everywhere. */
  pointInTimeRecovery: z.boolean().default(true),
});

/** An environment's fields. */
export const mongodbEnvironmentShape = {
  /** The MongoDB replica set (required when some service uses MongoDB): 3 members, sized here. */
  mongodb: z
    .strictObject({
      /** Resources of each member. */
      resources: sizeSchema,
      backup: z.strictObject({
        /** How many daily backups to keep. */
        keep: z.number().int().min(1),
      }),
    })
    .optional(),
};

/** `backingServices.mongodb`: optional, a platform has a MongoDB replica set or not. */
export const mongodbSchema = mongodbPlatformSchema.optional();

/** An environment's `storage` fields. */
export const mongodbStorageShape = {
  /** Each member's volume (required when some service uses MongoDB). */
  mongodbGiB: storageGiB.optional(),
};

/** An environment's `operators` fields. */
export const mongodbOperatorsShape = {
  /** Percona's MongoDB operator (required when some service uses MongoDB). */
  psmdbOperator: helmChart.optional(),
};
