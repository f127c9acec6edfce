/**
 * Hardening and placement of the pods that operators (Strimzi, Percona) create from the platform's
 * custom resources, as plain objects for their CRDs' pod templates. The same rules as `hardening.ts`
 * applies to the platform's own containers, within what the operators' images allow.
 */

/** Topology key of a node's zone. */
export const ZONE = 'topology.kubernetes.io/zone';
/** Topology key of a node. */
export const HOSTNAME = 'kubernetes.io/hostname';
/** The container runtime's default seccomp profile (the restricted Pod Security Standard requires one). */
export const RUNTIME_DEFAULT = { type: 'RuntimeDefault' };

export interface OperatorPodSecurityOptions {
  /**
   * The user every container runs as, and its primary group: numeric, so that the kubelet can verify
   * `runAsNonRoot`, and never group 0 (the images' default group, which owns files of the image).
   */
  readonly user: number;
  /**
   * Whether the pod writes persistent volumes: they are then owned by the user's group (`fsGroup`).
   * @default false
   */
  readonly ownsVolumes?: boolean;
}

/**
 * Pod security context: a numeric non-root user in a group of its own (not root's group 0), the
 * runtime's default seccomp profile for every container, the operator's own and any injected one.
 */
export function operatorPodSecurity(options: OperatorPodSecurityOptions) {
  return {
    runAsNonRoot: true,
    runAsUser: options.user,
    runAsGroup: options.user,
    ...(options.ownsVolumes ? { fsGroup: options.user } : {}),
    seccompProfile: { type: 'RuntimeDefault' },
  };
}

export interface OperatorContainerSecurityOptions {
  /**
   * User to run as, where the image names its user rather than giving its number (the kubelet can only
   * verify `runAsNonRoot` for a numeric user).
   * @default - the image's user
   */
  readonly runAsUser?: number;
  /**
   * Whether the image can run with a read-only root file system (Strimzi's can; Percona's mongod
   * writes under its root file system).
   * @default true
   */
  readonly readOnlyRootFilesystem?: boolean;
}

/** Container security context: non-root, no privilege escalation, no capabilities, seccomp RuntimeDefault. */
export function operatorContainerSecurity(options: OperatorContainerSecurityOptions = {}) {
  return {
    runAsNonRoot: true,
    ...(options.runAsUser === undefined ? {} : { runAsUser: options.runAsUser }),
    privileged: false,
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: options.readOnlyRootFilesystem ?? true,
    capabilities: { drop: ['ALL'] },
    seccompProfile: { type: 'RuntimeDefault' },
  };
}
