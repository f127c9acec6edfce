/**
 * `Workload` and `WorkloadChart` in a plain cdk8s app, on hand-written props (what a user of the
 * construct writes, not the platform's mapping): every object compared whole with what the props'
 * documentation (charts/workload.ts) and docs/design/workloads.md say, computed here by hand. The
 * platform's own workloads take one path of each choice (HTTP, autoscaled, default health paths and
 * drain); these take the others: gRPC, a fixed count, one replica, custom paths and drain, an image
 * digest, a Kubernetes API token, the Cloud SQL proxy's port excluded from the mesh.
 */
import { createHash } from 'node:crypto';
import { App, Chart } from 'cdk8s';
import { Workload, WorkloadChart, type WorkloadChartProps, type WorkloadProps } from '../../charts/workload';
import type { KubeObject } from '../../lib/validate';

const LABELS = { 'app.kubernetes.io/managed-by': 'cdk8s', 'app.kubernetes.io/part-of': 'example' };
const size = { requests: { cpuMillis: 100, memoryMiB: 128 }, limits: { cpuMillis: 500, memoryMiB: 256 } };
const base = {
  name: 'orders',
  namespace: 'shop',
  component: 'microservice',
  imageRepository: 'registry.example/orders',
  imageTag: 'v1.2.3',
  port: 8080,
  replicas: { min: 2, max: 5 },
  resources: size,
} satisfies WorkloadProps;

function objectsOf(props: WorkloadProps): KubeObject[] {
  const chart = new Chart(new App(), 'c', { labels: LABELS });
  new Workload(chart, 'w', props);
  return chart.toJson() as KubeObject[];
}
const one = (objects: KubeObject[], kind: string) => {
  const found = objects.filter((o) => o.kind === kind);
  expect([kind, found.length]).toEqual([kind, 1]);
  return found[0] as KubeObject & Record<string, unknown>;
};

const selector = { 'app.kubernetes.io/name': 'orders', 'app.kubernetes.io/instance': 'orders' };
const labels = (tag: string) => ({
  ...selector,
  'app.kubernetes.io/version': tag,
  'app.kubernetes.io/component': 'microservice',
  app: 'orders',
  version: tag,
});
const containerSecurity = {
  runAsNonRoot: true,
  runAsUser: 10001,
  runAsGroup: 10001,
  privileged: false,
  readOnlyRootFilesystem: true,
  allowPrivilegeEscalation: false,
  capabilities: { drop: ['ALL'] },
  seccompProfile: { type: 'RuntimeDefault' },
};
const spread = (topologyKey: string, whenUnsatisfiable: string) => ({
  labelSelector: { matchLabels: selector },
  matchLabelKeys: ['pod-template-hash'],
  maxSkew: 1,
  topologyKey,
  whenUnsatisfiable,
});

