/**
 * Oracles read from the raw inputs (the platform description and one environment's config), with the
 * defaults the README documents, never from the model that lib/config/load.ts computes: so that a
 * property can check the model itself, then the manifests built from it.
 */
import type { EnvironmentInput, PlatformInput } from '../../lib/config/schema';
import type { KubeObject } from '../../lib/validate';

type WorkloadInput = PlatformInput['gateways'][number] | PlatformInput['services'][number];

export const workloadsOf = (platform: PlatformInput): WorkloadInput[] => [...platform.gateways, ...platform.services];

/** What the model of a workload must say, from its input and the documented defaults. */
export function expectedWorkloadFacts(w: WorkloadInput) {
  const uses = {
    kafka: false,
    mongodb: false,
    mysql: false,
    postgresql: false,
    redis: false,
    rabbitmq: false,
    ...('uses' in w ? w.uses : {}),
  };
  return {
    name: w.name,
    namespace: w.namespace,
    port: w.port ?? 8080,
    protocol: w.protocol ?? 'http',
    calls: [...(w.calls ?? [])],
    uses,
  };
}

/** Replica bounds of a workload in an environment: its own override, else the environment's. */
export function expectedReplicas(env: EnvironmentInput, workload: string): { min: number; max: number } {
  return env.workloads?.[workload]?.replicas ?? env.replicas;
}

/** The image of a workload: the environment project's Artifact Registry, its own tag or the environment's. */
export function expectedImage(platform: PlatformInput, env: EnvironmentInput, workload: string): string {
  const project = platform.gcpProject.replaceAll('{env}', env.name);
  const { location, repository } = platform.artifactRegistry;
  const tag = env.workloads?.[workload]?.imageTag ?? env.imageTag;
  return `${location}-docker.pkg.dev/${project}/${repository}/${workload}:${tag}`;
}

/**
 * The ACLs of each Kafka client, as `<resource type> <name>: <operation>`: Write and Describe on what
 * it produces, Read and Describe on what it consumes, Read on its own consumer group when it consumes.
 */
export function expectedAcls(platform: PlatformInput): Map<string, string[]> {
  const acls = new Map<string, string[]>();
  for (const s of platform.services) {
    if (!s.uses?.kafka) continue;
    const { produces = [], consumes = [] } = s.topics ?? {};
    const granted = new Set([
      ...produces.flatMap((t) => [`topic ${t}: Write`, `topic ${t}: Describe`]),
      ...consumes.flatMap((t) => [`topic ${t}: Read`, `topic ${t}: Describe`]),
      ...(consumes.length > 0 ? [`group ${s.name}: Read`] : []),
    ]);
    acls.set(s.name, [...granted].sort());
  }
  return acls;
}

type Acl = { resource: { type: string; name: string; patternType?: string }; operations: string[]; host?: string };

/** What a KafkaUser grants, in the same form; anything but a literal resource on any host shows as such. */
export function readAcls(user: KubeObject): string[] {
  const spec = user.spec as { authorization?: { type?: string; acls?: Acl[] } };
  if (spec.authorization?.type !== 'simple') return [`authorization ${String(spec.authorization?.type)}`];
  return (spec.authorization.acls ?? [])
    .flatMap((acl) => {
      const pattern = acl.resource.patternType === 'literal' ? '' : ` (${String(acl.resource.patternType)})`;
      const host = acl.host === undefined || acl.host === '*' ? '' : ` from ${acl.host}`;
      return acl.operations.map((op) => `${acl.resource.type} ${acl.resource.name}${pattern}: ${op}${host}`);
    })
    .sort();
}
