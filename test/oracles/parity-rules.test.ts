/**
 * The parity check (lib/parity.ts) on small hand-made pairs of environments, against the rules
 * docs/design/parity.md states: for each field the environments may set differently (sizes, replicas,
 * hosts, image tags, the GCP project, the ingress address and allow-list, alert thresholds, promotion,
 * Argo CD's names), one object that differs there and at one field that may not differ, with the exact
 * line expected for the second alone; the same field on another kind is a difference like any other.
 * Then the message format (`<a> vs <b>: <kind> <namespace>/<name>: <path>: <a's value> vs <b's>`), the
 * environment's name read as `{env}` in names, the objects an environment may have alone, and the order.
 */
import { allParityProblems, parityProblems, type EnvironmentObjects } from '../../lib/parity';
import type { KubeObject } from '../../lib/validate';

type Segment = string | number;

/** An object of `kind` with `value` at `path` (list items as one-item lists) and `spec.fixed` = fixed. */
function object(kind: string, path: readonly Segment[], value: unknown, fixed: string, name = 'x'): KubeObject {
  const root: Record<string, unknown> = { apiVersion: 'v1', kind, metadata: { name, namespace: 'ns' } };
  let at: Record<string | number, unknown> = root;
  path.forEach((segment, i) => {
    const last = i === path.length - 1;
    const next = path[i + 1];
    if (last) at[segment] = value;
    else at[segment] ??= typeof next === 'number' ? [] : {};
    at = at[segment] as Record<string | number, unknown>;
  });
  ((root.spec ??= {}) as Record<string, unknown>).fixed = fixed;
  return root as unknown as KubeObject;
}

const env = (name: string, ...objects: KubeObject[]): EnvironmentObjects => ({ name, objects });

const POD = ['spec', 'template', 'spec'];
const resources = (list: string) =>
  ['requests', 'limits'].flatMap((r) =>
    ['cpu', 'memory'].map((k): [string, Segment[]] => ['Deployment', [...POD, list, 0, 'resources', r, k]]),
  );
const VALUES = ['spec', 'source', 'helm', 'valuesObject'];

/** Every (kind, concrete path) docs/design/parity.md lets differ, whatever backing services a platform has. */
const ALLOWED: [string, Segment[]][] = [
  // sizes: containers' requests and limits, the mesh's connection pools
  ...resources('containers'),
  ...resources('initContainers'),
  ['DestinationRule', ['spec', 'trafficPolicy', 'connectionPool', 'tcp', 'maxConnections']],
  ['DestinationRule', ['spec', 'trafficPolicy', 'connectionPool', 'http', 'http1MaxPendingRequests']],
  ['DestinationRule', ['spec', 'trafficPolicy', 'connectionPool', 'http', 'http2MaxRequests']],
  // replicas
  ['HorizontalPodAutoscaler', ['spec', 'minReplicas']],
  ['HorizontalPodAutoscaler', ['spec', 'maxReplicas']],
  ['Deployment', ['spec', 'replicas']],
  // hosts
  ['Certificate', ['spec', 'dnsNames']],
  ['Certificate', ['spec', 'commonName']],
  ['Gateway', ['spec', 'servers', 0, 'hosts']],
  ['VirtualService', ['spec', 'hosts']],
  ['EnvoyFilter', ['spec', 'configPatches', 0, 'match', 'routeConfiguration', 'vhost', 'name']],
  ['AuthorizationPolicy', ['spec', 'rules', 0, 'to', 0, 'operation', 'hosts']],
  // image tags, and the version labels of any kind
  ['ConfigMap', ['metadata', 'labels', 'app.kubernetes.io/version']],
  ['ConfigMap', ['metadata', 'labels', 'version']],
  ['Deployment', [...POD, 'containers', 0, 'image']],
  ['Deployment', ['spec', 'template', 'metadata', 'labels', 'app.kubernetes.io/version']],
  ['Deployment', ['spec', 'template', 'metadata', 'labels', 'version']],
  // the GCP project and what embeds it
  ['ServiceAccount', ['metadata', 'annotations', 'iam.gke.io/gcp-service-account']],
  ['SecretStore', ['spec', 'provider', 'gcpsm', 'projectID']],
  ['ClusterIssuer', ['spec', 'acme', 'solvers', 0, 'dns01', 'cloudDNS', 'project']],
  ['Deployment', ['spec', 'template', 'metadata', 'annotations', 'checksum/config']],
  ['Deployment', [...POD, 'initContainers', 0, 'args', 0]],
  ['Application', [...VALUES, 'serviceAccount', 'annotations', 'iam.gke.io/gcp-service-account']],
  ['Application', [...VALUES, 'loki', 'storage', 'bucketNames']],
  // the ingress address
  ['Application', [...VALUES, 'service', 'loadBalancerIP']],
  // promotion: its own release reference and sync windows
  ['Application', ['spec', 'source', 'targetRevision']],
  ['AppProject', ['spec', 'syncWindows']],
  // Argo CD's objects named after their environment
  ['AppProject', ['spec', 'description']],
  ['Application', ['spec', 'project']],
  ['Application', ['spec', 'source', 'path']],
];

