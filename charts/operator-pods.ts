/**
 * Hardening and placement of the pods that operators (Strimzi, Percona) create from the platform's
 * custom resources, as plain objects for their CRDs' pod templates. The same rules as `hardening.ts`
 * applies to the platform's own containers, within what the operators' images allow.
 */

/** Topology key of a node's zone. */
export const ZONE = 'topology.kubernetes.io/zone';
/** Topology key of a node. */
export const HOSTNAME = 'kubernetes.io/hostname';

export interface OperatorPodSecurityOptions {
  /**
   * Group that owns the pod's volumes (Strimzi's images write their persistent volumes as group 0).
   * @default - none
   */
  readonly fsGroup?: number;
}

/** Pod security context: non-root, the runtime's default seccomp profile. */
export function operatorPodSecurity(options: OperatorPodSecurityOptions = {}) {
  return {
    runAsNonRoot: true,
    seccompProfile: { type: 'RuntimeDefault' },
    ...(options.fsGroup === undefined ? {} : { fsGroup: options.fsGroup }),
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
