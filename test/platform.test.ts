/**
 * The whole output of every environment, with expectations derived from the description
 * (environments/): adding a service or an environment changes what is expected here, not this file.
 * Orofi's own facts are in orofi.test.ts; what each environment holds, object by object, is the
 * generated inventory of docs/<env>.md, which the drift test keeps equal to a fresh synth.
 */
import { environments, platform } from '../environments';
import type { ManifestFile } from '../lib/synth';
import { validateObject, type KubeObject } from '../lib/validate';
import { allObjects, find, ofKind, orofiModel, synth, synthFresh } from './helpers';

type Deployment = KubeObject & { spec: { replicas: number; template: { spec: Record<string, unknown> } } };

const model = orofiModel();
const outputs = new Map([...model].map(([name, env]) => [name, synth(env)]));
const ENVIRONMENTS = environments.map((e) => e.name);
const GATEWAYS = platform.gateways.map((g) => g.name);
const WORKLOADS = [...GATEWAYS, ...platform.services.map((s) => s.name)];
const { kafka, mongodb } = platform.backingServices;
const output = (env: string): ManifestFile[] => outputs.get(env)!;

test('synthesizes every environment of the description, in its order', () => {
  expect([...outputs.keys()]).toEqual(ENVIRONMENTS);
});

describe.each(ENVIRONMENTS)('%s', (envName) => {
  const files = output(envName);
  const env = model.get(envName)!;

  test('one file per chart: gitops, namespaces, priority classes, mesh defaults, network isolation, edge, monitoring, secret stores, Kafka, MongoDB, then one per workload', () => {
    expect(files.map((f) => f.path)).toEqual(
      [
        'gitops',
        'namespaces',
        'priority-classes',
        'mesh',
        'network',
        'edge',
        'monitoring',
        'secret-stores',
        ...(kafka ? ['kafka'] : []),
        ...(mongodb ? ['mongodb'] : []),
        ...WORKLOADS,
      ].map((chart) => `${envName}/${chart}.yaml`),
    );
  });

  test('every object passes strict schema validation', () => {
    for (const object of allObjects(files)) expect(validateObject(object)).toEqual([]);
  });

  test("namespaces exist; the workloads' are in the mesh, Kafka's and MongoDB's are not", () => {
    const injection = Object.fromEntries(
      ofKind(files, 'Namespace').map((n) => [
        n.metadata.name,
        (n.metadata.labels as Record<string, string>)['istio-injection'],
      ]),
    );
    const outsideMesh = [kafka?.namespace, mongodb?.namespace].filter((n) => n !== undefined);
    const operatorNamespaces = [
      ...new Set(
        ofKind(files, 'Application')
          .filter((a) => (a.spec as { source: { chart?: string } }).source.chart !== undefined)
          .map((a) => (a.spec as { destination: { namespace: string } }).destination.namespace),
      ),
    ].filter((n) => !platform.namespaces.includes(n) && !outsideMesh.includes(n) && n !== env.gitops.namespace);
    expect(injection).toEqual({
      ...Object.fromEntries(platform.namespaces.map((n) => [n, 'enabled'])),
      ...Object.fromEntries(outsideMesh.map((n) => [n, 'disabled'])),
      // The operators' namespaces: not injected (their Pod Security labels: security.test.ts).
      ...Object.fromEntries(operatorNamespaces.map((n) => [n, undefined])),
    });
    const used = new Set(allObjects(files).flatMap((o) => (o.metadata.namespace ? [o.metadata.namespace] : [])));
    // Besides its own, the platform writes Argo CD's namespace (its Applications), and the operators'
    // namespaces: their NetworkPolicies, Istio's root policy (mesh-wide mTLS), the edge (Gateway,
    // Certificate) and Prometheus's dashboards.
    const s = env.surroundings;
    expect([...used].sort()).toEqual(
      [
        ...new Set([
          ...platform.namespaces,
          ...outsideMesh,
          env.gitops.namespace,
          s.istioNamespace,
          platform.ingressGateway.namespace,
          s.monitoringNamespace,
          ...operatorNamespaces,
        ]),
      ].sort(),
    );
  });

  test('replica bounds follow the environment config; the HPA, not the Deployment, holds the count', () => {
    for (const w of env.workloads)
      expect(find(files, 'HorizontalPodAutoscaler', w.name).spec).toMatchObject({
        minReplicas: w.replicas.min,
        maxReplicas: w.replicas.max,
      });
    if (env.highAvailability) for (const w of env.workloads) expect(w.replicas.min).toBeGreaterThanOrEqual(2);
  });

  test('every pod has a PriorityClass of this environment, gateways above microservices', () => {
    const classes = new Map(ofKind(files, 'PriorityClass').map((c) => [c.metadata.name, c.value as number]));
    const gatewayClass = `${platform.name}-api-gateway`;
    const serviceClass = `${platform.name}-microservice`;
    for (const deployment of ofKind<Deployment>(files, 'Deployment')) {
      const name = (deployment.spec.template.spec as Record<string, unknown>).priorityClassName as string;
      expect(classes.has(name)).toBe(true);
      expect(name).toBe(GATEWAYS.includes(deployment.metadata.name) ? gatewayClass : serviceClass);
    }
    expect(classes.get(gatewayClass)).toBeGreaterThan(classes.get(serviceClass)!);
    for (const c of ofKind(files, 'PriorityClass')) expect(c.globalDefault).toBe(false);
  });

  test('no hashed names or labels: every name is a real name', () => {
    const hashed = /-[0-9a-f]{8}$|[0-9a-f]{16}/;
    for (const o of allObjects(files)) {
      expect(o.metadata.name).not.toMatch(hashed);
      for (const value of Object.values(o.metadata.labels ?? {})) expect(value).not.toMatch(hashed);
    }
    const text = files.map((f) => f.content).join('\n');
    expect(text).not.toMatch(/cdk8s\.io\//);
    expect(text).not.toMatch(/-[0-9a-f]{8}\b/);
  });
});

// Parity between environments: test/parity.test.ts, against the fields lib/parity.ts lists.

test('synthesis is deterministic: this process gives what the shared synth of another process gave', () => {
  const again = new Map([...model].map(([name, env]) => [name, synthFresh(env)]));
  for (const env of ENVIRONMENTS) {
    expect(again.get(env)!.map((f) => f.content)).toEqual(output(env).map((f) => f.content));
  }
});