test('an HTTP workload, autoscaled: every object whole', () => {
  const objects = objectsOf({
    ...base,
    gcpServiceAccount: 'orders@example.iam.gserviceaccount.com',
    config: { A: '1', B: 'two' },
    secret: { name: 'orders-secrets', env: [{ name: 'DB_PASSWORD', key: 'db-password' }] },
    secretVolumes: [{ name: 'ca', secretName: 'orders-ca', mountPath: '/etc/ca' }],
    priorityClassName: 'high',
    spreadAcrossZones: true,
  });
  expect(objects.map((o) => o.kind)).toEqual([
    'ServiceAccount',
    'ConfigMap',
    'Deployment',
    'HorizontalPodAutoscaler',
    'PodDisruptionBudget',
    'Service',
  ]);
  const meta = { name: 'orders', namespace: 'shop', labels: { ...LABELS, ...labels('v1.2.3') } };
  expect(one(objects, 'ServiceAccount')).toEqual({
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: { ...meta, annotations: { 'iam.gke.io/gcp-service-account': 'orders@example.iam.gserviceaccount.com' } },
    automountServiceAccountToken: false,
  });
  expect(one(objects, 'ConfigMap')).toEqual({
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: meta,
    data: { A: '1', B: 'two' },
  });
  const checksum = createHash('sha256').update('{"A":"1","B":"two"}').digest('hex');
  const http = (path: string) => ({ httpGet: { path, port: 8080, scheme: 'HTTP' } });
  expect(one(objects, 'Deployment')).toEqual({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { ...meta, annotations: { 'polaris.fairwinds.com/deploymentMissingReplicas-exempt': 'true' } },
    spec: {
      minReadySeconds: 0,
      progressDeadlineSeconds: 600,
      selector: { matchLabels: selector },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 } },
      template: {
        metadata: {
          labels: { ...LABELS, ...labels('v1.2.3') },
          annotations: {
            'prometheus.io/scrape': 'true',
            'prometheus.io/port': '8080',
            'prometheus.io/path': '/metrics',
            'checksum/config': checksum,
          },
        },
        spec: {
          serviceAccountName: 'orders',
          automountServiceAccountToken: false,
          securityContext: {
            runAsNonRoot: true,
            runAsUser: 10001,
            runAsGroup: 10001,
            fsGroup: 10001,
            fsGroupChangePolicy: 'Always',
            seccompProfile: { type: 'RuntimeDefault' },
          },
          containers: [
            {
              name: 'orders',
              image: 'registry.example/orders:v1.2.3',
              imagePullPolicy: 'Always',
              securityContext: containerSecurity,
              ports: [{ name: 'http', containerPort: 8080 }],
              resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
              envFrom: [{ configMapRef: { name: 'orders' } }],
              env: [
                { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'orders-secrets', key: 'db-password' } } },
              ],
              volumeMounts: [
                { name: 'tmp', mountPath: '/tmp' },
                { name: 'ca', mountPath: '/etc/ca', readOnly: true },
              ],
              startupProbe: { ...http('/live'), periodSeconds: 2, failureThreshold: 30 },
              readinessProbe: { ...http('/ready'), periodSeconds: 5, failureThreshold: 3 },
              livenessProbe: { ...http('/live'), periodSeconds: 10, failureThreshold: 3 },
              lifecycle: { preStop: { sleep: { seconds: 5 } } },
            },
          ],
          volumes: [
            { name: 'tmp', emptyDir: {} },
            { name: 'ca', secret: { secretName: 'orders-ca', defaultMode: 0o440 } },
          ],
          restartPolicy: 'Always',
          terminationGracePeriodSeconds: 30,
          dnsPolicy: 'ClusterFirst',
          hostNetwork: false,
          setHostnameAsFQDN: false,
          priorityClassName: 'high',
          topologySpreadConstraints: [
            spread('topology.kubernetes.io/zone', 'DoNotSchedule'),
            spread('kubernetes.io/hostname', 'ScheduleAnyway'),
          ],
        },
      },
    },
  });
  expect(one(objects, 'HorizontalPodAutoscaler')).toEqual({
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: meta,
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'orders' },
      minReplicas: 2,
      maxReplicas: 5,
      metrics: [
        { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } },
        { type: 'Resource', resource: { name: 'memory', target: { type: 'Utilization', averageUtilization: 80 } } },
      ],
      behavior: {
        scaleUp: {
          stabilizationWindowSeconds: 0,
          selectPolicy: 'Max',
          policies: [
            { type: 'Pods', value: 4, periodSeconds: 60 },
            { type: 'Percent', value: 100, periodSeconds: 60 },
          ],
        },
        scaleDown: {
          stabilizationWindowSeconds: 300,
          selectPolicy: 'Min',
          policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }],
        },
      },
    },
  });
  expect(one(objects, 'PodDisruptionBudget')).toEqual({
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: meta,
    spec: { maxUnavailable: 1, selector: { matchLabels: selector } },
  });
  expect(one(objects, 'Service')).toEqual({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: meta,
    spec: {
      type: 'ClusterIP',
      externalIPs: [],
      selector,
      ports: [{ name: 'http', port: 8080, targetPort: 8080, appProtocol: 'http' }],
    },
  });
});

