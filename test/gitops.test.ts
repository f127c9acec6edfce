/**
 * GitOps delivery: the Argo CD objects that bootstrap each environment, the sync-wave order of every
 * object, `npm run diff` and the pre-commit hook.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IApplication } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1/Application';
import type { IAppProject } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1/AppProject';
import { environments, platform } from '../environments';
import { changedFields, diffManifests, formatDiff, runDiff } from '../lib/diff';
import { parseTree } from '../lib/tree';
import { loadPlatform } from '../lib/config/load';
import { generateDocs } from '../lib/docs';
import type { KubeObject } from '../lib/validate';
import { applicationRefusals, syncRefusal, type ApplicationSpecLike, type ProjectSpec } from '../lib/argocd/project';
import { allObjects, ofKind, orofiModel, ROOT, synth, tempDir } from './helpers';

const model = orofiModel();
const cases = [...model.values()].map((env) => [env.name, { env, files: synth(env) }] as const);
const REPO = platform.gitops.repoURL;

type Json = Record<string, unknown>;
const get = (o: unknown, ...path: (string | number)[]): unknown =>
  path.reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Json)[k] : undefined), o);
const waveOf = (o: KubeObject) =>
  Number((o.metadata.annotations as Record<string, string>)['argocd.argoproj.io/sync-wave']);
const id = (o: KubeObject) => `${o.kind} ${o.metadata.namespace ?? ''}/${o.metadata.name}`;

/** The operator Application whose chart installs the CRDs of an API group. */
const CRD_OWNER: Readonly<Record<string, string>> = {
  'networking.istio.io': 'istio-base',
  'security.istio.io': 'istio-base',
  'cert-manager.io': 'cert-manager',
  'external-secrets.io': 'external-secrets',
  'kafka.strimzi.io': 'strimzi-kafka-operator',
  'psmdb.percona.com': 'psmdb-operator',
  'monitoring.coreos.com': 'kube-prometheus-stack',
};

