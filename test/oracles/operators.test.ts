/**
 * The operator and shared-component Applications of every environment of every platform, each compared
 * whole with test/oracles/operators.ts (from the description's input and docs/design/gitops.md), and
 * Argo CD's own, also on variants no platform takes; Kiali's signing-key Secret; kube-state-metrics'
 * collectors checked against the pinned chart's defaults in ../shared/charts.
 */
import { load } from 'js-yaml';
import type { IApplication } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1/Application';
import type { EnvironmentInput, PlatformInput } from '../../lib/config/schema';
import type { KubeObject } from '../../lib/validate';
import { operatorReleases } from '../../charts/platform-operators';
import { loadPlatform } from '../../lib/config/load';
import { platforms } from '../../platforms';
import { ofKind, platformModel, synth } from '../helpers';
import { chartFiles, haveCharts } from './chart-archive';
import {
  CASCADE,
  expectedReleases,
  GITOPS_WAVE,
  IN_CLUSTER,
  KSM_COLLECTORS,
  OPERATORS_WAVE,
  RETRY,
  type ExpectedRelease,
} from './operators';

type Chart = { repoURL: string; chart: string; version: string };
const chartOf = (env: EnvironmentInput, key: string) => (env.operators as unknown as Record<string, Chart>)[key]!;

/** Argo CD's health of an Application, as the Argo CD documentation gives it (off by default since 1.8). */
const APPLICATION_HEALTH = [
  'hs = {}',
  'hs.status = "Progressing"',
  'hs.message = ""',
  'if obj.status ~= nil then',
  '  if obj.status.health ~= nil then',
  '    hs.status = obj.status.health.status',
  '    if obj.status.health.message ~= nil then',
  '      hs.message = obj.status.health.message',
  '    end',
  '  end',
  'end',
  'return hs',
  '',
].join('\n');

/** Argo CD's own Application: its chart at the release the platform runs, CRDs kept, the health check, no Dex. */
const argoCdRelease = (): ExpectedRelease => ({
  name: 'argocd',
  namespace: 'argocd',
  chartKey: 'argoCd',
  wave: GITOPS_WAVE,
  crds: 'annotated',
  values: {
    global: { image: { tag: 'v3.5.1' } },
    crds: {
      keep: true,
      annotations: { 'argocd.argoproj.io/sync-options': 'ServerSideApply=true,Prune=false,Delete=false' },
    },
    configs: { cm: { 'resource.customizations.health.argoproj.io_Application': APPLICATION_HEALTH } },
    dex: { enabled: false },
  },
});

/** The whole Application of a release, as Argo CD must receive it. */
function application(
  platform: PlatformInput,
  env: EnvironmentInput,
  r: ExpectedRelease,
  project: string,
  wave: number,
) {
  const argo = platform.gitops.namespace ?? 'argocd';
  const chart = chartOf(env, r.chartKey);
  return {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: {
      name: r.name,
      namespace: argo,
      labels: { 'app.kubernetes.io/managed-by': 'cdk8s', 'app.kubernetes.io/part-of': platform.name },
      annotations: {
        // Removing it from gitops.yaml never deletes it, nor what it installed.
        'argocd.argoproj.io/sync-options': 'Prune=false,Delete=false',
        'argocd.argoproj.io/sync-wave': String(wave),
      },
      // Deleting the Application of a chart with CRDs would delete every resource of their kinds.
      ...(r.crds ? {} : { finalizers: [CASCADE] }),
    },
    spec: {
      project,
      source: {
        repoURL: chart.repoURL,
        chart: chart.chart,
        targetRevision: chart.version,
        helm: { releaseName: r.name, valuesObject: r.values },
      },
      destination: { server: IN_CLUSTER, namespace: r.namespace },
      syncPolicy: {
        // Pruning would delete CRDs that their chart cannot mark Prune=false.
        automated: { prune: r.crds !== 'unannotated', selfHeal: true },
        syncOptions: [...(r.namespace === argo ? [] : ['CreateNamespace=true']), 'ServerSideApply=true'],
        retry: RETRY,
      },
    },
  };
}