/** The printed form of a path, as the messages write it. */
const printed = (path: readonly Segment[]) =>
  path
    .map((s, i) =>
      typeof s === 'number' ? `[${s}]` : /^[A-Za-z_][\w-]*$/.test(s) ? (i === 0 ? s : `.${s}`) : `["${s}"]`,
    )
    .join('');

test.each(ALLOWED.map(([kind, path]) => [`${kind} ${printed(path)}`, kind, path] as const))(
  '%s may differ; a field beside it may not, nor the same field of another kind',
  (_, kind, path) => {
    const [a, b] = [object(kind, path, 'one', 'same'), object(kind, path, 'two', 'same')];
    expect(parityProblems(env('dev', a), env('prod', b), [])).toEqual([]);
    // Below the listed field the whole subtree may differ.
    const deeper = [...path, 'deeper'];
    expect(
      parityProblems(env('dev', object(kind, deeper, 1, 'same')), env('prod', object(kind, deeper, 2, 'same')), []),
    ).toEqual([]);
    const [c, d] = [object(kind, path, 'one', 'same'), object(kind, path, 'two', 'other')];
    expect(parityProblems(env('dev', c), env('prod', d), [])).toEqual([
      `dev vs prod: ${kind} ns/x: spec.fixed: "same" vs "other"`,
    ]);
    // A sibling of the listed field is not listed.
    const sibling = [
      ...path.slice(0, -1),
      typeof path.at(-1) === 'number' ? 'notAnIndex' : `${String(path.at(-1))}Other`,
    ];
    expect(
      parityProblems(env('dev', object(kind, sibling, 'one', 's')), env('prod', object(kind, sibling, 'two', 's')), []),
    ).toEqual([`dev vs prod: ${kind} ns/x: ${printed(sibling)}: "one" vs "two"`]);
    const other = kind === 'ConfigMap' ? null : 'Secret';
    if (other)
      expect(
        parityProblems(env('dev', object(other, path, 'one', 's')), env('prod', object(other, path, 'two', 's')), []),
      ).toEqual([`dev vs prod: Secret ns/x: ${printed(path)}: "one" vs "two"`]);
  },
);

test('the ingress gateway’s NetworkPolicy may admit other sources; any other NetworkPolicy may not', () => {
  const policy = (labels: Record<string, string>, from: string) =>
    ({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'p', namespace: 'ns' },
      spec: { podSelector: { matchLabels: labels }, ingress: [{ from: [{ ipBlock: { cidr: from } }] }] },
    }) as KubeObject;
  const gateway = { istio: 'ingressgateway' };
  expect(
    parityProblems(env('dev', policy(gateway, '10.0.0.0/8')), env('prod', policy(gateway, '0.0.0.0/0')), []),
  ).toEqual([]);
  expect(
    parityProblems(
      env('dev', policy({ app: 'web' }, '10.0.0.0/8')),
      env('prod', policy({ app: 'web' }, '0.0.0.0/0')),
      [],
    ),
  ).toEqual(['dev vs prod: NetworkPolicy ns/p: spec.ingress[0].from[0].ipBlock.cidr: "10.0.0.0/8" vs "0.0.0.0/0"']);
  const bare = (from: string) =>
    ({ ...policy({}, from), spec: { ingress: [{ from: [{ ipBlock: { cidr: from } }] }] } }) as KubeObject;
  expect(parityProblems(env('dev', bare('10.0.0.0/8')), env('prod', bare('0.0.0.0/0')), [])).toHaveLength(1);
});

