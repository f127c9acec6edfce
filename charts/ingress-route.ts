import { VirtualService } from '@kubernetes-models/istio/networking.istio.io/v1/VirtualService';
import { Construct } from 'constructs';
import { addModel } from './model-object';

/** Where the requests under some path prefixes go. */
export interface IngressDestination {
  /** Name of the workload (names its routes when a host has several). */
  readonly name: string;
  /** URL path prefixes routed to it. @default ['/'] */
  readonly paths?: readonly string[];
  /** Fully qualified name of the workload's Service. */
  readonly host: string;
  /** Port of the workload's Service. */
  readonly port: number;
}

/** Props of `IngressRoute`. */
export interface IngressRouteProps {
  /** Name of the VirtualService. */
  readonly name: string;
  /** Namespace of the VirtualService: its workloads'. */
  readonly namespace: string;
  /** Labels of every object. @default - the chart's labels only */
  readonly labels?: Readonly<Record<string, string>>;
  /** Public host names routed. */
  readonly hosts: readonly string[];
  /** The Istio Gateway, as `<namespace>/<name>`. */
  readonly gateway: string;
  /** The workloads behind the hosts, each with its path prefixes (no prefix twice). */
  readonly destinations: readonly IngressDestination[];
  /** Time allowed for a whole request, retries included. @default 15 */
  readonly timeoutSeconds?: number;
  /** Headers set on every response (e.g. Strict-Transport-Security). @default - none */
  readonly responseHeaders?: Readonly<Record<string, string>>;
}

/** Methods that RFC 9110 defines as safe: a retry can never repeat a side effect. */
const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];

/**
 * The routes of a host's prefixes, longest prefix first (Istio takes the first route that matches, so
 * `/api` must come before `/`), as runs of consecutive prefixes that go to the same workload.
 */
export function prefixRoutes(destinations: readonly IngressDestination[]) {
  const prefixes = destinations
    .flatMap((d) => (d.paths ?? ['/']).map((prefix) => ({ prefix, destination: d })))
    .sort((a, b) => b.prefix.length - a.prefix.length || (a.prefix < b.prefix ? -1 : a.prefix > b.prefix ? 1 : 0));
  const runs: { destination: IngressDestination; prefixes: string[] }[] = [];
  for (const { prefix, destination } of prefixes) {
    const last = runs.at(-1);
    if (last?.destination === destination) last.prefixes.push(prefix);
    else runs.push({ destination, prefixes: [prefix] });
  }
  return runs;
}

/**
 * A VirtualService binding public hosts on the ingress gateway to the workloads behind them, each
 * under its path prefixes, longest prefix first. Safe requests are retried twice on connection
 * failures, resets and 502/503/504; every other request is retried only when it provably never reached
 * the workload (connection refused or failed, stream refused), so a POST is never sent twice.
 * @see https://istio.io/latest/docs/reference/config/networking/virtual-service/
 */
export class IngressRoute extends Construct {
  constructor(scope: Construct, id: string, props: IngressRouteProps) {
    super(scope, id);
    const timeout = props.timeoutSeconds ?? 15;
    const headers = props.responseHeaders ? { headers: { response: { set: { ...props.responseHeaders } } } } : {};
    const runs = prefixRoutes(props.destinations);
    const names = new Map<string, number>();
    const http = runs.flatMap(({ destination, prefixes }) => {
      // One workload: `safe-methods` and `other-methods`; several: prefixed with the workload (and a count).
      const seen = (names.get(destination.name) ?? 0) + 1;
      names.set(destination.name, seen);
      const name = (what: string) =>
        runs.length === 1 ? what : `${destination.name}${seen > 1 ? `-${seen}` : ''}-${what}`;
      const matches = prefixes.map((prefix) => ({ uri: { prefix } }));
      const route = [{ destination: { host: destination.host, port: { number: destination.port } } }];
      return [
        {
          name: name('safe-methods'),
          match: matches.map((m) => ({ ...m, method: { regex: `^(${SAFE_METHODS.join('|')})$` } })),
          route,
          ...headers,
          timeout: `${timeout}s`,
          retries: {
            attempts: 2,
            perTryTimeout: `${Math.max(1, Math.floor(timeout / 3))}s`,
            retryOn: 'connect-failure,refused-stream,reset,unavailable,gateway-error',
          },
        },
        {
          name: name('other-methods'),
          match: matches,
          route,
          ...headers,
          timeout: `${timeout}s`,
          retries: { attempts: 1, retryOn: 'connect-failure,refused-stream' },
        },
      ];
    });
    addModel(
      this,
      'Resource',
      new VirtualService({
        metadata: { name: props.name, namespace: props.namespace, labels: { ...props.labels } },
        spec: { hosts: [...props.hosts], gateways: [props.gateway], http },
      }),
    );
  }
}
