/**
 * Whether Argo CD (3.5) lets an AppProject deploy an object or an Application, decided as Argo CD
 * decides it. A port of `pkg/apis/application/v1alpha1/app_project_types.go` (IsSourcePermitted,
 * IsDestinationPermitted, isDestinationMatched, IsGroupKindNamePermitted), `types.go` (isResourceInList,
 * isNamedResourceInList), `util/git/git.go` (NormalizeGitURL) and `controller/sync.go`
 * (validateSyncPermissions) at argoproj/argo-cd v3.5.1, with the two glob dialects they use:
 * gobwas/glob (sources, destinations) and Go's `filepath.Match` (groups, kinds, names).
 */

/** The parts of an AppProject's spec that decide what it permits. */
export interface ProjectSpec {
  readonly sourceRepos?: readonly string[];
  readonly destinations?: readonly { readonly server?: string; readonly name?: string; readonly namespace?: string }[];
  readonly clusterResourceWhitelist?: readonly {
    readonly group: string;
    readonly kind: string;
    readonly name?: string;
  }[];
  readonly clusterResourceBlacklist?: readonly {
    readonly group: string;
    readonly kind: string;
    readonly name?: string;
  }[];
  /** `undefined` (absent) permits every namespaced kind; an empty list permits none. */
  readonly namespaceResourceWhitelist?: readonly { readonly group: string; readonly kind: string }[];
  readonly namespaceResourceBlacklist?: readonly { readonly group: string; readonly kind: string }[];
}

