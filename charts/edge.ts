import { Certificate } from '@kubernetes-models/cert-manager/cert-manager.io/v1/Certificate';
import { ClusterIssuer } from '@kubernetes-models/cert-manager/cert-manager.io/v1/ClusterIssuer';
import { AuthorizationPolicy } from '@kubernetes-models/istio/security.istio.io/v1/AuthorizationPolicy';
import { Gateway } from '@kubernetes-models/istio/networking.istio.io/v1/Gateway';
import { EnvoyFilter } from '@kubernetes-models/istio/networking.istio.io/v1alpha3/EnvoyFilter';
import type { Construct } from 'constructs';
import { addModel } from './model-object';
import { PlatformChart, type PlatformChartProps } from './platform-chart';

/** A public host and the namespace whose VirtualServices may bind it. */
export interface PublicHost {
  /** Fully qualified host name. */
  readonly host: string;
  /** Namespace whose VirtualServices may bind the host. */
  readonly namespace: string;
  /**
   * Admit only `internalAllowList` to this host.
   * @default false
   */
  readonly internal?: boolean;
  /** Requests to this host that each ingress gateway pod admits (a token bucket refilled every second). */
  readonly rateLimit: { readonly requestsPerSecond: number; readonly burst: number };
}

/**
 * TLS 1.2 cipher suites of the ingress: AEAD only (AES-GCM, ChaCha20-Poly1305), forward secrecy only
 * (ECDHE). TLS 1.3's suites are all AEAD and not configurable in Envoy.
 */
export const AEAD_CIPHER_SUITES = [
  'ECDHE-ECDSA-AES128-GCM-SHA256',
  'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-ECDSA-AES256-GCM-SHA384',
  'ECDHE-RSA-AES128-GCM-SHA256',
  'ECDHE-RSA-CHACHA20-POLY1305',
  'ECDHE-RSA-AES256-GCM-SHA384',
];

const ROUTER = 'envoy.filters.http.router';
const PERCENT_100 = { numerator: 100, denominator: 'HUNDRED' };
const LOCAL_RATE_LIMIT = 'envoy.filters.http.local_ratelimit';
const LOCAL_RATE_LIMIT_TYPE = 'type.googleapis.com/envoy.extensions.filters.http.local_ratelimit.v3.LocalRateLimit';

/** Props of `EdgeChart`. */
export interface EdgeChartProps extends PlatformChartProps {
  /** The ingress gateway: its Deployment's pods carry `istio: <name>`; the Gateway gets the same name. */
  readonly gateway: { readonly name: string; readonly namespace: string };
  /** The public hosts the Gateway serves and its certificate covers. */
  readonly hosts: readonly PublicHost[];
  /** The Let's Encrypt ClusterIssuer: DNS-01 on the Cloud DNS zones of `dnsProject`. */
  readonly issuer: {
    readonly name: string;
    readonly acmeEmail: string;
    readonly acmeServer: string;
    readonly dnsProject: string;
  };
  /**
   * Source ranges admitted by the ingress gateway; all others are denied before any routing.
   * @default - empty: the ingress is public
   */
  readonly sourceAllowList?: readonly string[];
  /** Source ranges admitted to the `internal` hosts (required when there are some). @default [] */
  readonly internalAllowList?: readonly string[];
  /** Largest request body the ingress admits, in bytes (larger: 413). */
  readonly maxRequestBodyBytes: number;
}

/**
 * The edge: the Istio Gateway on the ingress gateway (HTTPS only, TLS 1.2+ with AEAD suites only; HTTP
 * answers with a redirect), the cert-manager Certificate of every public host and the ClusterIssuer that
 * gets it from Let's Encrypt (DNS-01, so that neither the redirect nor an IP allow-list gets in the way);
 * an EnvoyFilter on the ingress gateway that limits each host's request rate (Envoy's local rate limit,
 * per gateway pod, 429 beyond it) and every request's body size (Envoy's buffer filter, 413 beyond it);
 * AuthorizationPolicies that deny every source outside the allow-list: on every host where the ingress
 * is not public, on the internal hosts always.
 */
