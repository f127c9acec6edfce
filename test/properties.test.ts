/**
 * Property-based tests: random platform descriptions and environment configs (test/arbitraries.ts).
 *
 * - Every valid input (at least one service and one Kafka client each) synthesizes, every object passes
 *   strict validation, and the invariants hold that the focused tests check on the real platform, each
 *   against an oracle of test/oracles/ computed from the inputs, not by the code under test: the model
 *   says what the inputs say; no Secret is synthesized; every Deployment is hardened and runs its image;
 *   the AuthorizationPolicies, all together, admit exactly the call graph; each NetworkPolicy admits
 *   exactly its peers and ports, each Sidecar reaches exactly what its workload uses; HPA and replica
 *   bounds; every sync-wave dependency is met; each KafkaUser has exactly its ACLs; the alerts compare
 *   the environment's thresholds; every Secret a pod reads is written; one file per workload.
 * - Every input with one mistake is rejected by loadPlatform with the exact problem line for that
 *   mistake, and the synth command exits 1 with dist/ untouched, file for file.
 *
 * `npm test` runs a few cases with a fixed seed; `npm run test:properties` runs many more
 * (PROPERTY_RUNS, PROPERTY_SEED; see scripts/properties.mjs); CI runs it with a fresh seed each time,
 * printed with the command that replays it.
 */
import fc from 'fast-check';
import type { IAuthorizationPolicy } from '@kubernetes-models/istio/security.istio.io/v1/AuthorizationPolicy';
import type { IServiceEntry } from '@kubernetes-models/istio/networking.istio.io/v1/ServiceEntry';
import type { ISidecar } from '@kubernetes-models/istio/networking.istio.io/v1/Sidecar';
import type { IPrometheusRule } from '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PrometheusRule';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runSynth } from '../lib/cli';
import { loadPlatform } from '../lib/config/load';
import type { EnvironmentModel } from '../lib/model';
import { secretReferenceProblems } from '../lib/references';
import { synthesizeEnvironment, type ManifestFile } from '../lib/synth';
import { validateObject } from '../lib/validate';
import { Draw, invalidInputs, MUTATIONS, validInputs, type Inputs } from './arbitraries';
import { configProblems, HARDENED_CONTAINER, ofKind, tempDir, treeDigest } from './helpers';
import { expectedAlerts, readAlerts, rounded } from './oracles/alerts';
import {
  expectedAcls,
  expectedImage,
  expectedReplicas,
  expectedWorkloadFacts,
  readAcls,
  workloadsOf,
} from './oracles/inputs';
import {
  admittedCalls,
  declaredCalls,
  expectedSidecarReach,
  expectedWorkloadConnections,
  labelText,
  readNetworkPolicy,
  readSidecarReach,
} from './oracles/network';
import { expectedIsolation, isolatedNamespacesOf } from './oracles/isolation';
import { waveProblems } from './oracles/waves';

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
    const envInput = inputs.environments.find((e) => e.name === env.name)!;
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true });
    expect(pod.hostNetwork ?? false).toBe(false);
    expect(pod.hostPID ?? false).toBe(false);
    expect(pod.hostIPC ?? false).toBe(false);
    for (const container of [...(pod.initContainers ?? []), ...pod.containers]) {
      expect(container.securityContext).toMatchObject(HARDENED_CONTAINER);
      expect(container.resources?.requests).toBeDefined();
      expect(container.resources?.limits).toBeDefined();
    }
    expect(pod.containers[0]!.image).toBe(expectedImage(inputs.platform, envInput, workload.name));
  }
  checkAgainstOracles(env, inputs, files);
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

