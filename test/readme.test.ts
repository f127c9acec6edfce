/**
 * The README is what a newcomer reads: short, readable in a terminal, and every page it links to
 * exists. The design pages under docs/design/ are all reachable from it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const links = [...readme.matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)].map((m) => m[1]!).filter((l) => !/^\w+:/.test(l));

test('under 200 lines, none wider than 100 characters', () => {
  const lines = readme.split('\n');
  expect(lines.length).toBeLessThan(200);
  expect(lines.filter((l) => l.length > 100)).toEqual([]);
});

test('every relative link leads to a file', () => {
  expect(links.filter((l) => !existsSync(join(ROOT, l)))).toEqual([]);
});

test('every design page is linked', () => {
  const pages = readdirSync(join(ROOT, 'docs', 'design')).map((p) => `docs/design/${p}`);
  expect(pages.filter((p) => !links.includes(p))).toEqual([]);
});
