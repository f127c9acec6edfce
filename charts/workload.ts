import { createHash } from 'node:crypto';
import type { IHorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import type { IPodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import type { IDeployment } from 'kubernetes-models/apps/v1/Deployment';
import type { IConfigMap } from 'kubernetes-models/v1/ConfigMap';
import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IService } from 'kubernetes-models/v1/Service';
import type { IServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import { ApiObject, Chart } from 'cdk8s';
import { Construct } from 'constructs';
import type { Replicas, ResourceSize } from '../lib/model';
import {
  CLOUD_SQL_PROXY_HEALTH_PORT,
  cloudSqlProxyContainer,
  type CloudSqlProxyContainerProps,
} from './backing/cloud-sql/proxy';
import { containerResources, hardenedContainer, USER_ID } from './hardening';
import { WorkloadExternalSecret, type ExternalSecretEntry } from './external-secret';
import { IngressRoute, type IngressDestination, type IngressRouteProps } from './ingress-route';
import { addTyped } from './model-object';
import { HOSTNAME, ZONE } from './operator-pods';
import { WorkloadMeshPolicy, type WorkloadMeshPolicyProps } from './workload-mesh';
import { WorkloadMonitoring, type WorkloadMonitoringProps } from './workload-monitoring';
import { WorkloadNetworkPolicy, type NetworkRule } from './network-policy';
import { PlatformChart, type PlatformChartProps } from './platform-chart';
import { SecretManagerStore } from './secret-stores';
import { setSyncWave, SYNC_WAVE } from './sync-waves';

/** Autoscaling targets of the seed docs: average CPU and memory utilisation, in percent of requests. */
const CPU_TARGET_PERCENT = 70;
const MEMORY_TARGET_PERCENT = 80;

/** A key of a Secret, read by the application container from an environment variable. */
export interface SecretEnv {
  /** Environment variable. */
  readonly name: string;
  /** Key in the Secret. */
  readonly key: string;
}

/** A Secret mounted read-only as files into the application container. */
export interface SecretVolume {
  /** Name of the pod volume. */
  readonly name: string;
  /** The Secret (in the workload's namespace); it must be created by an ExternalSecret or an operator. */
  readonly secretName: string;
  /** Directory the Secret's keys appear in, one file per key. */
  readonly mountPath: string;
}

/** HTTP paths of the health endpoints (HTTP workloads; gRPC workloads use the gRPC health service). */
export interface HealthPaths {
  /** Ready to take traffic. @default '/ready' */
  readonly readiness?: string;
  /** Alive; also polled by the startup probe until the first success. @default '/live' */
  readonly liveness?: string;
}

/** Props of `Workload`. */
export interface WorkloadProps {
  /** Name of the Deployment, Service and ServiceAccount, and the `app` label Istio reads. */
  readonly name: string;
  /** Namespace of every object of the workload. */
  readonly namespace: string;
  /** The `app.kubernetes.io/component` label, e.g. `api-gateway` or `microservice`. */
  readonly component: string;
  /** Image repository, without tag. */
  readonly imageRepository: string;
  /** Image tag; also the `version` labels. */
  readonly imageTag: string;
  /**
   * Digest of the image of that tag (`sha256:...`): the pod then runs `<repository>:<tag>@<digest>`,
   * exactly that image whatever the tag points to later.
   * @default - the tag alone
   */
  readonly imageDigest?: string;
  /** Port the container serves on, exposed by the Service under the same number. */
  readonly port: number;
  /**
   * Application protocol of the port; it names the Service port, which is how Istio selects the protocol.
   * @default 'http'
   */
  readonly protocol?: 'http' | 'grpc';
  /**
   * Replica bounds. With `max > min` an HPA (CPU 70 %, memory 80 %) owns the count and the Deployment
   * sets none (so that a GitOps sync never resets what the HPA chose); with `max == min` the
   * Deployment runs exactly that many. With `max > 1` a PodDisruptionBudget keeps all but one pod up
   * during voluntary disruptions.
   */
  readonly replicas: Replicas;
  /**
   * Spread pods over zones as well as nodes (hard constraint on zones); otherwise over nodes only, as a
   * preference.
   * @default false
   */
  readonly spreadAcrossZones?: boolean;
  /**
   * PriorityClass of the pods.
   * @default - the cluster's default priority
   */
  readonly priorityClassName?: string;
  /** Health endpoints of an HTTP workload. @default - `/ready` and `/live` */
  readonly healthPaths?: HealthPaths;
  /**
   * Seconds a terminating pod keeps serving (preStop sleep) while Istio and the endpoints controller
   * stop sending it traffic; the termination grace period adds 25 seconds for the app to finish.
   * @default 5
   */
  readonly drainSeconds?: number;
  /** CPU and memory requests and limits of the application container. */
  readonly resources: ResourceSize;
  /**
   * GCP service account the pods run as through GKE Workload Identity.
   * @default - no GCP identity
   */
  readonly gcpServiceAccount?: string;
  /**
   * Whether the pods call the Kubernetes API; only then is the ServiceAccount token mounted.
   * @default false
   */
  readonly kubernetesApi?: boolean;
  /**
   * Non-secret settings, written to the workload's ConfigMap (named after the workload) and read by
   * the application container as environment variables. A checksum of them on the pod template rolls
   * the pods when they change.
   * @default - no ConfigMap
   */
  readonly config?: Readonly<Record<string, string>>;
  /**
   * The Secret the application reads its secrets from. It is not created here: an ExternalSecret
   * creates it from Secret Manager.
   * @default - no secrets
   */
  readonly secret?: { readonly name: string; readonly env: readonly SecretEnv[] };
  /**
   * Secrets mounted read-only as files (owner and group read only) into the application container,
   * e.g. client certificates and CA bundles.
   * @default - none
   */
  readonly secretVolumes?: readonly SecretVolume[];
  /**
   * A Cloud SQL Auth Proxy as a native sidecar (an init container that keeps running), listening on
   * 127.0.0.1:3306 for the application.
   * @default - none
   */
  readonly cloudSqlProxy?: CloudSqlProxyContainerProps;
  /**
   * HTTP path of the application's Prometheus metrics on its serving port, announced with the
   * `prometheus.io/*` pod annotations that Istio's metrics merging reads.
   * @default '/metrics'
   */
  readonly metricsPath?: string;
  /**
   * Who may connect to the pods, and where they may connect to (a NetworkPolicy). The workload's
   * port must be reachable by its callers; everything not listed is denied.
   * @default - no NetworkPolicy
   */
  readonly network?: { readonly ingress: readonly NetworkRule[]; readonly egress: readonly NetworkRule[] };
}

/**
 * One application workload: a Deployment with a hardened pod (and, for MySQL users, the Cloud SQL Auth
 * Proxy beside it), the Service in front of it, the ServiceAccount it runs as, its ConfigMap, and the
 * HorizontalPodAutoscaler, PodDisruptionBudget and NetworkPolicy around it. API gateways and
 * microservices alike: they differ only in their props.
 */
export class Workload extends Construct {
  readonly deployment: ApiObject;
  readonly service: ApiObject;
  readonly serviceAccount: ApiObject;
  readonly configMap?: ApiObject;
  readonly autoscaler?: ApiObject;
  readonly networkPolicy?: WorkloadNetworkPolicy;
  /** The labels of every object of the workload: the `app.kubernetes.io` set and Istio's `app` and `version`. */
  readonly labels: Readonly<Record<string, string>>;
  /** One pod label that selects the workload's pods (policies and monitors select by it). */
  readonly podSelector: Readonly<Record<string, string>>;

  constructor(scope: Construct, id: string, props: WorkloadProps) {
    super(scope, id);
    const { name, namespace } = props;
    const protocol = props.protocol ?? 'http';
    const kubernetesApi = props.kubernetesApi ?? false;
    /** Stable across versions: a selector must never change. */
    const selector = { 'app.kubernetes.io/name': name, 'app.kubernetes.io/instance': name };
    const labels = {
      ...selector,
      'app.kubernetes.io/version': props.imageTag,
      'app.kubernetes.io/component': props.component,
      app: name,
      version: props.imageTag,
    };
    this.labels = labels;
    this.podSelector = { 'app.kubernetes.io/name': name };
    /** Pods carry the chart's labels too (part-of, managed-by), which cdk8s sets on top-level objects only. */
    const podLabels = { ...Chart.of(this).labels, ...labels };

    const serviceAccount: IServiceAccount = {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: {
        name,
        namespace,
        labels,
        ...(props.gcpServiceAccount
          ? { annotations: { 'iam.gke.io/gcp-service-account': props.gcpServiceAccount } }
          : {}),
      },
      automountServiceAccountToken: kubernetesApi,
    };
    this.serviceAccount = addTyped(this, 'ServiceAccount', serviceAccount);

    const podAnnotations: Record<string, string> = {
      'prometheus.io/scrape': 'true',
      'prometheus.io/port': String(props.port),
      'prometheus.io/path': props.metricsPath ?? '/metrics',
    };
    if (props.config) {
      const configMap: IConfigMap = {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name, namespace, labels },
        data: { ...props.config },
      };
      this.configMap = addTyped(this, 'Config', configMap);
      podAnnotations['checksum/config'] = createHash('sha256').update(JSON.stringify(props.config)).digest('hex');
    }
    if (props.cloudSqlProxy) {
      // The proxy's health port is probed by the kubelet directly, outside the mesh's mTLS.
      podAnnotations['traffic.sidecar.istio.io/excludeInboundPorts'] = String(CLOUD_SQL_PROXY_HEALTH_PORT);
    }

    const drainSeconds = props.drainSeconds ?? 5;
    const autoscaled = props.replicas.max > props.replicas.min;
    const check =
      protocol === 'grpc'
        ? (_path: string) => ({ grpc: { port: props.port } })
        : (path: string) => ({ httpGet: { path, port: props.port, scheme: 'HTTP' as const } });
    const readiness = props.healthPaths?.readiness ?? '/ready';
    const liveness = props.healthPaths?.liveness ?? '/live';
    const spread = (topologyKey: string, whenUnsatisfiable: 'DoNotSchedule' | 'ScheduleAnyway') => ({
      labelSelector: { matchLabels: selector },
      matchLabelKeys: ['pod-template-hash'],
      maxSkew: 1,
      topologyKey,
      whenUnsatisfiable,
    });
    const secretVolumes = props.secretVolumes ?? [];
    const volumeNames = ['tmp', ...secretVolumes.map((v) => v.name)];
    const twice = volumeNames.find((v, i) => volumeNames.indexOf(v) !== i);
    if (twice) throw new Error(`${this.node.path}: two volumes named "${twice}"`);
    const container: IContainer = {
      ...hardenedContainer(),
      name,
      image: `${props.imageRepository}:${props.imageTag}${props.imageDigest ? `@${props.imageDigest}` : ''}`,
      ports: [{ name: protocol, containerPort: props.port }],
      resources: containerResources(props.resources),
      ...(props.config ? { envFrom: [{ configMapRef: { name } }] } : {}),
      ...(props.secret && props.secret.env.length > 0
        ? {
            env: props.secret.env.map((e) => ({
              name: e.name,
              valueFrom: { secretKeyRef: { name: props.secret!.name, key: e.key } },
            })),
          }
        : {}),
      volumeMounts: [
        { name: 'tmp', mountPath: '/tmp' },
        ...secretVolumes.map((v) => ({ name: v.name, mountPath: v.mountPath, readOnly: true })),
      ],
      startupProbe: { ...check(liveness), periodSeconds: 2, failureThreshold: 30 },
      readinessProbe: { ...check(readiness), periodSeconds: 5, failureThreshold: 3 },
      livenessProbe: { ...check(liveness), periodSeconds: 10, failureThreshold: 3 },
      // Keep serving while endpoints and sidecars learn that the pod is going (no shell needed).
      lifecycle: { preStop: { sleep: { seconds: drainSeconds } } },
    };
    const deployment: IDeployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: {
        name,
        namespace,
        labels,
        // Kubernetes advises leaving spec.replicas out of an HPA's target; Polaris's check for it does
        // not know HPAs, whose own minimum (>= 2) it checks instead (hpaMinAvailability).
        ...(autoscaled ? { annotations: { 'polaris.fairwinds.com/deploymentMissingReplicas-exempt': 'true' } } : {}),
      },
      spec: {
        // The HPA owns the count of an autoscaled Deployment: a GitOps sync must not reset it.
        ...(autoscaled ? {} : { replicas: props.replicas.min }),
        minReadySeconds: 0,
        progressDeadlineSeconds: 600,
        selector: { matchLabels: selector },
        strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 } },
        template: {
          metadata: { labels: podLabels, annotations: podAnnotations },
          spec: {
            serviceAccountName: name,
            automountServiceAccountToken: kubernetesApi,
            // Pod-level seccomp as well: the containers Istio injects inherit it.
            securityContext: {
              runAsNonRoot: true,
              runAsUser: USER_ID,
              runAsGroup: USER_ID,
              fsGroup: USER_ID,
              fsGroupChangePolicy: 'Always',
              seccompProfile: { type: 'RuntimeDefault' },
            },
            ...(props.cloudSqlProxy ? { initContainers: [cloudSqlProxyContainer(props.cloudSqlProxy)] } : {}),
            containers: [container],
            volumes: [
              { name: 'tmp', emptyDir: {} },
              ...secretVolumes.map((v) => ({ name: v.name, secret: { secretName: v.secretName, defaultMode: 0o440 } })),
            ],
            restartPolicy: 'Always',
            terminationGracePeriodSeconds: drainSeconds + 25,
            dnsPolicy: 'ClusterFirst',
            hostNetwork: false,
            setHostnameAsFQDN: false,
            ...(props.priorityClassName ? { priorityClassName: props.priorityClassName } : {}),
            topologySpreadConstraints: props.spreadAcrossZones
              ? [spread(ZONE, 'DoNotSchedule'), spread(HOSTNAME, 'ScheduleAnyway')]
              : [spread(HOSTNAME, 'ScheduleAnyway')],
          },
        },
      },
    };
    this.deployment = addTyped(this, 'Deployment', deployment);

    if (autoscaled) {
      const utilization = (resource: string, percent: number) => ({
        type: 'Resource',
        resource: { name: resource, target: { type: 'Utilization', averageUtilization: percent } },
      });
      const autoscaler: IHorizontalPodAutoscaler = {
        apiVersion: 'autoscaling/v2',
        kind: 'HorizontalPodAutoscaler',
        metadata: { name, namespace, labels },
        spec: {
          scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name },
          minReplicas: props.replicas.min,
          maxReplicas: props.replicas.max,
          metrics: [utilization('cpu', CPU_TARGET_PERCENT), utilization('memory', MEMORY_TARGET_PERCENT)],
          behavior: {
            // Up at once, by up to 4 pods or doubling a minute; down slowly, one pod a minute after five
            // quiet minutes (the disruption budget's pace), so a short dip does not shed capacity.
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
      };
      this.autoscaler = addTyped(this, 'Autoscaler', autoscaler);
    }
    if (props.replicas.max > 1) {
      const budget: IPodDisruptionBudget = {
        apiVersion: 'policy/v1',
        kind: 'PodDisruptionBudget',
        metadata: { name, namespace, labels },
        spec: { maxUnavailable: 1, selector: { matchLabels: selector } },
      };
      addTyped(this, 'DisruptionBudget', budget);
    }

    const service: IService = {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name, namespace, labels },
      spec: {
        type: 'ClusterIP',
        externalIPs: [],
        selector,
        // Istio selects the protocol by appProtocol, or else by the port's name.
        ports: [{ name: protocol, port: props.port, targetPort: props.port, appProtocol: protocol }],
      },
    };
    this.service = addTyped(this, 'Service', service);

    if (props.network) {
      this.networkPolicy = new WorkloadNetworkPolicy(this, 'NetworkPolicy', {
        name,
        namespace,
        labels,
        // One label: a production-readiness review (Polaris) matches exactly one pod label.
        podSelector: this.podSelector,
        ...props.network,
      });
    }
  }
}

