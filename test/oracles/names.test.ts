/**
 * What the API server checks and strict schema validation does not: every object's name is a valid
 * DNS-1123 subdomain (non-empty, lower-case, at most 253 characters), unique per kind and namespace.
 * And the mesh defaults construct works in a plain app with its documented default root namespace.
 */
import { App } from 'cdk8s';
import { MeshDefaultsChart } from '../../charts/mesh-defaults';
import { allObjects, orofiModel, synth } from '../helpers';

const DNS_1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

test.each([...orofiModel().values()].map((env) => [env.name, env] as const))(
  '%s: every object has a valid name, unique per kind and namespace',
  (_, env) => {
    const objects = allObjects(synth(env));
    expect(objects.length).toBeGreaterThan(0);
    const ids = objects.map((o) => `${o.apiVersion} ${o.kind} ${o.metadata.namespace ?? ''}/${o.metadata.name}`);
    expect(new Set(ids).size).toBe(ids.length);
    for (const o of objects) {
      expect(`${o.kind} ${o.metadata.name}`).toMatch(/^\S+ \S+$/);
      expect(o.metadata.name).toMatch(DNS_1123_SUBDOMAIN);
      expect(o.metadata.name.length).toBeLessThanOrEqual(253);
    }
  },
);

test('MeshDefaultsChart: mesh-wide STRICT mTLS in istio-system unless told otherwise', () => {
  const app = new App();
  new MeshDefaultsChart(app, 'mesh', { platform: 'p', namespaces: ['apps'], externalServices: [] });
  const objects = app.charts.flatMap((c) => c.toJson()) as { kind: string; metadata: { namespace: string } }[];
  const peer = objects.filter((o) => o.kind === 'PeerAuthentication').map((o) => o.metadata.namespace);
  expect(peer.sort()).toEqual(['apps', 'istio-system']);
  const sidecar = objects.find((o) => o.kind === 'Sidecar') as unknown as { spec: { egress: { hosts: string[] }[] } };
  expect(sidecar.spec.egress).toEqual([{ hosts: ['istio-system/*'] }]);
});
