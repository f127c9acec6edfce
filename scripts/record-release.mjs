#!/usr/bin/env node
/**
 * npm run release:record -- <environment> <tag> <workload>=<sha256:digest>...
 *
 * The release pipeline's one write to this repository, after it pushed every workload's image of <tag>
 * to Artifact Registry: it reads each digest from the registry (`crane digest <image>:<tag>`, never from
 * the build's own output) and records the tag and the digests in environments/releases/<environment>.json,
 * which the environment file reads. Then `npm run synth` and a commit (a pull request for production).
 * Writes nothing and exits 1, one line per problem, on bad input.
 */
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;
const NAME = /^[a-z]([a-z0-9-]*[a-z0-9])?$/;

const [environment, imageTag, ...pairs] = process.argv.slice(2);
const problems = [];
if (!environment || !NAME.test(environment))
  problems.push(`environment: must be an environment name (got "${environment ?? ''}")`);
if (!imageTag || !TAG.test(imageTag)) problems.push(`tag: must be an image tag (got "${imageTag ?? ''}")`);
if (pairs.length === 0) problems.push('digests: at least one <workload>=<sha256:...> is required');
const imageDigests = {};
for (const pair of pairs) {
  const [name, digest] = pair.split('=');
  if (!NAME.test(name ?? '') || !DIGEST.test(digest ?? '')) {
    problems.push(`${pair}: must be <workload>=sha256:<64 lower-case hex digits>`);
  } else if (name in imageDigests) {
    problems.push(`${name}: given twice`);
  } else imageDigests[name] = digest;
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const file = join(root, 'environments', 'releases', `${environment}.json`);
if (problems.length === 0 && !existsSync(dirname(file))) problems.push(`${dirname(file)}: missing`);
if (problems.length > 0) {
  process.stderr.write(`release:record failed, nothing written:\n${problems.map((p) => `  ${p}\n`).join('')}`);
  process.exit(1);
}
const sorted = Object.fromEntries(Object.entries(imageDigests).sort(([a], [b]) => (a < b ? -1 : 1)));
// No placeholderImageDigests: these are the registry's.
writeFileSync(`${file}.tmp`, `${JSON.stringify({ imageTag, imageDigests: sorted }, null, 2)}\n`);
renameSync(`${file}.tmp`, file);
process.stdout.write(`release:record: ${file}: ${imageTag}, ${Object.keys(sorted).length} digests\n`);
