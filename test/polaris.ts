/**
 * An evaluator of the Fairwinds Polaris checks, for tests: it reviews the objects of one environment as
 * `polaris audit --audit-path dist/<env>` would, from the check definitions in ../shared/polaris-checks
 * (data: `checks/*.yaml` and `default.yaml`, copied from Polaris).
 *
 * It follows Polaris v10 (commit c0e23a2, the checks' commit; the Go files were read at the newest revisions
 * the source index holds, e.g. pkg/validator/schema.go at 181b4e8). The semantics come from the Go sources:
 * - pkg/validator/schema.go: which targets run for which object (Controller, then the kind-targeted
 *   checks, then PodSpec and PodTemplate, then each init container and container), `schemaTarget:
 *   PodSpec` (the pod spec with only the container under test), annotation exemptions, and
 *   `additionalSchemaStrings`: a check passes only if, for every kind it names, at least one object of
 *   that kind in the same namespace (or with no namespace) passes; none existing is a failure;
 * - pkg/config/schema.go (SchemaCheck, Initialize, TemplateForResource, CheckObject,
 *   CheckAdditionalObjects, IsActionable): `schema` is marshalled to JSON and every schema string is a
 *   Go text/template run against the object (plus `.Polaris.PodSpec`, `.Polaris.PodTemplate` and
 *   `.Polaris.Container` for pod and container checks); a template that renders blank is skipped;
 * - pkg/config/exemptions.go (default.yaml exemptions), pkg/kube/resource.go and resources.go (what a
 *   controller, its pod spec and its pod template are; kinds keyed `group/Kind`, core kinds `Kind`);
 * - pkg/validator/pdb_hpa_validator.go: pdbMinAvailableGreaterThanHPAMinReplicas, which has no schema.
 *   Note it matches PDBs and HPAs in every namespace, a PDB by any one shared label.
 * Native sidecars (init containers with `restartPolicy: Always`) are init containers to Polaris: checks
 * with `containers.exclude: [initContainer]` (probes, requests, limits) skip them.
 *
 * Emulated rather than reused: Go's text/template (the subset the checks use; anything else throws),
 * qri-io/jsonschema (ajv 2019-09; an empty or null anyOf/oneOf fails, a null `required` is none), RE2
 * patterns (translated, or throwing), YAML 1.1 booleans (`on`, `yes`...), and the typed round trip of
 * pod specs and containers through k8s.io/api (omitempty zero values dropped, quantities as strings,
 * `resources` always present) for the fields the checks read. Not implemented: custom checks and
 * configuration other than default.yaml, mutations, the resourceMinimum/resourceMaximum keywords (no
 * built-in check uses them; ajv's strict mode rejects them), naked Pods' typed decoding, unknown-field
 * dropping, and the int/float distinction of Go values (a number prints as an int when it is integral).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import type { SchemaObject, ValidateFunction } from 'ajv';
import * as yaml from 'js-yaml';
import type { KubeObject } from '../lib/validate';
import { ROOT } from './helpers';

export const POLARIS_CHECKS_DIR = join(ROOT, '..', 'shared', 'polaris-checks');

export interface PolarisFailure {
  readonly check: string;
  readonly severity: string;
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly container?: string;
  readonly message: string;
}

/** `<check> (<severity>): <kind> <namespace>/<name>[ container <c>]: <message>` (`<kind> <name>` if cluster-scoped) */
export function formatFailure(f: PolarisFailure): string {
  const container = f.container === undefined ? '' : ` container ${f.container}`;
  const object = f.namespace ? `${f.namespace}/${f.name}` : f.name;
  return `${f.check} (${f.severity}): ${f.kind} ${object}${container}: ${f.message}`;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const get = (v: unknown, ...path: string[]): unknown => path.reduce((o, k) => (isObj(o) ? o[k] : undefined), v);

// ---------------------------------------------------------------------------------------------------
// YAML as Polaris reads it (sigs.k8s.io/yaml, i.e. YAML 1.1 scalars: `yes`, `on`, `n` are booleans)

const YAML11_BOOLS = new Map<string, boolean>([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map((s) => [s, true] as const),
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map((s) => [s, false] as const),
]);
const GO_YAML = yaml.CORE_SCHEMA.extend({
  implicit: [
    new yaml.Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (s: unknown) => typeof s === 'string' && YAML11_BOOLS.has(s),
      construct: (s: string) => YAML11_BOOLS.get(s),
      predicate: (v: unknown) => typeof v === 'boolean',
    }),
  ],
});
const loadYaml = (text: string): unknown => yaml.load(text, { schema: GO_YAML });

// ---------------------------------------------------------------------------------------------------
// Go text/template: the subset the checks use. Unsupported syntax throws.

type Expr =
  | { t: 'field'; base: string; path: string[] } // base '.' (dot), '$' (root) or '$name'
  | { t: 'lit'; value: unknown }
  | { t: 'call'; fn: string; args: Expr[] }
  | { t: 'sub'; pipe: Pipe };
interface Pipe {
  vars: string[];
  op: ':=' | '=' | '';
  cmd: Expr;
}
type TNode =
  | { t: 'text'; text: string }
  | { t: 'action'; pipe: Pipe }
  | { t: 'if' | 'range'; pipe: Pipe; then: TNode[]; else: TNode[] };

