/**
 * The pinned operator charts of ../shared/charts (`<chart>-<version>/<chart>-<version>.tgz`, as a Helm
 * repository serves them), read in-process: gunzip and the tar headers, no process, no extraction.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ROOT } from '../helpers';

export const CHARTS_DIR = join(ROOT, '..', 'shared', 'charts');
export const haveCharts = existsSync(CHARTS_DIR);

/** Every regular file of a tar archive, path -> content (bytes, decoded by the caller). */
export function untar(tar: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let longName: string | undefined;
  for (let at = 0; at + 512 <= tar.length;) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const field = (from: number, length: number) =>
      header
        .subarray(from, from + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    const prefix = field(345, 155);
    const body = tar.subarray(at + 512, at + 512 + size);
    const name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    longName = undefined;
    if (type === 'L') longName = body.toString('utf8').replace(/\0.*$/s, '');
    else if (type === '0' || type === '') files.set(name, body);
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

const cache = new Map<string, Map<string, Buffer>>();

/** The files of the pinned chart `<chart>-<version>`, by path inside the chart (`values.yaml`, `templates/...`). */
export function chartFiles(chart: string, version: string): Map<string, Buffer> {
  const key = `${chart}-${version}`;
  let files = cache.get(key);
  if (!files) {
    const tgz = readFileSync(join(CHARTS_DIR, key, `${key}.tgz`));
    files = new Map([...untar(gunzipSync(tgz))].map(([path, content]) => [path.slice(path.indexOf('/') + 1), content]));
    cache.set(key, files);
  }
  return files;
}
