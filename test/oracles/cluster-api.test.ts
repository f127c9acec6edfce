/**
 * `builtInKinds` (lib/argocd/cluster-api.ts) on a hand-made piece of the Kubernetes JSON schema: the
 * kinds a 1.33 cluster serves by default are the stable versions' (`v1`, `v2`; alpha and beta APIs are
 * off on GKE), without what is no resource (lists, DeleteOptions, WatchEvent, Status, the Scale and
 * Eviction subresources), each once, cluster-scoped exactly where `kubectl api-resources` says so.
 * (check:operators, which reads the real schema, is not in the mutation kill set.)
 */
import { builtInKinds } from '../../lib/argocd/cluster-api';

const definition = (...gvks: [string, string, string][]) => ({
  type: 'object',
  'x-kubernetes-group-version-kind': gvks.map(([group, version, kind]) => ({ group, version, kind })),
});

test('stable resources only, each once, with their scope', () => {
  const schema = {
    definitions: {
      'io.k8s.api.apps.v1.Deployment': definition(['apps', 'v1', 'Deployment']),
      'io.k8s.api.apps.v1.DeploymentList': definition(['apps', 'v1', 'DeploymentList']),
      'io.k8s.api.core.v1.Namespace': definition(['', 'v1', 'Namespace']),
      'io.k8s.api.core.v1.Pod': definition(['', 'v1', 'Pod']),
      'io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler': definition(['autoscaling', 'v2', 'HorizontalPodAutoscaler']),
      'io.k8s.api.rbac.v1.ClusterRole': definition(['rbac.authorization.k8s.io', 'v1', 'ClusterRole']),
      'io.k8s.api.flowcontrol.v1beta3.FlowSchema': definition([
        'flowcontrol.apiserver.k8s.io',
        'v1beta3',
        'FlowSchema',
      ]),
      'io.k8s.api.resource.v1alpha3.DeviceClass': definition(['resource.k8s.io', 'v1alpha3', 'DeviceClass']),
      'io.k8s.apimachinery.pkg.apis.meta.v1.DeleteOptions': definition(
        ['', 'v1', 'DeleteOptions'],
        ['apps', 'v1', 'DeleteOptions'],
      ),
      'io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent': definition(['', 'v1', 'WatchEvent']),
      'io.k8s.apimachinery.pkg.apis.meta.v1.Status': definition(['', 'v1', 'Status']),
      'io.k8s.api.autoscaling.v1.Scale': definition(['autoscaling', 'v1', 'Scale']),
      'io.k8s.api.policy.v1.Eviction': definition(['policy', 'v1', 'Eviction']),
      'io.k8s.api.core.v1.PodSpec': { type: 'object' },
      // The same kind under two definitions (an alias): served once.
      'io.k8s.api.core.v1.PodAlias': definition(['', 'v1', 'Pod']),
    },
  };
  const kinds = builtInKinds(schema)
    .map((k) => `${k.group}/${k.version}/${k.kind} ${k.namespaced ? 'namespaced' : 'cluster'}`)
    .sort();
  expect(kinds).toEqual(
    [
      'apps/v1/Deployment namespaced',
      '/v1/Namespace cluster',
      '/v1/Pod namespaced',
      'autoscaling/v2/HorizontalPodAutoscaler namespaced',
      'rbac.authorization.k8s.io/v1/ClusterRole cluster',
    ].sort(),
  );
});
