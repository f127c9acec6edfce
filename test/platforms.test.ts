/**
 * Platforms side by side (platforms/index.ts): every platform's every environment, read back from what
 * synth writes and compared with its own description, not with a list of names in this file: strict
 * validation, Polaris, the authorization policies against the call graph, the ingress routes against
 * the gateways' hosts and path prefixes. And the machinery: the list covers every folder under
 * platforms/, synth selects platforms by name and names the platform in every problem.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { IVirtualService } from '@kubernetes-models/istio/networking.istio.io/v1/VirtualService';
import { runSynthAll } from '../lib/cli';
import type { KubeObject } from '../lib/validate';
import { runDiff } from '../lib/diff';
import { outputsOf, selectPlatforms, sisterProblem } from '../lib/platforms';
import { platforms } from '../platforms';
import { allObjects, ofKind, platformModel, ROOT, synth, tempDir } from './helpers';
import { declaredCalls, meshCalls } from './oracles/network';
import { formatFailure, POLARIS_CHECKS_DIR, polarisReview } from './polaris';

const polaris = existsSync(POLARIS_CHECKS_DIR);
if (!polaris) {
  process.stderr.write(
    `test/platforms.test.ts: Polaris skipped: its checks (${POLARIS_CHECKS_DIR}) are not there: ../shared is not beside the repository (CI has it)\n`,
  );
}

const cases = platforms.flatMap((source) =>
  [...platformModel(source).values()].map((env) => [`${source.name}/${env.name}`, source, env] as const),
);

describe.each(cases)('%s', (_, source, env) => {
  const files = synth(env); // fails on any schema, reference or construct problem: strict validation
  const description = source.platform;
  const domain = source.environments.find((e) => e.name === env.name)!.domain;

  (polaris ? test : test.skip)('passes every Polaris check of severity danger or warning', () => {
    expect(polarisReview(allObjects(files)).map(formatFailure)).toEqual([]);
  });

  test('the calls every AuthorizationPolicy together admits are exactly the call graph, on the serving port only', () => {
    const expected = declaredCalls(env);
    expect(expected.length).toBeGreaterThan(0);
    expect(meshCalls(env, files)).toEqual(expected);
  });

  test("each host's VirtualService routes every gateway's prefixes to it, longest prefix first", () => {
    const services = ofKind(files, 'VirtualService') as unknown as IVirtualService[];
    const hosts = [...new Set(description.gateways.map((g) => g.host))];
    expect(services.map((s) => s.spec!.hosts).sort()).toEqual(hosts.map((h) => [`${h}.${domain}`]).sort());
    for (const host of hosts) {
      const service = services.find((s) => s.spec!.hosts![0] === `${host}.${domain}`)!;
      // The prefix each route matches and the workload it goes to, in the order Istio tries them.
      const routes = service.spec!.http!.flatMap((r) =>
        r.match!.map((m) => `${m.uri!.prefix} -> ${r.route![0]!.destination!.host.split('.')[0]}`),
      );
      const expected = description.gateways
        .filter((g) => g.host === host)
        .flatMap((g) => (g.paths ?? ['/']).map((p) => ({ p, g: g.name })))
        .sort((a, b) => b.p.length - a.p.length);
      // Each prefix twice in a row (safe methods, then the others), longest first.
      expect([...new Set(routes)]).toEqual(expected.map((e) => `${e.p} -> ${e.g}`));
    }
  });

  test('traces where the description asks for it: Telemetry to the provider istiod declares, every proxy let through to the collector', () => {
    const tracing = description.tracing;
    const telemetries = ofKind(files, 'Telemetry');
    if (!tracing) {
      expect(telemetries).toEqual([]);
      return;
    }
    const istioNamespace = description.istioNamespace ?? 'istio-system';
    expect(telemetries.map((t) => [t.metadata.namespace, t.spec])).toEqual([
      [
        istioNamespace,
        {
          tracing: [
            { providers: [{ name: tracing.provider }], randomSamplingPercentage: tracing.samplingPercent ?? 1 },
          ],
        },
      ],
    ]);
    const collector = `${tracing.collector.service}.${tracing.collector.namespace}.svc.cluster.local`;
    const port = tracing.collector.port ?? 4317;
    const istiod = ofKind(files, 'Application').find((a) => a.metadata.name === 'istiod')!;
    const values = (istiod.spec as { source: { helm: { valuesObject: { meshConfig: Record<string, unknown> } } } })
      .source.helm.valuesObject;
    expect(values.meshConfig.extensionProviders).toEqual([
      { name: tracing.provider, opentelemetry: { service: collector, port } },
    ]);
    const workloads = [...description.gateways, ...description.services].map((w) => w.name);
    for (const name of workloads) {
      const sidecar = ofKind(files, 'Sidecar').find((o) => o.metadata.name === name)!;
      const hosts = (sidecar.spec as { egress: { hosts: string[] }[] }).egress.flatMap((e) => e.hosts);
      expect(hosts).toContain(`${tracing.collector.namespace}/${collector}`);
      const policy = ofKind(files, 'NetworkPolicy').find((o) => o.metadata.name === name)!;
      const egress = (
        policy.spec as {
          egress: {
            to: { namespaceSelector?: { matchLabels: Record<string, string> } }[];
            ports: { port: number }[];
          }[];
        }
      ).egress;
      expect(
        egress.some(
          (rule) =>
            rule.ports.some((p) => p.port === port) &&
            rule.to.some(
              (to) => to.namespaceSelector?.matchLabels['kubernetes.io/metadata.name'] === tracing.collector.namespace,
            ),
        ),
      ).toBe(true);
    }
    // Jaeger, where the environment installs it, is the collector: its release, its namespace.
    const input = source.environments.find((e) => e.name === env.name)!;
    const jaeger = ofKind(files, 'Application').find(
      (a) => (a.spec as { source: { chart?: string } }).source.chart === input.operators.jaeger?.chart,
    );
    if (input.operators.jaeger) {
      expect((jaeger!.spec as { destination: { namespace: string } }).destination.namespace).toBe(
        tracing.collector.namespace,
      );
      expect((jaeger!.spec as { source: { helm: { releaseName: string } } }).source.helm.releaseName).toBe(
        tracing.collector.service,
      );
    }
  });

  test('Kafka read back: each KafkaUser has exactly the ACLs its topics need, and only clients have one', () => {
    const clients = description.services.filter((s) => s.uses?.kafka);
    const acls = Object.fromEntries(
      ofKind(files, 'KafkaUser').map((u) => [
        u.metadata.name,
        (
          u.spec as { authorization: { acls: { resource: { type: string; name: string }; operations: string[] }[] } }
        ).authorization.acls
          .map((a) => `${a.resource.type} ${a.resource.name}: ${[...a.operations].sort().join(',')}`)
          .sort(),
      ]),
    );
    const expected = Object.fromEntries(
      clients.map((c) => {
        const produces = c.topics?.produces ?? [];
        const consumes = c.topics?.consumes ?? [];
        return [
          c.name,
          [
            ...produces.filter((t) => !consumes.includes(t)).map((t) => `topic ${t}: Describe,Write`),
            ...consumes.filter((t) => !produces.includes(t)).map((t) => `topic ${t}: Describe,Read`),
            ...produces.filter((t) => consumes.includes(t)).map((t) => `topic ${t}: Describe,Read,Write`),
            ...(consumes.length > 0 ? [`group ${c.name}: Read`] : []),
          ].sort(),
        ];
      }),
    );
    expect(acls).toEqual(expected);
  });

  test('RabbitMQ read back: each Permission lets its client write the exchanges of its events and read its own queue, nothing else', () => {
    const broker = description.backingServices.rabbitmq;
    const clients = description.services.filter((s) => s.uses?.rabbitmq);
    const permissions = ofKind(files, 'Permission');
    expect(permissions.map((p) => p.metadata.name).sort()).toEqual(clients.map((c) => c.name).sort());
    if (!broker) return;
    const exchangeOf = (event: string) => broker.exchanges!.find((e) => e.events.includes(event))!.name;
    const consumers = clients.filter((c) => (c.events?.consumes ?? []).length > 0).map((c) => c.name);
    const resources = [...broker.exchanges!.map((e) => e.name), ...consumers];
    for (const p of permissions) {
      const client = clients.find((c) => c.name === p.metadata.name)!;
      const regexes = (p.spec as { permissions: Record<'configure' | 'write' | 'read', string> }).permissions;
      const granted = (operation: 'configure' | 'write' | 'read') =>
        resources.filter((r) => new RegExp(regexes[operation]).test(r)).sort();
      expect([client.name, granted('configure')]).toEqual([client.name, []]);
      expect([client.name, granted('write')]).toEqual([
        client.name,
        [...new Set((client.events?.publishes ?? []).map(exchangeOf))].sort(),
      ]);
      expect([client.name, granted('read')]).toEqual([
        client.name,
        consumers.includes(client.name) ? [client.name] : [],
      ]);
    }
  });

  test("Kiali, where installed, signs its logins with a key from a Secret the platform's Application makes before it", () => {
    const input = source.environments.find((e) => e.name === env.name)!;
    const applications = ofKind(files, 'Application');
    const kiali = applications.find(
      (a) =>
        input.operators.kiali &&
        (a.spec as { source: { chart?: string } }).source.chart === input.operators.kiali.chart,
    );
    if (!input.operators.kiali) return expect(applications.map((a) => a.metadata.name)).not.toContain('kiali');
    type Spec = {
      source: { helm: { valuesObject: { login_token: { signing_key: string } } } };
      destination: { namespace: string };
    };
    const spec = kiali!.spec as Spec;
    const [, secret, key] = /^secret:([^:]+):(.+)$/.exec(spec.source.helm.valuesObject.login_token.signing_key) ?? [];
    const writer = ofKind(files, 'ExternalSecret').find(
      (e) =>
        e.metadata.namespace === spec.destination.namespace &&
        (e.spec as { target: { name: string } }).target.name === secret &&
        (e.spec as { data: { secretKey: string }[] }).data.some((d) => d.secretKey === key),
    );
    expect(writer).toBeDefined();
    const wave = (o: KubeObject) =>
      Number((o.metadata.annotations as Record<string, string>)['argocd.argoproj.io/sync-wave']);
    const platformApp = applications.find((a) => a.metadata.name === `${env.platform}-${env.name}`)!;
    expect(wave(platformApp)).toBeLessThan(wave(kiali!));
  });

  test('writes to its own folder: Argo CD syncs <folder>/dist/<environment>', () => {
    const root = ofKind(files, 'Application').find((a) => a.metadata.name === `${env.platform}-${env.name}`)!;
    const folder = source.folder === '.' ? 'dist' : `${source.folder}/dist`;
    expect((root.spec as { source: { path: string } }).source.path).toBe(`${folder}/${env.name}`);
  });
});

test('the list names every folder under platforms/, each after its description, with a README', () => {
  const folders = readdirSync(join(ROOT, 'platforms'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => `platforms/${e.name}`);
  expect(
    platforms
      .filter((p) => !p.isDefault)
      .map((p) => p.folder)
      .sort(),
  ).toEqual(folders.sort());
  expect(platforms.filter((p) => p.isDefault)).toHaveLength(1);
  expect(new Set(platforms.map((p) => p.name)).size).toBe(platforms.length);
  for (const p of platforms) {
    expect(p.name).toBe(p.platform.name);
    if (!p.isDefault) expect(existsSync(join(ROOT, p.folder, 'README.md'))).toBe(true);
  }
});

test('synth selects platforms by name, all of them by default; an unknown name is an error naming the known ones', () => {
  expect(selectPlatforms(platforms, []).map((p) => p.name)).toEqual(platforms.map((p) => p.name));
  const last = platforms.at(-1)!.name;
  expect(selectPlatforms(platforms, [last]).map((p) => p.name)).toEqual([last]);
  expect(() => selectPlatforms(platforms, ['nowhere'])).toThrow(
    `unknown platform "nowhere": the platforms are ${platforms.map((p) => p.name).join(', ')}`,
  );
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/run.mjs'), join(ROOT, 'main.ts'), 'nowhere'], {
    encoding: 'utf8',
  });
  expect([run.status, run.stderr.trim()]).toEqual([2, expect.stringContaining('synth: unknown platform "nowhere"')]);
});

test("a sister platform's problems are named after it, with the paths of its own folder; nothing is written", () => {
  const sister = { name: 'shop', folder: 'platforms/shop' };
  expect(
    sisterProblem(
      sister,
      'live: dist/live/a.yaml: Deployment x/a: env[0]: no key (live: dist/live/b.yaml: ExternalSecret x/b)',
    ),
  ).toBe(
    'shop: live: platforms/shop/dist/live/a.yaml: Deployment x/a: env[0]: no key (live: platforms/shop/dist/live/b.yaml: ExternalSecret x/b)',
  );
  const root = tempDir();
  const commands = platforms.map((p) => {
    mkdirSync(join(root, p.folder), { recursive: true });
    const broken = structuredClone({ platform: p.platform, environments: p.environments });
    if (!p.isDefault) broken.platform.gateways[0]!.paths = ['/', '/'];
    return { ...outputsOf({ ...p, ...broken }, root) };
  });
  const printed: string[] = [];
  const code = runSynthAll(commands, { log: (m: string) => printed.push(m), error: (m: string) => printed.push(m) });
  expect(code).toBe(1);
  for (const p of platforms.filter((p) => !p.isDefault)) {
    expect(printed.join('\n')).toContain(`  ${p.name}: platform: gateways.${p.platform.gateways[0]!.name}.paths:`);
  }
  for (const p of platforms) expect(existsSync(join(root, p.folder, 'dist'))).toBe(false);
});

test("npm run diff covers every platform: a sister's stale output is reported under its name and folder", () => {
  const root = tempDir();
  const commands = platforms.map((p) => {
    mkdirSync(join(root, p.folder, 'dist'), { recursive: true });
    mkdirSync(join(root, p.folder, 'docs'), { recursive: true });
    // The default platform's output is the committed one; the sisters' folders are empty.
    return p.isDefault ? outputsOf(p, ROOT) : outputsOf(p, root);
  });
  const printed: string[] = [];
  expect(runDiff(commands, { log: (m: string) => printed.push(m), error: (m: string) => printed.push(m) })).toBe(1);
  const lines = printed.join('\n').split('\n');
  for (const sister of platforms.filter((p) => !p.isDefault)) {
    const env = sister.environments[0]!.name;
    expect(lines).toContain(`${sister.name}: docs/${env}.md: would change`.replace('docs/', `${sister.folder}/docs/`));
    expect(lines.some((l) => l.startsWith(`${sister.name}: ${env}: `) && l.includes(' added, 0 removed'))).toBe(true);
  }
  expect(lines.filter((l) => !platforms.some((p) => !p.isDefault && l.startsWith(`${p.name}: `)))).toEqual([
    'drift: run `npm run synth` and commit dist/ and docs/',
  ]);
});
