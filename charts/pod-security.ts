/**
 * Pod Security Admission: the level each namespace enforces, and why it is not `restricted` where it is
 * not. The levels are the Kubernetes Pod Security Standards; the built-in admission controller enforces
 * the level a namespace's labels name, at the version they pin.
 * @see https://kubernetes.io/docs/concepts/security/pod-security-admission/
 */

/** The Pod Security Standards, least privileged last. */
export const POD_SECURITY_LEVELS = ['privileged', 'baseline', 'restricted'] as const;
export type PodSecurityLevel = (typeof POD_SECURITY_LEVELS)[number];

/**
 * The version of the standards the labels pin (the cluster's minor version, the Kubernetes schemas the
 * manifests are validated against): a cluster upgrade does not tighten them unseen.
 */
export const POD_SECURITY_VERSION = 'v1.33';

/** A namespace's level; anything less than `restricted` says why. */
export type PodSecurity =
  | { readonly level: 'restricted' }
  | { readonly level: 'baseline' | 'privileged'; readonly reason: string };

export const RESTRICTED: PodSecurity = { level: 'restricted' };

/**
 * The labels of a namespace at `security`: enforced at its level; warnings and audit annotations at
 * `restricted` everywhere, so that every departure from it shows on each apply and in the audit log.
 */
export function podSecurityLabels(security: PodSecurity): Record<string, string> {
  const prefix = 'pod-security.kubernetes.io';
  return {
    [`${prefix}/enforce`]: security.level,
    [`${prefix}/enforce-version`]: POD_SECURITY_VERSION,
    [`${prefix}/warn`]: 'restricted',
    [`${prefix}/warn-version`]: POD_SECURITY_VERSION,
    [`${prefix}/audit`]: 'restricted',
    [`${prefix}/audit-version`]: POD_SECURITY_VERSION,
  };
}

/** Of two levels, the more privileged: the one that admits the pods either admits. */
export function mostPrivileged(a: PodSecurity, b: PodSecurity): PodSecurity {
  return POD_SECURITY_LEVELS.indexOf(a.level) <= POD_SECURITY_LEVELS.indexOf(b.level) ? a : b;
}

/**
 * What the pods of each operator chart need, by chart name, checked by rendering the pinned charts
 * with the platform's values (Helm 4.1.4) and evaluating every pod template against the standards.
 * Charts not listed run `restricted` pods (with the values `platform-operators.ts` gives them).
 */
export const CHART_POD_SECURITY: Readonly<Record<string, PodSecurity>> = {
  // The Istio CNI node agent installs the CNI plugin on each node and sets up every pod's traffic
  // redirection: a privileged DaemonSet with host paths and the host network. It is what lets injected
  // pods do without the NET_ADMIN/NET_RAW `istio-init` container, so their namespaces stay restricted.
  cni: {
    level: 'privileged',
    reason: 'Istio CNI node agent: privileged DaemonSet on the host network with host paths (replaces istio-init)',
  },
  // kube-prometheus-stack's node exporter reads the node's /proc, /sys and root file system on the host's
  // network and PID namespaces (what node metrics are).
  'kube-prometheus-stack': {
    level: 'privileged',
    reason: 'node exporter (kube-prometheus-stack): host network and PID namespaces, host paths /proc, /sys and /',
  },
  // Grafana Alloy's chart sets no security context (its container runs as the image's root user); it
  // reads logs through the Kubernetes API and needs nothing of baseline's exceptions.
  alloy: {
    level: 'baseline',
    reason: "Grafana Alloy (chart defaults): runs as the image's root user, no seccomp profile, capabilities kept",
  },
  // Loki's chart sets no seccomp profile on its pods (Loki, its gateway, caches and canary).
  loki: { level: 'baseline', reason: 'Loki (chart defaults): its pods set no seccomp profile' },
};
