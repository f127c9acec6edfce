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

test('environments differ only in sizes, replicas, hosts, image tags, project, zone spreading and the allow-list', () => {
  // Normalise what may differ; what remains must be identical across environments. Only
  // highAvailability environments spread over zones; only an environment with an allow-list has its policy.
  const zoneSpread =
    /\n {8}- labelSelector:\n(?: {10,}.*\n)+? {10}topologyKey: topology\.kubernetes\.io\/zone\n {10}whenUnsatisfiable: DoNotSchedule/g;
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const normalise = (envName: string) => {
    const env = environments.find((e) => e.name === envName)!;
    const project = platform.gcpProject.replace('{env}', envName);
    return (
      output(envName)
        .filter((f) => !/\/(kafka|mongodb)\.yaml$/.test(f.path))
        .flatMap((f) => f.content.split('---\n'))
        .filter((doc) => !doc.includes(`name: ${platform.ingressGateway.name}-source-allow-list`))
        // The ingress gateway's NetworkPolicy admits the allow-list where there is one, the world elsewhere.
        .filter(
          (doc) => !(doc.includes('kind: NetworkPolicy') && doc.includes(`name: ${platform.ingressGateway.name}\n`)),
        )
        // Alert thresholds differ per environment, and only some alert on error budgets (monitoring.test.ts).
        .filter((doc) => !doc.includes('kind: PrometheusRule'))
        .join('---\n')
        .replace(zoneSpread, '')
        .replace(new RegExp(`\\b([a-z]+)\\.${escape(env.domain)}\\b`, 'g'), '$1.DOMAIN')
        .replaceAll(project, 'PROJECT')
        .replaceAll(`${platform.name}-${envName}`, 'PLATFORM-ENV')
        .replaceAll(`dist/${envName}`, 'dist/ENV')
        .replaceAll(`${platform.name} ${envName}:`, 'PLATFORM ENV:')
        .replace(new RegExp(`(:|version: |version": )${escape(env.imageTagScheme.prefix)}-[0-9a-fv.]+`, 'g'), '$1TAG')
        .replace(/checksum\/config: '?[0-9a-f]{64}'?/g, 'checksum/config: SUM')
        // Digests pin each environment's images where it requires them.
        .replace(/@sha256:[0-9a-f]{64}/g, '')
        // An environment may be promoted: follow a release reference and sync in a window (gitops.test.ts).
        .replaceAll(
          `targetRevision: ${env.gitops?.targetRevision ?? platform.gitops.targetRevision ?? 'main'}\n`,
          'targetRevision: REF\n',
        )
        .replace(/\n {2}syncWindows:\n(?: {4,}.*\n)+/g, '\n')
        .replace(
          /^(\s*(cpu|memory|replicas|minReplicas|maxReplicas|value|maxConnections|http1MaxPendingRequests|http2MaxRequests|consecutive5xxErrors|baseEjectionTime|maxEjectionPercent)): .*$/gm,
          '$1: N',
        )
    );
  };
  const [first, ...others] = ENVIRONMENTS;
  for (const other of others) expect(normalise(other)).toEqual(normalise(first!));
});

test('synthesis is deterministic: this process gives what the shared synth of another process gave', () => {
  const again = new Map([...model].map(([name, env]) => [name, synthFresh(env)]));
  for (const env of ENVIRONMENTS) {
    expect(again.get(env)!.map((f) => f.content)).toEqual(output(env).map((f) => f.content));
  }
});