export class EdgeChart extends PlatformChart {
  constructor(scope: Construct, id: string, props: EdgeChartProps) {
    super(scope, id, props);
    const { name, namespace } = props.gateway;
    const tlsSecret = `${name}-tls`;
    const hosts = [...props.hosts].sort((a, b) => (a.host < b.host ? -1 : 1));
    addModel(
      this,
      'issuer',
      new ClusterIssuer({
        metadata: { name: props.issuer.name },
        spec: {
          acme: {
            server: props.issuer.acmeServer,
            email: props.issuer.acmeEmail,
            privateKeySecretRef: { name: `${props.issuer.name}-account-key` },
            solvers: [{ dns01: { cloudDNS: { project: props.issuer.dnsProject } } }],
          },
        },
      }),
    );
    addModel(
      this,
      'certificate',
      new Certificate({
        metadata: { name: tlsSecret, namespace },
        spec: {
          secretName: tlsSecret,
          dnsNames: hosts.map((h) => h.host),
          issuerRef: { group: 'cert-manager.io', kind: 'ClusterIssuer', name: props.issuer.name },
          privateKey: { algorithm: 'ECDSA', size: 256, rotationPolicy: 'Always' },
        },
      }),
    );
    // `<namespace>/<host>`: only VirtualServices of the API gateway's own namespace can bind its host.
    const bound = hosts.map((h) => `${h.namespace}/${h.host}`);
    addModel(
      this,
      'gateway',
      new Gateway({
        metadata: { name, namespace },
        spec: {
          selector: { istio: name },
          servers: [
            { port: { number: 80, name: 'http', protocol: 'HTTP' }, hosts: bound, tls: { httpsRedirect: true } },
            {
              port: { number: 443, name: 'https', protocol: 'HTTPS' },
              hosts: bound,
              tls: {
                mode: 'SIMPLE',
                credentialName: tlsSecret,
                minProtocolVersion: 'TLSV1_2',
                cipherSuites: [...AEAD_CIPHER_SUITES],
              },
            },
          ],
        },
      }),
    );
    const httpFilter = (value: Record<string, unknown>) => ({
      applyTo: 'HTTP_FILTER' as const,
      match: {
        context: 'GATEWAY' as const,
        listener: {
          filterChain: {
            filter: { name: 'envoy.filters.network.http_connection_manager', subFilter: { name: ROUTER } },
          },
        },
      },
      patch: { operation: 'INSERT_BEFORE' as const, value },
    });
    addModel(
      this,
      'limits',
      new EnvoyFilter({
        metadata: { name: `${name}-limits`, namespace },
        spec: {
          workloadSelector: { labels: { istio: name } },
          configPatches: [
            // The rate limiter first (it costs nothing), configured per host below; then the body limit.
            httpFilter({
              name: LOCAL_RATE_LIMIT,
              typed_config: { '@type': LOCAL_RATE_LIMIT_TYPE, stat_prefix: 'http_local_rate_limiter' },
            }),
            httpFilter({
              name: 'envoy.filters.http.buffer',
              typed_config: {
                '@type': 'type.googleapis.com/envoy.extensions.filters.http.buffer.v3.Buffer',
                max_request_bytes: props.maxRequestBodyBytes,
              },
            }),
            // Istio names a gateway's virtual hosts `<host>:<port>`.
            ...hosts.map((h) => ({
              applyTo: 'VIRTUAL_HOST' as const,
              match: {
                context: 'GATEWAY' as const,
                routeConfiguration: { portNumber: 443, vhost: { name: `${h.host}:443` } },
              },
              patch: {
                operation: 'MERGE' as const,
                value: {
                  typed_per_filter_config: {
                    [LOCAL_RATE_LIMIT]: {
                      '@type': LOCAL_RATE_LIMIT_TYPE,
                      stat_prefix: 'http_local_rate_limiter',
                      token_bucket: {
                        max_tokens: h.rateLimit.burst,
                        tokens_per_fill: h.rateLimit.requestsPerSecond,
                        fill_interval: '1s',
                      },
                      filter_enabled: { runtime_key: 'local_rate_limit_enabled', default_value: PERCENT_100 },
                      filter_enforced: { runtime_key: 'local_rate_limit_enforced', default_value: PERCENT_100 },
                    },
                  },
                },
              },
            })),
          ],
        },
      }),
    );
    const internal = hosts.filter((h) => h.internal === true).map((h) => h.host);
    if (internal.length > 0) {
      addModel(
        this,
        'internal-hosts',
        new AuthorizationPolicy({
          metadata: { name: `${name}-internal-hosts`, namespace },
          spec: {
            selector: { matchLabels: { istio: name } },
            action: 'DENY',
            rules: [
              {
                from: [{ source: { notRemoteIpBlocks: [...(props.internalAllowList ?? [])] } }],
                // The Host header with or without a port: what routing matches.
                to: [{ operation: { hosts: internal.flatMap((host) => [host, `${host}:*`]) } }],
              },
            ],
          },
        }),
      );
    }
    const allowList = props.sourceAllowList ?? [];
    if (allowList.length > 0) {
      addModel(
        this,
        'source-allow-list',
        new AuthorizationPolicy({
          metadata: { name: `${name}-source-allow-list`, namespace },
          spec: {
            selector: { matchLabels: { istio: name } },
            action: 'DENY',
            rules: [{ from: [{ source: { notRemoteIpBlocks: [...allowList] } }] }],
          },
        }),
      );
    }
  }
}
