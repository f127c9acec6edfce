/**
 * Every selector of `dist/` that picks pods or Services where operators run (NetworkPolicies and their
 * peers, the Istio Gateway's and policies' workload selectors, ServiceMonitors, PodMonitors) must find
 * them among what the cluster will run: the rendered charts' pods and Services, `dist/`'s own, and the
 * pods operators make from custom resources. A selector that finds nothing is a rule that silently
 * admits, scrapes or routes nothing.
 */
import { asArray, asObject, type Json } from '../../lib/json';
import {
  environmentPods,
  isEmptySelector,
  meta,
  nameOf,
  namespaceLabels,
  selects,
  type LabelSelector,
  type Pod,
  type RenderedApplication,
} from './cluster-view';

export interface SelectorProblem {
  readonly where: string;
  readonly message: string;
}

/** A selector found in `dist/`: what it is, the namespaces it looks in, and what it must select. */
interface Selection {
  readonly where: string;
  readonly what: string;
  readonly namespaces: readonly string[];
  readonly selector: LabelSelector;
  readonly target: 'pods' | 'services';
  /** For monitors: the port each endpoint names, which the selected Services or pods must have. */
  readonly ports?: readonly string[];
}

const show = (s: LabelSelector) => JSON.stringify(s.matchLabels ?? s);

/** The namespaces a NetworkPolicy peer or a monitor's namespaceSelector covers. */
function namespacesOf(
  all: Map<string, Readonly<Record<string, string>>>,
  own: string,
  selector: LabelSelector | undefined,
): string[] {
  if (!selector) return [own];
  return [...all].filter(([, labels]) => selects(selector, labels)).map(([ns]) => ns);
}

function selections(dist: readonly Json[], namespaces: Map<string, Readonly<Record<string, string>>>): Selection[] {
  const out: Selection[] = [];
  for (const o of dist) {
    const ns = String(meta(o).namespace ?? '');
    const spec = asObject(o.spec);
    const where = nameOf(o);
    if (o.kind === 'NetworkPolicy') {
      const podSelector = asObject(spec.podSelector) as LabelSelector;
      if (!isEmptySelector(podSelector))
        out.push({ where, what: 'spec.podSelector', namespaces: [ns], selector: podSelector, target: 'pods' });
      for (const [direction, key] of [
        ['ingress', 'from'],
        ['egress', 'to'],
      ] as const) {
        asArray(spec[direction]).forEach((rule, i) => {
          asArray(asObject(rule)[key]).forEach((peer, j) => {
            const p = asObject(peer);
            if (!p.podSelector || isEmptySelector(asObject(p.podSelector))) return;
            out.push({
              where,
              what: `spec.${direction}[${i}].${key}[${j}].podSelector`,
              namespaces: namespacesOf(namespaces, ns, p.namespaceSelector as LabelSelector | undefined),
              selector: asObject(p.podSelector) as LabelSelector,
              target: 'pods',
            });
          });
        });
      }
    } else if (o.kind === 'Gateway' && String(o.apiVersion).startsWith('networking.istio.io/')) {
      // Istio applies a Gateway to matching gateway pods of every namespace.
      out.push({
        where,
        what: 'spec.selector',
        namespaces: [...namespaces.keys()],
        selector: { matchLabels: asObject(spec.selector) as Record<string, string> },
        target: 'pods',
      });
    } else if (['AuthorizationPolicy', 'PeerAuthentication', 'RequestAuthentication'].includes(String(o.kind))) {
      const selector = asObject(spec.selector) as LabelSelector;
      if (!isEmptySelector(selector))
        out.push({ where, what: 'spec.selector', namespaces: [ns], selector, target: 'pods' });
    } else if (o.kind === 'Sidecar' && spec.workloadSelector) {
      const selector = { matchLabels: asObject(asObject(spec.workloadSelector).labels) as Record<string, string> };
      out.push({ where, what: 'spec.workloadSelector', namespaces: [ns], selector, target: 'pods' });
    } else if (o.kind === 'ServiceMonitor' || o.kind === 'PodMonitor') {
      const nsSelector = asObject(spec.namespaceSelector);
      const monitored =
        nsSelector.any === true
          ? [...namespaces.keys()]
          : asArray(nsSelector.matchNames).length > 0
            ? asArray(nsSelector.matchNames).map(String)
            : [ns];
      const endpoints = asArray(o.kind === 'ServiceMonitor' ? spec.endpoints : spec.podMetricsEndpoints).map(asObject);
      out.push({
        where,
        what: 'spec.selector',
        namespaces: monitored,
        selector: asObject(spec.selector) as LabelSelector,
        target: o.kind === 'ServiceMonitor' ? 'services' : 'pods',
        ports: endpoints.flatMap((e) => (typeof e.port === 'string' ? [e.port] : [])),
      });
    }
  }
  return out;
}