const cases = platforms.flatMap((source) =>
  source.environments.map((input) => {
    const env = platformModel(source).get(input.name)!;
    return [`${source.name} ${input.name}`, { source, input, files: synth(env) }] as const;
  }),
);

test('the platforms cover tracing with and without Jaeger and Kiali, and an environment without a static address', () => {
  const inputs = cases.map(([, c]) => c);
  expect(inputs.some((c) => c.input.operators.kiali && c.source.platform.tracing)).toBe(true);
  expect(inputs.some((c) => c.input.operators.jaeger)).toBe(true);
  expect(inputs.some((c) => !c.input.operators.kiali)).toBe(true);
  expect(inputs.some((c) => !c.input.ingressAddress)).toBe(true);
  expect(inputs.some((c) => c.input.ingressAddress)).toBe(true);
});

describe.each(cases)('%s', (_, { source, input, files }) => {
  const { platform } = source;
  const name = `${platform.name}-${input.name}`;
  const helmApps = (ofKind(files, 'Application') as unknown as IApplication[]).filter((a) => a.spec.source?.chart);
  const releases = expectedReleases(platform, input);
  const ownKeys = new Set([...releases.map((r) => r.chartKey), 'argoCd']);
  // The backing services' operators (charts/backing/): every other chart the environment names.
  const backingCharts = Object.entries(input.operators as unknown as Record<string, Chart>)
    .filter(([key, chart]) => !ownKeys.has(key) && chart)
    .map(([, chart]) => chart.chart);

  test('one Application per release, and one per backing operator the environment installs', () => {
    const expected = [...releases.map((r) => r.name), 'argocd'];
    const own = helmApps.filter((a) => !backingCharts.includes(a.spec.source!.chart!));
    expect(own.map((a) => a.metadata.name).sort()).toEqual(expected.sort());
    expect(helmApps).toHaveLength(expected.length + (helmApps.length - own.length));
    for (const a of helmApps.filter((x) => !own.includes(x))) {
      expect([a.metadata.name, a.spec.project]).toEqual([a.metadata.name, `${name}-operators`]);
    }
  });

  test('each Application whole: chart, namespace, wave, CRDs kept, values', () => {
    const root = (ofKind(files, 'Application') as unknown as IApplication[]).find((a) => a.metadata.name === name)!;
    const operatorWaves = helmApps
      .filter((a) => a.metadata.name !== 'kiali' && a.metadata.name !== 'argocd')
      .map((a) => Number(a.metadata.annotations!['argocd.argoproj.io/sync-wave']));
    // The root Application comes once every operator is healthy; Kiali after it.
    const rootWave = Math.max(...operatorWaves) + 1;
    expect(Number(root.metadata.annotations!['argocd.argoproj.io/sync-wave'])).toBe(rootWave);
    expect(Math.min(...operatorWaves)).toBe(OPERATORS_WAVE);
    const actual = (n: string) => helmApps.find((a) => a.metadata.name === n);
    for (const r of releases) {
      const wave = Number.isNaN(r.wave) ? rootWave + 1 : r.wave;
      expect(actual(r.name)).toEqual(application(platform, input, r, `${name}-operators`, wave));
    }
    expect(actual('argocd')).toEqual(application(platform, input, argoCdRelease(), `${name}-bootstrap`, GITOPS_WAVE));
  });
});

