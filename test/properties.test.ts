/**
 * Property-based tests: random platform descriptions and environment configs (test/arbitraries.ts).
 *
 * - Every valid input synthesizes, every object passes strict validation, and the invariants hold that
 *   the focused tests check on the real platform: no Secret is synthesized, every Deployment is
 *   hardened, the AuthorizationPolicies admit exactly the call graph, every Secret a pod reads is
 *   written, one file per workload.
 * - Every input with one mistake is rejected by loadPlatform with the exact problem line for that
 *   mistake, and the synth command exits 1 with dist/ untouched, file for file.
 *
 * `npm test` runs a few cases with a fixed seed; `npm run test:properties` runs many more
 * (PROPERTY_RUNS, PROPERTY_SEED; see scripts/properties.mjs).
 */
import fc from 'fast-check';
import type { IAuthorizationPolicy } from '@kubernetes-models/istio/security.istio.io/v1/AuthorizationPolicy';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runSynth } from '../lib/cli';
import { ConfigError, loadPlatform } from '../lib/config/load';
import type { EnvironmentModel } from '../lib/model';
import { secretReferenceProblems } from '../lib/references';
import { synthesizeEnvironment, type ManifestFile } from '../lib/synth';
import { validateObject } from '../lib/validate';
import { Draw, invalidInputs, MUTATIONS, validInputs, type Inputs } from './arbitraries';
import { HARDENED_CONTAINER, ofKind, tempDir, treeDigest } from './helpers';

const SEED = Number(process.env.PROPERTY_SEED ?? 9);
const VALID_RUNS = Number(process.env.PROPERTY_RUNS ?? 6);
const INVALID_RUNS = Number(process.env.PROPERTY_RUNS ?? 50);
/** Cases per kind of mistake: 3 in `npm test`, a tenth of PROPERTY_RUNS in `npm run test:properties`. */
const MUTATION_RUNS = Math.max(3, Math.round(Number(process.env.PROPERTY_RUNS ?? 0) / 10));
const settings = (numRuns: number): fc.Parameters<unknown> => ({ seed: SEED, numRuns, endOnFailure: true });
/** Jest's time limit for a property of `runs` cases taking up to `ms` each on a loaded machine. */
const timeout = (runs: number, ms: number) => 10_000 + runs * ms;

/** The fixed charts of every environment, beside one file per workload. */
const PLATFORM_FILES = [
  'edge',
  'gitops',
  'mesh',
  'monitoring',
  'namespaces',
  'network',
  'priority-classes',
  'secret-stores',
];

/** `<source> -> <destination>` for each edge of the call graph, and the ingress gateway's to each API gateway. */
function declaredPairs(inputs: Inputs): string[] {
  const { platform } = inputs;
  const ingress = `${platform.ingressGateway.namespace}/${platform.ingressGateway.name}`;
  return [
    ...platform.gateways.map((g) => `${ingress} -> ${g.name}`),
    ...[...platform.gateways, ...platform.services].flatMap((w) => (w.calls ?? []).map((c) => `${w.name} -> ${c}`)),
  ].sort();
}

/** The (source, destination) pairs that the ALLOW AuthorizationPolicies admit, read back from the objects. */
function admittedPairs(files: readonly ManifestFile[], inputs: Inputs): string[] {
  const deployments = ofKind(files, 'Deployment') as unknown as IDeployment[];
  const byAccount = new Map(
    deployments.map((d) => [
      `${d.metadata!.namespace}/${d.spec!.template.spec!.serviceAccountName}`,
      d.metadata!.name!,
    ]),
  );
  const ingress = inputs.platform.ingressGateway;
  byAccount.set(`${ingress.namespace}/${ingress.name}`, `${ingress.namespace}/${ingress.name}`);
  const policies = ofKind(files, 'AuthorizationPolicy') as unknown as IAuthorizationPolicy[];
  return policies
    .filter((p) => p.spec?.action === 'ALLOW' && p.spec.selector)
    .flatMap((p) => {
      const selected = deployments.filter(
        (d) =>
          d.metadata!.namespace === p.metadata!.namespace &&
          Object.entries(p.spec!.selector!.matchLabels!).every(([k, v]) => d.spec!.template.metadata!.labels![k] === v),
      );
      expect(selected).toHaveLength(1);
      return p.spec!.rules!.flatMap((rule) =>
        rule.from!.flatMap((from) =>
          from.source!.principals!.map((principal) => {
            const [, account] = /^cluster\.local\/ns\/(.+)$/.exec(principal)!;
            const [namespace, , name] = account!.split('/');
            return `${byAccount.get(`${namespace}/${name}`)} -> ${selected[0]!.metadata!.name}`;
          }),
        ),
      );
    })
    .sort();
}

