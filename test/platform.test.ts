import type { ManifestFile } from '../lib/synth';
import { validateObject, type KubeObject } from '../lib/validate';
import { allObjects, find, ofKind, orofiModel, synth } from './helpers';

interface PodTemplate {
  metadata: { labels: Record<string, string> };
  spec: {
    serviceAccountName: string;
    automountServiceAccountToken: boolean;
    securityContext: Record<string, unknown>;
    containers: Array<
      { name: string; image: string; ports: Array<{ name: string; containerPort: number }> } & Record<string, unknown>
    >;
  };
}
type Deployment = KubeObject & {
  spec: { replicas: number; selector: { matchLabels: Record<string, string> }; template: PodTemplate };
};
type Service = KubeObject & {
  spec: { selector: Record<string, string>; ports: Array<{ name: string; port: number; targetPort: number }> };
};

const model = orofiModel();
const outputs = new Map([...model].map(([name, env]) => [name, synth(env)]));
const ENVIRONMENTS = ['dev', 'staging', 'production'];
const WORKLOADS = [
  'api-gateway-public',
  'api-gateway-account',
  'api-gateway-oro',
  'api-gateway-admin-dashboard',
  'microservice-communication',
  'microservice-identity',
  'microservice-monolith',
  'microservice-analytics',
];
const output = (env: string): ManifestFile[] => outputs.get(env)!;

test('synthesizes the three environments', () => {
  expect([...outputs.keys()]).toEqual(ENVIRONMENTS);
});

