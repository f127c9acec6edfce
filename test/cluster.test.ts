/**
 * The cluster the description declares (seed 000: one zone, `us-central1-a`, behind a static IP): zone
 * rules only where there are zones to spread over, Workload Identity reachable on the declared
 * dataplane, the ingress on the environment's reserved address.
 */
import { readdirSync } from 'node:fs';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { loadPlatform } from '../lib/config/load';
import type { KubeObject } from '../lib/validate';
import { allObjects, ofKind, orofiInputs, synth } from './helpers';
import { CHARTS_DIR, chartFiles, haveCharts } from './oracles/chart-archive';

const ZONE = 'topology.kubernetes.io/zone';

/** The real description, with its cluster changed. */
function withCluster(change: (cluster: { zones: string[]; dataplaneV2: boolean }) => void) {
  const inputs = orofiInputs();
  change(inputs.platform.cluster);
  return loadPlatform(inputs.platform, inputs.environments).environments.map((env) => ({
    env,
    objects: allObjects(synth(env)),
  }));
}

const declared = withCluster(() => {});
const threeZones = withCluster((c) => {
  const region = c.zones[0]!.replace(/-[a-z]$/, '');
  c.zones = ['a', 'b', 'c'].map((z) => `${region}-${z}`);
});

type Pod = NonNullable<NonNullable<IDeployment['spec']>['template']['spec']>;
const spec = (o: KubeObject) => o.spec as Record<string, never>;

describe.each(declared.map(({ env, objects }) => [env.name, env, objects] as const))('%s', (_, env, objects) => {
  test(`with ${env.cluster.zones.length} zone(s) declared, zone rules only with 3 or more`, () => {
    const mentions = objects.filter((o) => JSON.stringify(o).includes(ZONE)).map((o) => `${o.kind} ${o.metadata.name}`);
    if (env.cluster.zones.length >= 3) expect(mentions.length).toBeGreaterThan(0);
    else expect(mentions).toEqual([]);
  });

  test("the ingress gateway's Service gets the environment's reserved static address", () => {
    const gateway = objects.find(
      (o) => o.kind === 'Application' && o.metadata.name === env.surroundings.ingressGateway.name,
    )!;
    const values = (spec(gateway).source as { helm: { valuesObject: { service: Record<string, unknown> } } }).helm
      .valuesObject.service;
    expect(values).toMatchObject({ type: 'LoadBalancer', externalTrafficPolicy: 'Local' });
    expect(values.loadBalancerIP).toBe(env.cluster.ingressAddress);
  });
});

describe.each(threeZones.map(({ env, objects }) => [env.name, objects] as const))(
  '%s with three zones declared',
  (_, objects) => {
    test('workloads spread over zones (hard) and nodes', () => {
      for (const d of ofKind([{ path: '', content: '', objects }], 'Deployment') as unknown as IDeployment[]) {
        const keys = (d.spec!.template.spec as Pod).topologySpreadConstraints!.map((c) => [
          c.topologyKey,
          c.whenUnsatisfiable,
        ]);
        expect(keys).toEqual([
          [ZONE, 'DoNotSchedule'],
          ['kubernetes.io/hostname', 'ScheduleAnyway'],
        ]);
      }
    });

    test("MongoDB keeps one member per zone; Kafka's racks are zones and its pools spread over them", () => {
      const psmdb = objects.find((o) => o.kind === 'PerconaServerMongoDB')!;
      expect((spec(psmdb).replsets as { affinity: unknown }[])[0]!.affinity).toEqual({
        antiAffinityTopologyKey: ZONE,
      });
      const kafka = objects.find((o) => o.kind === 'Kafka')!;
      expect((spec(kafka).kafka as { rack: unknown }).rack).toEqual({ type: 'topology-label', topologyKey: ZONE });
      for (const pool of objects.filter((o) => o.kind === 'KafkaNodePool')) {
        const constraints = (spec(pool).template as { pod: { topologySpreadConstraints: { topologyKey: string }[] } })
          .pod.topologySpreadConstraints;
        expect(constraints.map((c) => c.topologyKey)).toEqual([ZONE, 'kubernetes.io/hostname']);
      }
    });
  },
);

test('Workload Identity: the metadata server where the declared dataplane redirects it, on both dataplanes', () => {
  for (const dataplaneV2 of [true, false]) {
    const [{ objects }] = withCluster((c) => {
      c.dataplaneV2 = dataplaneV2;
    }) as unknown as [{ objects: KubeObject[] }];
    const policies = objects.filter(
      (o) => o.kind === 'NetworkPolicy' && (o as INetworkPolicy).spec!.egress !== undefined,
    ) as INetworkPolicy[];
    expect(policies.length).toBeGreaterThan(0);
    for (const policy of policies) {
      const to = policy.spec!.egress!.flatMap((r) =>
        (r.to ?? []).flatMap((p) => (p.ipBlock ? r.ports!.map((port) => `${p.ipBlock!.cidr}:${port.port}`) : [])),
      );
      if (!to.includes('169.254.169.254/32:80')) continue; // not a workload that uses Google APIs
      expect(to).toContain(dataplaneV2 ? '169.254.169.252/32:988' : '127.0.0.1/32:988');
      expect(to).not.toContain(dataplaneV2 ? '127.0.0.1/32:988' : '169.254.169.252/32:988');
    }
  }
});

const gatewayChart = haveCharts ? readdirSync(CHARTS_DIR).find((d) => d.startsWith('gateway-')) : undefined;
(gatewayChart ? test : test.skip)(
  `the pinned gateway chart sets loadBalancerIP from service.loadBalancerIP${gatewayChart ? '' : ' (skipped: ../shared/charts is absent)'}`,
  () => {
    // The chart ignores values it does not know: read its Service template for the one we set.
    const files = chartFiles('gateway', gatewayChart!.slice('gateway-'.length));
    const template = files.get('templates/service.yaml')!.toString('utf8');
    expect(template).toMatch(/\{\{- with \.Values\.service\.loadBalancerIP \}\}\n\s+loadBalancerIP: "\{\{ \. \}\}"/);
  },
);