describe('alert thresholds: only the numbers of an expression or a message may differ', () => {
  const rule = (expr: string, summary = 's', description = 'd') =>
    ({
      apiVersion: 'monitoring.coreos.com/v1',
      kind: 'PrometheusRule',
      metadata: { name: 'r', namespace: 'ns' },
      spec: { groups: [{ rules: [{ alert: 'A', expr, annotations: { summary, description } }] }] },
    }) as KubeObject;
  const check = (a: KubeObject, b: KubeObject) => parityProblems(env('dev', a), env('prod', b), []);

  test.each([
    ['an integer for a decimal', 'rate(x[5m]) > 2', 'rate(x[5m]) > 0.25'],
    ['a negative number', 'x > -1', 'x > 2'],
    ['an exponent', 'x > 1e-3', 'x > 7'],
    ['a negative exponent for a decimal one', 'x > 2.5e-4', 'x > 3.75'],
    ['every number at once', 'histogram_quantile(0.99, x[5m]) > 0.3', 'histogram_quantile(0.95, x[10m]) > 1'],
  ])('%s', (_, a, b) => {
    expect(check(rule(a), rule(b))).toEqual([]);
    expect(check(rule('x', `above ${a}`), rule('x', `above ${b}`))).toEqual([]);
    expect(check(rule('x', 's', `${a} for 5m`), rule('x', 's', `${b} for 10m`))).toEqual([]);
  });

  test('a changed word, operator or number of numbers is a difference, printed in full up to 60 characters', () => {
    expect(check(rule('x > 5'), rule('x < 5'))).toEqual([
      'dev vs prod: PrometheusRule ns/r: spec.groups[0].rules[0].expr: "x > 5" vs "x < 5"',
    ]);
    expect(check(rule('x', 'above 5'), rule('x', 'below 5'))).toEqual([
      'dev vs prod: PrometheusRule ns/r: spec.groups[0].rules[0].annotations.summary: "above 5" vs "below 5"',
    ]);
    expect(check(rule('x', 's', 'd 1'), rule('x', 's', 'd 1 2'))).toEqual([
      'dev vs prod: PrometheusRule ns/r: spec.groups[0].rules[0].annotations.description: "d 1" vs "d 1 2"',
    ]);
    // The alert's name and its other fields are no threshold.
    const renamed = rule('x > 5');
    (renamed.spec as { groups: { rules: { alert: string }[] }[] }).groups[0]!.rules[0]!.alert = 'A2';
    expect(check(rule('x > 5'), renamed)).toEqual([
      'dev vs prod: PrometheusRule ns/r: spec.groups[0].rules[0].alert: "A" vs "A2"',
    ]);
    // A number where a string was: not a string to compare the shapes of.
    expect(
      check(rule('5'), {
        ...rule('5'),
        spec: { groups: [{ rules: [{ alert: 'A', expr: 5, annotations: { summary: 's', description: 'd' } }] }] },
      } as KubeObject),
    ).toEqual(['dev vs prod: PrometheusRule ns/r: spec.groups[0].rules[0].expr: "5" vs 5']);
  });
});

