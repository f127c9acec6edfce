/**
 * Memorystore for Redis as a backing service: one managed instance, TLS on its port (in-transit
 * encryption) verified with its server CA, whose copy each client namespace gets, and its AUTH string.
 */
import { gsaOf } from '../../../lib/config/common';
import type { PlatformSpec } from '../../../lib/config/schema';
import type { EnvironmentModel } from '../../../lib/model';
import type { ExternalService } from '../../mesh-defaults';
import type { BackingService, BackingTypes } from '../types';
import type { RedisModel } from './model';
import { redisSchema } from './schema';

/** The types Redis adds to the input formats and the model. */
export interface RedisTypes extends BackingTypes {
  readonly name: 'redis';
  readonly uses: 'redis';
  readonly platform: typeof redisSchema;
  readonly environment: Record<never, never>;
  readonly storage: Record<never, never>;
  readonly service: Record<never, never>;
  readonly operators: Record<never, never>;
  /** Its port, when the description declares Redis. */
  readonly surroundings: { readonly redisPort?: number };
  /** The Redis instance, when some workload uses Redis. */
  readonly model: { readonly redis?: RedisModel };
  readonly workload: Record<never, never>;
}

const REDIS_CA_DIR = '/etc/redis/ca';
/**
 * The copy of the Memorystore server CA beside the Redis clients: the Secret (and ExternalSecret), the
 * ServiceAccount its store reads as (also the GCP service account's id) and the store.
 */
const REDIS_CA = { secret: 'redis-ca', reader: 'redis-ca-reader', store: 'redis-ca-source' } as const;

/** `backingServices.redis`; its hooks run only when the description declares it (lib/config/load.ts). */
const redisOf = (platform: PlatformSpec) => platform.backingServices.redis!;

/** The instance's private address, in the private services range. */
const memorystore = (env: EnvironmentModel, redis: RedisModel): ExternalService => ({
  name: 'memorystore',
  hosts: ['memorystore.private-services.internal'],
  addresses: [env.surroundings.privateServicesCidr],
  ports: [{ number: redis.port, protocol: 'TCP' }],
  resolution: 'NONE',
});

export const redis: BackingService<RedisTypes> = {
  name: 'redis',
  uses: ['redis'],
  schema: { platform: redisSchema },
  secretKeys: { redis: 'redis-auth' },
  check: {
    reservedNames: () => {
      const what = "the copy of the Redis server CA in the Redis clients' namespaces";
      return [REDIS_CA.secret, `${REDIS_CA.secret}-reader`, `${REDIS_CA.secret}-source`].map((n) => [n, what] as const);
    },
  },
  model: {
    // Memorystore's in-transit encryption: TLS on its port, verified with the instance's server CA.
    client: ({ platform }) => ({
      config: {
        REDIS_HOST: redisOf(platform).host,
        REDIS_PORT: String(redisOf(platform).port),
        REDIS_TLS: 'true',
        REDIS_TLS_CA_FILE: `${REDIS_CA_DIR}/ca.crt`,
      },
      mounts: [{ volume: 'redis-ca', secretName: REDIS_CA.secret, mountPath: REDIS_CA_DIR }],
    }),
    surroundings: ({ platform }) => ({ redisPort: redisOf(platform).port }),
    environment: ({ platform, env }) => {
      const clients = platform.services.filter((s) => s.uses.redis);
      if (clients.length === 0) return {};
      return {
        redis: {
          port: redisOf(platform).port,
          clientNamespaces: [...new Set(clients.map((s) => s.namespace))].sort(),
          caSecret: REDIS_CA.secret,
          caRemoteKey: redisOf(platform).serverCaKey,
          caStore: {
            name: REDIS_CA.store,
            serviceAccount: REDIS_CA.reader,
            gcpServiceAccount: gsaOf(platform, env, REDIS_CA.reader),
          },
        },
      };
    },
  },
  charts: {
    clientRules: (env) =>
      env.redis
        ? {
            egress: [{ peer: { cidr: env.surroundings.privateServicesCidr }, ports: [{ port: env.redis.port }] }],
            services: [memorystore(env, env.redis)],
          }
        : {},
    serviceEntries: (env) => (env.redis ? [memorystore(env, env.redis)] : []),
    // The server CA's copy in each client namespace, through a store of its own there.
    secretStores: (env) => {
      const redis = env.redis;
      if (!redis) return { stores: [], secrets: [] };
      return {
        stores: redis.clientNamespaces.map((namespace) => ({ ...redis.caStore, namespace })),
        secrets: redis.clientNamespaces.map((namespace) => ({
          name: redis.caSecret,
          namespace,
          store: redis.caStore.name,
          entries: [{ key: 'ca.crt', remoteKey: redis.caRemoteKey }],
        })),
      };
    },
  },
  docs: { diagram: { id: 'redis', label: () => 'Memorystore Redis' } },
};
