/**
 * `npm run check:operators`: every operator Application of every environment's `dist/`, rendered by the
 * real Helm exactly as Argo CD 3.5 renders it, then checked: it renders, Argo CD would accept every
 * object under the Application's AppProject, the README's claims about each operator hold in what it
 * renders, and every selector of `dist/` that targets an operator's pods finds them.
 * Needs `../shared/charts` (the pinned charts) and `../shared/k8s-schemas`; without them it says so and
 * exits 0. Exit 1 when anything fails, with one line per problem.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAll } from 'js-yaml';
import { apiVersions, builtInKinds, crdKinds, scopeOf, type ServedKind } from '../lib/argocd/cluster-api';
import { applicationRefusals, syncRefusal, type ProjectSpec } from '../lib/argocd/project';
import { asObject, type Json } from '../lib/json';
import { operatorClaims } from './check-operators/claims';
import { helmBinary, helmTemplate, type TemplateResult } from './check-operators/helm';
import { selectorProblems } from './check-operators/selectors';

/** The Kubernetes version of the cluster, as Argo CD passes it to Helm. */
const KUBE_VERSION = '1.33.0';

// The repository: where `npm run` runs it.
const root = process.cwd();
const shared = join(root, '..', 'shared');
const chartsDir = join(shared, 'charts');

interface Rendered {
  readonly app: Json;
  readonly objects: Json[];
}

function loadEnvironment(dir: string): Json[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .flatMap((f) => loadAll(readFileSync(join(dir, f), 'utf8')) as Json[]);
}

const groupOf = (o: Json) => (String(o.apiVersion).includes('/') ? String(o.apiVersion).split('/')[0]! : '');
const meta = (o: Json) => asObject(o.metadata) as { name?: string; namespace?: string };

async function main(): Promise<number> {
  if (!existsSync(chartsDir)) {
    console.log(`check:operators: skipped, ${chartsDir} is absent (the pinned operator charts; CI has them)`);
    return 0;
  }
  const helm = helmBinary(root, (m) => console.log(m));
  const builtIn = builtInKinds(
    JSON.parse(readFileSync(join(shared, 'k8s-schemas', 'kubernetes-v1.33.0.json'), 'utf8')) as Json,
  );
  const distDir = join(root, 'dist');
  const problems: string[] = [];
  const summaries: string[] = [];
  for (const envName of readdirSync(distDir).sort()) {
    const objects = loadEnvironment(join(distDir, envName));
    const apps = objects.filter((o) => o.kind === 'Application');
    const projects = new Map(
      objects.filter((o) => o.kind === 'AppProject').map((p) => [meta(p).name!, asObject(p.spec) as ProjectSpec]),
    );
    const report = (where: string, message: string) => problems.push(`${envName}: ${where}: ${message}`);

    for (const app of apps) {
      const spec = asObject(app.spec);
      const projectName = String(spec.project);
      const project = projects.get(projectName);
      if (!project) report(`Application ${meta(app).name}`, `its project ${projectName} is not in dist/${envName}`);
      else {
        for (const refusal of applicationRefusals(spec as never, project, projectName))
          report(`Application ${meta(app).name}`, refusal);
      }
    }

    const charted = apps.filter((a) => asObject(asObject(a.spec).source).chart);
    const render = (kinds: readonly ServedKind[]) => {
      const versions = apiVersions(kinds);
      return Promise.all(
        charted.map(async (app): Promise<[Json, TemplateResult]> => {
          const spec = asObject(app.spec);
          const source = asObject(spec.source);
          const helmSource = asObject(source.helm);
          const archive = join(
            chartsDir,
            `${source.chart}-${source.targetRevision}`,
            `${source.chart}-${source.targetRevision}.tgz`,
          );
          if (!existsSync(archive)) return [app, { error: `${archive} is missing` }];
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
        }),
      );
    };
    // The steady state: the cluster serves every CRD the operators install (a first sync renders once
    // more after them, as Argo CD re-renders on every refresh).
    const first = await render(builtIn);
    const crds = first
      .flatMap(([, r]) => ('objects' in r ? r.objects : []))
      .filter((o) => o.kind === 'CustomResourceDefinition');
    const served = [...builtIn, ...crds.flatMap(crdKinds)];
    const scope = scopeOf(served);
    const rendered: Rendered[] = [];
    let objectCount = 0;
    for (const [app, result] of await render(served)) {
      const name = meta(app).name!;
      if ('error' in result) {
        report(`Application ${name}`, `helm template failed: ${result.error}`);
        continue;
      }
      const spec = asObject(app.spec);
      const destination = asObject(spec.destination);
      const projectName = String(spec.project);
      const project = projects.get(projectName);
      const normalized: Json[] = [];
      for (const o of result.objects) {
        const group = groupOf(o);
        const namespaced = scope(group, String(o.kind));
        const what = `${o.kind} ${meta(o).namespace ? `${meta(o).namespace}/` : ''}${meta(o).name}`;
        if (namespaced === undefined) {
          report(`Application ${name}`, `${what}: ${o.apiVersion} ${o.kind} is not served by the cluster`);
          continue;
        }
        // As Argo CD normalizes target objects: namespaced ones default to the destination namespace.
        const namespace = namespaced ? (meta(o).namespace ?? String(destination.namespace ?? '')) : '';
        const object = { ...o, metadata: { ...asObject(o.metadata), ...(namespace ? { namespace } : {}) } };
        if (!namespaced) delete (object.metadata as Json).namespace;
        normalized.push(object);
        if (project) {
          const refusal = syncRefusal(project, projectName, String(destination.server ?? ''), {
            group,
            kind: String(o.kind),
            name: String(meta(o).name),
            namespace,
            namespaced,
          });
          if (refusal) report(`Application ${name}`, `${what}: ${refusal}`);
        }
      }
      objectCount += normalized.length;
      rendered.push({ app, objects: normalized });
    }
    const claims = operatorClaims(objects, rendered);
    for (const c of claims.filter((c) => !c.holds))
      report(c.application, `claim does not hold: ${c.claim}: ${c.detail}`);
    const selectors = selectorProblems(objects, rendered);
    for (const p of selectors.problems) report(p.where, p.message);
    summaries.push(
      `${envName}: ${rendered.length} of ${charted.length} Applications rendered (${objectCount} objects), ` +
        `${claims.filter((c) => c.holds).length} of ${claims.length} claims hold, ${selectors.checked} selectors checked`,
    );
  }
  for (const s of summaries) console.log(s);
  if (problems.length > 0) {
    console.error(`check:operators failed (${problems.length} problems):`);
    for (const p of problems) console.error(`  ${p}`);
    return 1;
  }
  console.log('check:operators: every operator renders, Argo CD accepts every object, every claim holds');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`check:operators: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
