/**
 * The workload construct's guarantees, checked on every workload of every environment: what a
 * hardened Helm chart or a production-readiness review expects, read back from the synthesized objects.
 */
import { createHash } from 'node:crypto';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import type { INetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import type { IConfigMap } from 'kubernetes-models/v1/ConfigMap';
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IService } from 'kubernetes-models/v1/Service';
import type { IServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import type { EnvironmentModel, WorkloadModel } from '../lib/model';
import type { ManifestFile } from '../lib/synth';
import { environments, platform } from '../environments';
import { find, orofiModel, synth } from './helpers';

const model = orofiModel();
const cases = [...model.values()].flatMap((env) => {
  const files = synth(env);
  return env.workloads.map((workload) => [`${env.name} ${workload.name}`, { env, workload, files }] as const);
});

/** The object of a kind named after the workload, typed. */
function get<T>(files: readonly ManifestFile[], kind: string, name: string): T {
  return find(files, kind, name) as unknown as T;
}

function objectsOf(files: readonly ManifestFile[], w: WorkloadModel) {
  const deployment = get<IDeployment>(files, 'Deployment', w.name);
  const pod = deployment.spec!.template;
  const app = pod.spec!.containers[0]!;
  return { deployment, pod, app };
}

/** The tags an environment's scheme admits (seed 003): `<prefix>-<commit>` or `<prefix>-v<semver>`. */
function tagScheme(envName: string): RegExp {
  const { prefix, version } = environments.find((e) => e.name === envName)!.imageTagScheme;
  return new RegExp(`^${prefix}-${version === 'commit' ? '[0-9a-f]{7,40}' : 'v\\d+\\.\\d+\\.\\d+'}$`);
}
/** What the description says about a workload. */
const described = (name: string) => [...platform.gateways, ...platform.services].find((w) => w.name === name)!;
/** Workloads some other workload calls (only those get an ALLOW policy; the namespace denies the rest). */
const called = new Set([...platform.gateways, ...platform.services].flatMap((w) => w.calls ?? []));

describe.each(cases)('%s', (_, { env, workload: w, files }) => {
  const { deployment, pod, app } = objectsOf(files, w);
  const podSpec = pod.spec!;
  const containers: IContainer[] = [...(podSpec.initContainers ?? []), ...podSpec.containers];
  const selector = { 'app.kubernetes.io/name': w.name, 'app.kubernetes.io/instance': w.name };

  test('every object carries the standard labels; selectors do not include the version', () => {
    const expected = {
      'app.kubernetes.io/name': w.name,
      'app.kubernetes.io/instance': w.name,
      'app.kubernetes.io/version': w.imageTag,
      'app.kubernetes.io/component': w.role,
      'app.kubernetes.io/part-of': 'orofi',
      'app.kubernetes.io/managed-by': 'cdk8s',
      app: w.name,
      version: w.imageTag,
    };
    // The workload's own file (its KafkaUser, also named after it, is in the Kafka cluster's file; its
    // dashboard, in Grafana's namespace, is checked in monitoring.test.ts).
    const own = files
      .find((f) => f.path === `${env.name}/${w.name}.yaml`)!
      .objects.filter((o) => o.metadata.name !== `dashboard-${w.name}`);
    expect(own.every((o) => o.metadata.name === w.name)).toBe(true);
    expect(own.map((o) => o.kind).sort()).toEqual(
      [
        'ConfigMap',
        'Deployment',
        'HorizontalPodAutoscaler',
        'NetworkPolicy',
        'PodDisruptionBudget',
        'Service',
        'ServiceAccount',
        'ExternalSecret',
        'SecretStore',
        'DestinationRule',
        'Sidecar',
        'AuthorizationPolicy',
        'VirtualService',
        'PodMonitor',
        'PrometheusRule',
      ]
        .filter((kind) => kind !== 'ConfigMap' || Object.keys(w.config).length > 0)
        .filter((kind) => !['ExternalSecret', 'SecretStore'].includes(kind) || w.secrets.length > 0)
        .filter((kind) => kind !== 'VirtualService' || w.role === 'api-gateway')
        // A workload called by no one gets no ALLOW policy: its namespace denies all.
        .filter((kind) => kind !== 'AuthorizationPolicy' || w.role === 'api-gateway' || called.has(w.name))
        .sort(),
    );
    for (const object of own) expect(object.metadata.labels).toEqual(expected);
    expect(pod.metadata!.labels).toEqual(expected);
    expect(deployment.spec!.selector.matchLabels).toEqual(selector);
    expect(get<IService>(files, 'Service', w.name).spec!.selector).toEqual(selector);
    expect(get<IPodDisruptionBudget>(files, 'PodDisruptionBudget', w.name).spec!.selector!.matchLabels).toEqual(
      selector,
    );
  });

  test('ServiceAccount bound to its GCP service account; no API token unless the workload needs the API', () => {
    const account = get<IServiceAccount>(files, 'ServiceAccount', w.name);
    expect(account.metadata!.namespace).toBe(w.namespace);
    expect(account.metadata!.annotations).toEqual({
      // Before its SecretStore (wave 10), which reads Secret Manager as this account.
      'argocd.argoproj.io/sync-wave': w.secrets.length > 0 ? '5' : '40',
      'iam.gke.io/gcp-service-account': `${w.name}@orofi-${env.name}-cloud.iam.gserviceaccount.com`,
    });
    expect(w.kubernetesApi).toBe(false);
    expect(account.automountServiceAccountToken).toBe(false);
    expect(podSpec.serviceAccountName).toBe(w.name);
    expect(podSpec.automountServiceAccountToken).toBe(false);
  });

  test('Service: a named port with the appProtocol Istio selects, on the container port', () => {
    const service = get<IService>(files, 'Service', w.name);
    expect(service.spec!.type).toBe('ClusterIP');
    expect(service.spec!.ports).toEqual([
      { name: w.protocol, appProtocol: w.protocol, port: w.port, targetPort: w.port },
    ]);
    expect(app.ports).toEqual([{ name: w.protocol, containerPort: w.port }]);
  });

  test('image from the environment registry, tagged by the environment scheme, pinned by digest where required', () => {
    const [named, digest] = app.image!.split('@');
    const [repository, tag] = named!.split(/:(?=[^:]+$)/);
    const { location, repository: registry } = platform.artifactRegistry;
    const project = platform.gcpProject.replace('{env}', env.name);
    expect(repository).toBe(`${location}-docker.pkg.dev/${project}/${registry}/${w.name}`);
    expect(tag).toMatch(tagScheme(env.name));
    expect(digest).toBe(w.imageDigest);
    const required = environments.find((e) => e.name === env.name)!.requireImageDigests === true;
    for (const c of containers) {
      expect(c.image).toMatch(/:[A-Za-z0-9_][A-Za-z0-9_.-]*(@sha256:[0-9a-f]{64})?$/);
      if (required) expect(c.image).toMatch(/:[A-Za-z0-9_][A-Za-z0-9_.-]*@sha256:[0-9a-f]{64}$/);
      expect(c.image).not.toMatch(/:latest(@|$)/);
      expect(c.imagePullPolicy).toBe('Always');
    }
  });

  test('requests and limits of the size class; HPA and PDB within the environment bounds', () => {
    const size = w.resources;
    expect(app.resources).toEqual({
      requests: { cpu: `${size.requests.cpuMillis}m`, memory: `${size.requests.memoryMiB}Mi` },
      limits: { cpu: `${size.limits.cpuMillis}m`, memory: `${size.limits.memoryMiB}Mi` },
    });
    const hpa = get<IHorizontalPodAutoscaler>(files, 'HorizontalPodAutoscaler', w.name);
    expect(hpa.apiVersion).toBe('autoscaling/v2');
    expect(hpa.spec!.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: w.name });
    expect([hpa.spec!.minReplicas, hpa.spec!.maxReplicas]).toEqual([w.replicas.min, w.replicas.max]);
    expect(hpa.spec!.metrics).toEqual([
      { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } },
      { type: 'Resource', resource: { name: 'memory', target: { type: 'Utilization', averageUtilization: 80 } } },
    ]);
    // The HPA owns the count: the Deployment sets none, so a sync never resets what the HPA chose.
    expect(w.replicas.max).toBeGreaterThan(w.replicas.min);
    expect(deployment.spec!.replicas).toBeUndefined();
    expect(deployment.metadata!.annotations).toEqual({
      'argocd.argoproj.io/sync-wave': '40',
      'polaris.fairwinds.com/deploymentMissingReplicas-exempt': 'true',
    });
    expect(hpa.spec!.minReplicas).toBeGreaterThanOrEqual(2);
    // Scale-in at the disruption budget's pace: one pod a minute, after five quiet minutes.
    expect(hpa.spec!.behavior!.scaleDown).toEqual({
      stabilizationWindowSeconds: 300,
      selectPolicy: 'Min',
      policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }],
    });
    expect(get<IPodDisruptionBudget>(files, 'PodDisruptionBudget', w.name).spec!.maxUnavailable).toBe(1);
    const expected = environments.find((e) => e.name === env.name)!;
    const bounds = expected.workloads?.[w.name]?.replicas ?? expected.replicas;
    expect(w.replicas).toEqual(bounds);
  });

  test('startup, readiness and liveness probes on the serving port', () => {
    const check = (path: string) =>
      w.protocol === 'grpc' ? { grpc: { port: w.port } } : { httpGet: { path, port: w.port, scheme: 'HTTP' } };
    expect(app.startupProbe).toMatchObject(check('/live'));
    expect(app.readinessProbe).toMatchObject(check('/ready'));
    expect(app.livenessProbe).toMatchObject(check('/live'));
    // The startup probe gives a slow start a minute before liveness may restart the container.
    expect(app.startupProbe!.periodSeconds! * app.startupProbe!.failureThreshold!).toBeGreaterThanOrEqual(60);
  });

  test('hardened: non-root numeric user, read-only root, no escalation, no capabilities, RuntimeDefault', () => {
    expect(podSpec.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 10001, runAsGroup: 10001 });
    for (const c of containers) {
      expect(c.securityContext).toEqual({
        allowPrivilegeEscalation: false,
        capabilities: { drop: ['ALL'] },
        privileged: false,
        readOnlyRootFilesystem: true,
        runAsGroup: 10001,
        runAsNonRoot: true,
        runAsUser: 10001,
        seccompProfile: { type: 'RuntimeDefault' },
      });
      expect(c.resources?.requests).toBeDefined();
      expect(c.resources?.limits).toBeDefined();
      expect(c.ports?.some((p) => p.hostPort !== undefined) ?? false).toBe(false);
    }
    expect(podSpec.hostNetwork ?? false).toBe(false);
    expect(podSpec.hostPID ?? false).toBe(false);
    expect(podSpec.hostIPC ?? false).toBe(false);
    // A writable /tmp, and the Secrets the workload reads as files, read-only to its user only.
    expect(podSpec.volumes).toEqual([
      { name: 'tmp', emptyDir: {} },
      ...w.secretMounts.map((m) => ({ name: m.volume, secret: { secretName: m.secretName, defaultMode: 0o440 } })),
    ]);
    expect(app.volumeMounts).toEqual([
      { name: 'tmp', mountPath: '/tmp' },
      ...w.secretMounts.map((m) => ({ name: m.volume, mountPath: m.mountPath, readOnly: true })),
    ]);
  });

  test('availability: spread over nodes (and zones, with 3 zones declared), no unavailable pod on rollout, drained on stop', () => {
    const keys = (podSpec.topologySpreadConstraints ?? []).map((c) => [c.topologyKey, c.whenUnsatisfiable]);
    expect(keys).toEqual([
      ...(env.cluster.acrossZones ? [['topology.kubernetes.io/zone', 'DoNotSchedule']] : []),
      ['kubernetes.io/hostname', 'ScheduleAnyway'],
    ]);
    for (const c of podSpec.topologySpreadConstraints ?? []) expect(c.labelSelector!.matchLabels).toEqual(selector);
    expect(deployment.spec!.strategy).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 },
    });
    const drain = (app.lifecycle!.preStop as { sleep: { seconds: number } }).sleep.seconds;
    expect(drain).toBeGreaterThanOrEqual(5);
    expect(podSpec.terminationGracePeriodSeconds).toBeGreaterThan(drain + 20);
    expect(podSpec.priorityClassName).toBe(`orofi-${w.role}`);
  });

  test('configuration: a ConfigMap of non-secret settings, secrets only from the ExternalSecret-owned Secret', () => {
    const expectedKeys = [
      ...(w.uses.kafka
        ? [
            'KAFKA_BOOTSTRAP_SERVERS',
            'KAFKA_SECURITY_PROTOCOL',
            'KAFKA_TLS_CA_FILE',
            'KAFKA_TLS_CERT_FILE',
            'KAFKA_TLS_KEY_FILE',
            ...(w.kafka!.consumes.length > 0 ? ['KAFKA_CONSUMER_GROUP'] : []),
          ]
        : []),
      ...(w.uses.mongodb
        ? [
            'MONGODB_AUTH_SOURCE',
            'MONGODB_DATABASE',
            'MONGODB_HOST',
            'MONGODB_PORT',
            'MONGODB_REPLICA_SET',
            'MONGODB_TLS_CA_FILE',
            'MONGODB_USERNAME',
          ]
        : []),
      ...(w.uses.mysql
        ? ['CLOUD_SQL_INSTANCE_CONNECTION_NAME', 'MYSQL_DATABASE', 'MYSQL_HOST', 'MYSQL_PORT', 'MYSQL_USER']
        : []),
      ...(w.uses.redis ? ['REDIS_HOST', 'REDIS_PORT', 'REDIS_TLS', 'REDIS_TLS_CA_FILE'] : []),
    ].sort();
    const expectedSecrets = [
      ...(w.uses.mongodb ? ['mongodb-password'] : []),
      ...(w.uses.mysql ? ['mysql-password'] : []),
      ...(w.uses.redis ? ['redis-auth'] : []),
      ...(described(w.name).secrets ?? []),
    ].sort();
    const secretEnv = (app.env ?? []).map((e) => [
      e.name,
      e.valueFrom?.secretKeyRef?.name,
      e.valueFrom?.secretKeyRef?.key,
    ]);
    expect(secretEnv).toEqual(
      expectedSecrets.map((key) => [key.toUpperCase().replaceAll('-', '_'), `${w.name}-secrets`, key]),
    );
    // No literal values at all: every variable comes from the ConfigMap or the Secret.
    for (const e of app.env ?? []) expect(e.value).toBeUndefined();
    if (expectedKeys.length === 0) {
      expect(app.envFrom ?? []).toEqual([]);
      return;
    }
    const config = get<IConfigMap>(files, 'ConfigMap', w.name);
    expect(config.metadata!.namespace).toBe(w.namespace);
    expect(Object.keys(config.data!)).toEqual(expectedKeys);
    for (const key of Object.keys(config.data!)) {
      expect(key).not.toMatch(/password|secret|token|auth(?!_SOURCE)/i);
    }
    expect(app.envFrom).toEqual([{ configMapRef: { name: w.name } }]);
    expect(pod.metadata!.annotations!['checksum/config']).toBe(
      createHash('sha256').update(JSON.stringify(config.data)).digest('hex'),
    );
    const data = config.data!;
    if (w.uses.kafka) {
      expect(data.KAFKA_BOOTSTRAP_SERVERS).toBe('kafka-kafka-bootstrap.kafka.svc:9093');
      // Mutual TLS: the User Operator's certificate for the workload, the brokers checked against the cluster CA.
      expect([data.KAFKA_SECURITY_PROTOCOL, data.KAFKA_TLS_CERT_FILE, data.KAFKA_TLS_KEY_FILE]).toEqual([
        'SSL',
        '/etc/kafka/user/user.crt',
        '/etc/kafka/user/user.key',
      ]);
      expect(data.KAFKA_TLS_CA_FILE).toBe('/etc/kafka/cluster-ca/ca.crt');
      expect(w.secretMounts).toEqual(
        expect.arrayContaining([
          { volume: 'kafka-user', secretName: `${w.name}-kafka-user`, mountPath: '/etc/kafka/user' },
          { volume: 'kafka-cluster-ca', secretName: 'kafka-cluster-ca-cert', mountPath: '/etc/kafka/cluster-ca' },
        ]),
      );
      if (w.kafka!.consumes.length > 0) expect(data.KAFKA_CONSUMER_GROUP).toBe(w.name);
    }
    if (w.uses.mongodb) {
      expect(data.MONGODB_HOST).toBe('mongodb-rs0.mongodb.svc.cluster.local');
      expect([data.MONGODB_DATABASE, data.MONGODB_AUTH_SOURCE]).toEqual([
        w.name.replaceAll('-', '_'),
        w.name.replaceAll('-', '_'),
      ]);
      expect(data.MONGODB_TLS_CA_FILE).toBe('/etc/mongodb/ca/ca.crt');
      expect(w.secretMounts).toContainEqual({
        volume: 'mongodb-ca',
        secretName: 'mongodb-ca',
        mountPath: '/etc/mongodb/ca',
      });
    }
    expect(w.secretMounts).toHaveLength((w.uses.kafka ? 2 : 0) + (w.uses.mongodb ? 1 : 0) + (w.uses.redis ? 1 : 0));
    // One Memorystore instance for every service, over TLS, verified with its server CA.
    const redis = platform.backingServices.redis!;
    if (w.uses.redis) {
      expect(data).toMatchObject({
        REDIS_HOST: redis.host,
        REDIS_PORT: String(redis.port),
        REDIS_TLS: 'true',
        REDIS_TLS_CA_FILE: '/etc/redis/ca/ca.crt',
      });
      expect(w.secretMounts).toContainEqual({ volume: 'redis-ca', secretName: 'redis-ca', mountPath: '/etc/redis/ca' });
    }
    // One Cloud SQL instance for every service, one database and one user each.
    const instance = `orofi-${env.name}-cloud:${platform.cluster.region}:${platform.backingServices.cloudSql!.instance}`;
    if (w.uses.mysql) {
      expect(data.CLOUD_SQL_INSTANCE_CONNECTION_NAME).toBe(instance);
      expect([data.MYSQL_HOST, data.MYSQL_PORT, data.MYSQL_USER]).toEqual(['127.0.0.1', '3306', w.name]);
    }
  });

  test('Cloud SQL: the Auth Proxy as a native sidecar exactly when the workload uses MySQL', () => {
    const proxies = (podSpec.initContainers ?? []).filter((c) => c.name === 'cloud-sql-proxy');
    if (!w.uses.mysql) {
      expect(podSpec.initContainers ?? []).toEqual([]);
      return;
    }
    expect(podSpec.initContainers).toHaveLength(1);
    const proxy = proxies[0]!;
    expect(proxy.restartPolicy).toBe('Always');
    expect(proxy.image).toBe(platform.backingServices.cloudSql!.proxyImage);
    expect(proxy.args).toContain(
      `orofi-${env.name}-cloud:${platform.cluster.region}:${platform.backingServices.cloudSql!.instance}`,
    );
    expect(proxy.args).toEqual(expect.arrayContaining(['--private-ip', '--port=3306']));
    expect(proxy.args!.some((a) => a.includes('credentials'))).toBe(false);
    const sizes = environments.find((e) => e.name === env.name)!.cloudSqlProxy!;
    expect(proxy.resources).toEqual({
      requests: { cpu: `${sizes.requests.cpuMillis}m`, memory: `${sizes.requests.memoryMiB}Mi` },
      limits: { cpu: `${sizes.limits.cpuMillis}m`, memory: `${sizes.limits.memoryMiB}Mi` },
    });
    expect(proxy.startupProbe).toMatchObject({ httpGet: { path: '/startup', port: 9801 } });
    expect(proxy.livenessProbe).toMatchObject({ httpGet: { path: '/liveness', port: 9801 } });
    expect(pod.metadata!.annotations!['traffic.sidecar.istio.io/excludeInboundPorts']).toBe('9801');
  });

  test('NetworkPolicy: in from the callers only, out to the callees and backing services only', () => {
    const policy = get<INetworkPolicy>(files, 'NetworkPolicy', w.name);
    expect(policy.spec!.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(policy.spec!.podSelector!.matchLabels).toEqual({ 'app.kubernetes.io/name': w.name });
    const peerName = (p: { podSelector?: { matchLabels?: Record<string, string> }; namespaceSelector?: unknown }) =>
      p.podSelector?.matchLabels?.['app.kubernetes.io/name'];
    const callers = env.workloads.filter((c) => c.calls.includes(w.name)).map((c) => c.name);
    const monitoring = (p: { namespaceSelector?: { matchLabels?: Record<string, string> } }) =>
      p.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name'] === 'monitoring';
    const ingressFrom = policy
      .spec!.ingress!.flatMap((r) => r.from!.filter((p) => !monitoring(p)).map(peerName))
      .filter(Boolean);
    expect(ingressFrom.sort()).toEqual(callers.sort());
    // From monitoring: the Prometheus pods only, on the sidecar's metrics port only.
    expect(policy.spec!.ingress!.filter((r) => r.from!.some(monitoring))).toEqual([
      {
        from: [
          {
            namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'monitoring' } },
            podSelector: { matchLabels: { 'app.kubernetes.io/name': 'prometheus' } },
          },
        ],
        ports: [{ port: 15020, protocol: 'TCP' }],
      },
    ]);
    const fromIngressGateway = policy.spec!.ingress!.some((r) =>
      r.from!.some((p) => p.podSelector?.matchLabels?.istio === 'oro-gateway'),
    );
    expect(fromIngressGateway).toBe(w.role === 'api-gateway');
    const egressTo = policy.spec!.egress!.flatMap((r) => r.to!.map(peerName)).filter(Boolean);
    expect(egressTo.sort()).toEqual([...w.calls].sort());
    const namespacesOut = policy.spec!.egress!.flatMap((r) =>
      r.to!.flatMap((p) => (p.podSelector ? [] : [p.namespaceSelector?.matchLabels?.['kubernetes.io/metadata.name']])),
    );
    expect(namespacesOut.filter(Boolean).sort()).toEqual(
      [...(w.uses.kafka ? ['kafka'] : []), ...(w.uses.mongodb ? ['mongodb'] : [])].sort(),
    );
    const cidrPorts = policy.spec!.egress!.flatMap((r) =>
      r.to!.flatMap((p) => (p.ipBlock ? r.ports!.map((port) => `${p.ipBlock!.cidr}:${port.port}`) : [])),
    );
    expect(cidrPorts.sort()).toEqual(
      [
        // Workload Identity: the metadata server as the pod calls it, and where the dataplane redirects it.
        '169.254.169.254/32:80',
        platform.cluster.dataplaneV2 ? '169.254.169.252/32:988' : '127.0.0.1/32:988',
        ...(w.uses.mysql ? ['10.100.0.0/16:3307', '199.36.153.8/30:443'] : []),
        ...(w.uses.redis ? [`10.100.0.0/16:${platform.backingServices.redis!.port}`] : []),
        // External hosts: the internet (private ranges excepted) on their ports; the Sidecar names the hosts.
        ...[...new Set(w.externalHosts.map((h) => h.port))].map((port) => `0.0.0.0/0:${port}`),
      ].sort(),
    );
  });
});

test('every environment has every workload of the description', () => {
  const names = (env: EnvironmentModel) => env.workloads.map((w) => w.name).sort();
  const expected = [...platform.gateways, ...platform.services].map((w) => w.name).sort();
  for (const env of model.values()) expect(names(env)).toEqual(expected);
});