describe.each(ENVIRONMENTS)('%s', (envName) => {
  const files = output(envName);
  const project = `orofi-${envName}-cloud`;

  test('matches the snapshot', () => {
    expect(Object.fromEntries(files.map((f) => [f.path, f.content]))).toMatchSnapshot();
  });

  test('one file per chart: namespaces, priority classes, then one per workload', () => {
    expect(files.map((f) => f.path)).toEqual([
      `${envName}/namespaces.yaml`,
      `${envName}/priority-classes.yaml`,
      ...WORKLOADS.map((w) => `${envName}/${w}.yaml`),
    ]);
  });

  test('every object passes strict schema validation', () => {
    for (const object of allObjects(files)) expect(validateObject(object)).toEqual([]);
  });

  test('namespaces exist and are labelled for Istio sidecar injection', () => {
    const namespaces = ofKind(files, 'Namespace');
    expect(namespaces.map((n) => n.metadata.name)).toEqual(['api-gateways', 'microservices']);
    for (const ns of namespaces) expect(ns.metadata.labels).toMatchObject({ 'istio-injection': 'enabled' });
    const used = new Set(allObjects(files).flatMap((o) => (o.metadata.namespace ? [o.metadata.namespace] : [])));
    expect([...used].sort()).toEqual(['api-gateways', 'microservices']);
  });

  test.each(WORKLOADS)('%s: Deployment, Service and ServiceAccount under its real name', (name) => {
    const namespace = name.startsWith('api-gateway') ? 'api-gateways' : 'microservices';
    const deployment = find<Deployment>(files, 'Deployment', name);
    const service = find<Service>(files, 'Service', name);
    const account = find(files, 'ServiceAccount', name);
    for (const o of [deployment, service, account]) expect(o.metadata.namespace).toBe(namespace);

    expect(account.metadata.annotations).toEqual({
      'iam.gke.io/gcp-service-account': `${name}@${project}.iam.gserviceaccount.com`,
    });
    expect(account.automountServiceAccountToken).toBe(false);

    const pod = deployment.spec.template;
    expect(pod.spec.serviceAccountName).toBe(name);
    expect(pod.spec.automountServiceAccountToken).toBe(false);
    const [container] = pod.spec.containers;
    expect(container!.image).toMatch(
      new RegExp(`^us-central1-docker\\.pkg\\.dev/${project}/orofi/${name}:[A-Za-z0-9_][A-Za-z0-9_.-]*$`),
    );
    expect(container!.image.endsWith(':latest')).toBe(false);

    // The Service selects exactly the Deployment's pods, by labels that do not change with the version.
    const selector = deployment.spec.selector.matchLabels;
    expect(selector).toEqual({ 'app.kubernetes.io/name': name, 'app.kubernetes.io/instance': name });
    expect(service.spec.selector).toEqual(selector);
    expect(pod.metadata.labels).toMatchObject(selector);
    expect(service.spec.ports).toEqual([{ name: 'http', port: 8080, targetPort: 8080 }]);
    expect(container!.ports).toEqual([{ name: 'http', containerPort: 8080 }]);
  });

  test('replicas follow the environment config', () => {
    const env = model.get(envName)!;
    for (const w of env.workloads)
      expect(find<Deployment>(files, 'Deployment', w.name).spec.replicas).toBe(w.replicas.min);
    if (env.highAvailability) for (const w of env.workloads) expect(w.replicas.min).toBeGreaterThanOrEqual(2);
  });

  test('pods run as a numeric non-root user on a read-only root file system, with no privileges', () => {
    for (const deployment of ofKind<Deployment>(files, 'Deployment')) {
      const pod = deployment.spec.template.spec;
      expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 10001 });
      for (const container of pod.containers) {
        expect(container.securityContext).toEqual({
          allowPrivilegeEscalation: false,
          capabilities: { drop: ['ALL'] },
          privileged: false,
          readOnlyRootFilesystem: true,
          runAsGroup: 10001,
          runAsNonRoot: true,
          runAsUser: 10001,
          seccompProfile: { type: 'RuntimeDefault' },
        });
        expect(container.resources).toEqual(
          expect.objectContaining({ requests: expect.any(Object), limits: expect.any(Object) }),
        );
      }
    }
  });

  test('every pod has a PriorityClass of this environment, gateways above microservices', () => {
    const classes = new Map(ofKind(files, 'PriorityClass').map((c) => [c.metadata.name, c.value as number]));
    for (const deployment of ofKind<Deployment>(files, 'Deployment')) {
      const name = (deployment.spec.template.spec as Record<string, unknown>).priorityClassName as string;
      expect(classes.has(name)).toBe(true);
      expect(name).toBe(
        deployment.metadata.name.startsWith('api-gateway') ? 'orofi-api-gateway' : 'orofi-microservice',
      );
    }
    expect(classes.get('orofi-api-gateway')).toBeGreaterThan(classes.get('orofi-microservice')!);
    for (const c of ofKind(files, 'PriorityClass')) expect(c.globalDefault).toBe(false);
  });

  test('no hashed names or labels: every name is a real name', () => {
    const names = new Set(allObjects(files).map((o) => o.metadata.name));
    expect([...names].sort()).toEqual(
      ['api-gateways', 'microservices', 'orofi-api-gateway', 'orofi-microservice', ...WORKLOADS].sort(),
    );
    const text = files.map((f) => f.content).join('\n');
    expect(text).not.toMatch(/cdk8s\.io\//);
    expect(text).not.toMatch(/-[0-9a-f]{8}\b/);
  });
});

test('environments differ only in sizes, replicas, hosts, image tags, project and zone spreading', () => {
  // Normalise what may differ; what remains must be identical across environments. Only
  // highAvailability environments spread over zones.
  const zoneSpread =
    /\n {8}- labelSelector:\n(?: {10,}.*\n)+? {10}topologyKey: topology\.kubernetes\.io\/zone\n {10}whenUnsatisfiable: DoNotSchedule/g;
  const normalise = (env: string) =>
    output(env)
      .map((f) => f.content)
      .join('\n')
      .replace(zoneSpread, '')
      .replaceAll(`orofi-${env}-cloud`, 'orofi-ENV-cloud')
      .replace(/(:|version: |version": )(dev-[0-9a-f]+|staging-v[\d.]+|prod-v[\d.]+)/g, '$1TAG')
      .replace(/^(\s*(cpu|memory|replicas|minReplicas|maxReplicas|value)): .*$/gm, '$1: N');
  expect(normalise('staging')).toEqual(normalise('production'));
  expect(normalise('dev')).toEqual(normalise('production'));
});

test('synthesis is deterministic', () => {
  const again = new Map([...model].map(([name, env]) => [name, synth(env)]));
  for (const env of ENVIRONMENTS) {
    expect(again.get(env)!.map((f) => f.content)).toEqual(output(env).map((f) => f.content));
  }
});