const FUNCTIONS = new Set(['and', 'or', 'not', 'eq', 'ne', 'hasPrefix', 'hasSuffix', 'index', 'print']);
const SPACE = /[ \t\r\n]/;
const TOKEN =
  /\s+|:=|=|,|\||\(|\)|"(?:[^"\\\n]|\\.)*"|`[^`]*`|\$\w*(?:\.\w+)*|(?:\.\w+)+|\.|-?\d+(?:\.\d+)?|[A-Za-z_]\w*|./y;

/** Splits a template into text and action bodies, applying `{{-` / `-}}` trimming and dropping comments. */
function lex(src: string): Array<{ text: string } | { action: string }> {
  const items: Array<{ text: string } | { action: string }> = [];
  let i = 0;
  let trimNext = false;
  for (;;) {
    const open = src.indexOf('{{', i);
    let text = src.slice(i, open < 0 ? undefined : open);
    if (trimNext) text = text.replace(/^[ \t\r\n]+/, '');
    if (open < 0) return [...items, { text }];
    let j = open + 2;
    if (src[j] === '-' && SPACE.test(src[j + 1] ?? '')) {
      text = text.replace(/[ \t\r\n]+$/, '');
      j += 2;
    }
    items.push({ text });
    let end: number;
    if (src.startsWith('/*', j)) {
      end = src.indexOf('*/', j + 2);
      if (end < 0) throw new Error('template: unclosed comment');
      end += 2;
    } else {
      for (end = j; !src.startsWith('}}', end) && !(SPACE.test(src[end] ?? '') && src.startsWith('-}}', end + 1));) {
        if (end >= src.length) throw new Error('template: unclosed action');
        const quote = src[end] === '"' || src[end] === '`' ? src[end] : undefined;
        end = quote ? skipQuoted(src, end, quote) : end + 1;
      }
      items.push({ action: src.slice(j, end) });
    }
    trimNext = SPACE.test(src[end] ?? '') && src.startsWith('-}}', end + 1);
    if (!trimNext && !src.startsWith('}}', end)) throw new Error('template: comment ends before closing delimiter');
    i = end + (trimNext ? 4 : 2);
  }
}

function skipQuoted(src: string, start: number, quote: string): number {
  for (let k = start + 1; k < src.length; k++) {
    if (src[k] === quote) return k + 1;
    if (quote === '"' && src[k] === '\\') k++;
  }
  throw new Error('template: unterminated quoted string');
}

interface Token {
  text: string;
  pos: number;
}

function tokenize(body: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(body); m && m[0]; m = TOKEN.exec(body)) {
    if (!/^\s/.test(m[0])) tokens.push({ text: m[0], pos: m.index });
  }
  return tokens;
}

function parsePipe(tokens: Token[], allowTwoVars = false): Pipe {
  const t = tokens.map((x) => x.text);
  const isVar = (s: string | undefined) => s !== undefined && /^\$\w+$/.test(s);
  if (isVar(t[0]) && (t[1] === ':=' || t[1] === '=')) {
    return { vars: [t[0]!], op: t[1], cmd: parseCommand(tokens.slice(2)) };
  }
  if (allowTwoVars && isVar(t[0]) && t[1] === ',' && isVar(t[2]) && t[3] === ':=') {
    return { vars: [t[0]!, t[2]!], op: ':=', cmd: parseCommand(tokens.slice(4)) };
  }
  return { vars: [], op: '', cmd: parseCommand(tokens) };
}

function parseCommand(tokens: Token[]): Expr {
  const operands: Expr[] = [];
  for (let i = 0; i < tokens.length;) {
    const [expr, next] = parseOperand(tokens, i);
    operands.push(expr);
    i = next;
  }
  const [head, ...args] = operands;
  if (!head) throw new Error('template: missing value for command');
  if (head.t === 'call') return { ...head, args };
  if (args.length) throw new Error('template: can only give arguments to a function');
  return head;
}

function parseOperand(tokens: Token[], i: number): [Expr, number] {
  const { text } = tokens[i]!;
  if (text === '(') {
    let depth = 0;
    let j = i;
    for (; j < tokens.length; j++) {
      depth += tokens[j]!.text === '(' ? 1 : tokens[j]!.text === ')' ? -1 : 0;
      if (depth === 0) break;
    }
    if (j === tokens.length) throw new Error('template: unclosed left paren');
    const after = tokens[j + 1];
    if (after && after.text.startsWith('.') && after.pos === tokens[j]!.pos + 1) {
      throw new Error('template: field access on a parenthesized pipeline is not supported');
    }
    return [{ t: 'sub', pipe: parsePipe(tokens.slice(i + 1, j)) }, j + 1];
  }
  if (text === '|') throw new Error('template: pipelines with | are not supported');
  if (text.startsWith('.') || text.startsWith('$')) {
    const [base, ...path] = text.startsWith('.') ? ['.', ...text.split('.').filter(Boolean)] : text.split('.');
    return [{ t: 'field', base: base!, path }, i + 1];
  }
  if (text.startsWith('"')) return [{ t: 'lit', value: JSON.parse(text) }, i + 1];
  if (text.startsWith('`')) return [{ t: 'lit', value: text.slice(1, -1) }, i + 1];
  if (/^-?\d/.test(text)) return [{ t: 'lit', value: Number(text) }, i + 1];
  if (text === 'true' || text === 'false') return [{ t: 'lit', value: text === 'true' }, i + 1];
  if (text === 'nil') return [{ t: 'lit', value: null }, i + 1];
  if (FUNCTIONS.has(text)) return [{ t: 'call', fn: text, args: [] }, i + 1];
  throw new Error(`template: unsupported ${/^\w+$/.test(text) ? 'function' : 'token'} "${text}"`);
}

