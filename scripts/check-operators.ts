/**
 * `npm run check:operators`: every operator Application of every environment's `dist/`, rendered by the
 * real Helm exactly as Argo CD 3.5 renders it, then checked: it renders, Argo CD would accept every
 * object under the Application's AppProject, the README's claims about each operator hold in what it
 * renders, and every selector of `dist/` that targets an operator's pods finds them.
 * Needs `../shared/charts` (the pinned charts) and `../shared/k8s-schemas`; without them it says so and
 * exits 0. A chart that is in neither `../shared/charts` nor `$CHECK_OPERATORS_CHARTS` (a folder of the
 * same layout, `<chart>-<version>/<chart>-<version>.tgz`, e.g. a chart built from its source) cannot be
 * rendered here: it is named, with what stays unchecked, and the summary says so; that is not a failure.
 * Arguments: the `dist` folders to check (default `dist`). Exit 1 when anything fails, with one line
 * per problem.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadAll } from 'js-yaml';
import { apiVersions, builtInKinds, crdKinds, scopeOf, type ServedKind } from '../lib/argocd/cluster-api';
import { applicationRefusals, syncRefusal, type ProjectSpec, type SyncedObject } from '../lib/argocd/project';
import { asArray, asObject, type Json } from '../lib/json';
import { operatorClaims } from './check-operators/claims';
import { groupOf, meta, nameOf, type RenderedApplication } from './check-operators/cluster-view';
import { helmBinary, helmTemplate, type TemplateResult } from './check-operators/helm';
import { selectorProblems } from './check-operators/selectors';

/** The Kubernetes version of the cluster, as Argo CD passes it to Helm. */
const KUBE_VERSION = '1.33.0';

// The repository: where `npm run` runs it.
const root = process.cwd();
const shared = join(root, '..', 'shared');
const chartsDir = join(shared, 'charts');
/** Where else pinned charts may be found (charts not in ../shared/charts, built from their sources). */
const extraChartsDir = process.env.CHECK_OPERATORS_CHARTS;

/** The archive of a pinned chart: in ../shared/charts, else in $CHECK_OPERATORS_CHARTS; undefined if in neither. */
function chartArchive(chart: string, version: string): string | undefined {
  const folder = `${chart}-${version}`;
  return [chartsDir, ...(extraChartsDir ? [extraChartsDir] : [])]
    .map((dir) => join(dir, folder, `${folder}.tgz`))
    .find((archive) => existsSync(archive));
}

function loadEnvironment(dir: string): Json[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => loadAll(readFileSync(join(dir, f), 'utf8')) as Json[]);
}

/** Runs `work` over `items`, at most `limit` at a time (the machine is shared). */
async function limited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Renders each Application's chart as Argo CD's repo server would, for a cluster serving `kinds`. */
function renderAll(helm: string, apps: readonly Json[], kinds: readonly ServedKind[]) {
  const versions = apiVersions(kinds);
  return limited(apps, 4, async (app): Promise<[Json, TemplateResult]> => {
    const spec = asObject(app.spec);
    const source = asObject(spec.source);
    const helmSource = asObject(source.helm);
    const archive = chartArchive(String(source.chart), String(source.targetRevision));
    if (!archive) return [app, { error: `chart ${String(source.chart)} ${String(source.targetRevision)} is missing` }];
    const result = await helmTemplate(helm, {
      chartArchive: archive,
      releaseName: String(helmSource.releaseName ?? meta(app).name),
      namespace: String(asObject(spec.destination).namespace ?? ''),
      kubeVersion: KUBE_VERSION,
      apiVersions: versions,
      values: asObject(helmSource.valuesObject),
      skipCrds: helmSource.skipCrds === true,
    });
    return [app, result];
  });
}

