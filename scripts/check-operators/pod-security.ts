/**
 * The Pod Security Standards (Kubernetes 1.33, https://kubernetes.io/docs/concepts/security/pod-security-standards/)
 * as Pod Security Admission enforces them on a namespace labelled `pod-security.kubernetes.io/enforce`:
 * why a pod spec violates the baseline or the restricted level. Used to check that the namespaces'
 * levels admit the pods the operators' charts run there.
 */
import { asArray, asObject, type Json } from '../../lib/json';

export type PodSecurityLevel = 'privileged' | 'baseline' | 'restricted';

/** Capabilities the baseline level lets a container add. */
const BASELINE_CAPABILITIES = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);
/** Sysctls the baseline level allows. */
const SAFE_SYSCTLS = new Set([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
]);
/** Volume types the restricted level allows. */
const RESTRICTED_VOLUMES = new Set([
  'configMap',
  'csi',
  'downwardAPI',
  'emptyDir',
  'ephemeral',
  'persistentVolumeClaim',
  'projected',
  'secret',
]);

/** Why the pod spec violates the level (empty: PSA admits it). */
export function podSecurityViolations(pod: Json, level: PodSecurityLevel): string[] {
  if (level === 'privileged') return [];
  const out: string[] = [];
  const podContext = asObject(pod.securityContext);
  const containers = [
    ...asArray(pod.initContainers),
    ...asArray(pod.containers),
    ...asArray(pod.ephemeralContainers),
  ].map(asObject);
  const each = (test: (c: Json, ctx: Json) => string | undefined) => {
    for (const c of containers) {
      const why = test(c, asObject(c.securityContext));
      if (why) out.push(`container ${String(c.name)}: ${why}`);
    }
  };
  // Baseline
  for (const host of ['hostNetwork', 'hostPID', 'hostIPC'] as const) if (pod[host] === true) out.push(`${host}: true`);
  each((_, ctx) => (ctx.privileged === true ? 'privileged' : undefined));
  each((_, ctx) => {
    const added = asArray(asObject(ctx.capabilities).add).map(String);
    const bad = added.filter((cap) => !BASELINE_CAPABILITIES.has(cap));
    return bad.length > 0 ? `adds capabilities ${bad.join(', ')}` : undefined;
  });
  for (const v of asArray(pod.volumes).map(asObject)) {
    if (v.hostPath) out.push(`volume ${String(v.name)}: hostPath ${String(asObject(v.hostPath).path)}`);
  }
  each((c) => (asArray(c.ports).some((p) => asObject(p).hostPort) ? 'hostPort' : undefined));
  const seccompOf = (ctx: Json) => asObject(ctx.seccompProfile).type as string | undefined;
  if (seccompOf(podContext) === 'Unconfined') out.push('seccompProfile Unconfined');
  each((_, ctx) => (seccompOf(ctx) === 'Unconfined' ? 'seccompProfile Unconfined' : undefined));
  each((_, ctx) =>
    ctx.procMount !== undefined && ctx.procMount !== 'Default' ? `procMount ${String(ctx.procMount)}` : undefined,
  );
  for (const s of asArray(podContext.sysctls).map((x) => String(asObject(x).name))) {
    if (!SAFE_SYSCTLS.has(s)) out.push(`sysctl ${s}`);
  }
  if (level === 'baseline') return out;
  // Restricted
  for (const v of asArray(pod.volumes).map(asObject)) {
    const type = Object.keys(v).find((k) => k !== 'name');
    if (type && !RESTRICTED_VOLUMES.has(type) && type !== 'hostPath')
      out.push(`volume ${String(v.name)}: type ${type}`);
  }
  each((_, ctx) => (ctx.allowPrivilegeEscalation !== false ? 'allowPrivilegeEscalation is not false' : undefined));
  each((_, ctx) =>
    ctx.runAsNonRoot === true || (ctx.runAsNonRoot === undefined && podContext.runAsNonRoot === true)
      ? undefined
      : 'runAsNonRoot is not true',
  );
  if (podContext.runAsUser === 0) out.push('runAsUser 0');
  each((_, ctx) => (ctx.runAsUser === 0 ? 'runAsUser 0' : undefined));
  each((_, ctx) => {
    const type = seccompOf(ctx) ?? seccompOf(podContext);
    return type === 'RuntimeDefault' || type === 'Localhost'
      ? undefined
      : 'no seccompProfile RuntimeDefault or Localhost';
  });
  each((_, ctx) => {
    const caps = asObject(ctx.capabilities);
    const drop = asArray(caps.drop).map(String);
    const add = asArray(caps.add).map(String);
    if (!drop.includes('ALL')) return 'capabilities do not drop ALL';
    return add.some((a) => a !== 'NET_BIND_SERVICE') ? `adds capabilities ${add.join(', ')}` : undefined;
  });
  return [...new Set(out)];
}
