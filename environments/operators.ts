import type { EnvironmentInput } from '../lib/config/schema';

/**
 * The operators and shared components Argo CD installs, as pinned Helm charts: the versions whose CRDs
 * the manifests are validated against (../shared/crds/README.md). Every environment uses these unless
 * it overrides one on purpose (`operators: { ...OPERATOR_CHARTS, loki: { ... } }`).
 */
export const OPERATOR_CHARTS: EnvironmentInput['operators'] = {
  istioBase: { repoURL: 'https://istio-release.storage.googleapis.com/charts', chart: 'base', version: '1.30.3' },
  istiod: { repoURL: 'https://istio-release.storage.googleapis.com/charts', chart: 'istiod', version: '1.30.3' },
  istioGateway: { repoURL: 'https://istio-release.storage.googleapis.com/charts', chart: 'gateway', version: '1.30.3' },
  certManager: { repoURL: 'https://charts.jetstack.io', chart: 'cert-manager', version: 'v1.21.1' },
  externalSecrets: { repoURL: 'https://charts.external-secrets.io', chart: 'external-secrets', version: '2.9.0' },
  strimzi: { repoURL: 'https://strimzi.io/charts/', chart: 'strimzi-kafka-operator', version: '1.2.0' },
  psmdbOperator: {
    repoURL: 'https://percona.github.io/percona-helm-charts/',
    chart: 'psmdb-operator',
    version: '1.22.0',
  },
  // Ships prometheus-operator v0.93.0.
  kubePrometheusStack: {
    repoURL: 'https://prometheus-community.github.io/helm-charts',
    chart: 'kube-prometheus-stack',
    version: '88.0.0',
  },
  loki: { repoURL: 'https://grafana.github.io/helm-charts', chart: 'loki', version: '6.30.1' },
  // The log agent: ships every pod's logs to Loki (Alloy v1.10.0).
  alloy: { repoURL: 'https://grafana.github.io/helm-charts', chart: 'alloy', version: '1.2.0' },
  istioCni: { repoURL: 'https://istio-release.storage.googleapis.com/charts', chart: 'cni', version: '1.30.3' },
  // The newest chart that could be obtained (it ships Argo CD v3.4.4); its image tag is set to the
  // release this platform runs (ARGO_CD_VERSION in charts/platform-operators.ts).
  argoCd: { repoURL: 'https://argoproj.github.io/argo-helm', chart: 'argo-cd', version: '10.1.1' },
};
