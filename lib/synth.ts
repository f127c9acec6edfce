/**
 * From the model to manifest files: builds each environment's charts, renders every chart to one YAML
 * file and validates every object. Nothing is written here (see write.ts), so a failure leaves dist/
 * as it was.
 */
import { ApiObject, App, Chart, DependencyGraph } from 'cdk8s';
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
 * The objects of one chart in dependency order, as `chart.toJson()` returns them. `chart.toJson()`
 * itself re-resolves and re-validates the whole app on every call, which makes an app of n charts
 * cost O(n^2); here the app is validated once (`constructProblems`). Charts do not depend on each
 * other: the order in which Argo CD applies objects is expressed with sync waves.
 */
function chartObjects(chart: Chart): KubeObject[] {
  const constructs = chart.node.findAll();
  // Without dependencies the topological order is the tree's order: skip building the graph.
  const ordered = constructs.some((c) => c.node.dependencies.length > 0)
    ? new DependencyGraph(chart.node).topology()
    : constructs;
  return ordered
    .filter((c): c is ApiObject => c instanceof ApiObject && Chart.of(c) === chart)
    .map((o) => o.toJson() as KubeObject);
}

/** Runs the construct validations (`node.addValidation`) that `cdk8s synth` would run. */
function constructProblems(app: App): string[] {
  return app.node.findAll().flatMap((c) => c.node.validate().map((message) => `${c.node.path}: ${message}`));
}

/**
 * Renders the charts of an app as the files of one environment, validates every object and the
 * references between them (references.ts); problems are appended to `problems`.
 */
export function renderApp(app: App, envName: string, problems: string[]): ManifestFile[] {
  problems.push(...constructProblems(app).map((p) => `${envName}: ${p}`));
  const files = app.charts.map((chart): ManifestFile => {
    const objects = chartObjects(chart);
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