/** Parses a Go template into a tree; throws on anything outside the supported subset. */
export function parseGoTemplate(src: string): TNode[] {
  const root: TNode[] = [];
  const stack: Array<{ node: Extract<TNode, { t: 'if' | 'range' }>; inElse: boolean }> = [];
  const current = (): TNode[] => {
    const top = stack[stack.length - 1];
    return top ? (top.inElse ? top.node.else : top.node.then) : root;
  };
  for (const item of lex(src)) {
    if ('text' in item) {
      if (item.text) current().push({ t: 'text', text: item.text });
      continue;
    }
    const tokens = tokenize(item.action);
    const keyword = tokens[0]?.text;
    if (keyword === 'if' || keyword === 'range') {
      const pipe = parsePipe(tokens.slice(1), keyword === 'range');
      if (keyword === 'range' && pipe.op === '=') throw new Error('template: range can only declare variables');
      const node: Extract<TNode, { t: 'if' | 'range' }> = { t: keyword, pipe, then: [], else: [] };
      current().push(node);
      stack.push({ node, inElse: false });
    } else if (keyword === 'else') {
      const top = stack[stack.length - 1];
      if (!top || top.inElse || tokens.length > 1) throw new Error(`template: unsupported {{${item.action}}}`);
      top.inElse = true;
    } else if (keyword === 'end') {
      if (!stack.pop() || tokens.length > 1) throw new Error('template: unexpected {{end}}');
    } else if (['with', 'define', 'template', 'block', 'break', 'continue'].includes(keyword ?? '')) {
      throw new Error(`template: {{${keyword}}} is not supported`);
    } else {
      current().push({ t: 'action', pipe: parsePipe(tokens) });
    }
  }
  if (stack.length) throw new Error('template: unexpected EOF (missing {{end}})');
  return root;
}

// Values: `undefined` is Go's invalid value (a missing map key), `null` a nil interface (a JSON null).

function truth(v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string' || Array.isArray(v)) return v.length > 0;
  return Object.keys(v as Obj).length > 0;
}

/** fmt's %v */
function formatValue(v: unknown): string {
  if (v === undefined || v === null) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : goFloat(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(formatValue).join(' ')}]`;
  const o = v as Obj;
  return `map[${Object.keys(o)
    .sort()
    .map((k) => `${k}:${formatValue(o[k])}`)
    .join(' ')}]`;
}

/** strconv.FormatFloat(v, 'g', -1, 64), which %v uses: exponent form below 1e-4 and from 1e6 on. */
function goFloat(v: number): string {
  const [mantissa, exp] = v.toExponential().split('e') as [string, string];
  const e = Number(exp);
  if (e < -4 || e >= 6) return `${mantissa}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  return String(v);
}

function basicKind(v: unknown): string {
  if (v === undefined) return 'invalid';
  return ['boolean', 'number', 'string'].includes(typeof v) ? typeof v : 'other';
}

function eq(a: unknown, ...bs: unknown[]): boolean {
  if (!bs.length) throw new Error('template: missing argument for comparison');
  const x = a ?? undefined;
  return bs.some((b) => {
    const y = b ?? undefined;
    const [kx, ky] = [basicKind(x), basicKind(y)];
    if (kx !== ky) {
      if (kx !== 'invalid' && ky !== 'invalid') throw new Error('template: incompatible types for comparison');
      return false;
    }
    if (kx === 'other') throw new Error('template: non-comparable types');
    return x === y;
  });
}

function stringArgs(fn: string, args: unknown[]): [string, string] {
  if (args.length !== 2 || !args.every((a) => typeof a === 'string')) {
    throw new Error(`template: ${fn} takes two strings, got ${args.map(formatValue).join(', ')}`);
  }
  return args as [string, string];
}

function index(item: unknown, ...keys: unknown[]): unknown {
  if (item === undefined || item === null) throw new Error('template: index of untyped nil');
  for (const key of keys) {
    if (item === null) throw new Error('template: index of nil pointer');
    if (isObj(item) && typeof key === 'string') item = Object.hasOwn(item, key) ? item[key] : null;
    else if (Array.isArray(item) && Number.isInteger(key) && (key as number) >= 0 && (key as number) < item.length) {
      item = item[key as number];
    } else throw new Error(`template: can't index item ${formatValue(item)} with ${formatValue(key)}`);
  }
  return item;
}

