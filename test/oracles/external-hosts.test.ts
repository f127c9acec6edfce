/**
 * Hosts outside the cluster: a description whose workloads call HTTPS and plain-TLS hosts (Orofi's own
 * call only HTTPS ones) gets, in each namespace, exactly one ServiceEntry per host its workloads
 * declare, with every declared port under the declared protocol (`https` is Istio's HTTPS, `tls` its
 * TLS: the proxy must not expect HTTP inside), and each workload's Sidecar reaches exactly its own
 * hosts. Expectations come from the input alone.
 */
import type { IServiceEntry } from '@kubernetes-models/istio/networking.istio.io/v1/ServiceEntry';
import type { ISidecar } from '@kubernetes-models/istio/networking.istio.io/v1/Sidecar';
import { loadPlatform } from '../../lib/config/load';
import { allObjects, orofiInputs, synthFresh } from '../helpers';

const inputs = orofiInputs();
const [gateway] = inputs.platform.gateways;
const [service] = inputs.platform.services;
gateway!.externalHosts = [
  { host: 'smtp.example.com', port: 465, protocol: 'tls' },
  { host: 'smtp.example.com', port: 2465, protocol: 'tls' },
  { host: 'api.stripe.com', port: 443, protocol: 'https' },
];
service!.externalHosts = [
  { host: 'api.sendgrid.com', port: 443, protocol: 'https' },
  { host: 'ldap.example.com', port: 636, protocol: 'tls' },
];
const declared = [gateway!, service!];
expect(gateway!.namespace).not.toBe(service!.namespace);

const [env] = loadPlatform(inputs.platform, inputs.environments.slice(0, 1)).environments;
const objects = allObjects(synthFresh(env!));
const entries = objects.filter((o) => o.kind === 'ServiceEntry') as unknown as IServiceEntry[];

test('one ServiceEntry per declared host and namespace, every declared port with its protocol', () => {
  const expected = declared.flatMap((w) =>
    [...new Set(w.externalHosts!.map((h) => h.host))].map((host) => ({
      namespace: w.namespace,
      host,
      ports: w
        .externalHosts!.filter((h) => h.host === host)
        .map((h) => `${h.port}/${h.protocol!.toUpperCase()}`)
        .sort(),
    })),
  );
  expect(expected).toHaveLength(4);
  const actual = entries
    .filter((e) => expected.some((x) => e.spec!.hosts.includes(x.host)))
    .map((e) => ({
      namespace: e.metadata!.namespace,
      host: e.spec!.hosts.join(),
      ports: e.spec!.ports!.map((p) => `${p.number}/${p.protocol}`).sort(),
    }));
  expect(actual).toHaveLength(expected.length);
  const byHost = (a: { host: string }, b: { host: string }) => (a.host < b.host ? -1 : 1);
  expect(actual.sort(byHost)).toEqual(expected.sort(byHost));
});

test('each Sidecar reaches exactly the external hosts its workload declares, of its own namespace', () => {
  for (const w of declared) {
    const sidecar = objects.find(
      (o) => o.kind === 'Sidecar' && o.metadata.namespace === w.namespace && o.metadata.name === w.name,
    ) as unknown as ISidecar;
    const external = sidecar.spec!.egress![0]!.hosts.filter((h) =>
      declared.some((d) => d.externalHosts!.some((x) => h === `./${x.host}`)),
    );
    expect([w.name, external.sort()]).toEqual([
      w.name,
      [...new Set(w.externalHosts!.map((h) => `./${h.host}`))].sort(),
    ]);
  }
});
