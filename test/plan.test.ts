/**
 * `npm run plan`: a fresh synth against dist/ at a base revision, destructive changes first, with what
 * each does to data or identity; exit 0 (no change), 1 (changes), 2 (destructive changes).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPlatform } from '../lib/config/load';
import { formatPlan, planChanges, runPlan, treeAtRevision } from '../lib/plan';
import { orofiInputs, synthAll, tempDir } from './helpers';

type Inputs = ReturnType<typeof orofiInputs>;

// Through the shared synth (test/helpers.ts): the environments a change leaves as they were are not
// synthesized again.
const synthOf = (inputs: Inputs) => synthAll(loadPlatform(inputs.platform, inputs.environments).environments);
const base = synthOf(orofiInputs());
const baseTree = new Map(base.map((f) => [f.path, f.content]));

/** The plan of the real description changed by `mutate`, against the real description's output. */
function planAfter(mutate: (i: Inputs) => void) {
  const inputs = orofiInputs();
  mutate(inputs);
  return planChanges(synthOf(inputs), baseTree);
}

/** The description's environments, in order: the tests change the first and the last. */
const NAMES = orofiInputs().environments.map((e) => e.name);
const FIRST = NAMES[0]!;
const LAST = NAMES.at(-1)!;

const effects = (plan: ReturnType<typeof planChanges>) =>
  plan.destructive.map((d) => `${d.environment}: ${d.object}: ${d.effect}`);

test('no change: nothing to report', () => {
  const plan = planChanges(base, baseTree);
  expect(plan.destructive).toEqual([]);
  expect(formatPlan(plan)).toEqual([]);
});

test('a changed field is shown with its old and new value; not destructive', () => {
  const plan = planAfter((i) => (i.environments[0]!.imageTag = 'dev-1234567'));
  expect(plan.destructive).toEqual([]);
  const lines = formatPlan(plan);
  expect(lines[0]).toMatch(/^dev: 0 added, 0 removed, \d+ changed$/);
  expect(lines).toContain(
    '      spec.template.spec.containers[0].image: "us-central1-docker.pkg.dev/orofi-dev-cloud/orofi/api-gateway-public:dev-4f1c2a9" -> "us-central1-docker.pkg.dev/orofi-dev-cloud/orofi/api-gateway-public:dev-1234567"',
  );
});

test('a topic removed: destructive in every environment, listed first under its own heading', () => {
  const plan = planAfter((i) => {
    const kafka = i.platform.backingServices.kafka!;
    kafka.topics = kafka.topics!.filter((t) => t.name !== 'audit.action-recorded');
    for (const s of i.platform.services) {
      s.topics = {
        produces: (s.topics?.produces ?? []).filter((t) => t !== 'audit.action-recorded'),
        consumes: (s.topics?.consumes ?? []).filter((t) => t !== 'audit.action-recorded'),
      };
    }
    for (const e of i.environments) delete e.kafka!.topicRetentionHours;
  });
  expect(effects(plan)).toEqual(
    NAMES.map((env) =>
      expect.stringMatching(
        new RegExp(
          `^${env}: KafkaTopic kafka/audit\\.action-recorded \\(kafka\\.strimzi\\.io/v1\\): removed; deleting it loses the topic and every message in it`,
        ),
      ),
    ),
  );
  const lines = formatPlan(plan);
  expect(lines[0]).toBe(`Destructive changes (${NAMES.length}):`);
});

test('fewer partitions, a smaller volume, a changed replica set name', () => {
  const plan = planAfter((i) => {
    i.platform.backingServices.kafka!.topics![0]!.partitions = 1;
    i.environments.at(-1)!.storage!.kafkaBrokerGiB = 5;
    i.platform.backingServices.mongodb!.replicaSet = 'rs1';
  });
  const all = effects(plan).join('\n');
  expect(all).toMatch(
    new RegExp(
      `${LAST}: KafkaTopic kafka/identity\\.user-registered .*: spec\\.partitions \\d+ -> 1: fewer partitions, which Kafka refuses`,
    ),
  );
  expect(all).toMatch(
    new RegExp(
      `${LAST}: KafkaNodePool kafka/\\S+ .*: spec\\.storage\\.\\S*size "\\d+Gi" -> "5Gi": a smaller volume, which cannot shrink`,
    ),
  );
  expect(all).toMatch(
    new RegExp(
      `${FIRST}: PerconaServerMongoDB mongodb/\\S+ .*: spec\\.replsets\\[0\\]\\.name "rs0" -> "rs1": a new replica set name`,
    ),
  );
});

