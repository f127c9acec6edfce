/**
 * `npm run release:record`: the release pipeline's one write, the tag and the registry's digest of each
 * workload's image in environments/releases/<env>.json, read back by the environment through released().
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { released, type Release } from '../environments/release';

/** A copy of the script in a scratch repository layout, so the real environments/releases/ is untouched. */
function scratch(): { run: (...args: string[]) => ReturnType<typeof spawnSync>; releases: string } {
  const root = mkdtempSync(join(tmpdir(), 'release-record-'));
  mkdirSync(join(root, 'scripts'));
  const releases = join(root, 'environments', 'releases');
  mkdirSync(releases, { recursive: true });
  copyFileSync(join(__dirname, '..', 'scripts', 'record-release.mjs'), join(root, 'scripts', 'record-release.mjs'));
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(root, 'scripts', 'record-release.mjs'), ...args], { encoding: 'utf8' });
  return { run, releases };
}

const a = `sha256:${'a'.repeat(64)}`;
const b = `sha256:${'b'.repeat(64)}`;

test('records the tag and the digests, sorted, without the placeholder mark; the environment reads them back', () => {
  const { run, releases } = scratch();
  const result = run('staging', 'staging-v2.0.0', `microservice-identity=${b}`, `api-gateway-public=${a}`);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const text = readFileSync(join(releases, 'staging.json'), 'utf8');
  expect(text).toBe(
    `{\n  "imageTag": "staging-v2.0.0",\n  "imageDigests": {\n    "api-gateway-public": "${a}",\n    "microservice-identity": "${b}"\n  }\n}\n`,
  );
  const fields = released(JSON.parse(text) as Release);
  expect(fields.placeholderImageDigests).toBe(false);
  expect(fields.workloads).toEqual({
    'api-gateway-public': { imageDigest: a },
    'microservice-identity': { imageDigest: b },
  });
});

test('bad input: one line per problem, exit 1, nothing written', () => {
  const { run, releases } = scratch();
  const result = run('Staging', 'latest!', 'api-gateway-public=sha256:abc', `x=${a}`, `x=${b}`);
  expect(result.status).toBe(1);
  expect(result.stderr).toBe(
    'release:record failed, nothing written:\n' +
      '  environment: must be an environment name (got "Staging")\n' +
      '  tag: must be an image tag (got "latest!")\n' +
      '  api-gateway-public=sha256:abc: must be <workload>=sha256:<64 lower-case hex digits>\n' +
      '  x: given twice\n',
  );
  expect(existsSync(join(releases, 'Staging.json'))).toBe(false);
  expect(run('dev', 'dev-4f1c2a9').stderr).toContain('digests: at least one <workload>=<sha256:...> is required');
});