/** What an object needs to exist (and be healthy) before it is applied. */
function dependencies(o: KubeObject, all: readonly KubeObject[]): { on: KubeObject; strict: boolean }[] {
  const find = (kind: string, namespace: string | undefined, name: unknown) =>
    all.filter((x) => x.kind === kind && x.metadata.namespace === namespace && x.metadata.name === name);
  const ns = o.metadata.namespace;
  const deps: KubeObject[] = [];
  const strict: KubeObject[] = [];
  if (ns) deps.push(...find('Namespace', undefined, ns));
  const group = o.apiVersion.split('/')[0]!;
  if (CRD_OWNER[group]) strict.push(...find('Application', 'argocd', CRD_OWNER[group]));
  if (o.kind === 'Application') deps.push(...find('AppProject', 'argocd', get(o, 'spec', 'project')));
  const secretWriters = (name: unknown) => [
    ...all.filter(
      (x) => x.kind === 'ExternalSecret' && x.metadata.namespace === ns && get(x, 'spec', 'target', 'name') === name,
    ),
    ...find('KafkaUser', ns, name),
  ];
  const pod = get(o, 'spec', 'template', 'spec') as Json | undefined;
  if (pod) {
    deps.push(
      ...find('ServiceAccount', ns, pod.serviceAccountName),
      ...find('PriorityClass', undefined, pod.priorityClassName),
    );
    for (const c of [...((pod.initContainers as Json[]) ?? []), ...((pod.containers as Json[]) ?? [])]) {
      for (const e of (c.envFrom as Json[]) ?? []) deps.push(...find('ConfigMap', ns, get(e, 'configMapRef', 'name')));
      for (const e of (c.env as Json[]) ?? []) deps.push(...secretWriters(get(e, 'valueFrom', 'secretKeyRef', 'name')));
    }
    for (const v of (pod.volumes as Json[]) ?? []) deps.push(...secretWriters(get(v, 'secret', 'secretName')));
  }
  if (o.kind === 'HorizontalPodAutoscaler')
    deps.push(...find('Deployment', ns, get(o, 'spec', 'scaleTargetRef', 'name')));
  if (o.kind === 'ExternalSecret') {
    const stores = find('SecretStore', ns, get(o, 'spec', 'secretStoreRef', 'name'));
    deps.push(...stores);
    // A copy through External Secrets' Kubernetes provider: the writer of the Secret it copies.
    const remote = get(stores[0], 'spec', 'provider', 'kubernetes', 'remoteNamespace');
    if (typeof remote === 'string') {
      const keys = [
        ...((get(o, 'spec', 'data') as Json[]) ?? []).map((d) => get(d, 'remoteRef', 'key')),
        ...((get(o, 'spec', 'dataFrom') as Json[]) ?? []).map((d) => get(d, 'extract', 'key')),
      ];
      for (const key of new Set(keys)) {
        const writers = [
          ...all.filter(
            (x) =>
              x.kind === 'ExternalSecret' &&
              x.metadata.namespace === remote &&
              get(x, 'spec', 'target', 'name') === key,
          ),
          ...find('KafkaUser', remote, key),
        ];
        if (writers.includes(o)) continue;
        strict.push(...writers);
      }
    }
  }
  if (o.kind === 'SecretStore') {
    deps.push(
      ...find(
        'ServiceAccount',
        ns,
        get(o, 'spec', 'provider', 'gcpsm', 'auth', 'workloadIdentity', 'serviceAccountRef', 'name'),
      ),
    );
  }
  if (o.kind === 'Certificate') deps.push(...find('ClusterIssuer', undefined, get(o, 'spec', 'issuerRef', 'name')));
  if (o.kind === 'Gateway') {
    for (const s of (get(o, 'spec', 'servers') as Json[]) ?? []) {
      const credential = get(s, 'tls', 'credentialName');
      deps.push(
        ...all.filter(
          (x) => x.kind === 'Certificate' && x.metadata.namespace === ns && get(x, 'spec', 'secretName') === credential,
        ),
      );
    }
  }
  if (o.kind === 'VirtualService') {
    for (const g of (get(o, 'spec', 'gateways') as string[]) ?? [])
      deps.push(...find('Gateway', g.split('/')[0], g.split('/')[1]));
    for (const route of (get(o, 'spec', 'http') as Json[]) ?? []) {
      for (const r of (route.route as Json[]) ?? []) {
        const [name, namespace] = String(get(r, 'destination', 'host')).split('.');
        deps.push(...find('Service', namespace, name));
      }
    }
  }
  return [...deps.map((on) => ({ on, strict: false })), ...strict.map((on) => ({ on, strict: true }))];
}

