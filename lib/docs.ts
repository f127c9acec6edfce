/**
 * Documents generated from the synthesized objects, written to docs/ (outside dist/, so Argo CD never
 * sees them) and checked for drift like dist/: they are as true as the manifests they are read from.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BACKING, flagsSet } from '../charts/backing';
import { asArray, asObject, type Json } from './json';
import type { EnvironmentModel, PlatformModel, WorkloadModel } from './model';
import type { ManifestFile } from './synth';
import type { KubeObject } from './validate';
import type { TreeFile } from './write';

interface KeyRow {
  readonly key: string;
  readonly reader: string;
  readonly target: string;
  readonly account: string;
}

/** Every Secret Manager key the ExternalSecrets of one environment read, with who reads it, sorted. */
function keyRows(objects: readonly KubeObject[]): KeyRow[] {
  const byKey = new Map(objects.map((o) => [`${o.kind} ${o.metadata.namespace}/${o.metadata.name}`, o]));
  const find = (kind: string, namespace: string | undefined, name: unknown) =>
    byKey.get(`${kind} ${namespace}/${String(name)}`);
  return objects
    .filter((o) => o.kind === 'ExternalSecret')
    .flatMap((es) => {
      const spec = asObject(es.spec);
      const store = find('SecretStore', es.metadata.namespace, asObject(spec.secretStoreRef).name);
      const gcpsm = asObject(asObject(asObject(store?.spec).provider).gcpsm);
      // Only Secret Manager: other stores (a copy of an operator's Secret) need no key to exist.
      if (gcpsm.projectID === undefined) return [];
      const accountRef = asObject(asObject(asObject(gcpsm.auth).workloadIdentity).serviceAccountRef).name;
      const annotations = asObject(find('ServiceAccount', es.metadata.namespace, accountRef)?.metadata.annotations);
      const target = String(asObject(spec.target).name ?? es.metadata.name);
      return asArray(spec.data).map((d) => ({
        key: String(asObject(asObject(d).remoteRef).key),
        reader: `${es.metadata.namespace}/${es.metadata.name}`,
        target: `${target} / ${String(asObject(d).secretKey)}`,
        account: String(annotations['iam.gke.io/gcp-service-account'] ?? '?'),
      }));
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.reader < b.reader ? -1 : 1));
}

/** The few fields that tell one object of a kind from another, for the inventory. */
/** The backing services' kinds' identifying fields (charts/backing/<kind>/). */
const BACKING_FIELDS = new Map<string, (o: KubeObject, spec: Json) => string>(
  BACKING.flatMap((backing) => Object.entries(backing.docs?.identifyingFields ?? {})),
);

function identifyingFields(o: KubeObject): string {
  const spec = asObject(o.spec);
  const code = (s: unknown) => `\`${String(s)}\``;
  switch (o.kind) {
    case 'Deployment': {
      const pod = asObject(asObject(spec.template).spec);
      const images = [...asArray(pod.initContainers), ...asArray(pod.containers)].map((c) => asObject(c).image);
      return [
        ...(spec.replicas === undefined ? [] : [`replicas ${String(spec.replicas)}`]),
        ...images.map((i) => code(String(i).split('/').pop())),
      ].join(', ');
    }
    case 'HorizontalPodAutoscaler':
      return `replicas ${String(spec.minReplicas)}-${String(spec.maxReplicas)}`;
    case 'Service':
      return asArray(spec.ports)
        .map((p) => `${String(asObject(p).name)} ${String(asObject(p).port)}`)
        .join(', ');
    case 'VirtualService':
    case 'Certificate':
      return asArray(spec.hosts ?? spec.dnsNames)
        .map(code)
        .join(', ');
    case 'Application': {
      const source = asObject(spec.source);
      return source.chart === undefined
        ? code(source.path)
        : `${String(source.chart)} ${String(source.targetRevision)}`;
    }
    case 'Namespace':
      return `istio-injection ${String(asObject(o.metadata.labels)['istio-injection'])}`;
    case 'PriorityClass':
      return `value ${String(o.value)}`;
    case 'ExternalSecret':
      return `Secret ${String(asObject(spec.target).name ?? o.metadata.name)}`;
    default:
      return BACKING_FIELDS.get(o.kind)?.(o, spec) ?? '';
  }
}

