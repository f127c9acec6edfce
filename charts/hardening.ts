import { Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import type { ResourceSize } from '../lib/model';

/** UID and GID the containers run as: numeric, so that the kubelet can verify `runAsNonRoot`. */
export const USER_ID = 10001;

/**
 * What every container of the platform has: a numeric non-root user, a read-only root file system, no
 * privilege escalation, no capabilities, the runtime's default seccomp profile, and images pulled on
 * every start (so a node never runs a stale copy of a tag).
 */
export function hardenedContainer(): Pick<kplus.ContainerProps, 'securityContext' | 'imagePullPolicy'> {
  return {
    imagePullPolicy: kplus.ImagePullPolicy.ALWAYS,
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
  };
}

/** Requests and limits of a container. */
export function containerResources(size: ResourceSize): kplus.ContainerResources {
  return {
    cpu: { request: kplus.Cpu.millis(size.requests.cpuMillis), limit: kplus.Cpu.millis(size.limits.cpuMillis) },
    memory: { request: Size.mebibytes(size.requests.memoryMiB), limit: Size.mebibytes(size.limits.memoryMiB) },
  };
}
