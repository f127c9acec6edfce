/**
 * What docs/<environment>.md says spreads over zones, from the description: with three zones or more
 * (GKE's regional spread), the workloads and every data store the platform runs in the cluster
 * (Kafka, MongoDB, RabbitMQ; Cloud SQL and Memorystore are Google's), named in a list "a, b and c";
 * with fewer, "spread over nodes". On Orofi's description and on a RabbitMQ platform.
 */
import { loadPlatform } from '../../lib/config/load';
import type { EnvironmentInput, PlatformInput } from '../../lib/config/schema';
import { environmentDoc } from '../../lib/docs';
import { messagingPlatform } from '../fixtures/messaging-platform';
import { allObjects, orofiInputs, synthFresh } from '../helpers';

type Inputs = { platform: PlatformInput; environments: EnvironmentInput[] };

/** The parenthesis of the doc's cluster sentence (first environment), the platform on `zones` zones. */
function spread(inputs: Inputs, zones: number) {
  const region = inputs.platform.cluster.region;
  inputs.platform.cluster.zones = ['a', 'b', 'c', 'd'].slice(0, zones).map((z) => `${region}-${z}`);
  const [env] = loadPlatform(inputs.platform, inputs.environments).environments;
  const doc = environmentDoc(env!, allObjects(synthFresh(env!))).content;
  return /^The cluster: .*? \(([^)]*)\)/m.exec(doc)?.[1];
}

/** The data stores the description runs in the cluster. */
const inCluster = ({ platform }: Inputs) =>
  (
    [
      ['kafka', 'Kafka'],
      ['mongodb', 'MongoDB'],
      ['rabbitmq', 'RabbitMQ'],
    ] as const
  )
    .filter(([key]) => platform.backingServices[key] !== undefined)
    .map(([, name]) => name);

test.each([
  ['Orofi', orofiInputs],
  ['a RabbitMQ platform', messagingPlatform],
])('%s: across three zones, the workloads and its data stores; on two, nodes', (_, inputs) => {
  const stores = inCluster(inputs());
  expect(stores.length).toBeGreaterThan(0);
  const across = spread(inputs(), 3)!;
  const listed = /^workloads((?:, [A-Za-z]+)*) and ([A-Za-z]+) spread over zones$/.exec(across);
  expect([across, listed === null]).toEqual([across, false]);
  const names = [...listed![1]!.split(', ').slice(1), listed![2]!];
  expect(names.sort()).toEqual([...stores].sort());
  expect(spread(inputs(), 2)).toBe('spread over nodes');
});