/** Every object of an environment, in the order of dist/: a short inventory whose diff says what changed. */
function inventory(objects: readonly KubeObject[]): string {
  return table(
    ['kind', 'namespace/name', 'wave', 'identifying fields'],
    objects.map((o) => [
      o.kind,
      o.metadata.namespace ? `${o.metadata.namespace}/${o.metadata.name}` : o.metadata.name,
      String(asObject(o.metadata.annotations)['argocd.argoproj.io/sync-wave'] ?? ''),
      identifyingFields(o),
    ]),
  );
}

/** A Markdown table. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** Mermaid node ids: letters, digits and underscores. */
const node = (name: string) => name.replace(/[^A-Za-z0-9]/g, '_');

/** A Mermaid flowchart of the platform: ingress, gateways, services, backing services. */
function topology(env: EnvironmentModel): string {
  const s = env.surroundings;
  const lines = ['flowchart LR', '  internet([Internet])'];
  lines.push(`  ingress["Istio ingress gateway<br/>${s.ingressGateway.name}"]`);
  lines.push('  internet -->|HTTPS| ingress');
  for (const w of env.workloads) lines.push(`  ${node(w.name)}["${w.name}"]`);
  for (const w of env.workloads) {
    for (const host of w.hosts) lines.push(`  ingress -->|${host}| ${node(w.name)}`);
    for (const callee of w.calls) lines.push(`  ${node(w.name)} -->|mTLS| ${node(callee)}`);
  }
  // The backing services: their own lines (Kafka's topics), then each one's node, linked from its clients.
  for (const backing of BACKING) lines.push(...(backing.docs?.topology?.(env, node) ?? []));
  for (const backing of BACKING) {
    const diagram = backing.docs?.diagram;
    if (!diagram) continue;
    const used = diagram.used ?? ((_env, w: WorkloadModel) => flagsSet(backing, w.uses).length > 0);
    const users = env.workloads.filter((w) => used(env, w));
    if (users.length === 0) continue;
    lines.push(`  ${diagram.id}[("${diagram.label(env)}")]`);
    for (const w of users) lines.push(`  ${node(w.name)} --> ${diagram.id}`);
  }
  return lines.join('\n');
}

/** What spreads over zones: the workloads and the data stores the environment has (`a, b and c`). */
function spreadOverZones(env: EnvironmentModel): string {
  const what = ['workloads', ...BACKING.flatMap((backing) => backing.docs?.zoneSpread?.(env) ?? [])];
  return what.length === 1 ? what[0]! : `${what.slice(0, -1).join(', ')} and ${what.at(-1)!}`;
}

