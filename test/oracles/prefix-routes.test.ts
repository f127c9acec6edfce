/**
 * The order of a host's routes (charts/ingress-route.ts `prefixRoutes`): Istio takes the first route
 * whose prefix matches, so a longer prefix must come before every prefix of it (`/api/v2` before `/api`
 * before `/`); prefixes of one length never both match a path, and are written in code-point order so
 * that the output is the same whatever order the description lists them in; consecutive prefixes of one
 * workload share a route.
 */
import { prefixRoutes, type IngressDestination } from '../../charts/ingress-route';

const to = (name: string, paths?: string[]): IngressDestination => ({
  name,
  host: `${name}.apps.svc.cluster.local`,
  port: 8080,
  ...(paths ? { paths } : {}),
});
const runs = (destinations: IngressDestination[]) =>
  prefixRoutes(destinations).map((r) => `${r.destination.name}: ${r.prefixes.join(' ')}`);

test('longest first, then code-point order; runs of one workload merged', () => {
  const web = to('web');
  const api = to('api', ['/api/v2', '/api', '/b2']);
  const admin = to('admin', ['/adm', '/zzz', '/api/v1']);
  expect(runs([web, api, admin])).toEqual([
    'admin: /api/v1',
    'api: /api/v2',
    'admin: /adm',
    'api: /api',
    'admin: /zzz',
    'api: /b2',
    'web: /',
  ]);
  // The same routes whatever order the description gives.
  expect(runs([admin, web, api])).toEqual(runs([web, api, admin]));
  expect(runs([to('b', ['/b', '/a']), to('a', ['/c'])])).toEqual(['b: /a /b', 'a: /c']);
});
