/**
 * From the model to manifest files: builds each environment's charts, renders every chart to one YAML
 * file and validates every object. Nothing is written here (see write.ts), so a failure leaves dist/
 * as it was.
 */
import { ApiObject, App, Chart, DependencyGraph } from 'cdk8s';
import type { IConstruct } from 'constructs';
import { VALIDATED_AFTER_SYNTHESIS } from '../charts/model-object';
import { addPlatformCharts } from '../charts/platform';
import { ProblemsError } from './errors';
import type { EnvironmentModel, PlatformModel } from './model';
import { secretReferenceProblems, type PlacedObject } from './references';
import { objectName, validateObject, type KubeObject } from './validate';
import { toYaml } from './yaml';

/** One output file: `<environment>/<chart>.yaml`, relative to dist/. */
export interface ManifestFile {
  readonly path: string;
  readonly objects: readonly KubeObject[];
  readonly content: string;
}

/** Synthesized objects failed validation: `problems` lists each as `<env>: <file>: <kind> <name>: <field>: <message>`. */
export class SynthError extends ProblemsError {
  constructor(problems: readonly string[]) {
    super('invalid manifests', problems);
  }
}

/**
 * The charts of an app, each with its objects in dependency order, as `app.charts` and
 * `chart.toJson()` would give them. Both build a dependency graph of the whole app, and
 * `chart.toJson()` re-resolves and re-validates the whole app on every call, which makes an app of n
 * charts cost O(n^2); here the app is walked once (its construct validations run by the caller). Charts
 * do not depend on each other: the order in which Argo CD applies objects is expressed with sync waves.
 * Without any dependency in the app, the topological order is the tree's order, so no graph is built.
 */
function chartsWithObjects(app: App, constructs: readonly IConstruct[]): [Chart, ApiObject[]][] {
  if (constructs.some((c) => c.node.dependencies.length > 0)) {
    return app.charts.map((chart) => [
      chart,
      new DependencyGraph(chart.node)
        .topology()
        .filter((c): c is ApiObject => c instanceof ApiObject && Chart.of(c) === chart),
    ]);
  }
  const charts = new Map<Chart, ApiObject[]>();
  for (const c of constructs) {
    if (Chart.isChart(c)) charts.set(c, []);
    else if (c instanceof ApiObject) charts.get(Chart.of(c))!.push(c);
  }
  return [...charts];
}

/** The construct validations (`node.addValidation`) that `cdk8s synth` would run. */
function constructProblems(constructs: readonly IConstruct[]): string[] {
  return constructs.flatMap((c) => c.node.validate().map((message) => `${c.node.path}: ${message}`));
}

/**
 * Renders the charts of an app as the files of one environment, validates every object and the
 * references between them (references.ts); problems are appended to `problems`.
 */
export function renderApp(app: App, envName: string, problems: string[]): ManifestFile[] {
  const constructs = app.node.findAll();
  problems.push(...constructProblems(constructs).map((p) => `${envName}: ${p}`));
  const files = chartsWithObjects(app, constructs).map(([chart, apiObjects]): ManifestFile => {
    const objects = apiObjects.map((o) => o.toJson() as KubeObject);
    return {
      path: `${envName}/${chart.node.id}.yaml`,
      objects,
      content: objects.map((o) => toYaml(o)).join('---\n'),
    };
  });
  const seen = new Map<string, string>();
  const placed: PlacedObject[] = [];
  for (const file of files) {
    for (const object of file.objects) {
      const where = `${envName}: dist/${file.path}: ${objectName(object)}`;
      for (const problem of validateObject(object)) problems.push(`${where}: ${problem}`);
      const key = `${object.apiVersion}/${objectName(object)}`;
      const other = seen.get(key);
      if (other) problems.push(`${where}: already defined in dist/${other}`);
      seen.set(key, file.path);
      placed.push({ object, where });
    }
  }
  problems.push(...secretReferenceProblems(placed));
  return files;
}

/** Synthesizes and validates one environment; problems are appended to `problems`. */
export function synthesizeEnvironment(env: EnvironmentModel, problems: string[] = []): ManifestFile[] {
  const app = new App();
  // Every object is validated strictly below: the constructs need not validate their models as well.
  app.node.setContext(VALIDATED_AFTER_SYNTHESIS, true);
  addPlatformCharts(app, env);
  return renderApp(app, env.name, problems);
}

/**
 * Synthesizes every environment of the platform.
 * @throws SynthError listing every invalid object of every environment
 */
export function synthesizePlatform(model: PlatformModel): ManifestFile[] {
  const problems: string[] = [];
  const files = model.environments.flatMap((env) => synthesizeEnvironment(env, problems));
  if (problems.length > 0) throw new SynthError(problems);
  return files;
}