test('a workload renamed: its identity and everything keyed by its name are named', () => {
  const plan = planAfter((i) => {
    const service = i.platform.services.find((s) => s.name === 'microservice-communication')!;
    service.name = 'microservice-messaging';
    for (const g of [...i.platform.gateways, ...i.platform.services]) {
      g.calls = g.calls?.map((c) => (c === 'microservice-communication' ? 'microservice-messaging' : c));
    }
    const users = i.platform.backingServices.mongodb!.users!;
    if (users.includes('microservice-communication')) {
      users.splice(users.indexOf('microservice-communication'), 1, 'microservice-messaging');
    }
    for (const e of i.environments) {
      if (e.workloads?.['microservice-communication']) {
        e.workloads['microservice-messaging'] = e.workloads['microservice-communication'];
        delete e.workloads['microservice-communication'];
      }
    }
  });
  const line = effects(plan).find((e) => e.startsWith('dev: Deployment microservices/microservice-communication'));
  expect(line).toContain(
    'workload removed or renamed: GCP service account microservice-communication@orofi-dev-cloud.iam.gserviceaccount.com',
  );
  expect(line).toContain('Secret Manager keys');
  expect(line).toContain('KafkaUser microservice-communication');
});

test('a whole environment removed: its stateful objects are destructive changes', () => {
  const plan = planAfter((i) => i.environments.splice(-1, 1));
  expect(effects(plan).filter((e) => e.startsWith(`${LAST}: Kafka kafka/`))).toHaveLength(1);
  expect(
    effects(plan).some((e) => e.startsWith(`${LAST}: Namespace kafka (v1): removed; deleting it loses everything`)),
  ).toBe(true);
});

test('a stateful object renamed or moved to another namespace', () => {
  const renamed = effects(planAfter((i) => (i.platform.backingServices.kafka!.cluster = 'events')));
  expect(renamed).toContainEqual(
    expect.stringMatching(
      /^dev: Kafka kafka\/kafka \(kafka\.strimzi\.io\/v1\): removed or renamed \(added: Kafka kafka\/events\): a new one starts empty; deleting it loses the Kafka cluster/,
    ),
  );
  const moved = effects(planAfter((i) => (i.platform.backingServices.mongodb!.namespace = 'mongo')));
  expect(moved).toContainEqual(
    expect.stringMatching(
      new RegExp(
        `^${LAST}: PerconaServerMongoDB mongodb/\\S+ \\(psmdb\\.percona\\.com/v1\\): moved to namespace mongo: the new one starts empty; deleting it loses the replica set`,
      ),
    ),
  );
});

test('a changed replication factor', () => {
  const fresh = base.map((f) => ({
    ...f,
    objects: f.objects.map((o) =>
      o.kind === 'KafkaTopic' && o.metadata.name === 'audit.action-recorded'
        ? { ...o, spec: { ...(o.spec as object), replicas: 2 } }
        : o,
    ),
  }));
  expect(effects(planChanges(fresh, baseTree))).toContainEqual(
    expect.stringMatching(
      /^dev: KafkaTopic kafka\/audit\.action-recorded .*: spec\.replicas 3 -> 2: a changed replication factor/,
    ),
  );
});

describe('as a command, against a git revision', () => {
  const repo = tempDir();
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, stdio: 'pipe' }).toString();
  beforeAll(() => {
    git('init', '-q');
    for (const f of base) {
      mkdirSync(join(repo, 'dist', f.path, '..'), { recursive: true });
      writeFileSync(join(repo, 'dist', f.path), f.content);
    }
    git('add', '.');
    git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '--no-verify', '-m', 'base');
  });
  const run = (mutate: (i: Inputs) => void, baseRev?: string) => {
    const inputs = orofiInputs();
    mutate(inputs);
    const printed: string[] = [];
    const log = { log: (m: string) => printed.push(m), error: (m: string) => printed.push(m) };
    const code = runPlan({ ...inputs, repo, ...(baseRev ? { base: baseRev } : {}) }, log);
    return { code, printed: printed.join('\n') };
  };

  test('reads dist/ at the revision byte for byte', () => {
    expect(treeAtRevision(repo, 'HEAD')).toEqual(baseTree);
  });

  test('exit 0: no change; 1: changes; 2: destructive changes; 3: an unknown revision', () => {
    expect(run(() => undefined)).toEqual({ code: 0, printed: 'plan: no changes against dist/ at HEAD' });
    expect(run((i) => (i.environments[0]!.imageTag = 'dev-1234567')).code).toBe(1);
    const destructive = run((i) => (i.platform.backingServices.kafka!.topics![0]!.partitions = 1));
    expect(destructive.code).toBe(2);
    expect(destructive.printed.split('\n').slice(0, 3)).toEqual([
      'plan: a fresh synth against dist/ at HEAD',
      '',
      `Destructive changes (${NAMES.length}):`,
    ]);
    expect(run(() => undefined, 'no-such-rev')).toEqual({
      code: 3,
      printed: 'plan failed: unknown revision "no-such-rev"',
    });
  });
});