/** Props of `WorkloadChart`: a `Workload` and what exists for it alone. */
export interface WorkloadChartProps extends PlatformChartProps, Omit<WorkloadProps, 'secret'> {
  /**
   * The workload's Secret, made by an ExternalSecret through a SecretStore of its own (named after the
   * workload) that reads the project's Secret Manager as the workload's own ServiceAccount, and so as
   * its own GCP service account (`gcpServiceAccount`): each key from a Secret Manager key, read by the
   * application from an environment variable.
   * @default - no secrets
   */
  readonly secret?: {
    readonly name: string;
    /** GCP project whose Secret Manager holds the keys. */
    readonly gcpProject: string;
    readonly entries: readonly (ExternalSecretEntry & { readonly envVar: string })[];
  };
  /**
   * The workload's mesh policy: who may call it, what it may reach, how callers protect themselves.
   * @default - none
   */
  readonly mesh?: Pick<WorkloadMeshPolicyProps, 'allowedPrincipals' | 'egressHosts' | 'circuitBreaker'>;
  /**
   * Public routes from the ingress gateway to the workload (API gateways).
   * @default - not routed from outside the mesh
   */
  readonly ingressRoute?: Pick<IngressRouteProps, 'hosts' | 'gateway' | 'timeoutSeconds' | 'responseHeaders'> & {
    /** URL path prefixes routed to this workload. @default ['/'] */
    readonly paths?: readonly string[];
    /**
     * The other workloads routed on the same hosts, each under its own prefixes: one VirtualService
     * routes them all (longest prefix first), named after `name`.
     * @default - none: the hosts are this workload's alone
     */
    readonly alongside?: readonly IngressDestination[];
    /** Name of the VirtualService. @default - the workload's */
    readonly name?: string;
  };
  /**
   * Metrics, golden-signal alerts and a dashboard.
   * @default - not monitored
   */
  readonly monitoring?: Pick<WorkloadMonitoringProps, 'thresholds' | 'availabilityObjective' | 'dashboardNamespace'>;
}

