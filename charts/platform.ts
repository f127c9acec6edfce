import { ApiObject, Chart, type App } from 'cdk8s';
import type { EnvironmentModel, WorkloadModel, WorkloadRole } from '../lib/model';
import { EdgeChart } from './edge';
import { GitOpsChart } from './gitops';
import { MeshDefaultsChart } from './mesh-defaults';
import { NamespacesChart, type NamespaceSpec } from './namespaces';
import { CHART_POD_SECURITY, mostPrivileged, RESTRICTED } from './pod-security';
import { NamespaceIsolationChart } from './namespace-isolation';
import { BACKING } from './backing';
import { isolatedNamespaces } from './platform-isolation';
import { externalHostServices, externalServices, meshPolicy, networkRules } from './platform-network';
import { PlatformMonitoringChart } from './platform-monitoring';
import { argoCdRelease, kialiSecrets, operatorReleases } from './platform-operators';
import { PriorityClassesChart } from './priority-classes';
import { SecretStoresChart } from './secret-stores';
import { protectState } from './stateful';
import { assignSyncWaves } from './sync-waves';
import { TracingChart } from './tracing';
import { WorkloadChart } from './workload';

/**
 * Adds the charts of one environment to an app. This is the one place where the model is mapped to
 * construct props; each chart id becomes a file name under `dist/<environment>/`.
 */
export function addPlatformCharts(app: App, env: EnvironmentModel): void {
  const platform = env.platform;
  /** The gateways are the entry points: without them nothing behind them is reachable. */
  const priorities: Record<WorkloadRole, { value: number; description: string }> = {
    'api-gateway': { value: 100000, description: `${platform} API gateways: entry points of all traffic` },
    microservice: { value: 90000, description: `${platform} microservices` },
  };
  const priorityClass = (role: WorkloadRole) => `${platform}-${role}`;
  const s = env.surroundings;
  // The governing objects: Argo CD's projects and Applications, Argo CD itself (charts/gitops.ts).
  const gitops = new GitOpsChart(app, 'gitops', {
    platform,
    environment: env.name,
    path: env.gitops.path,
    argoNamespace: env.gitops.namespace,
    repoURL: env.gitops.repoURL,
    targetRevision: env.gitops.targetRevision,
    signatureKeys: env.gitops.signatureKeys,
    syncWindows: env.gitops.syncWindows,
    releases: operatorReleases(env),
    argoCd: argoCdRelease(env),
  });
  new NamespacesChart(app, 'namespaces', { platform, namespaces: namespaceSpecs(env) });
  new PriorityClassesChart(app, 'priority-classes', {
    platform,
    classes: (Object.keys(priorities) as WorkloadRole[]).map((role) => ({
      name: priorityClass(role),
      ...priorities[role],
    })),
  });
  new MeshDefaultsChart(app, 'mesh', {
    platform,
    rootNamespace: s.istioNamespace,
    namespaces: env.namespaces,
    externalServices: externalServices(env),
    namespaceServices: externalHostServices(env),
  });
  if (env.tracing) {
    new TracingChart(app, 'tracing', {
      platform,
      rootNamespace: s.istioNamespace,
      provider: env.tracing.provider,
      samplingPercent: env.tracing.samplingPercent,
    });
  }
  new NamespaceIsolationChart(app, 'network', { platform, namespaces: isolatedNamespaces(env) });
  new EdgeChart(app, 'edge', {
    platform,
    gateway: s.ingressGateway,
    hosts: [...routedHosts(env).values()].map(({ host, first }) => ({
      host,
      namespace: first.namespace,
      internal: first.internal,
      rateLimit: first.rateLimit!,
    })),
    issuer: {
      name: env.tls.clusterIssuer,
      acmeEmail: env.tls.acmeEmail,
      acmeServer: env.tls.acmeServer,
      dnsProject: env.gcpProject,
    },
    sourceAllowList: env.ingressAllowList,
    internalAllowList: env.edge.internalAllowList,
    maxRequestBodyBytes: env.edge.maxRequestBodyBytes,
  });
  new PlatformMonitoringChart(app, 'monitoring', {
    platform,
    istioNamespace: s.istioNamespace,
    dashboardNamespace: s.monitoringNamespace,
    workloads: env.workloads.map((w) => `${w.namespace}/${w.name}`),
  });
  const shared = [
    ...BACKING.map((backing) => backing.charts?.secretStores?.(env) ?? { stores: [], secrets: [] }),
    kialiSecrets(env),
  ];
  new SecretStoresChart(app, 'secret-stores', {
    platform,
    gcpProject: env.gcpProject,
    stores: [...env.secretStores, ...shared.flatMap((s) => s.stores)],
    secrets: shared.flatMap((s) => s.secrets),
  });
  // The backing services' own charts (charts/backing/<kind>/).
  for (const backing of BACKING) backing.charts?.add?.(app, env);
  const routes = routedHosts(env);
  for (const workload of env.workloads) {
    new WorkloadChart(app, workload.name, {
      platform,
      name: workload.name,
      namespace: workload.namespace,
      component: workload.role,
      priorityClassName: priorityClass(workload.role),
      imageRepository: workload.imageRepository,
      imageTag: workload.imageTag,
      ...(workload.imageDigest ? { imageDigest: workload.imageDigest } : {}),
      port: workload.port,
      protocol: workload.protocol,
      replicas: workload.replicas,
      spreadAcrossZones: env.cluster.acrossZones,
      healthPaths: workload.healthPaths,
      resources: workload.resources,
      gcpServiceAccount: workload.gcpServiceAccount,
      kubernetesApi: workload.kubernetesApi,
      ...(Object.keys(workload.config).length > 0 ? { config: workload.config } : {}),
      ...(workload.secrets.length > 0
        ? { secret: { name: workload.secretName, gcpProject: env.gcpProject, entries: workload.secrets } }
        : {}),
      ...Object.assign({}, ...BACKING.map((backing) => backing.charts?.workloadProps?.(env, workload))),
      ...(workload.secretMounts.length > 0
        ? {
            secretVolumes: workload.secretMounts.map((m) => ({
              name: m.volume,
              secretName: m.secretName,
              mountPath: m.mountPath,
            })),
          }
        : {}),
      network: networkRules(env, workload),
      mesh: meshPolicy(env, workload),
      metricsPath: workload.metricsPath,
      monitoring: {
        thresholds: env.alerts,
        availabilityObjective: workload.availabilityObjective,
        dashboardNamespace: s.monitoringNamespace,
      },
      ...(workload.hosts.length > 0 && routes.get(workload.hosts[0]!)?.first === workload
        ? {
            ingressRoute: {
              hosts: workload.hosts,
              gateway: `${s.ingressGateway.namespace}/${s.ingressGateway.name}`,
              paths: workload.paths,
              ...sharedRoute(routes.get(workload.hosts[0]!)!),
              timeoutSeconds: env.mesh.routeTimeoutSeconds,
              // Browsers that once reached a host keep to HTTPS there (subdomains included).
              responseHeaders: {
                'Strict-Transport-Security': `max-age=${env.edge.hstsMaxAgeSeconds}; includeSubDomains`,
              },
            },
          }
        : {}),
    });
  }
  // The workload project permits exactly the namespaces and kinds of every other chart's objects.
  const governed = app.node.findAll().filter((c): c is ApiObject => c instanceof ApiObject && Chart.of(c) !== gitops);
  const groupKind = (o: ApiObject) => ({
    group: o.apiVersion.includes('/') ? o.apiVersion.split('/')[0]! : '',
    kind: o.kind,
  });
  gitops.permitWorkload({
    namespaces: [...new Set(governed.flatMap((o) => (o.metadata.namespace ? [o.metadata.namespace] : [])))].sort(),
    clusterKinds: governed.filter((o) => !o.metadata.namespace).map(groupKind),
    namespacedKinds: governed.filter((o) => o.metadata.namespace).map(groupKind),
  });
  assignSyncWaves(app);
  protectState(app);
}