/** fmt.Sprint: a space between operands when neither is a string. */
function sprint(args: unknown[]): string {
  return args
    .map((a, i) => (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string' ? ' ' : '') + formatValue(a))
    .join('');
}

interface Scope {
  dot: unknown;
  root: unknown;
  vars: Array<Map<string, unknown>>;
}

function field(receiver: unknown, name: string): unknown {
  if (receiver === undefined) return undefined; // missingkey=default: a missing value stays missing
  if (receiver === null) throw new Error(`template: nil pointer evaluating interface {}.${name}`);
  if (!isObj(receiver)) throw new Error(`template: can't evaluate field ${name} in ${formatValue(receiver)}`);
  return Object.hasOwn(receiver, name) ? receiver[name] : undefined;
}

function evalExpr(e: Expr, s: Scope): unknown {
  switch (e.t) {
    case 'lit':
      return e.value;
    case 'sub':
      return evalPipe(e.pipe, s);
    case 'field': {
      let base: unknown;
      if (e.base === '.') base = s.dot;
      else if (e.base === '$') base = s.root;
      else {
        const scope = [...s.vars].reverse().find((m) => m.has(e.base));
        if (!scope) throw new Error(`template: undefined variable "${e.base}"`);
        base = scope.get(e.base);
      }
      return e.path.reduce(field, base);
    }
    case 'call': {
      const args = () => e.args.map((a) => evalExpr(a, s));
      switch (e.fn) {
        case 'and':
        case 'or': {
          let v: unknown;
          for (const a of e.args) {
            v = evalExpr(a, s);
            if (truth(v) === (e.fn === 'or')) return v;
          }
          if (!e.args.length) throw new Error(`template: ${e.fn} needs arguments`);
          return v;
        }
        case 'not': {
          if (e.args.length !== 1) throw new Error('template: not takes one argument');
          return !truth(evalExpr(e.args[0]!, s));
        }
        case 'eq': {
          const [a, ...bs] = args();
          return eq(a, ...bs);
        }
        case 'ne': {
          if (e.args.length !== 2) throw new Error('template: ne takes two arguments');
          const [a, b] = args();
          return !eq(a, b);
        }
        case 'hasPrefix':
        case 'hasSuffix': {
          const [str, affix] = stringArgs(e.fn, args());
          return e.fn === 'hasPrefix' ? str.startsWith(affix) : str.endsWith(affix);
        }
        case 'index': {
          const [item, ...keys] = args();
          return index(item, ...keys);
        }
        default:
          return sprint(args());
      }
    }
  }
}

/** A pipeline's value; a nil interface comes out of it as an invalid value, as in Go. */
function evalPipe(p: Pipe, s: Scope): unknown {
  const value = evalExpr(p.cmd, s) ?? undefined;
  if (p.op === ':=') s.vars[s.vars.length - 1]!.set(p.vars[0]!, value);
  if (p.op === '=') {
    const scope = [...s.vars].reverse().find((m) => m.has(p.vars[0]!));
    if (!scope) throw new Error(`template: undefined variable "${p.vars[0]}"`);
    scope.set(p.vars[0]!, value);
  }
  return value;
}

function execute(nodes: TNode[], s: Scope, out: string[]): void {
  for (const node of nodes) {
    if (node.t === 'text') out.push(node.text);
    else if (node.t === 'action') {
      const value = evalPipe(node.pipe, s);
      if (!node.pipe.op) out.push(value === undefined ? '<no value>' : formatValue(value));
    } else if (node.t === 'if') {
      s.vars.push(new Map());
      const branch = truth(evalPipe(node.pipe, s)) ? node.then : node.else;
      s.vars.push(new Map());
      execute(branch, s, out);
      s.vars.length -= 2;
    } else {
      const value = evalExpr(node.pipe.cmd, s) ?? undefined;
      const entries: Array<[unknown, unknown]> = Array.isArray(value)
        ? value.map((v, i) => [i, v])
        : isObj(value)
          ? Object.keys(value)
              .sort()
              .map((k) => [k, value[k]])
          : [];
      if (value !== undefined && !Array.isArray(value) && !isObj(value)) {
        throw new Error(`template: range can't iterate over ${formatValue(value)}`);
      }
      for (const [k, v] of entries) {
        const vars = new Map<string, unknown>();
        const [first, second] = node.pipe.vars;
        if (second !== undefined) vars.set(first!, k).set(second, v);
        else if (first !== undefined) vars.set(first, v);
        s.vars.push(vars);
        execute(node.then, { ...s, dot: v }, out);
        s.vars.pop();
      }
      if (!entries.length) execute(node.else, s, out);
    }
  }
}

/** Runs a parsed template against `data`, as text/template's Execute with the default options. */
export function executeGoTemplate(nodes: TNode[], data: unknown): string {
  const out: string[] = [];
  execute(nodes, { dot: data, root: data, vars: [new Map([['$', data]])] }, out);
  return out.join('');
}

// ---------------------------------------------------------------------------------------------------
// JSON Schema as qri-io/jsonschema evaluates it, with RE2 patterns

const REGEX_SYNTAX = '^$\\.*+?()[]{}|/';

/** Translates an RE2 pattern to a JS RegExp; throws where the translation would not be exact. */
export function goRegExp(pattern: string, extraFlags = ''): RegExp {
  let source = '';
  const flags = new Set(extraFlags);
  let depth = 0;
  let inClass = false;
  const seen = { cased: false, dot: false, anchor: false };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const n = pattern[i + 1] ?? '';
      i++;
      if (/[QCE]/.test(n) || (n === 'A' && inClass)) throw new Error(`unsupported RE2 escape \\${n} in ${pattern}`);
      if (n === 'A' || n === 'z') source += n === 'A' ? '^' : '$';
      else if (/[A-Za-z0-9]/.test(n)) source += `\\${n}`;
      else source += REGEX_SYNTAX.includes(n) || (inClass && n === '-') ? `\\${n}` : n;
      if (/[xupP]/.test(n)) seen.cased = true;
      continue;
    }
    if (inClass) {
      if (c === '[' && pattern[i + 1] === ':') throw new Error(`unsupported RE2 class in ${pattern}`);
      if (c === ']') inClass = false;
    } else if (c === '[') {
      inClass = true;
      const negated = pattern[i + 1] === '^' ? '^' : '';
      source += `[${negated}`;
      i += negated.length;
      if (pattern[i + 1] === ']') {
        source += ']';
        i++;
      }
      continue;
    } else if (c === '(' && pattern[i + 1] === '?') {
      const rest = pattern.slice(i);
      if (rest.startsWith('(?P<')) {
        source += '(?<';
        depth++;
        i += 3;
        continue;
      }
      const flagGroup = /^\(\?([imsU]+)\)/.exec(rest);
      if (flagGroup) {
        const f = flagGroup[1]!;
        if (
          depth > 0 ||
          f.includes('U') ||
          (f.includes('i') && seen.cased) ||
          (f.includes('s') && seen.dot) ||
          (f.includes('m') && seen.anchor)
        ) {
          throw new Error(`unsupported placement of (?${f}) in ${pattern}`);
        }
        for (const flag of f) flags.add(flag);
        i += flagGroup[0].length - 1;
        continue;
      }
      if (!rest.startsWith('(?:')) throw new Error(`unsupported RE2 group in ${pattern}`);
    }
    if (!inClass) {
      if (c === '(') depth++;
      if (c === ')') depth--;
      if (c === '.') seen.dot = true;
      if (c === '^' || c === '$') seen.anchor = true;
    }
    if (c.toLowerCase() !== c.toUpperCase()) seen.cased = true;
    source += c;
  }
  return new RegExp(source, [...flags].sort().join(''));
}