/**
 * A chart (one file under dist/) holding one workload with everything that exists for it alone: the
 * ExternalSecret that creates its Secret, its mesh policy and its public route. Removing a workload
 * removes all of it.
 */
export class WorkloadChart extends PlatformChart {
  readonly workload: Workload;
  readonly externalSecret?: WorkloadExternalSecret;

  constructor(scope: Construct, id: string, props: WorkloadChartProps) {
    super(scope, id, props);
    const { secret, ...workload } = props;
    this.workload = new Workload(this, 'Workload', {
      ...workload,
      ...(secret
        ? { secret: { name: secret.name, env: secret.entries.map((e) => ({ name: e.envVar, key: e.key })) } }
        : {}),
    });
    if (secret) {
      // The store reads as the workload's ServiceAccount, which must exist first.
      setSyncWave(this.workload.serviceAccount, SYNC_WAVE.identities);
      new SecretManagerStore(this, 'SecretStore', {
        name: props.name,
        namespace: props.namespace,
        gcpProject: secret.gcpProject,
        serviceAccount: props.name,
        labels: this.workload.labels,
      });
      this.externalSecret = new WorkloadExternalSecret(this, 'ExternalSecret', {
        name: props.name,
        namespace: props.namespace,
        labels: this.workload.labels,
        target: secret.name,
        store: props.name,
        entries: secret.entries,
      });
    }
    const { name, namespace } = props;
    const { labels, podSelector } = this.workload;
    const host = `${name}.${namespace}.svc.cluster.local`;
    if (props.mesh) {
      new WorkloadMeshPolicy(this, 'Mesh', {
        name,
        namespace,
        labels,
        podSelector,
        host,
        port: props.port,
        ...props.mesh,
      });
    }
    if (props.monitoring) {
      new WorkloadMonitoring(this, 'Monitoring', {
        name,
        namespace,
        labels,
        podSelector,
        protocol: props.protocol ?? 'http',
        ...props.monitoring,
      });
    }
    if (props.ingressRoute) {
      const { paths, alongside, name: routeName, ...route } = props.ingressRoute;
      new IngressRoute(this, 'IngressRoute', {
        name: routeName ?? name,
        namespace,
        labels,
        destinations: [{ name, host, port: props.port, ...(paths ? { paths } : {}) }, ...(alongside ?? [])],
        ...route,
      });
    }
  }
}