test('a gRPC workload of a fixed count: gRPC probes, the count on the Deployment, no HPA; its own paths, drain and token', () => {
  const objects = objectsOf({
    ...base,
    protocol: 'grpc',
    replicas: { min: 3, max: 3 },
    healthPaths: { readiness: '/r', liveness: '/l' },
    drainSeconds: 12,
    kubernetesApi: true,
    metricsPath: '/prom',
    imageDigest: `sha256:${'a'.repeat(64)}`,
  });
  expect(objects.map((o) => o.kind)).toEqual(['ServiceAccount', 'Deployment', 'PodDisruptionBudget', 'Service']);
  expect(one(objects, 'ServiceAccount').automountServiceAccountToken).toBe(true);
  const deployment = one(objects, 'Deployment') as unknown as {
    metadata: Record<string, unknown>;
    spec: { replicas: number; template: { metadata: { annotations: unknown }; spec: Record<string, unknown> } };
  };
  expect(deployment.metadata.annotations).toBeUndefined();
  expect(deployment.spec.replicas).toBe(3);
  const pod = deployment.spec.template.spec;
  expect(pod.automountServiceAccountToken).toBe(true);
  expect(pod.terminationGracePeriodSeconds).toBe(37);
  expect(pod.priorityClassName).toBeUndefined();
  expect(pod.topologySpreadConstraints).toEqual([spread('kubernetes.io/hostname', 'ScheduleAnyway')]);
  expect(deployment.spec.template.metadata.annotations).toEqual({
    'prometheus.io/scrape': 'true',
    'prometheus.io/port': '8080',
    'prometheus.io/path': '/prom',
  });
  const [container, ...others] = pod.containers as Record<string, unknown>[];
  expect(others).toEqual([]);
  expect(container!.image).toBe(`registry.example/orders:v1.2.3@sha256:${'a'.repeat(64)}`);
  expect(container!.ports).toEqual([{ name: 'grpc', containerPort: 8080 }]);
  expect([container!.envFrom, container!.env]).toEqual([undefined, undefined]);
  const grpc = { grpc: { port: 8080 } };
  expect([container!.startupProbe, container!.readinessProbe, container!.livenessProbe]).toEqual([
    { ...grpc, periodSeconds: 2, failureThreshold: 30 },
    { ...grpc, periodSeconds: 5, failureThreshold: 3 },
    { ...grpc, periodSeconds: 10, failureThreshold: 3 },
  ]);
  expect(container!.lifecycle).toEqual({ preStop: { sleep: { seconds: 12 } } });
  expect((one(objects, 'Service').spec as { ports: unknown }).ports).toEqual([
    { name: 'grpc', port: 8080, targetPort: 8080, appProtocol: 'grpc' },
  ]);
});

test('HTTP health paths of the props; one replica: neither HPA nor disruption budget', () => {
  const objects = objectsOf({
    ...base,
    replicas: { min: 1, max: 1 },
    healthPaths: { readiness: '/healthz/ready', liveness: '/healthz/live' },
    secret: { name: 's', env: [] },
  });
  expect(objects.map((o) => o.kind)).toEqual(['ServiceAccount', 'Deployment', 'Service']);
  const container = (
    one(objects, 'Deployment').spec as { template: { spec: { containers: Record<string, unknown>[] } } }
  ).template.spec.containers[0]!;
  expect(container.env).toBeUndefined();
  const path = (probe: unknown) => (probe as { httpGet: { path: string } }).httpGet.path;
  expect([path(container.startupProbe), path(container.readinessProbe), path(container.livenessProbe)]).toEqual([
    '/healthz/live',
    '/healthz/ready',
    '/healthz/live',
  ]);
  // Only one of them given: the other keeps its default.
  const onlyReadiness = (
    one(objectsOf({ ...base, healthPaths: { readiness: '/r' } }), 'Deployment').spec as {
      template: { spec: { containers: Record<string, unknown>[] } };
    }
  ).template.spec.containers[0]!;
  expect([path(onlyReadiness.readinessProbe), path(onlyReadiness.livenessProbe)]).toEqual(['/r', '/live']);
});

test('the Cloud SQL proxy: a native sidecar, its health port outside the mesh', () => {
  const objects = objectsOf({
    ...base,
    cloudSqlProxy: { image: 'proxy:2', instanceConnectionName: 'p:r:i', resources: size },
  });
  const template = (
    one(objects, 'Deployment').spec as {
      template: { metadata: { annotations: Record<string, string> }; spec: Record<string, unknown> };
    }
  ).template;
  expect(template.metadata.annotations['traffic.sidecar.istio.io/excludeInboundPorts']).toBe('9801');
  const init = template.spec.initContainers as { name: string; image: string; restartPolicy: string }[];
  expect(init.map((c) => [c.name, c.image, c.restartPolicy])).toEqual([['cloud-sql-proxy', 'proxy:2', 'Always']]);
});

test('two volumes of one name are refused, naming the construct and the volume', () => {
  expect(() => objectsOf({ ...base, secretVolumes: [{ name: 'tmp', secretName: 'x', mountPath: '/x' }] })).toThrow(
    'c/w: two volumes named "tmp"',
  );
  expect(() =>
    objectsOf({
      ...base,
      secretVolumes: [
        { name: 'a', secretName: 'x', mountPath: '/x' },
        { name: 'a', secretName: 'y', mountPath: '/y' },
      ],
    }),
  ).toThrow('c/w: two volumes named "a"');
});

