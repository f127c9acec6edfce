/**
 * `taggedImage` (lib/config/fields.ts), from the image reference grammar (distribution/reference):
 * `<registry>[:port]/<path>:<tag>[@sha256:<64 hex>]`, the whole string, never a part of it; the path
 * lower case; a tag of at most 128 characters; never `latest`.
 */
import { taggedImage } from '../../lib/config/fields';

const accepted = (image: string) => taggedImage.safeParse(image).success;
const digest = `sha256:${'a'.repeat(64)}`;

test.each([
  'us-docker.pkg.dev/orofi/apps/identity:1.4.2',
  `us-docker.pkg.dev/orofi/apps/identity:1.4.2@${digest}`,
  'localhost:5000/team/app:v2_rc.1',
  `registry.example.com/a/b/c:${'t'.repeat(128)}`,
])('accepted: %s', (image) => expect(accepted(image)).toBe(true));

test.each([
  ['a scheme', 'https://registry.example.com/app:1.0'],
  ['a leading space', ' registry.example.com/app:1.0'],
  ['anything before the registry', 'pull registry.example.com/app:1.0'],
  ['an upper-case path', 'registry.example.com/App:1.0'],
  ['no tag', 'registry.example.com/app'],
  ['no path', 'app:1.0'],
  ['latest', 'registry.example.com/app:latest'],
  ['latest, pinned', `registry.example.com/app:latest@${digest}`],
  ['a tag too long', `registry.example.com/app:${'t'.repeat(129)}`],
  ['a short digest', 'registry.example.com/app:1.0@sha256:abc'],
  ['something after the digest', `registry.example.com/app:1.0@${digest} `],
])('refused, %s: %s', (_, image) => expect(accepted(image)).toBe(false));