/** A public host and the workloads routed on it, in the description's order. */
interface RoutedHost {
  readonly host: string;
  readonly first: WorkloadModel;
  readonly workloads: readonly WorkloadModel[];
}

/**
 * The public hosts, each with the workloads routed on it (under their own path prefixes; the config
 * check makes sure they share its namespace, its rate limit and whether it is internal, and claim no
 * prefix twice). The first workload's chart holds the host's VirtualService.
 */
function routedHosts(env: EnvironmentModel): Map<string, RoutedHost> {
  const hosts = new Map<string, WorkloadModel[]>();
  for (const w of env.workloads) for (const host of w.hosts) hosts.set(host, [...(hosts.get(host) ?? []), w]);
  return new Map([...hosts].map(([host, workloads]) => [host, { host, first: workloads[0]!, workloads }]));
}

/** A host shared by several workloads: one VirtualService, named after the host's first label, routes them all. */
function sharedRoute(routed: RoutedHost) {
  if (routed.workloads.length === 1) return {};
  return {
    name: routed.host.split('.')[0]!,
    alongside: routed.workloads.slice(1).map((w) => ({
      name: w.name,
      host: `${w.name}.${w.namespace}.svc.cluster.local`,
      port: w.port,
      paths: w.paths,
    })),
  };
}

/**
 * Every namespace the platform runs pods in, with its Pod Security Admission level: the workloads',
 * in the mesh; the backing services' (Kafka's, MongoDB's), outside it (Strimzi does not support sidecars;
 * MongoDB has its own TLS and authentication, see SidecarlessDestination); then the operators', each at the level its most
 * privileged chart needs (`CHART_POD_SECURITY`). Argo CD's own namespace belongs to the bootstrap.
 */
function namespaceSpecs(env: EnvironmentModel): NamespaceSpec[] {
  const outsideMesh = BACKING.flatMap((backing) => backing.charts?.namespaces?.(env) ?? []);
  const specs = new Map<string, NamespaceSpec>([
    ...env.namespaces.map((name): [string, NamespaceSpec] => [
      name,
      { name, istioInjection: true, podSecurity: RESTRICTED },
    ]),
    ...outsideMesh.map((name): [string, NamespaceSpec] => [
      name,
      { name, istioInjection: false, podSecurity: RESTRICTED },
    ]),
  ]);
  const operators = operatorReleases(env)
    .filter((r) => r.namespace !== env.gitops.namespace)
    .sort((a, b) => (a.namespace < b.namespace ? -1 : a.namespace > b.namespace ? 1 : 0));
  for (const release of operators) {
    const spec = specs.get(release.namespace) ?? { name: release.namespace, podSecurity: RESTRICTED };
    const needs = CHART_POD_SECURITY[release.chart.chart] ?? RESTRICTED;
    specs.set(release.namespace, { ...spec, podSecurity: mostPrivileged(spec.podSecurity, needs) });
  }
  return [...specs.values()];
}