/** Where an Application or object goes: the cluster (by server URL or name) and the namespace. */
export interface Destination {
  readonly server: string;
  readonly name?: string;
  readonly namespace: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * A gobwas/glob pattern as a regular expression: `*` any run of non-separators, `**` any run, `?` one
 * non-separator, `[...]`/`[!...]` a class, `{a,b}` alternatives, `\` escapes. Without separators, `*`
 * matches anything.
 */
function gobwasRegExp(pattern: string, separators: string): RegExp {
  const notSep = separators ? `[^${escapeRegExp(separators)}]` : '[\\s\\S]';
  let out = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    // A trailing `\` escapes nothing and is dropped (gobwas/glob's lexer, fetchText).
    if (c === '\\') out += i + 1 < pattern.length ? escapeRegExp(pattern[++i]!) : '';
    else if (c === '*' && pattern[i + 1] === '*') {
      out += '[\\s\\S]*';
      i++;
    } else if (c === '*') out += `${notSep}*`;
    else if (c === '?') out += notSep;
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) return /(?!)/; // does not compile: Argo CD logs it and matches nothing
      const body = pattern.slice(i + 1, end);
      out += body.startsWith('!') ? `[^${body.slice(1)}]` : `[${body}]`;
      i = end;
    } else if (c === '{') {
      out += '(?:';
      braces++;
    } else if (c === '}' && braces > 0) {
      out += ')';
      braces--;
    } else if (c === ',' && braces > 0) out += '|';
    else out += escapeRegExp(c);
  }
  if (braces > 0) return /(?!)/;
  return new RegExp(`^${out}$`);
}

/** Argo CD's globMatch: a leading `!` negates when allowed; `*` alone matches everything. */
export function globMatch(pattern: string, value: string, allowNegation: boolean, separators = ''): boolean {
  if (allowNegation && pattern.startsWith('!')) return !gobwasRegExp(pattern.slice(1), separators).test(value);
  if (pattern === '*') return true;
  return gobwasRegExp(pattern, separators).test(value);
}

/**
 * Go's `filepath.Match` (on Linux): `*` any run of non-`/`, `?` one non-`/`, `[...]`/`[^...]`, `\`
 * escapes (a trailing one is a bad pattern).
 */
export function filepathMatch(pattern: string, name: string): boolean {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      if (i + 1 === pattern.length) return false; // ErrBadPattern: a trailing `\` escapes nothing
      out += escapeRegExp(pattern[++i]!);
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) return false; // ErrBadPattern: Argo CD treats it as no match
      const body = pattern.slice(i + 1, end);
      out += body.startsWith('^') ? `[^/${body.slice(1)}]` : `[${body}]`;
      i = end;
    } else out += escapeRegExp(c);
  }
  return new RegExp(`^${out}$`).test(name);
}

/** Argo CD's NormalizeGitURL: lower case, `git@host:path` as `host/path`, no `.git` suffix, no `ssh://`. */
export function normalizeGitURL(repo: string): string {
  let url = repo.trim().toLowerCase();
  if (/^(ssh:\/\/)?([^/:]*?)@[^@]+$/.test(url) && !url.startsWith('ssh://')) {
    url = `ssh://${url.replace(':', '/')}`;
  }
  if (url.endsWith('.git')) url = url.slice(0, -4);
  return url.replace(/^ssh:\/\//, '');
}

/** IsSourcePermitted: some pattern matches the repository and no negated pattern excludes it. */
export function isSourcePermitted(project: ProjectSpec, repoURL: string): boolean {
  const source = normalizeGitURL(repoURL);
  let matched = false;
  for (const repo of project.sourceRepos ?? []) {
    const deny = repo.startsWith('!');
    const pattern = deny ? `!${normalizeGitURL(repo.slice(1))}` : normalizeGitURL(repo);
    if (globMatch(pattern, source, true, '/')) matched = true;
    else if (deny) return false;
  }
  return matched;
}

/** IsDestinationPermitted (isDestinationMatched), for a project without project-scoped clusters. */
export function isDestinationPermitted(project: ProjectSpec, destination: Destination): boolean {
  let matched = false;
  for (const item of project.destinations ?? []) {
    const name = item.name ?? '';
    const server = item.server ?? '';
    const namespace = item.namespace ?? '';
    const nameMatched = !!destination.name && globMatch(name, destination.name, true);
    const serverMatched = destination.server !== '' && globMatch(server, destination.server, true);
    const namespaceMatched = globMatch(namespace, destination.namespace, true);
    if ((serverMatched || nameMatched) && namespaceMatched) matched = true;
    else if ((!nameMatched && name.startsWith('!')) || (!serverMatched && server.startsWith('!') && namespaceMatched))
      return false;
    else if (!namespaceMatched && namespace.startsWith('!') && serverMatched) return false;
  }
  return matched;
}

interface GroupKind {
  readonly group: string;
  readonly kind: string;
}
const inList = (res: GroupKind, list: readonly GroupKind[]) =>
  list.some((item) => filepathMatch(item.kind, res.kind) && filepathMatch(item.group, res.group));
const inNamedList = (res: GroupKind, name: string, list: readonly (GroupKind & { readonly name?: string })[]) =>
  list.some(
    (item) =>
      filepathMatch(item.kind, res.kind) &&
      filepathMatch(item.group, res.group) &&
      (!item.name || filepathMatch(item.name, name)),
  );

/** IsGroupKindNamePermitted: the namespaced lists for a namespaced kind, the cluster lists otherwise. */
export function isGroupKindNamePermitted(
  project: ProjectSpec,
  gk: GroupKind,
  name: string,
  namespaced: boolean,
): boolean {
  if (namespaced) {
    const white = project.namespaceResourceWhitelist;
    const black = project.namespaceResourceBlacklist ?? [];
    const whitelisted = white === undefined || (white.length > 0 && inList(gk, white));
    return whitelisted && !(black.length > 0 && inList(gk, black));
  }
  const white = project.clusterResourceWhitelist ?? [];
  const black = project.clusterResourceBlacklist ?? [];
  return white.length > 0 && inNamedList(gk, name, white) && !(black.length > 0 && inNamedList(gk, name, black));
}

/** An object as Argo CD syncs it: its group, kind, name, namespace, and whether its kind is namespaced. */
export interface SyncedObject {
  readonly group: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace: string;
  readonly namespaced: boolean;
}

/**
 * validateSyncPermissions: why Argo CD refuses to sync an object under a project, with Argo CD's own
 * message, or `undefined` when it may.
 */
export function syncRefusal(project: ProjectSpec, projectName: string, server: string, o: SyncedObject) {
  if (!isGroupKindNamePermitted(project, o, o.name, o.namespaced)) {
    return `resource ${o.group}:${o.kind} is not permitted in project ${projectName}`;
  }
  if (o.namespaced && !isDestinationPermitted(project, { server, namespace: o.namespace })) {
    return `namespace ${o.namespace} is not permitted in project '${projectName}'`;
  }
  return undefined;
}

/** The parts of an Application that its project must permit. */
export interface ApplicationSpecLike {
  readonly source?: { readonly repoURL: string };
  readonly sources?: readonly { readonly repoURL: string }[];
  readonly destination: { readonly server?: string; readonly name?: string; readonly namespace?: string };
}

/**
 * ValidatePermissions (util/argo/argo.go): why Argo CD marks an Application invalid under its project
 * (source repositories, destination), with Argo CD's messages; empty when it is valid.
 */
export function applicationRefusals(spec: ApplicationSpecLike, project: ProjectSpec, projectName: string): string[] {
  const refusals: string[] = [];
  for (const source of spec.sources ?? (spec.source ? [spec.source] : [])) {
    if (!isSourcePermitted(project, source.repoURL)) {
      refusals.push(`application repo ${source.repoURL} is not permitted in project '${projectName}'`);
    }
  }
  const { server = '', name, namespace = '' } = spec.destination;
  if (!isDestinationPermitted(project, { server, namespace, ...(name ? { name } : {}) })) {
    refusals.push(
      `application destination server '${name ?? server}' and namespace '${namespace}' do not match any of the allowed destinations in project '${projectName}'`,
    );
  }
  return refusals;
}