/** The invariants of test/oracles/, each computed from the inputs, on one synthesized environment. */
function checkAgainstOracles(env: EnvironmentModel, inputs: Inputs, files: readonly ManifestFile[]): void {
  const envInput = inputs.environments.find((e) => e.name === env.name)!;
  const objects = files.flatMap((f) => f.objects);
  const byName = <T>(kind: string, namespace: string, name: string) => {
    const found = objects.filter(
      (o) => o.kind === kind && o.metadata.namespace === namespace && o.metadata.name === name,
    );
    expect(found.map((o) => `${o.kind} ${namespace}/${name}`)).toHaveLength(1);
    return found[0] as unknown as T;
  };

  // The model the oracles read says what the inputs say.
  const described = workloadsOf(inputs.platform);
  expect(env.workloads).toHaveLength(described.length);
  for (const w of described) {
    const model = env.workloads.find((m) => m.name === w.name)!;
    const { name, namespace, port, protocol, calls, uses } = model;
    expect({ name, namespace, port, protocol, calls: [...calls], uses: { ...uses } }).toEqual(expectedWorkloadFacts(w));
  }

  // Zero trust: every NetworkPolicy, every AuthorizationPolicy together, every Sidecar.
  const policies = objects.filter((o) => o.kind === 'NetworkPolicy');
  // The shared components' own policies (the data stores' among them) from the isolation oracle.
  const isolation = expectedIsolation(env);
  const denyAllNamespaces = [...new Set([...env.namespaces, ...isolatedNamespacesOf(isolation)])].sort();
  const allowing = [
    ...env.workloads.map((w) => `${w.namespace}/${w.name}`),
    ...[...isolation.keys()].filter((id) => !id.endsWith('/deny-all')),
  ].sort();
  expect(policies).toHaveLength(allowing.length + denyAllNamespaces.length);
  expect(
    policies
      .filter((p) => p.metadata.name !== 'deny-all')
      .map((p) => `${p.metadata.namespace}/${p.metadata.name}`)
      .sort(),
  ).toEqual(allowing);
  for (const namespace of denyAllNamespaces) {
    expect(byName<{ spec: unknown }>('NetworkPolicy', namespace, 'deny-all').spec).toEqual({
      podSelector: {},
      policyTypes: ['Ingress', 'Egress'],
    });
  }
  for (const w of env.workloads) {
    const read = readNetworkPolicy(byName('NetworkPolicy', w.namespace, w.name));
    expect({ ingress: read.ingress, egress: read.egress }).toEqual(expectedWorkloadConnections(env, w));
  }
  // Each shared component's policy: its pods, every peer and port.
  for (const [id, want] of isolation) {
    const read = readNetworkPolicy(byName('NetworkPolicy', ...(id.split('/') as [string, string])));
    expect({ id, selects: read.selects, ingress: read.ingress, egress: read.egress }).toEqual({
      id,
      selects: labelText(want.selects) || '*',
      ingress: want.ingress,
      egress: want.egress,
    });
  }
  const deployment = (w: { namespace: string; name: string }) => byName<IDeployment>('Deployment', w.namespace, w.name);
  expect(
    admittedCalls(
      env,
      ofKind(files, 'AuthorizationPolicy') as unknown as IAuthorizationPolicy[],
      (w) => deployment(w).spec!.template.metadata!.labels!,
      (w) => deployment(w).spec!.template.spec!.serviceAccountName ?? 'default',
    ).sort(),
  ).toEqual(declaredCalls(env));
  const entries = ofKind(files, 'ServiceEntry') as unknown as IServiceEntry[];
  for (const w of env.workloads) {
    expect(readSidecarReach(byName<ISidecar>('Sidecar', w.namespace, w.name), entries)).toEqual(
      expectedSidecarReach(env, w),
    );
  }

  // Replicas: an HPA between the bounds (and no fixed count) when they differ, a fixed count otherwise.
  for (const w of described) {
    const { min, max } = expectedReplicas(envInput, w.name);
    const hpas = objects.filter((o) => o.kind === 'HorizontalPodAutoscaler' && o.metadata.name === w.name);
    expect(deployment(w).spec!.replicas).toBe(min < max ? undefined : min);
    if (min < max) {
      const hpa = hpas[0] as unknown as IHorizontalPodAutoscaler;
      expect(hpas).toHaveLength(1);
      expect([hpa.spec!.minReplicas, hpa.spec!.maxReplicas]).toEqual([min, max]);
      expect(hpa.spec!.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: w.name });
    } else expect(hpas).toEqual([]);
  }

  // Order, Kafka rights, alerts.
  expect(waveProblems(objects)).toEqual([]);
  const acls = expectedAcls(inputs.platform);
  const users = ofKind(files, 'KafkaUser');
  expect(users).toHaveLength(acls.size);
  for (const user of users) expect(readAcls(user)).toEqual(acls.get(user.metadata.name));
  const rules = ofKind(files, 'PrometheusRule') as unknown as IPrometheusRule[];
  for (const w of described) {
    const rule = rules.find((r) => r.metadata!.namespace === w.namespace && r.metadata!.name === w.name)!;
    expect(rounded(readAlerts(rule, w.name))).toEqual(
      rounded(expectedAlerts(envInput.alerts!, w.availabilityObjective ?? 99.9)),
    );
  }
}

/** The problems loadPlatform reports for `inputs`; fails when it accepts them or throws anything else. */
function problemsOf(inputs: Inputs): readonly string[] {
  const problems = configProblems(inputs.platform, inputs.environments);
  if (problems.length === 0) throw new Error('loadPlatform accepted the inputs');
  return problems;
}

describe(`properties (seed ${SEED})`, () => {
  test(
    `valid inputs synthesize, validate and keep the invariants (${VALID_RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(validInputs, (inputs) => {
          expect(inputs.platform.services.length).toBeGreaterThan(0);
          expect(inputs.platform.services.filter((s) => s.uses?.kafka).length).toBeGreaterThan(0);
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