describe('WorkloadChart: what exists for the workload alone', () => {
  const chartProps: WorkloadChartProps = {
    ...base,
    platform: 'example',
    secret: {
      name: 'orders-secrets',
      gcpProject: 'example-prod',
      entries: [{ key: 'db-password', remoteKey: 'orders-db-password', envVar: 'DB_PASSWORD' }],
    },
    monitoring: {
      thresholds: { errorRatePercent: 5, latencyP99Ms: 500, saturationPercent: 90 },
      dashboardNamespace: 'monitoring',
    },
    ingressRoute: {
      hosts: ['orders.example.com'],
      gateway: 'istio-ingress/gw',
      paths: ['/orders'],
      name: 'public',
      alongside: [{ name: 'carts', host: 'carts.shop.svc.cluster.local', port: 9090, paths: ['/carts'] }],
    },
  };
  const objects = new WorkloadChart(new App(), 'orders', chartProps).toJson() as KubeObject[];
  const ids = objects.map((o) => `${o.kind} ${o.metadata.namespace ?? ''}/${o.metadata.name}`);

  test('the secret through a store of its own, read as the workload (whose account comes first); monitoring; the route', () => {
    expect(ids.sort()).toEqual(
      [
        'ConfigMap monitoring/dashboard-orders',
        'Deployment shop/orders',
        'ExternalSecret shop/orders',
        'HorizontalPodAutoscaler shop/orders',
        'PodDisruptionBudget shop/orders',
        'PodMonitor shop/orders',
        'PrometheusRule shop/orders',
        'SecretStore shop/orders',
        'Service shop/orders',
        'ServiceAccount shop/orders',
        'VirtualService shop/public',
      ].sort(),
    );
    const account = one(objects, 'ServiceAccount');
    expect(account.metadata.annotations).toEqual({ 'argocd.argoproj.io/sync-wave': '5' });
    const container = (
      one(objects, 'Deployment').spec as { template: { spec: { containers: Record<string, unknown>[] } } }
    ).template.spec.containers[0]!;
    expect(container.env).toEqual([
      { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'orders-secrets', key: 'db-password' } } },
    ]);
    const external = one(objects, 'ExternalSecret').spec as {
      secretStoreRef: { name: string };
      target: { name: string };
      data: { secretKey: string; remoteRef: { key: string } }[];
    };
    expect(external.secretStoreRef.name).toBe('orders');
    expect(external.target.name).toBe('orders-secrets');
    expect(external.data.map((d) => [d.secretKey, d.remoteRef.key])).toEqual([['db-password', 'orders-db-password']]);
    const store = JSON.stringify(one(objects, 'SecretStore').spec);
    expect(store).toContain('"projectID":"example-prod"');
    expect(store).toContain('"serviceAccountRef":{"name":"orders"}');
    const route = one(objects, 'VirtualService').spec as { hosts: string[]; gateways: string[]; http: unknown[] };
    expect(route.hosts).toEqual(['orders.example.com']);
    expect(route.gateways).toEqual(['istio-ingress/gw']);
    expect(JSON.stringify(route.http)).toContain('"host":"orders.shop.svc.cluster.local"');
    expect(JSON.stringify(route.http)).toContain('"host":"carts.shop.svc.cluster.local"');
    expect(JSON.stringify(route.http)).toContain('"prefix":"/orders"');
  });

  test('without secret, monitoring or route: none of their objects, the account in the workloads’ wave', () => {
    const plain = new WorkloadChart(new App(), 'orders', { ...base, platform: 'example' }).toJson() as KubeObject[];
    expect(plain.map((o) => o.kind).sort()).toEqual(
      ['Deployment', 'HorizontalPodAutoscaler', 'PodDisruptionBudget', 'Service', 'ServiceAccount'].sort(),
    );
    expect(one(plain, 'ServiceAccount').metadata.annotations).toBeUndefined();
    // A route named after the workload when it names none, on its own prefix '/' by default.
    const routed = new WorkloadChart(new App(), 'orders', {
      ...base,
      platform: 'example',
      ingressRoute: { hosts: ['orders.example.com'], gateway: 'istio-ingress/gw' },
    }).toJson() as KubeObject[];
    expect(one(routed, 'VirtualService').metadata.name).toBe('orders');
    expect(JSON.stringify(one(routed, 'VirtualService').spec)).toContain('"prefix":"/"');
  });
});
