/**
 * The Strimzi cluster operator's own NetworkPolicy, compared peer by peer and port by port with what
 * the operator needs by Strimzi's documentation: it watches and writes its resources through the API
 * server, resolves names, and manages the Kafka cluster's pods (the admin client on the brokers, the
 * brokers' agent: every pod Strimzi labels `strimzi.io/kind=Kafka`, on any port); Prometheus scrapes
 * its metrics on 8080. Nothing else, in either direction.
 */
import { ofKind, orofiModel, synth } from '../helpers';
import { FACTS, peer, readNetworkPolicy } from './network';

const model = orofiModel();
const cases = [...model.values()].map((env) => [env.name, env] as const);

describe.each(cases)('%s', (_, env) => {
  test('strimzi-cluster-operator: Prometheus in on 8080; out to DNS, the API server and the Kafka cluster’s pods', () => {
    const policies = ofKind(synth(env), 'NetworkPolicy').filter((p) => p.metadata.name === 'strimzi-cluster-operator');
    // The operator runs only where the environment has a Kafka cluster.
    if (!env.kafka) return expect(policies).toEqual([]);
    const namespace = env.surroundings.kafka!.namespace;
    expect(policies.map((p) => p.metadata.namespace)).toEqual([namespace]);
    const read = readNetworkPolicy(policies[0]!);
    expect(read.selects).toBe('strimzi.io/kind=cluster-operator');
    const dns = peer.pods(FACTS.dns.namespace, FACTS.dns.pods);
    expect(read.ingress).toEqual([`${peer.pods(env.surroundings.monitoringNamespace, FACTS.prometheusPods)} TCP/8080`]);
    expect(read.egress).toEqual(
      [
        `${dns} UDP/${FACTS.dns.port}`,
        `${dns} TCP/${FACTS.dns.port}`,
        `${peer.cidr(env.surroundings.controlPlaneCidr)} TCP/${FACTS.apiServerPort}`,
        `${peer.pods(namespace, { 'strimzi.io/kind': 'Kafka' })} ANY PORT`,
      ].sort(),
    );
  });
});