const ajv = new Ajv2019({
  strictTypes: false,
  strictTuples: false,
  // The checks' schemas are small and many are compiled once per object: skip ajv's code optimisation pass.
  code: { optimize: false, regExp: Object.assign((p: string, u: string) => goRegExp(p, u), { code: 'goRegExp' }) },
});
const NEVER = { not: {} };
const SUBSCHEMA = ['not', 'if', 'then', 'else', 'items', 'contains', 'propertyNames', 'additionalProperties'];
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'];

/** qri-io reads a null `required` as none, and a null or empty anyOf/oneOf as one no value satisfies. */
function qriSchema(s: unknown, where: string): unknown {
  if (typeof s === 'boolean') return s;
  if (!isObj(s)) throw new Error(`${where}: not a schema: ${JSON.stringify(s)}`);
  const out: Obj = {};
  for (const [k, v] of Object.entries(s)) {
    const at = `${where}/${k}`;
    if (SCHEMA_LISTS.includes(k)) {
      if (v !== null && !Array.isArray(v)) throw new Error(`${at}: not a list`);
      const list = ((v ?? []) as unknown[]).map((x, i) => qriSchema(x, `${at}/${i}`));
      if (list.length) out[k] = list;
      else if (k !== 'allOf') out[k] = [NEVER];
    } else if (v === null && k === 'required') continue;
    else if (v === null && !['const', 'default', '$comment'].includes(k)) throw new Error(`${at}: null`);
    else if (SUBSCHEMA.includes(k)) {
      out[k] = Array.isArray(v) ? v.map((x, i) => qriSchema(x, `${at}/${i}`)) : qriSchema(v, at);
    } else if (SCHEMA_MAPS.includes(k) && isObj(v)) {
      out[k] = Object.fromEntries(Object.entries(v).map(([p, x]) => [p, qriSchema(x, `${at}/${p}`)]));
    } else out[k] = v;
  }
  return out;
}

const validators = new Map<string, ValidateFunction>();

/** Compiles a rendered schema string (JSON when it starts with `{`, else YAML), once per distinct text. */
function validatorFor(text: string, where: string): ValidateFunction {
  let validate = validators.get(text);
  if (!validate) {
    const doc = text.trimStart().startsWith('{') ? JSON.parse(text) : loadYaml(text);
    validate = ajv.compile(qriSchema(doc, where) as SchemaObject);
    validators.set(text, validate);
  }
  return validate;
}

// ---------------------------------------------------------------------------------------------------
// Objects as Polaris sees them