/** Checks one synthesized environment against the invariants; throws (fails the property) otherwise. */
function checkEnvironment(env: EnvironmentModel, inputs: Inputs): void {
  const problems: string[] = [];
  const files = synthesizeEnvironment(env, problems);
  expect(problems).toEqual([]);

  const objects = files.flatMap((f) => f.objects);
  for (const object of objects) expect(validateObject(object)).toEqual([]);
  expect(objects.filter((o) => o.kind === 'Secret')).toEqual([]);
  expect(
    secretReferenceProblems(
      files.flatMap((f) => f.objects.map((object) => ({ object, where: `${f.path}: ${object.kind}` }))),
    ),
  ).toEqual([]);

  const workloads = env.workloads.map((w) => w.name);
  const backbone = [...(env.kafka ? ['kafka'] : []), ...(env.mongodb ? ['mongodb'] : [])];
  expect(files.map((f) => f.path).sort()).toEqual(
    [...PLATFORM_FILES, ...backbone, ...workloads].map((f) => `${env.name}/${f}.yaml`).sort(),
  );

  const deployments = ofKind(files, 'Deployment') as unknown as IDeployment[];
  expect(deployments.map((d) => d.metadata!.name).sort()).toEqual([...workloads].sort());
  for (const deployment of deployments) {
    const pod = deployment.spec!.template.spec!;
    const workload = env.workloads.find((w) => w.name === deployment.metadata!.name)!;
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true });
    expect(pod.hostNetwork ?? false).toBe(false);
    expect(pod.hostPID ?? false).toBe(false);
    expect(pod.hostIPC ?? false).toBe(false);
    for (const container of [...(pod.initContainers ?? []), ...pod.containers]) {
      expect(container.securityContext).toMatchObject(HARDENED_CONTAINER);
      expect(container.resources?.requests).toBeDefined();
      expect(container.resources?.limits).toBeDefined();
    }
    expect(pod.containers[0]!.image).toBe(`${workload.imageRepository}:${workload.imageTag}`);
  }
  expect(admittedPairs(files, inputs)).toEqual(declaredPairs(inputs));
  expect(
    ofKind(files, 'KafkaUser')
      .map((u) => u.metadata.name)
      .sort(),
  ).toEqual(
    env.kafka
      ? inputs.platform.services
          .filter((s) => s.uses?.kafka)
          .map((s) => s.name)
          .sort()
      : [],
  );
}

/** The problems loadPlatform reports for `inputs`; fails when it accepts them or throws anything else. */
function problemsOf(inputs: Inputs): readonly string[] {
  try {
    loadPlatform(inputs.platform, inputs.environments);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('loadPlatform accepted the inputs');
}

describe(`properties (seed ${SEED})`, () => {
  test(
    `valid inputs synthesize, validate and keep the invariants (${VALID_RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(validInputs, (inputs) => {
          const model = loadPlatform(inputs.platform, inputs.environments);
          expect(model.environments.map((e) => e.name)).toEqual(inputs.environments.map((e) => e.name));
          for (const env of model.environments) checkEnvironment(env, inputs);
        }),
        settings(VALID_RUNS),
      );
    },
    timeout(VALID_RUNS, 1000),
  );

  test.each(MUTATIONS.map((m) => [m.name, m] as const))('%s: reported at its path', (_, mutation) => {
    fc.assert(
      fc.property(validInputs, fc.gen(), (valid, g) => {
        const inputs = structuredClone(valid);
        const expected = mutation.apply(inputs, new Draw(g));
        fc.pre(expected !== undefined);
        expect(problemsOf(inputs)).toContain(expected);
      }),
      { ...settings(MUTATION_RUNS), maxSkipsPerRun: 1000 },
    );
  });

  test(
    `one mistake is reported at its path, and the synth command leaves dist/ untouched (${INVALID_RUNS} runs)`,
    () => {
      // An output folder as a previous run and a hand edit left it.
      const outDir = join(tempDir(), 'dist');
      mkdirSync(join(outDir, 'dev'), { recursive: true });
      writeFileSync(join(outDir, 'dev', 'workload.yaml'), 'kind: Deployment\n');
      writeFileSync(join(outDir, 'hand-edit.yaml'), 'kept as it was\n');
      const before = treeDigest(outDir);
      fc.assert(
        fc.property(invalidInputs, ({ inputs, expected }) => {
          expect(problemsOf(inputs)).toContain(expected);

          const printed: string[] = [];
          const code = runSynth(
            { ...inputs, outDir },
            { log: (m: string) => printed.push(m), error: (m: string) => printed.push(m) },
          );
          expect(code).toBe(1);
          expect(printed.join('\n')).toContain(`synth failed, ${outDir} left unchanged: invalid configuration`);
          expect(printed.join('\n')).toContain(`\n  ${expected}`);
          expect(treeDigest(outDir)).toEqual(before);
        }),
        settings(INVALID_RUNS),
      );
    },
    timeout(INVALID_RUNS, 100),
  );
});
