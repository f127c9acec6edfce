/**
 * The zod building blocks of the input formats, shared by the description's core (schema.ts) and the
 * schema fragments of the backing-service plug-ins (charts/backing/<kind>/). Plain values only: this
 * module imports no schema, so a plug-in can use it without a cycle.
 */
import { z } from 'zod';

/** RFC 1035 label: what a Service name must be (and so every workload name). */
export const DNS_1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
/** RFC 1123 label: namespaces and other object names. */
export const DNS_1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** RFC 1123 subdomain: host names. */
export const DNS_1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export const workloadName = z
  .string()
  .max(63, 'must be at most 63 characters')
  .regex(DNS_1035_LABEL, 'must be a DNS-1035 label: lower-case letters, digits and "-", starting with a letter');
export const label = z
  .string()
  .max(63, 'must be at most 63 characters')
  .regex(DNS_1123_LABEL, 'must be a DNS-1123 label: lower-case letters, digits and "-"');
export const hostname = z
  .string()
  .max(253, 'must be at most 253 characters')
  .regex(DNS_1123_SUBDOMAIN, 'must be a DNS-1123 subdomain such as "example.com"');
export const anyPort = z.number().int().min(1).max(65535);
/** An image digest: what a registry serves for a tag, fixed (a tag can be pushed again). */
export const IMAGE_DIGEST = /^sha256:[0-9a-f]{64}$/;
/** A container image with an explicit tag, pinned by digest or not: `<registry>/<path>:<tag>[@sha256:<hex>]`. */
export const taggedImage = z
  .string()
  .regex(
    /^[a-z0-9.-]+(:[0-9]+)?(\/[a-z0-9._-]+)+:[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}(@sha256:[0-9a-f]{64})?$/,
    'must be an image with a tag, pinned as "<image>:<tag>@sha256:<64 hex digits>" or not',
  )
  .refine((image) => !/:latest(@|$)/.test(image), 'must name a release: "latest" is not reproducible');
export const cidr = z.cidrv4({ error: 'must be an IPv4 CIDR such as "203.0.113.0/24"' });

/**
 * Ceilings of sizes: beyond them a value is a typo, not a plan (the largest GKE machine types have
 * fewer cores and less memory; a Persistent Disk holds at most 64 TiB).
 */
export const CEILINGS = { cpuMillis: 64_000, memoryMiB: 262_144, storageGiB: 65_536 } as const;
export const storageGiB = z.number().int().min(1).max(CEILINGS.storageGiB);

const amounts = z.strictObject({
  cpuMillis: z.number().int().min(1).max(CEILINGS.cpuMillis),
  memoryMiB: z.number().int().min(1).max(CEILINGS.memoryMiB),
});

export const sizeSchema = z.strictObject({ requests: amounts, limits: amounts });

/** A pinned Helm chart. */
export const helmChart = z.strictObject({
  /** Helm repository URL (or OCI registry host and path). */
  repoURL: z.string().min(1),
  chart: z.string().regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'must be a chart name'),
  /** An exact chart version: ranges would make the output depend on the day. */
  version: z.string().regex(/^v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'must be an exact version such as "1.2.3"'),
});
