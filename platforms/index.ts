/**
 * Every platform this repository synthesizes, in output order: the default one (Orofi: environments/,
 * dist/, docs/ at the top) and its sister platforms, each in a folder of its own under platforms/ with
 * its description, its environments and its own dist/ and docs/. `npm run synth` writes them all,
 * `npm run synth -- <name>...` the ones named; the drift test, `npm run diff`, `npm run plan` and the
 * pre-commit hook cover them all. Adding a platform: its folder (platform.ts, one file per environment,
 * index.ts exporting `platform` and `environments`) and one line here.
 */
import type { EnvironmentInput, PlatformInput } from '../lib/config/schema';
import type { PlatformSource } from '../lib/platforms';
import * as orofi from '../environments';
import * as orion from './orion';
import * as shop from './shop';

const sister = (source: { platform: PlatformInput; environments: readonly EnvironmentInput[] }): PlatformSource => ({
  name: source.platform.name,
  folder: `platforms/${source.platform.name}`,
  isDefault: false,
  platform: source.platform,
  environments: source.environments,
});

export const platforms: readonly PlatformSource[] = [
  {
    name: orofi.platform.name,
    folder: '.',
    isDefault: true,
    platform: orofi.platform,
    environments: orofi.environments,
  },
  sister(shop),
  sister(orion),
];