describe('the messages', () => {
  const cm = (data: Record<string, unknown>, name = 'c', namespace: string | null = 'ns') =>
    ({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name, ...(namespace ? { namespace } : {}) },
      data,
    }) as KubeObject;
  const check = (a: KubeObject[], b: KubeObject[]) => parityProblems(env('dev', ...a), env('prod', ...b), []);

  test('paths: keys with dots, slashes or a leading digit in brackets, list items by index, keys in order', () => {
    expect(
      check(
        [cm({ 'a.b': 1, 'c/d': 1, '0x': 1, z_9: 1, 'k-e_y$': 1, $d: 1, list: [1, { v: 1 }] })],
        [cm({ 'a.b': 2, 'c/d': 2, '0x': 2, z_9: 2, 'k-e_y$': 2, $d: 2, list: [1, { v: 2 }] })],
      ),
    ).toEqual([
      'dev vs prod: ConfigMap ns/c: data.$d: 1 vs 2',
      'dev vs prod: ConfigMap ns/c: data["0x"]: 1 vs 2',
      'dev vs prod: ConfigMap ns/c: data["a.b"]: 1 vs 2',
      'dev vs prod: ConfigMap ns/c: data["c/d"]: 1 vs 2',
      'dev vs prod: ConfigMap ns/c: data.k-e_y$: 1 vs 2',
      'dev vs prod: ConfigMap ns/c: data.list[1].v: 1 vs 2',
      'dev vs prod: ConfigMap ns/c: data.z_9: 1 vs 2',
    ]);
  });

  test('values: a missing field is "nothing", a list of another length whole, long values cut at 60 characters', () => {
    const exactly60 = 'x'.repeat(58); // 60 with its quotes
    expect(
      check(
        [
          cm({
            gone: 'here',
            list: [1, 2],
            same: [1, 2],
            long: 'y'.repeat(80),
            edge: exactly60,
            type: { a: 1 },
            nil: null,
          }),
        ],
        [
          cm({
            list: [1],
            same: [1, 2],
            long: 'z'.repeat(80),
            edge: `${exactly60.slice(1)}w`,
            added: null,
            type: [1],
            nil: { a: 1 },
          }),
        ],
      ),
    ).toEqual([
      'dev vs prod: ConfigMap ns/c: data.added: nothing vs null',
      `dev vs prod: ConfigMap ns/c: data.edge: "${exactly60}" vs "${exactly60.slice(1)}w"`,
      'dev vs prod: ConfigMap ns/c: data.gone: "here" vs nothing',
      'dev vs prod: ConfigMap ns/c: data.list: [1,2] vs [1]',
      `dev vs prod: ConfigMap ns/c: data.long: "${'y'.repeat(56)}... vs "${'z'.repeat(56)}...`,
      'dev vs prod: ConfigMap ns/c: data.nil: null vs {"a":1}',
      'dev vs prod: ConfigMap ns/c: data.type: {"a":1} vs [1]',
    ]);
  });

  test('objects one environment lacks, in order: the first environment’s, then the second’s; cluster-scoped ones', () => {
    expect(
      check(
        [cm({}, 'only-a'), cm({}, 'both'), cm({}, 'ns-a', null)],
        [cm({}, 'only-b1'), cm({}, 'both'), cm({}, 'only-b2')],
      ),
    ).toEqual([
      'dev vs prod: ConfigMap ns/only-a: only in dev',
      'dev vs prod: ConfigMap /ns-a: only in dev',
      'dev vs prod: ConfigMap ns/only-b1: only in prod',
      'dev vs prod: ConfigMap ns/only-b2: only in prod',
    ]);
  });

  test("an environment's name in a name stands for any environment's, as a whole dash-separated word", () => {
    const app = (name: string) =>
      ({
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Application',
        metadata: { name, namespace: 'argocd' },
      }) as KubeObject;
    const project = (name: string) =>
      ({
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'AppProject',
        metadata: { name, namespace: 'argocd' },
      }) as KubeObject;
    expect(
      check(
        [
          app('dev'),
          app('orofi-dev'),
          app('orofi-dev-operators'),
          app('devtools'),
          project('p-dev'),
          cm({}, 'cfg-dev'),
        ],
        [
          app('prod'),
          app('orofi-prod'),
          app('orofi-prod-operators'),
          app('devtools'),
          project('p-prod'),
          cm({}, 'cfg-prod'),
        ],
      ),
    ).toEqual(['dev vs prod: ConfigMap ns/cfg-{env}: metadata.name: "cfg-dev" vs "cfg-prod"']);
    expect(check([app('orofi-devx')], [app('orofi-prodx')])).toEqual([
      'dev vs prod: Application argocd/orofi-devx: only in dev',
      'dev vs prod: Application argocd/orofi-prodx: only in prod',
    ]);
  });

  test('the ingress allow-list policy is the one object an environment may have alone', () => {
    const policy = (name: string, kind = 'AuthorizationPolicy') =>
      ({ apiVersion: 'security.istio.io/v1', kind, metadata: { name, namespace: 'istio-ingress' } }) as KubeObject;
    expect(check([policy('oro-gateway-source-allow-list')], [])).toEqual([]);
    expect(check([], [policy('oro-gateway-source-allow-list')])).toEqual([]);
    expect(check([policy('oro-gateway-source-allow-list', 'ConfigMap'), policy('source-allow-list-x')], [])).toEqual([
      'dev vs prod: ConfigMap istio-ingress/oro-gateway-source-allow-list: only in dev',
      'dev vs prod: AuthorizationPolicy istio-ingress/source-allow-list-x: only in dev',
    ]);
  });

  test('every pair of environments, in order', () => {
    const [a, b, c] = [env('e1', cm({ v: 1 })), env('e2', cm({ v: 2 })), env('e3', cm({ v: 3 }))];
    expect(allParityProblems([a, b, c], [])).toEqual([
      'e1 vs e2: ConfigMap ns/c: data.v: 1 vs 2',
      'e1 vs e3: ConfigMap ns/c: data.v: 1 vs 3',
      'e2 vs e3: ConfigMap ns/c: data.v: 2 vs 3',
    ]);
    expect(allParityProblems([a], [])).toEqual([]);
  });
});