describe.each(cases)('%s', (envName, { env, files }) => {
  const objects = allObjects(files);
  const projects = ofKind(files, 'AppProject') as unknown as IAppProject[];
  const apps = ofKind(files, 'Application') as unknown as IApplication[];

  const project = (name: string) => projects.find((p) => p.metadata!.name === name)!;
  const app = (name: string) => apps.find((a) => a.metadata.name === name)!;
  const governing = files.find((f) => f.path === `${envName}/gitops.yaml`)!.objects;
  const governed = files.filter((f) => f.path !== `${envName}/gitops.yaml`).flatMap((f) => f.objects);
  const groupKinds = (list: readonly KubeObject[]) =>
    [...new Set(list.map((o) => `${o.apiVersion.includes('/') ? o.apiVersion.split('/')[0] : ''}/${o.kind}`))].sort();
  const listed = (kinds: readonly { group: string; kind: string }[] | undefined) =>
    (kinds ?? []).map((k) => `${k.group}/${k.kind}`).sort();

  test('the workload project: this repository, exactly the namespaces and kinds of the governed files, never Argo CD', () => {
    const spec = project(`orofi-${envName}`).spec!;
    expect(spec.sourceRepos).toEqual([REPO]);
    const namespaces = [...new Set(governed.flatMap((o) => (o.metadata.namespace ? [o.metadata.namespace] : [])))];
    expect(spec.destinations!.map((d) => d.namespace).sort()).toEqual(namespaces.sort());
    for (const d of spec.destinations!) expect(d.server).toBe('https://kubernetes.default.svc');
    expect(spec.destinations!.map((d) => d.namespace)).not.toContain(env.gitops.namespace);
    expect(listed(spec.clusterResourceWhitelist)).toEqual(groupKinds(governed.filter((o) => !o.metadata.namespace)));
    expect(listed(spec.namespaceResourceWhitelist)).toEqual(groupKinds(governed.filter((o) => o.metadata.namespace)));
    expect(listed(spec.namespaceResourceWhitelist)).not.toContain('argoproj.io/Application');
  });

  test("the governing objects are all in gitops.yaml, in Argo CD's namespace, and only the bootstrap project may write there", () => {
    expect(governed.filter((o) => o.apiVersion.startsWith('argoproj.io/'))).toEqual([]);
    for (const o of governing) expect(o.metadata.namespace).toBe(env.gitops.namespace);
    const writers = projects.filter((p) => p.spec!.destinations!.some((d) => d.namespace === env.gitops.namespace));
    expect(writers.map((p) => p.metadata!.name)).toEqual([`orofi-${envName}-bootstrap`]);
    // The bootstrap Application syncs gitops.yaml only, the root Application everything else.
    const bootstrap = app(`orofi-${envName}-bootstrap`);
    expect(bootstrap.spec.project).toBe(`orofi-${envName}-bootstrap`);
    expect(bootstrap.spec.source!.directory).toEqual({ include: 'gitops.yaml' });
    // Deleting it leaves the governed environment as it is.
    expect(bootstrap.metadata.finalizers ?? []).toEqual([]);
    const root = app(`orofi-${envName}`);
    expect(root.spec.source!.directory).toEqual({ exclude: 'gitops.yaml' });
    // Argo CD itself is governed, not governing: the bootstrap project, from its pinned chart.
    expect(app('argocd').spec.project).toBe(`orofi-${envName}-bootstrap`);
    expect(app('argocd').spec.destination).toEqual({ server: 'https://kubernetes.default.svc', namespace: 'argocd' });
  });

  test('Argo CD syncs every governed object under the workload project, and every governing one under bootstrap', () => {
    const refusals = (objects: readonly KubeObject[], projectName: string) =>
      objects.flatMap((o) => {
        const refusal = syncRefusal(
          project(projectName).spec as ProjectSpec,
          projectName,
          'https://kubernetes.default.svc',
          {
            group: o.apiVersion.includes('/') ? o.apiVersion.split('/')[0]! : '',
            kind: o.kind,
            name: o.metadata.name,
            namespace: o.metadata.namespace ?? '',
            namespaced: o.metadata.namespace !== undefined,
          },
        );
        return refusal ? [`${id(o)}: ${refusal}`] : [];
      });
    expect(refusals(governed, `orofi-${envName}`)).toEqual([]);
    expect(refusals(governing, `orofi-${envName}-bootstrap`)).toEqual([]);
    // And the other way round: a governing object is refused under the workload project.
    expect(refusals(governing, `orofi-${envName}`)).toHaveLength(governing.length);
  });

  test('the default project is emptied: an Application in it can deploy nothing', () => {
    expect(project('default').spec).toEqual({
      sourceRepos: [],
      destinations: [],
      clusterResourceWhitelist: [],
      namespaceResourceWhitelist: [],
    });
  });

  test('Argo CD accepts every Application under its project (sources and destination)', () => {
    for (const a of apps) {
      const p = project(a.spec.project);
      expect([
        a.metadata.name,
        applicationRefusals(a.spec as ApplicationSpecLike, p.spec as ProjectSpec, a.spec.project),
      ]).toEqual([a.metadata.name, []]);
    }
  });

  test("the root Application syncs dist/<env> of this repository at the environment's reference, automated with prune, self-heal and retries", () => {
    const root = app(`orofi-${envName}`);
    expect(root.spec.project).toBe(`orofi-${envName}`);
    expect(root.spec.source).toEqual({
      repoURL: REPO,
      targetRevision: env.gitops.targetRevision,
      path: `dist/${envName}`,
      directory: { exclude: 'gitops.yaml' },
    });
    expect(root.spec.syncPolicy!.automated).toEqual({ prune: true, selfHeal: true });
    expect(root.spec.syncPolicy!.syncOptions).toContain('ServerSideApply=true');
    expect(root.spec.syncPolicy!.retry!.limit).toBeGreaterThan(0);
    const input = environments.find((e) => e.name === envName)!;
    expect(env.gitops.targetRevision).toBe(input.gitops?.targetRevision ?? 'main');
  });

  test('sync windows and signature keys: on every project that syncs something, as the description says', () => {
    const input = environments.find((e) => e.name === envName)!;
    const windows = (input.gitops?.syncWindows ?? []).map((w) => ({
      manualSync: true,
      timeZone: 'UTC',
      ...w,
      applications: ['*'],
    }));
    for (const p of projects.filter((p) => p.metadata!.name !== 'default')) {
      expect([p.metadata!.name, p.spec!.syncWindows ?? []]).toEqual([p.metadata!.name, windows]);
    }
    const keyed = loadPlatform(
      { ...platform, gitops: { ...platform.gitops, signatureKeys: ['0123456789ABCDEF'] } },
      environments,
    ).environments.find((e) => e.name === envName)!;
    const signed = ofKind(synth(keyed), 'AppProject') as unknown as IAppProject[];
    for (const p of signed.filter((p) =>
      [`orofi-${envName}`, `orofi-${envName}-bootstrap`].includes(p.metadata!.name!),
    )) {
      expect((p.spec as Record<string, unknown>).sourceIntegrity).toEqual({
        git: { policies: [{ repos: [{ url: REPO }], gpg: { mode: 'head', keys: ['0123456789ABCDEF'] } }] },
      });
    }
    expect(projects.some((p) => 'sourceIntegrity' in (p.spec as object))).toBe(false);
  });

  test('every operator is a pinned Helm chart of the operators project, which allows only those repositories', () => {
    const operators = apps.filter((a) => a.spec.project === `orofi-${envName}-operators`);
    expect(operators.map((a) => a.metadata.name).sort()).toEqual(
      [
        'alloy',
        'cert-manager',
        'external-secrets',
        'istio-base',
        'istio-cni',
        'istiod',
        'kube-prometheus-stack',
        'loki',
        'oro-gateway',
        'psmdb-operator',
        'strimzi-kafka-operator',
      ].sort(),
    );
    for (const a of operators) {
      expect(a.spec.source!.chart).toBeDefined();
      expect(a.spec.source!.targetRevision).toMatch(/^v?\d+\.\d+\.\d+$/);
      expect(a.spec.syncPolicy!.automated!.selfHeal).toBe(true);
    }
    const operatorsProject = project(`orofi-${envName}-operators`);
    expect(operatorsProject.spec!.sourceRepos!.sort()).toEqual(
      [...new Set(operators.map((a) => a.spec.source!.repoURL))].sort(),
    );
    expect(operatorsProject.spec!.sourceRepos).not.toContain(REPO);
    expect(operatorsProject.spec!.destinations!.map((d) => d.namespace)).not.toContain(env.gitops.namespace);
    expect(env.gitops.operators).toEqual(model.get('production')!.gitops.operators);
  });

  test("an Application that installs the CRDs of the platform's resources never deletes them", () => {
    for (const name of new Set([...Object.values(CRD_OWNER), 'argocd'])) {
      const a = app(name);
      // No cascading deletion with the Application; no automated pruning unless its chart marks its CRDs
      // Prune=false,Delete=false (npm run check:operators checks the rendered CRDs).
      expect([name, a.metadata.finalizers ?? []]).toEqual([name, []]);
    }
    const annotated = (a: IApplication) =>
      JSON.stringify(a.spec.source!.helm!.valuesObject).includes('Prune=false,Delete=false');
    for (const a of apps.filter(
      (a) => a.spec.syncPolicy?.automated?.prune && Object.values(CRD_OWNER).includes(a.metadata.name ?? ''),
    )) {
      expect([a.metadata.name, annotated(a)]).toEqual([a.metadata.name, true]);
    }
  });

  test('every object has a sync wave, and nothing depends on anything in a later wave', () => {
    const late: string[] = [];
    for (const o of objects) {
      expect(Number.isInteger(waveOf(o))).toBe(true);
      for (const { on, strict } of dependencies(o, objects)) {
        if (strict ? waveOf(on) >= waveOf(o) : waveOf(on) > waveOf(o)) {
          late.push(`${id(o)} (wave ${waveOf(o)}) needs ${id(on)} (wave ${waveOf(on)})`);
        }
      }
    }
    expect(late).toEqual([]);
    // The dependencies are really found (the check above is not vacuous).
    const kindsNeeded = (kind: string) =>
      objects
        .filter((o) => o.kind === kind)
        .map((o) =>
          dependencies(o, objects)
            .map((d) => d.on.kind)
            .sort(),
        );
    for (const needs of kindsNeeded('Deployment')) {
      expect(needs).toEqual(expect.arrayContaining(['Namespace', 'PriorityClass', 'ServiceAccount']));
    }
    for (const needs of kindsNeeded('VirtualService')) {
      expect(needs).toEqual(expect.arrayContaining(['Application', 'Gateway', 'Namespace', 'Service']));
    }
    expect(kindsNeeded('ExternalSecret').flat()).toContain('SecretStore');
    expect(kindsNeeded('Gateway').flat()).toContain('Certificate');
    // The waves say: namespaces, operators, mesh policy, secret stores, ExternalSecrets, workloads, routes.
    const wave = (kind: string) => Math.min(...objects.filter((o) => o.kind === kind).map(waveOf));
    const order = ['Namespace', 'PeerAuthentication', 'SecretStore', 'ExternalSecret', 'Deployment', 'VirtualService'];
    expect(order.map(wave)).toEqual([...order.map(wave)].sort((a, b) => a - b));
    expect(new Set(order.map(wave)).size).toBe(order.length);
    // Namespaces (with their Pod Security labels) exist before any operator's pods.
    for (const app of apps.filter((a) => a.spec.project?.endsWith('-operators'))) {
      expect(waveOf(app as unknown as KubeObject)).toBeGreaterThan(Math.max(...ofKind(files, 'Namespace').map(waveOf)));
    }
    // Waves order one Application's sync: the bootstrap sync creates the root Application only after every
    // operator Application (healthy, with Argo CD's Application health check), so that the root's own
    // sync finds their CRDs and webhooks.
    const rootWave = waveOf(apps.find((a) => a.metadata.name === `orofi-${envName}`) as unknown as KubeObject);
    for (const app of apps.filter((a) => a.spec.source?.chart)) {
      expect(waveOf(app as unknown as KubeObject)).toBeLessThan(rootWave);
    }
  });
});