/** Checks one environment's folder of `dist/`; reports problems, returns its summary line. */
async function checkEnvironment(
  envName: string,
  envDir: string,
  helm: string,
  builtIn: readonly ServedKind[],
  report: (where: string, message: string) => void,
  notRendered: (where: string, message: string) => void,
): Promise<string> {
  const objects = loadEnvironment(envDir);
  const apps = objects.filter((o) => o.kind === 'Application');
  const projects = new Map(
    objects.filter((o) => o.kind === 'AppProject').map((p) => [meta(p).name!, asObject(p.spec) as ProjectSpec]),
  );
  // Every Application under its project: sources and destination.
  for (const app of apps) {
    const spec = asObject(app.spec);
    const project = projects.get(String(spec.project));
    if (!project) report(nameOf(app), `its project ${String(spec.project)} is not in ${relative(root, envDir)}`);
    else
      for (const refusal of applicationRefusals(spec as never, project, String(spec.project)))
        report(nameOf(app), refusal);
  }

  // The steady state: the cluster serves every CRD the operators install (Argo CD renders again on every
  // refresh, so once the CRDs exist the charts render with their API versions).
  const pinned = apps.filter((a) => asObject(asObject(a.spec).source).chart);
  const sourceOf = (a: Json) => asObject(asObject(a.spec).source);
  const absent = pinned.filter((a) => !chartArchive(String(sourceOf(a).chart), String(sourceOf(a).targetRevision)));
  for (const a of absent) {
    notRendered(
      nameOf(a),
      `chart ${String(sourceOf(a).chart)} ${String(sourceOf(a).targetRevision)} is absent from ../shared/charts` +
        `${extraChartsDir ? ` and ${extraChartsDir}` : ''}: not rendered here, so what it installs, the README's claims about it` +
        ' and the selectors of its pods are unchecked',
    );
  }
  const charted = pinned.filter((a) => !absent.includes(a));
  const crds = (await renderAll(helm, charted, builtIn))
    .flatMap(([, r]) => ('objects' in r ? r.objects : []))
    .filter((o) => o.kind === 'CustomResourceDefinition');
  const served = [...builtIn, ...crds.flatMap(crdKinds)];
  const scope = scopeOf(served);
  const rendered: RenderedApplication[] = [];
  for (const [app, result] of await renderAll(helm, charted, served)) {
    if ('error' in result) {
      report(nameOf(app), `helm template failed: ${result.error}`);
      continue;
    }
    const spec = asObject(app.spec);
    const destination = asObject(spec.destination);
    const project = projects.get(String(spec.project));
    const permit = (o: SyncedObject, what: string) => {
      const refusal = project && syncRefusal(project, String(spec.project), String(destination.server ?? ''), o);
      if (refusal) report(nameOf(app), `${what}: ${refusal}`);
    };
    // CreateNamespace=true: Argo CD creates the destination namespace, a cluster-scoped object.
    if (asArray(asObject(spec.syncPolicy).syncOptions).includes('CreateNamespace=true')) {
      const ns = String(destination.namespace);
      permit(
        { group: '', kind: 'Namespace', name: ns, namespace: '', namespaced: false },
        `Namespace ${ns} (CreateNamespace)`,
      );
    }
    const normalized: Json[] = [];
    for (const o of result.objects) {
      const group = groupOf(o);
      const namespaced = scope(group, String(o.kind));
      if (namespaced === undefined) {
        report(nameOf(app), `${nameOf(o)}: ${String(o.apiVersion)} ${String(o.kind)} is not served by the cluster`);
        continue;
      }
      // As Argo CD normalizes target objects: a namespaced one without a namespace gets the destination's.
      const { namespace: given, ...rest } = meta(o);
      const namespace = namespaced ? (given ?? String(destination.namespace ?? '')) : '';
      const object = { ...o, metadata: { ...asObject(o.metadata), ...rest, ...(namespace ? { namespace } : {}) } };
      if (!namespaced) delete (object.metadata as Json).namespace;
      normalized.push(object);
      permit({ group, kind: String(o.kind), name: String(rest.name), namespace, namespaced }, nameOf(object));
    }
    rendered.push({ app, objects: normalized });
  }
  const claims = operatorClaims(objects, rendered, absent);
  for (const c of claims.filter((c) => c.unchecked))
    notRendered(c.application, `claim unchecked: ${c.claim}: ${c.detail}`);
  for (const c of claims.filter((c) => !c.holds && !c.unchecked))
    report(c.application, `claim does not hold: ${c.claim}: ${c.detail}`);
  const selectors = selectorProblems(objects, rendered);
  for (const p of selectors.problems) report(p.where, p.message);
  const count = rendered.reduce((n, r) => n + r.objects.length, 0);
  return (
    `${envName}: ${rendered.length} of ${pinned.length} Applications rendered (${count} objects), ` +
    `${claims.filter((c) => c.holds).length} of ${claims.length} claims hold` +
    `${claims.some((c) => c.unchecked) ? ` (${claims.filter((c) => c.unchecked).length} unchecked)` : ''}, ${selectors.checked} selectors checked`
  );
}

async function main(): Promise<number> {
  if (!existsSync(chartsDir)) {
    console.log(`check:operators: skipped, ${chartsDir} is absent (the pinned operator charts; CI has them)`);
    return 0;
  }
  const helm = helmBinary(root, (m) => console.log(m));
  const schema = JSON.parse(readFileSync(join(shared, 'k8s-schemas', 'kubernetes-v1.33.0.json'), 'utf8')) as Json;
  const builtIn = builtInKinds(schema);
  const problems: string[] = [];
  const unrendered: string[] = [];
  // Every platform's by default: dist/ and platforms/<name>/dist/ (platforms/index.ts).
  const sisters = existsSync(join(root, 'platforms'))
    ? readdirSync(join(root, 'platforms'), { withFileTypes: true })
        .filter((e) => e.isDirectory() && existsSync(join(root, 'platforms', e.name, 'dist')))
        .map((e) => join('platforms', e.name, 'dist'))
        .sort()
    : [];
  const dists = process.argv.length > 2 ? process.argv.slice(2) : ['dist', ...sisters];
  for (const dist of dists) {
    for (const envName of readdirSync(join(root, dist)).sort()) {
      // Orofi's environments by name, as before; another folder's with the folder.
      const where = dist === 'dist' ? envName : join(dist, envName);
      const report = (at: string, message: string) => problems.push(`${where}: ${at}: ${message}`);
      const skip = (at: string, message: string) => unrendered.push(`${where}: ${at}: ${message}`);
      console.log(await checkEnvironment(where, join(root, dist, envName), helm, builtIn, report, skip));
    }
  }
  if (unrendered.length > 0) {
    console.log(`check:operators: NOT CHECKED here (${unrendered.length}): charts absent, and what depends on them:`);
    for (const u of unrendered) console.log(`  ${u}`);
  }
  if (problems.length > 0) {
    console.error(`check:operators failed (${problems.length} problems):`);
    for (const p of problems) console.error(`  ${p}`);
    return 1;
  }
  console.log(
    unrendered.length > 0
      ? 'check:operators: every operator whose chart is here renders, Argo CD accepts every object, every claim holds; the ones listed above were not checked'
      : 'check:operators: every operator renders, Argo CD accepts every object, every claim holds',
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`check:operators: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