test("a backing service's fields may differ only under its rules, whichever sets were asked before", () => {
  const cluster = (replicas: number) =>
    ({
      apiVersion: 'rabbitmq.com/v1beta1',
      kind: 'RabbitmqCluster',
      metadata: { name: 'r', namespace: 'mq' },
      spec: { replicas },
    }) as KubeObject;
  const run = (kinds?: string[]) => parityProblems(env('dev', cluster(1)), env('prod', cluster(3)), kinds);
  const problem = ['dev vs prod: RabbitmqCluster mq/r: spec.replicas: 1 vs 3'];
  expect(run(['rabbitmq', 'kafka'])).toEqual([]);
  expect(run(['kafka'])).toEqual(problem);
  expect(run(['kafka', 'rabbitmq'])).toEqual([]);
  expect(run()).toEqual([]);
  expect(run([])).toEqual(problem);
  expect(allParityProblems([env('dev', cluster(1)), env('prod', cluster(3))], ['kafka'])).toEqual(problem);
});

test("RabbitMQ's rule set: its resources, replicas and storage may differ (sizes), nothing beside them", () => {
  const cluster = (n: number, image = 'rabbitmq:4.1.4') =>
    ({
      apiVersion: 'rabbitmq.com/v1beta1',
      kind: 'RabbitmqCluster',
      metadata: { name: 'r', namespace: 'mq' },
      spec: {
        replicas: n,
        image,
        persistence: { storage: `${n}Gi` },
        resources: { requests: { cpu: `${n}00m`, memory: `${n}Gi` }, limits: { cpu: `${n}`, memory: `${n}Gi` } },
      },
    }) as KubeObject;
  expect(parityProblems(env('dev', cluster(1)), env('prod', cluster(3)), ['rabbitmq'])).toEqual([]);
  expect(parityProblems(env('dev', cluster(1)), env('prod', cluster(1, 'rabbitmq:4.2.0')), ['rabbitmq'])).toEqual([
    'dev vs prod: RabbitmqCluster mq/r: spec.image: "rabbitmq:4.1.4" vs "rabbitmq:4.2.0"',
  ]);
});