/** `docs/<environment>.md`: the platform as the description and the manifests say it is. */
export function environmentDoc(env: EnvironmentModel, objects: readonly KubeObject[]): TreeFile {
  const s = env.surroundings;
  const ingress = `${s.ingressGateway.namespace}/${s.ingressGateway.name}`;
  const keys = keyRows(objects);
  const content = [
    `# ${env.platform}: ${env.name}`,
    '',
    'Generated by `npm run synth` from the platform description and the manifests it synthesizes; do not edit.',
    '',
    '## Topology',
    '',
    '```mermaid',
    topology(env),
    '```',
    '',
    '## Hosts and routes',
    '',
    `The cluster: \`${env.cluster.region}\`, zones ${env.cluster.zones.map((z) => `\`${z}\``).join(', ')}` +
      (env.cluster.acrossZones ? ` (${spreadOverZones(env)} spread over zones)` : ' (spread over nodes)') +
      `, ${env.cluster.dataplaneV2 ? 'GKE Dataplane V2' : 'the legacy dataplane'}.` +
      (env.cluster.ingressAddress
        ? ` The ingress listens on its reserved static address \`${env.cluster.ingressAddress}\`.`
        : ''),
    '',
    'HTTPS only (HTTP redirects), certificates from cert-manager.' +
      (env.ingressAllowList.length > 0
        ? ` The ingress admits only ${env.ingressAllowList.map((c) => `\`${c}\``).join(', ')}.`
        : ' The ingress is public.'),
    '',
    table(
      ['host', 'paths', 'API gateway'],
      env.workloads.flatMap((w) => w.hosts.map((h) => [`\`${h}\``, w.paths.map((p) => `\`${p}\``).join(', '), w.name])),
    ),
    '',
    '## Allowed calls',
    '',
    'Everything else is denied (mesh AuthorizationPolicies and NetworkPolicies).',
    '',
    table(
      ['from', 'to', 'port'],
      [
        ...env.workloads.filter((w) => w.role === 'api-gateway').map((w) => [ingress, w.name, String(w.port)]),
        ...env.workloads.flatMap((w) =>
          w.calls.map((callee) => [w.name, callee, String(env.workloads.find((c) => c.name === callee)?.port ?? '')]),
        ),
      ],
    ),
    '',
    ...BACKING.flatMap((backing) => backing.docs?.sections?.(env, table) ?? []),
    '## Workloads',
    '',
    table(
      ['workload', 'namespace', 'replicas', 'requests', 'limits', 'image tag', 'uses', 'availability objective'],
      env.workloads.map((w) => [
        w.name,
        w.namespace,
        `${w.replicas.min}-${w.replicas.max}`,
        `${w.resources.requests.cpuMillis}m / ${w.resources.requests.memoryMiB}Mi`,
        `${w.resources.limits.cpuMillis}m / ${w.resources.limits.memoryMiB}Mi`,
        `\`${w.imageTag}\``,
        Object.entries(w.uses)
          .filter(([, used]) => used)
          .map(([k]) => k)
          .join(', ') || '-',
        `${w.availabilityObjective}%`,
      ]),
    ),
    '',
    '## Secret Manager keys',
    '',
    `Each must exist, with an enabled version, in project \`${env.gcpProject}\` before Argo CD syncs the environment:`,
    'External Secrets reads its latest version. Values are set in Secret Manager, never in this repository.',
    'Each key is read as one GCP service account, the only one to be granted access to it (least privilege:',
    `every workload reads its own keys as its own account${BACKING.map((b) => b.docs?.keysNote?.(env))
      .filter((note) => note !== undefined)
      .map((note) => `; ${note}`)
      .join('')}).`,
    '',
    table(
      [
        'Secret Manager key',
        'ExternalSecret',
        'Secret / key',
        'the one account that may read it (`roles/secretmanager.secretAccessor` on this key)',
      ],
      keys.map((r) => [`\`${r.key}\``, r.reader, r.target, r.account]),
    ),
    '',
    '## Objects',
    '',
    'Every object of `dist/' + env.name + '/`, in file order, with its sync wave.',
    '',
    inventory(objects),
    '',
  ].join('\n');
  return { path: `${env.name}.md`, content };
}

/** Every generated document, as files relative to docs/: one per environment. */
export function generateDocs(model: PlatformModel, files: readonly ManifestFile[]): TreeFile[] {
  return model.environments.map((env) =>
    environmentDoc(
      env,
      files.filter((f) => f.path.startsWith(`${env.name}/`)).flatMap((f) => f.objects),
    ),
  );
}

/** The folder of docs/ written by hand (the design pages): synth carries it over unchanged. */
export const HAND_WRITTEN_DOCS = 'design';

/** The hand-written pages of a docs/ folder, as files relative to it, to carry into its next version. */
export function handWrittenDocs(docsDir: string): TreeFile[] {
  const dir = join(docsDir, HAND_WRITTEN_DOCS);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((path) => ({ path: path.slice(docsDir.length + 1), content: readFileSync(path, 'utf8') }));
}