describe('npm run diff', () => {
  const [, { files }] = cases[0]!;
  const committed = () => new Map(files.map((f) => [f.path, f.content]));

  test('nothing to report for the same tree', () => {
    expect(formatDiff(diffManifests(files, committed()), [])).toEqual([]);
  });

  test('added, removed and changed objects, with the changed fields', () => {
    const tree = committed();
    const path = 'dev/microservice-identity.yaml';
    tree.set(
      path,
      tree
        .get(path)!
        .replace(
          'image: us-central1-docker.pkg.dev/orofi-dev-cloud/orofi/microservice-identity:dev-9b7e3d2',
          'image: old:tag',
        ),
    );
    tree.delete('dev/api-gateway-oro.yaml');
    tree.set(
      'dev/stale.yaml',
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: stale\n  namespace: microservices\n',
    );
    const report = formatDiff(diffManifests(files, tree), ['dev.md']);
    expect(report[0]).toBe('dev: 13 added, 1 removed, 1 changed');
    expect(report).toContain('  - ConfigMap microservices/stale (v1)');
    expect(report).toContain('  + Deployment api-gateways/api-gateway-oro (apps/v1)');
    expect(report).toContain(
      '  ~ Deployment microservices/microservice-identity (apps/v1): spec.template.spec.containers[0].image',
    );
    expect(report[report.length - 1]).toBe('docs/dev.md: would change');
  });

  test('what synth would delete or rewrite is named: a file directly under dist/, a non-YAML file, malformed YAML', () => {
    const tree = committed();
    tree.set('hand-edit.yaml', 'kind: ConfigMap\n');
    tree.set('dev/README.txt', 'notes\n');
    tree.set('dev/broken.yaml', 'kind: [unclosed\n');
    tree.set('dev/not-an-object.yaml', '- a list\n');
    const parsed = parseTree(tree);
    const report = formatDiff(diffManifests(files, tree, parsed), [], parsed.strays);
    expect(report).toEqual([
      'dist/hand-edit.yaml: not in an environment folder: synth would delete it',
      'dist/dev/README.txt: not a YAML file: synth would delete it',
      expect.stringMatching(/^dist\/dev\/broken\.yaml: not valid YAML \(.+\): synth would rewrite it$/),
      'dist/dev/not-an-object.yaml: document 1 is not a Kubernetes object: synth would rewrite it',
      'dev: 0 added, 0 removed, 0 changed',
      '  files rewritten (same objects): dev/broken.yaml, dev/not-an-object.yaml',
    ]);
    expect(report.join('\n')).not.toContain('undefined');
  });

  test('field paths quote keys that are not identifiers', () => {
    expect(
      changedFields(
        { metadata: { labels: { 'app.kubernetes.io/version': 'a' } } },
        { metadata: { labels: { 'app.kubernetes.io/version': 'b' } } },
      ),
    ).toEqual(['metadata.labels["app.kubernetes.io/version"]']);
  });

  test('as a command: exit 0 when dist/ and docs/ are fresh, 1 with a summary when not', () => {
    const root = tempDir();
    const all = cases.flatMap(([, c]) => c.files);
    const write = (dir: string, tree: { path: string; content: string }[]) => {
      for (const f of tree) {
        mkdirSync(join(root, dir, f.path, '..'), { recursive: true });
        writeFileSync(join(root, dir, f.path), f.content);
      }
    };
    write('dist', all);
    write('docs', generateDocs(loadPlatform(platform, environments), all));
    const printed: string[] = [];
    const command = { platform, environments, outDir: join(root, 'dist'), docsDir: join(root, 'docs') };
    const log = { log: (m: string) => printed.push(m), error: (m: string) => printed.push(m) };
    expect(runDiff(command, log)).toBe(0);
    expect(printed).toEqual(['dist/ and docs/ are up to date']);
    writeFileSync(join(root, 'docs', 'dev.md'), 'edited by hand');
    printed.length = 0;
    expect(runDiff(command, log)).toBe(1);
    expect(printed).toEqual(['docs/dev.md: would change', 'drift: run `npm run synth` and commit dist/ and docs/']);
  });
});

