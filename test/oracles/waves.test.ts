/**
 * Sync waves: every dependency of every object, found from its fields (test/oracles/waves.ts), is met
 * by the waves as Argo CD applies them; what must be ready (a Secret written by an operator or by
 * External Secrets, a CRD, a cluster) is in an earlier wave, never the same one. And the check is not
 * vacuous: the dependencies that matter are found, and moving their writers into their readers' wave
 * is caught.
 */
import type { KubeObject } from '../../lib/validate';
import { allObjects, orofiModel, synth } from '../helpers';
import { dependencies, idOf, waveOf, waveProblems } from './waves';

const model = orofiModel();
const cases = [...model.values()].map((env) => [env.name, { env, objects: allObjects(synth(env)) }] as const);

/** `<kind> needs <kind>` for every dependency that must be ready, with how often. */
function readyEdges(objects: readonly KubeObject[]): Map<string, number> {
  const edges = new Map<string, number>();
  for (const o of objects) {
    for (const d of dependencies(o, objects).filter((x) => x.needs === 'ready')) {
      const edge = `${o.kind} needs ${d.on.kind}`;
      edges.set(edge, (edges.get(edge) ?? 0) + 1);
    }
  }
  return edges;
}

/** A copy of the objects with every object of `kind` moved to the wave of the first object that needs it. */
function dropToReaders(objects: readonly KubeObject[], kind: string): KubeObject[] {
  const copy = structuredClone(objects) as KubeObject[];
  const readers = copy.filter((o) => dependencies(o, copy).some((d) => d.on.kind === kind && d.needs === 'ready'));
  expect(readers.length).toBeGreaterThan(0);
  const wave = Math.max(...readers.map(waveOf));
  for (const o of copy.filter((x) => x.kind === kind)) {
    (o.metadata.annotations as Record<string, string>)['argocd.argoproj.io/sync-wave'] = String(wave);
  }
  return copy;
}

describe.each(cases)('%s', (_, { env, objects }) => {
  test('every object has a wave, and every dependency is met', () => {
    expect(objects.length).toBeGreaterThan(0);
    expect(waveProblems(objects)).toEqual([]);
  });

  test('the dependencies that need ordering are found: Secrets of pods and operators, stores, CRDs, clusters', () => {
    const edges = readyEdges(objects);
    const secretReaders = env.workloads.filter((w) => w.secrets.length > 0).length;
    expect(edges.get('Deployment needs ExternalSecret') ?? 0).toBeGreaterThanOrEqual(secretReaders);
    expect(edges.get('ExternalSecret needs SecretStore')).toBe(
      objects.filter((o) => o.kind === 'ExternalSecret').length,
    );
    // Every workload's pods are governed from the start: its NetworkPolicy, Sidecar and the namespace's
    // deny-all, mTLS and allow-nothing defaults (and its ALLOW policy, when it has callers).
    const policies = ['NetworkPolicy', 'Sidecar', 'PeerAuthentication', 'AuthorizationPolicy'];
    expect(edges.get('Deployment needs NetworkPolicy')).toBe(2 * env.workloads.length);
    expect(edges.get('Deployment needs Sidecar')).toBe(2 * env.workloads.length); // its own, the namespace's
    expect(edges.get('Deployment needs PeerAuthentication')).toBe(env.workloads.length);
    expect(edges.get('Deployment needs AuthorizationPolicy')).toBeGreaterThanOrEqual(env.workloads.length);
    for (const p of policies) expect(edges.get(`Deployment needs ${p}`)).toBeGreaterThan(0);
    expect(edges.get('VirtualService needs Deployment')).toBe(env.workloads.filter((w) => w.hosts.length > 0).length);
    if (env.kafka) {
      expect(edges.get('Deployment needs KafkaTopic')).toBe(
        env.kafka.users.reduce((n, u) => n + new Set([...u.produces, ...u.consumes]).size, 0),
      );
      // KafkaUsers live in Kafka's namespace: each client's pods read a copy of its own certificate, which
      // needs the KafkaUser's Secret; the pods need the copy and, through it, the KafkaUser and its topics.
      expect(edges.get('ExternalSecret needs KafkaUser')).toBe(env.kafka.users.length);
      expect(edges.get('Deployment needs KafkaUser')).toBe(env.kafka.users.length);
      expect(edges.get('KafkaUser needs Kafka')).toBe(env.kafka.users.length);
      expect(edges.get('ExternalSecret needs Kafka')).toBe(1); // the copy of the cluster CA beside the clients
      expect(edges.get('Deployment needs ExternalSecret')).toBeGreaterThanOrEqual(env.kafka.users.length);
    }
    if (env.mongodb) {
      // The ExternalSecrets of the system users, of the users' passwords and of the backup key.
      expect(edges.get('PerconaServerMongoDB needs ExternalSecret')).toBe(3);
      expect(edges.get('ExternalSecret needs PerconaServerMongoDB')).toBe(env.mongodb.clientNamespaces.length);
    }
    for (const o of objects.filter((x) =>
      /\.(istio|strimzi|percona|coreos|cert-manager|external-secrets)\./.test(`.${x.apiVersion}`),
    )) {
      expect(
        dependencies(o, objects)
          .filter((d) => d.on.kind === 'Application')
          .map((d) => `${idOf(o)} needs ${idOf(d.on)}`),
      ).toHaveLength(1);
    }
  });

  test.each(['KafkaUser', 'ExternalSecret', 'KafkaTopic', 'NetworkPolicy', 'Sidecar', 'Deployment'])(
    'a %s moved into the wave of what needs it ready is caught',
    (kind) => {
      if (kind.startsWith('Kafka') && !env.kafka) return;
      const problems = waveProblems(dropToReaders(objects, kind));
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.filter((p) => new RegExp(`needs .* ready: ${kind} `).test(p)).length).toBeGreaterThan(0);
    },
  );
});
