import { Certificate } from '@kubernetes-models/cert-manager/cert-manager.io/v1/Certificate';
import { ClusterIssuer } from '@kubernetes-models/cert-manager/cert-manager.io/v1/ClusterIssuer';
import { AuthorizationPolicy } from '@kubernetes-models/istio/security.istio.io/v1/AuthorizationPolicy';
import { Gateway } from '@kubernetes-models/istio/networking.istio.io/v1/Gateway';
import type { Construct } from 'constructs';
import { addModel } from './model-object';
import { PlatformChart, type PlatformChartProps } from './platform-chart';

/** A public host and the namespace whose VirtualServices may bind it. */
export interface PublicHost {
  /** Fully qualified host name. */
  readonly host: string;
  /** Namespace whose VirtualServices may bind the host. */
  readonly namespace: string;
}

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
}

/**
 * The edge: the Istio Gateway on the ingress gateway (HTTPS only; HTTP answers with a redirect), the
 * cert-manager Certificate of every public host and the ClusterIssuer that gets it from Let's Encrypt
 * (DNS-01, so that neither the redirect nor an IP allow-list gets in the way), and, where the ingress is
 * not public, an AuthorizationPolicy on the ingress gateway that denies every other source.
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
              tls: { mode: 'SIMPLE', credentialName: tlsSecret, minProtocolVersion: 'TLSV1_2' },
            },
          ],
        },
      }),
    );
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