/** Which non-pointer fields are `omitempty` (dropped when zero) in k8s.io/api/core/v1, for the fields checks read. */
interface Shape {
  omit: readonly string[];
  nested?: Readonly<Record<string, Shape>>;
  quantities?: readonly string[];
  always?: Readonly<Record<string, unknown>>;
}
const SELINUX: Shape = { omit: ['user', 'role', 'type', 'level'] };
const SECURITY_CONTEXT: Shape = {
  omit: [],
  nested: { capabilities: { omit: ['add', 'drop'] }, seLinuxOptions: SELINUX },
};
const CONTAINER: Shape = {
  omit: [
    ...['image', 'command', 'args', 'workingDir', 'ports', 'envFrom', 'env', 'resizePolicy', 'volumeMounts'],
    ...['volumeDevices', 'terminationMessagePath', 'terminationMessagePolicy', 'imagePullPolicy', 'stdin'],
    ...['stdinOnce', 'tty'],
  ],
  nested: {
    ports: { omit: ['name', 'hostPort', 'protocol', 'hostIP'] },
    env: { omit: ['value'] },
    resources: { omit: ['limits', 'requests', 'claims'], quantities: ['limits', 'requests'] },
    securityContext: SECURITY_CONTEXT,
  },
  always: { resources: {} },
};
const POD_SPEC: Shape = {
  omit: [
    ...['volumes', 'initContainers', 'ephemeralContainers', 'restartPolicy', 'dnsPolicy', 'nodeSelector'],
    ...['serviceAccountName', 'serviceAccount', 'nodeName', 'hostNetwork', 'hostPID', 'hostIPC', 'imagePullSecrets'],
    ...['hostname', 'subdomain', 'schedulerName', 'tolerations', 'hostAliases', 'priorityClassName'],
    ...['readinessGates', 'overhead', 'topologySpreadConstraints', 'schedulingGates', 'resourceClaims'],
  ],
  nested: {
    containers: CONTAINER,
    initContainers: CONTAINER,
    securityContext: { omit: ['supplementalGroups', 'sysctls'], nested: { seLinuxOptions: SELINUX } },
  },
  quantities: ['overhead'],
  always: { containers: null },
};

const isZero = (v: unknown) =>
  v === null ||
  v === '' ||
  v === 0 ||
  v === false ||
  (Array.isArray(v) && !v.length) ||
  (isObj(v) && !Object.keys(v).length);

/** json.Marshal of the typed (k8s.io/api) value: null and omitempty zero values dropped, quantities as strings. */
function typed(value: unknown, shape: Shape): unknown {
  if (Array.isArray(value)) return value.map((v) => typed(v, shape));
  if (!isObj(value)) return value;
  const out: Obj = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === null || (shape.omit.includes(k) && isZero(v))) continue;
    const nested = shape.nested?.[k];
    if (nested) out[k] = typed(v, nested);
    else if (shape.quantities?.includes(k) && isObj(v)) {
      out[k] = Object.fromEntries(Object.entries(v).map(([q, n]) => [q, typeof n === 'number' ? String(n) : n]));
    } else out[k] = v;
  }
  return { ...shape.always, ...out };
}

const POD_SPEC_FIELDS = ['jobTemplate', 'spec', 'template'];

/** kube.GetPodSpec: follows the first of jobTemplate/spec/template present until a map with containers. */
function findPodSpec(o: Obj): Obj | undefined {
  const child = POD_SPEC_FIELDS.find((f) => f in o);
  if (child !== undefined) {
    if (!isObj(o[child])) throw new Error(`polaris: ${child} is not a map`);
    return findPodSpec(o[child]);
  }
  return 'containers' in o ? o : undefined;
}

/** kube.GetPodTemplate: the map whose `spec` has containers (a Pod, or a controller's template). */
function findPodTemplate(o: Obj): Obj | undefined {
  if (isObj(o.spec) && 'containers' in o.spec) return o;
  const child = POD_SPEC_FIELDS.find((f) => f in o);
  if (child === undefined) return undefined;
  if (!isObj(o[child])) throw new Error(`polaris: ${child} is not a map`);
  return findPodTemplate(o[child]);
}

interface Resource {
  kind: string;
  key: string; // group/Kind, or Kind for the core group
  name: string;
  namespace: string;
  annotations: Obj;
  object: Obj;
  podSpec?: Obj;
  podTemplate?: Obj;
}

function toResource(o: KubeObject): Resource {
  const object = JSON.parse(JSON.stringify(o)) as Obj;
  if (!get(object, 'metadata', 'creationTimestamp')) {
    // NewGenericResourceFromUnstructured drops both from objects that were never created
    if (isObj(object.metadata)) delete object.metadata.creationTimestamp;
    delete object.status;
  }
  const slash = o.apiVersion.lastIndexOf('/');
  const podSpec = findPodSpec(object);
  return {
    kind: o.kind,
    key: slash > 0 ? `${o.apiVersion.slice(0, slash)}/${o.kind}` : o.kind,
    name: o.metadata.name,
    namespace: o.metadata.namespace ?? '',
    annotations: isObj(o.metadata.annotations) ? o.metadata.annotations : {},
    object,
    podSpec: podSpec && (typed(podSpec, POD_SPEC) as Obj),
    podTemplate: findPodTemplate(object),
  };
}

// ---------------------------------------------------------------------------------------------------
// Checks and configuration

type Target = 'Controller' | 'Container' | 'PodSpec' | 'PodTemplate' | '';
const HANDLED_TARGETS: readonly string[] = ['Controller', 'Container', 'PodSpec', 'PodTemplate'];

interface Test {
  target: Target;
  resource: Resource;
  container?: Obj;
  isInit?: boolean;
}

interface Check {
  id: string;
  severity: string;
  failureMessage: string;
  target: string;
  schemaTarget: string;
  controllers: { include: string[]; exclude: string[] };
  containers: { include: string[]; exclude: string[] };
  schema?: TNode[];
  additional: Array<[kind: string, template: TNode[]]>;
}

interface Exemption {
  namespace: string;
  controllerNames: string[];
  containerNames: string[];
  rules: string[];
}

type CustomCheck = (test: Test, all: ReadonlyMap<string, Resource[]>) => boolean;

