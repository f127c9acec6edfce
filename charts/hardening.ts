import type { IContainer } from 'kubernetes-models/v1/Container';
import type { IResourceRequirements } from 'kubernetes-models/v1/ResourceRequirements';
import type { ResourceSize } from '../lib/model';

/** UID and GID the containers run as: numeric, so that the kubelet can verify `runAsNonRoot`. */
export const USER_ID = 10001;

/**
 * What every container of the platform has: a numeric non-root user, a read-only root file system, no
 * privilege escalation, no capabilities, the runtime's default seccomp profile, and images pulled on
 * every start (so a node never runs a stale copy of a tag).
 */
export function hardenedContainer(): Pick<IContainer, 'securityContext' | 'imagePullPolicy'> {
  return {
    imagePullPolicy: 'Always',
    securityContext: {
      runAsNonRoot: true,
      runAsUser: USER_ID,
      runAsGroup: USER_ID,
      privileged: false,
      readOnlyRootFilesystem: true,
      allowPrivilegeEscalation: false,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    },
  };
}

/** Requests and limits of a container (CPU in millicores, memory in MiB). */
export function containerResources(size: ResourceSize): IResourceRequirements {
  return {
    requests: { cpu: `${size.requests.cpuMillis}m`, memory: `${size.requests.memoryMiB}Mi` },
    limits: { cpu: `${size.limits.cpuMillis}m`, memory: `${size.limits.memoryMiB}Mi` },
  };
}