describe('pre-commit hook', () => {
  test('npm ci installs it in a git work tree, and is a no-op without git', () => {
    const repo = tempDir();
    mkdirSync(join(repo, 'scripts'));
    cpSync(join(ROOT, 'scripts', 'install-hooks.mjs'), join(repo, 'scripts', 'install-hooks.mjs'));
    const install = () => execFileSync('node', ['scripts/install-hooks.mjs'], { cwd: repo, stdio: 'pipe' });
    install(); // no repository: nothing to do, no error
    execFileSync('git', ['init', '-q'], { cwd: repo });
    install();
    expect(execFileSync('git', ['config', 'core.hooksPath'], { cwd: repo }).toString().trim()).toBe('.githooks');
  });

  test('the hook runs the check of the index (test/pre-commit.test.ts), and npm runs diff and plan', () => {
    const hook = readFileSync(join(ROOT, '.githooks', 'pre-commit'), 'utf8');
    expect(hook).toContain('scripts/pre-commit.mjs');
    const scripts = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>;
    expect(scripts.prepare).toBe('node scripts/install-hooks.mjs');
    expect(scripts.diff).toBe('node scripts/run.mjs scripts/diff.ts');
    expect(scripts.plan).toBe('node scripts/run.mjs scripts/plan.ts');
  });
});