/** pdb_hpa_validator.go. PDBs and HPAs are looked up in every namespace, as there. */
const pdbMinAvailableGreaterThanHPAMinReplicas: CustomCheck = ({ resource }, all) => {
  const labels = get(resource.object, 'spec', 'template', 'metadata', 'labels');
  const pdb = all.get('policy/PodDisruptionBudget')?.find((p) => {
    const matchLabels = get(p.object, 'spec', 'selector', 'matchLabels');
    return isObj(matchLabels) && Object.entries(matchLabels).some(([k, v]) => (get(labels, k) ?? '') === v);
  });
  const hpa = all.get('autoscaling/HorizontalPodAutoscaler')?.find((h) => {
    const ref = get(h.object, 'spec', 'scaleTargetRef');
    return get(ref, 'kind') === 'Deployment' && get(ref, 'name') === resource.name;
  });
  const minAvailable = get(pdb?.object, 'spec', 'minAvailable');
  const minReplicas = get(hpa?.object, 'spec', 'minReplicas');
  if (!pdb || !hpa || minAvailable === undefined || minAvailable === null) return true;
  let value: number;
  if (Number.isInteger(minAvailable)) value = minAvailable as number;
  else if (typeof minAvailable === 'string' && /^[+-]?\d+%$/.test(minAvailable)) {
    if (typeof minReplicas !== 'number') return true;
    value = Math.ceil((parseInt(minAvailable, 10) * minReplicas) / 100);
  } else return true; // not an int or a percentage: Polaris logs a warning and passes
  return !(typeof minReplicas === 'number' && value > minReplicas);
};

const CUSTOM_CHECKS: Readonly<Record<string, CustomCheck>> = { pdbMinAvailableGreaterThanHPAMinReplicas };