const containerPorts = (pod: Pod) =>
  [...asArray(pod.spec?.containers), ...asArray(pod.spec?.initContainers)].flatMap((c) =>
    asArray(asObject(c).ports).map((p) => String(asObject(p).name)),
  );

/**
 * Checks every selector that looks where an operator's chart runs pods (or Services); the others (the
 * workloads' own) are other tests' business. Returns the problems and how many selectors were checked.
 */
export function selectorProblems(
  dist: readonly Json[],
  rendered: readonly RenderedApplication[],
): { problems: SelectorProblem[]; checked: number } {
  const pods = environmentPods(dist, rendered);
  const operatorNamespaces = new Set(pods.filter((p) => p.application).map((p) => p.namespace));
  const services = [...dist, ...rendered.flatMap((r) => r.objects)].filter((o) => o.kind === 'Service');
  const namespaces = namespaceLabels(dist, [
    ...operatorNamespaces,
    ...rendered.map((r) => String(asObject(asObject(r.app.spec).destination).namespace)),
  ]);
  const problems: SelectorProblem[] = [];
  let checked = 0;
  for (const s of selections(dist, namespaces)) {
    const scope = s.namespaces.filter((ns) => operatorNamespaces.has(ns));
    if (scope.length === 0) continue;
    checked++;
    const inScope = pods.filter((p) => s.namespaces.includes(p.namespace));
    if (s.target === 'pods') {
      const found = inScope.filter((p) => selects(s.selector, p.labels));
      if (found.length === 0) {
        const there = inScope
          .filter((p) => p.application)
          .map((p) => `${p.owner} (${p.application}) ${JSON.stringify(p.labels)}`);
        problems.push({
          where: s.where,
          message: `${s.what} ${show(s.selector)} selects no pod in ${s.namespaces.join(', ')}; the charts' pods there: ${there.join('; ')}`,
        });
        continue;
      }
      for (const port of s.ports ?? []) {
        if (!found.some((p) => containerPorts(p).includes(port)) && found.some((p) => p.spec)) {
          problems.push({ where: s.where, message: `${s.what}: no selected pod has a container port named ${port}` });
        }
      }
    } else {
      const found = services.filter(
        (svc) => s.namespaces.includes(String(meta(svc).namespace)) && selects(s.selector, meta(svc).labels ?? {}),
      );
      if (found.length === 0) {
        problems.push({
          where: s.where,
          message: `${s.what} ${show(s.selector)} selects no Service in ${s.namespaces.join(', ')}`,
        });
        continue;
      }
      for (const port of s.ports ?? []) {
        const named = found.some((svc) => asArray(asObject(svc.spec).ports).some((p) => asObject(p).name === port));
        if (!named)
          problems.push({ where: s.where, message: `${s.what}: no selected Service has a port named ${port}` });
      }
      for (const svc of found) {
        const podSelector = asObject(asObject(svc.spec).selector) as Record<string, string>;
        if (!pods.some((p) => p.namespace === meta(svc).namespace && selects({ matchLabels: podSelector }, p.labels))) {
          problems.push({ where: s.where, message: `${nameOf(svc)}, which it selects, selects no pod` });
        }
      }
    }
  }
  return { problems, checked };
}
