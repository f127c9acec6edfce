import { ApiObject, JsonPatch, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { Construct } from 'constructs';
import type { ResourceSize } from '../lib/model';
import { PlatformChart, type PlatformChartProps } from './platform-chart';

/** UID and GID the containers run as: numeric, so that `runAsNonRoot` can be verified by the kubelet. */
const USER_ID = 10001;

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
  /** Port the container serves on, exposed by the Service under the same number. */
  readonly port: number;
  /**
   * Application protocol of the port; it names the Service port, which is how Istio selects the protocol.
   * @default 'http'
   */
  readonly protocol?: 'http' | 'grpc';
  /** Number of pods. */
  readonly replicas: number;
  /** CPU and memory requests and limits of the application container. */
  readonly resources: ResourceSize;
  /**
   * GCP service account the pods run as through GKE Workload Identity.
   * @default - no GCP identity
   */
  readonly gcpServiceAccount?: string;
}

/**
 * One application workload: a Deployment with a hardened pod, the Service in front of it and the
 * ServiceAccount it runs as. API gateways and microservices alike: they differ only in their props.
 */
export class Workload extends Construct {
  readonly deployment: kplus.Deployment;
  readonly service: kplus.Service;
  readonly serviceAccount: kplus.ServiceAccount;

  constructor(scope: Construct, id: string, props: WorkloadProps) {
    super(scope, id);
    const { name, namespace } = props;
    const protocol = props.protocol ?? 'http';
    /** Stable across versions: a selector must never change. */
    const selector = { 'app.kubernetes.io/name': name, 'app.kubernetes.io/instance': name };
    const labels = {
      ...selector,
      'app.kubernetes.io/version': props.imageTag,
      'app.kubernetes.io/component': props.component,
      app: name,
      version: props.imageTag,
    };

    this.serviceAccount = new kplus.ServiceAccount(this, 'ServiceAccount', {
      metadata: {
        name,
        namespace,
        labels,
        annotations: props.gcpServiceAccount ? { 'iam.gke.io/gcp-service-account': props.gcpServiceAccount } : {},
      },
      automountToken: false,
    });

    this.deployment = new kplus.Deployment(this, 'Deployment', {
      metadata: { name, namespace, labels },
      podMetadata: { labels },
      select: false,
      replicas: props.replicas,
      serviceAccount: this.serviceAccount,
      automountServiceAccountToken: false,
      securityContext: { ensureNonRoot: true, user: USER_ID, group: USER_ID, fsGroup: USER_ID },
      containers: [
        {
          name,
          image: `${props.imageRepository}:${props.imageTag}`,
          imagePullPolicy: kplus.ImagePullPolicy.ALWAYS,
          ports: [{ name: protocol, number: props.port }],
          resources: {
            cpu: {
              request: kplus.Cpu.millis(props.resources.requests.cpuMillis),
              limit: kplus.Cpu.millis(props.resources.limits.cpuMillis),
            },
            memory: {
              request: Size.mebibytes(props.resources.requests.memoryMiB),
              limit: Size.mebibytes(props.resources.limits.memoryMiB),
            },
          },
          securityContext: {
            ensureNonRoot: true,
            user: USER_ID,
            group: USER_ID,
            privileged: false,
            readOnlyRootFilesystem: true,
            allowPrivilegeEscalation: false,
            capabilities: { drop: [kplus.Capability.ALL] },
            seccompProfile: { type: kplus.SeccompProfileType.RUNTIME_DEFAULT },
          },
          volumeMounts: [{ path: '/tmp', volume: kplus.Volume.fromEmptyDir(this, 'tmp', 'tmp') }],
        },
      ],
    });
    this.deployment.select(kplus.LabelSelector.of({ labels: selector }));
    // cdk8s-plus always labels pods with a hash of the construct path; the stable labels above select them.
    ApiObject.of(this.deployment).addJsonPatch(
      JsonPatch.remove('/spec/template/metadata/labels/cdk8s.io~1metadata.addr'),
    );

    // Selecting by the Deployment object would add cdk8s's hashed `cdk8s.io/metadata.addr` label to the
    // pods; the Service selects the same stable labels as the Deployment instead.
    this.service = new kplus.Service(this, 'Service', {
      metadata: { name, namespace, labels },
      ports: [{ name: protocol, port: props.port, targetPort: props.port }],
    });
    for (const [key, value] of Object.entries(selector)) this.service.selectLabel(key, value);
  }
}

export interface WorkloadChartProps extends PlatformChartProps, WorkloadProps {}

/** A chart (one file under dist/) holding one workload. */
export class WorkloadChart extends PlatformChart {
  readonly workload: Workload;

  constructor(scope: Construct, id: string, props: WorkloadChartProps) {
    super(scope, id, props);
    this.workload = new Workload(this, 'Workload', props);
  }
}