/** encoding/json matches struct fields case-insensitively: linuxHardening spells `FailureMessage`. */
function goField(doc: Obj, name: string): unknown {
  const key = Object.keys(doc)
    .reverse()
    .find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : doc[key];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const includeExclude = (v: unknown) => ({
  include: strings(isObj(v) ? goField(v, 'include') : undefined),
  exclude: strings(isObj(v) ? goField(v, 'exclude') : undefined),
});

function loadCheck(id: string, doc: Obj, severity: string): Check {
  const text = (name: string) => {
    const v = goField(doc, name);
    return typeof v === 'string' ? v : '';
  };
  const schema = goField(doc, 'schema');
  const schemaString = text('schemaString') || (schema === undefined ? '' : JSON.stringify(schema));
  const additional = goField(doc, 'additionalSchemaStrings');
  const additionalObjects = goField(doc, 'additionalSchemas');
  return {
    id,
    severity,
    failureMessage: text('failureMessage'),
    target: text('target'),
    schemaTarget: text('schemaTarget'),
    controllers: includeExclude(goField(doc, 'controllers')),
    containers: includeExclude(goField(doc, 'containers')),
    schema: schemaString ? parseGoTemplate(schemaString) : undefined,
    additional: [
      ...Object.entries(isObj(additional) ? additional : {}).map(([k, v]) => [k, String(v)] as const),
      ...Object.entries(isObj(additionalObjects) ? additionalObjects : {}).map(
        ([k, v]) => [k, JSON.stringify(v)] as const,
      ),
    ].map(([kind, s]) => [kind, parseGoTemplate(s)]),
  };
}

export interface Polaris {
  readonly checks: readonly string[];
  review(objects: readonly KubeObject[]): PolarisFailure[];
}

/** Loads `checks/*.yaml` and `default.yaml` of a Polaris check folder. */
export function loadPolaris(dir = POLARIS_CHECKS_DIR): Polaris {
  const config = loadYaml(readFileSync(join(dir, 'default.yaml'), 'utf8'));
  const severities = get(config, 'checks');
  if (!isObj(severities)) throw new Error(`${dir}/default.yaml: no checks`);
  const files = readdirSync(join(dir, 'checks')).filter((f) => f.endsWith('.yaml'));
  const docs = new Map(
    files.map((f) => [basename(f, '.yaml'), loadYaml(readFileSync(join(dir, 'checks', f), 'utf8'))]),
  );
  const checks = Object.keys(severities)
    .sort()
    .filter((id) => severities[id] === 'danger' || severities[id] === 'warning')
    .map((id) => {
      const doc = docs.get(id);
      if (!isObj(doc)) throw new Error(`Check ${id} not found`);
      return loadCheck(id, doc, String(severities[id]));
    });
  const exemptions: Exemption[] = (
    Array.isArray(get(config, 'exemptions')) ? (get(config, 'exemptions') as unknown[]) : []
  )
    .filter(isObj)
    .map((e) => ({
      namespace: typeof e.namespace === 'string' ? e.namespace : '',
      controllerNames: strings(e.controllerNames),
      containerNames: strings(e.containerNames),
      rules: strings(e.rules),
    }));
  return { checks: checks.map((c) => c.id), review: (objects) => review(checks, exemptions, objects) };
}

const prefixMatch = (names: string[], value: string) => !names.length || names.some((n) => value.startsWith(n));

/** resolveCheck's filters: exemption annotations, config exemptions, then the check's own target filters. */
function applies(check: Check, exemptions: Exemption[], test: Test): boolean {
  const { resource, target, container, isInit } = test;
  for (const key of ['polaris.fairwinds.com/exempt', `polaris.fairwinds.com/${check.id}-exempt`]) {
    const value = resource.annotations[key];
    if (typeof value === 'string' && value.toLowerCase() === 'true') return false;
  }
  const containerName = typeof container?.name === 'string' ? container.name : '';
  const exempt = exemptions.some(
    (e) =>
      (!e.namespace || e.namespace === resource.namespace) &&
      (!e.rules.length || e.rules.includes(check.id)) &&
      prefixMatch(e.controllerNames, resource.name) &&
      prefixMatch(e.containerNames, containerName),
  );
  if (exempt) return false;
  if (HANDLED_TARGETS.includes(target)) {
    if (check.target === 'PodTemplate' && target === 'PodSpec') return true;
    if (check.target !== target) return false;
  } else if (check.target !== resource.kind && !check.target.endsWith(`/${resource.kind}`)) return false;
  const { include, exclude } = check.controllers;
  if ((include.length && !include.includes(resource.kind)) || exclude.includes(resource.kind)) return false;
  if (check.target !== 'Container') return true;
  const kind = isInit ? 'initContainer' : 'container';
  return (
    (!check.containers.include.length || check.containers.include.includes(kind)) &&
    !check.containers.exclude.includes(kind)
  );
}

/** applySchemaCheck: the check's own schema, then at least one passing object of each additional kind. */
function passes(check: Check, test: Test, all: ReadonlyMap<string, Resource[]>): boolean {
  const { resource, target, container } = test;
  const input: Obj = { ...resource.object };
  if (target === 'PodSpec' || target === 'Container') {
    input.Polaris = {
      PodSpec: resource.podSpec,
      ...(resource.podTemplate && { PodTemplate: resource.podTemplate }),
      ...(target === 'Container' && { Container: container }),
    };
  }
  const where = `${check.id} on ${resource.kind} ${resource.namespace}/${resource.name}`;
  // Every template is rendered and compiled first, as TemplateForResource does; a blank one is skipped.
  const compile = (t: TNode[], label: string) => {
    const text = executeGoTemplate(t, input);
    return text.trim() ? validatorFor(text, label) : undefined;
  };
  const schema = check.schema && (compile(check.schema, where) ?? (() => true));
  const additional = check.additional.flatMap(([kind, t]) => {
    const validateOther = compile(t, `${where} (${kind})`);
    return validateOther ? [[kind, validateOther] as const] : [];
  });
  const validate = (data: unknown) => {
    if (!schema) throw new Error(`${where}: target ${check.target} needs a schema`);
    return schema(data);
  };
  let ok: boolean;
  if (check.schemaTarget) {
    if (check.schemaTarget !== 'PodSpec' || check.target !== 'Container') {
      throw new Error(`${where}: unknown combination of target and schema target`);
    }
    const podSpec: Obj = { ...resource.podSpec, containers: [container] };
    delete podSpec.initContainers;
    ok = validate(podSpec);
  } else if (check.target === 'PodSpec') ok = validate(resource.podSpec);
  else if (check.target === 'PodTemplate') ok = validate(resource.podTemplate);
  else if (check.target === 'Container') ok = validate(container);
  else if (schema) ok = schema(resource.object);
  else ok = CUSTOM_CHECKS[check.id]?.(test, all) ?? true;
  const namespace = resource.kind === 'Namespace' ? resource.name : resource.namespace;
  for (const [kind, validateOther] of additional) {
    if (!ok) break;
    const others = (all.get(kind) ?? []).filter((o) => o.namespace === '' || o.namespace === namespace);
    ok = others.some((o) => validateOther(o.object));
  }
  return ok;
}

function review(checks: Check[], exemptions: Exemption[], objects: readonly KubeObject[]): PolarisFailure[] {
  const resources = objects.map(toResource);
  const all = new Map<string, Resource[]>();
  for (const r of resources) all.set(r.key, [...(all.get(r.key) ?? []), r]);
  const failures: PolarisFailure[] = [];
  const run = (test: Test) => {
    for (const check of checks) {
      if (!applies(check, exemptions, test) || passes(check, test, all)) continue;
      const { kind, namespace, name } = test.resource;
      const container = test.target === 'Container' ? String(test.container?.name) : undefined;
      const { id, severity, failureMessage: message } = check;
      failures.push({
        check: id,
        severity,
        kind,
        namespace,
        name,
        ...(container !== undefined && { container }),
        message,
      });
    }
  };
  for (const resource of resources) {
    if (!resource.podSpec) {
      run({ target: '', resource });
      continue;
    }
    run({ target: 'Controller', resource });
    run({ target: '', resource });
    run({ target: 'PodSpec', resource });
    const containers = (key: string) =>
      Array.isArray(resource.podSpec?.[key]) ? (resource.podSpec[key] as unknown[]) : [];
    for (const c of containers('initContainers'))
      run({ target: 'Container', resource, container: c as Obj, isInit: true });
    for (const c of containers('containers'))
      run({ target: 'Container', resource, container: c as Obj, isInit: false });
  }
  return failures;
}

let defaultPolaris: Polaris | undefined;

/** Reviews the objects of one environment together with the built-in checks of danger or warning severity. */
export function polarisReview(objects: readonly KubeObject[]): PolarisFailure[] {
  defaultPolaris ??= loadPolaris();
  return defaultPolaris.review(objects);
}
