import { VirtualService } from '@kubernetes-models/istio/networking.istio.io/v1/VirtualService';
import { Construct } from 'constructs';
import { addModel } from './model-object';

/** Props of `IngressRoute`. */
export interface IngressRouteProps {
  /** Name of the VirtualService (the workload's). */
  readonly name: string;
  /** Namespace of the VirtualService: the workload's. */
  readonly namespace: string;
  /** Labels of every object. @default - the chart's labels only */
  readonly labels?: Readonly<Record<string, string>>;
  /** Public host names routed to the workload. */
  readonly hosts: readonly string[];
  /** The Istio Gateway, as `<namespace>/<name>`. */
  readonly gateway: string;
  /** URL path prefixes routed. @default ['/'] */
  readonly paths?: readonly string[];
  /** Fully qualified name of the workload's Service, and its port. */
  readonly destination: { readonly host: string; readonly port: number };
  /** Time allowed for a whole request, retries included. @default 15 */
  readonly timeoutSeconds?: number;
}

/** Methods that RFC 9110 defines as safe: a retry can never repeat a side effect. */
const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];

/**
 * A VirtualService binding public hosts on the ingress gateway to one workload's Service. Safe
 * requests are retried twice on connection failures, resets and 502/503/504; every other request is
 * retried only when it provably never reached the workload (connection refused or failed, stream
 * refused), so a POST is never sent twice.
 * @see https://istio.io/latest/docs/reference/config/networking/virtual-service/
 */
export class IngressRoute extends Construct {
  constructor(scope: Construct, id: string, props: IngressRouteProps) {
    super(scope, id);
    const timeout = props.timeoutSeconds ?? 15;
    const prefixes = (props.paths ?? ['/']).map((prefix) => ({ uri: { prefix } }));
    const route = [{ destination: { host: props.destination.host, port: { number: props.destination.port } } }];
    addModel(
      this,
      'Resource',
      new VirtualService({
        metadata: { name: props.name, namespace: props.namespace, labels: { ...props.labels } },
        spec: {
          hosts: [...props.hosts],
          gateways: [props.gateway],
          http: [
            {
              name: 'safe-methods',
              match: prefixes.map((m) => ({ ...m, method: { regex: `^(${SAFE_METHODS.join('|')})$` } })),
              route,
              timeout: `${timeout}s`,
              retries: {
                attempts: 2,
                perTryTimeout: `${Math.max(1, Math.floor(timeout / 3))}s`,
                retryOn: 'connect-failure,refused-stream,reset,unavailable,gateway-error',
              },
            },
            {
              name: 'other-methods',
              match: prefixes,
              route,
              timeout: `${timeout}s`,
              retries: { attempts: 1, retryOn: 'connect-failure,refused-stream' },
            },
          ],
        },
      }),
    );
  }
}