test.each(cases.filter(([, c]) => c.input.operators.kiali))(
  '%s: the Secret Kiali signs logins with is written in its namespace, from the Secret Manager key docs/<env>.md lists',
  (_, { source, input, files }) => {
    const project = source.platform.gcpProject.replace('{env}', input.name);
    const kiali = (ofKind(files, 'Application') as unknown as IApplication[]).find((a) => a.metadata.name === 'kiali')!;
    const signingKey = (kiali.spec.source!.helm!.valuesObject as { login_token: { signing_key: string } }).login_token
      .signing_key;
    const [, secret, key] = signingKey.split(':');
    const inKiali = files.flatMap((f) => f.objects).filter((o) => o.metadata.namespace === 'kiali');
    const of = (kind: string) =>
      inKiali.filter((o) => o.kind === kind) as unknown as {
        metadata: KubeObject['metadata'];
        spec: Record<string, unknown>;
      }[];
    expect(
      of('ExternalSecret').map((o) => [o.metadata.name, o.spec.target, o.spec.data, o.spec.secretStoreRef]),
    ).toEqual([
      [
        secret,
        { name: secret, creationPolicy: 'Owner', deletionPolicy: 'Retain' },
        [{ secretKey: key, remoteRef: { key: 'kiali-login-token-signing-key', version: 'latest' } }],
        { kind: 'SecretStore', name: 'gcp-secret-manager' },
      ],
    ]);
    // Read as a ServiceAccount of Kiali's namespace bound to the namespace's own GCP account.
    expect(of('SecretStore').map((o) => [o.metadata.name, o.spec.provider])).toEqual([
      [
        'gcp-secret-manager',
        {
          gcpsm: {
            projectID: project,
            auth: { workloadIdentity: { serviceAccountRef: { name: 'gcp-secret-manager' } } },
          },
        },
      ],
    ]);
    expect(
      of('ServiceAccount').map((o) => [
        o.metadata.name,
        (o.metadata.annotations as Record<string, string>)['iam.gke.io/gcp-service-account'],
      ]),
    ).toEqual([['gcp-secret-manager', `kiali-secrets@${project}.iam.gserviceaccount.com`]]);
  },
);

describe('the choices no platform makes, on variants of the shop platform (tracing, Jaeger, Kiali, address)', () => {
  const shop = platforms.find((p) => p.name === 'shop')!;
  const input = shop.environments.find((e) => e.operators.kiali && e.operators.jaeger)!;
  const variants: [string, PlatformInput, EnvironmentInput][] = [
    [
      'Kiali without tracing, no static address',
      { ...shop.platform, tracing: undefined },
      { ...input, ingressAddress: undefined, operators: { ...input.operators, jaeger: undefined } },
    ],
    [
      'tracing to a collector that is not Jaeger',
      shop.platform,
      { ...input, operators: { ...input.operators, jaeger: undefined } },
    ],
  ];
  test.each(variants)('%s', (_, platform, env) => {
    const model = loadPlatform(platform, [env]).environments[0]!;
    const expected = expectedReleases(platform, env);
    const actual = operatorReleases(model).filter((r) => expected.some((e) => e.name === r.name));
    expect(actual).toHaveLength(expected.length);
    expect(actual).toEqual(
      expected.map((r) => ({
        name: r.name,
        namespace: r.namespace,
        chart: chartOf(env, r.chartKey),
        wave: Number.isNaN(r.wave) ? 'afterPlatform' : r.wave,
        ...(r.crds ? { crds: r.crds } : {}),
        values: r.values,
      })),
    );
  });
});

describe('the pinned charts', () => {
  const when = haveCharts ? test : test.skip;
  const skipped = haveCharts ? '' : ' (skipped: ../shared/charts is absent)';
  const [, { input }] = cases[0]!;

  // Which charts install CRDs (the oracle's `crds`) is checked on the real render by `npm run
  // check:operators` ("keeps its CRDs"): gunzipping every archive here would cost half a second.
  when(`kube-state-metrics: the chart's default collectors without secrets${skipped}`, () => {
    const chart = chartOf(input, 'kubePrometheusStack');
    const values = load(
      chartFiles(chart.chart, chart.version).get('charts/kube-state-metrics/values.yaml')!.toString('utf8'),
    ) as {
      collectors: string[];
    };
    expect(values.collectors).toContain('secrets');
    expect(KSM_COLLECTORS).toEqual(values.collectors.filter((c) => c !== 'secrets'));
  });
});
