/**
 * A YAML emitter for Kubernetes objects (JSON data: maps, lists, strings, numbers, booleans, null):
 * block style, keys sorted, strings quoted unless they are plain words that no YAML 1.1 or 1.2 reader
 * takes for anything else (so `yes`, `on`, `1.10`, `2024-01-01` or `0755` stay strings for go-yaml, and
 * kubectl and Argo CD read exactly the JSON that was validated), multi-line text as literal blocks.
 *
 * js-yaml's `dump` does the same job about five times slower: it tests every string against every
 * implicit type and picks among all scalar styles. This emitter is deliberately conservative instead;
 * `test/yaml.test.ts` checks that js-yaml reads back exactly what was written.
 */

/** Words YAML 1.1 reads as booleans or null (go-yaml v2, which sigs.k8s.io/yaml uses), in any case. */
const RESERVED = new Set(['y', 'yes', 'n', 'no', 'true', 'false', 'on', 'off', 'null']);
const RESERVED_LENGTH = Math.max(...[...RESERVED].map((w) => w.length));

/**
 * Strings written without quotes: a letter, `_` or `/` first (never a digit, `.`, `-` or another
 * indicator, so never a number, date, sexagesimal, `.inf` or `-` entry), then letters, digits and
 * `_ . / - @ :` (no space, so never `: ` or ` #`), not ending in `.` or `:`, nor a reserved word.
 * (The regular expression `^[A-Za-z_/][A-Za-z0-9_./@:-]*$`, tested character by character: a string
 * is tested once, where it is written, and this is faster than a regular expression or a cache.)
 */
const FIRST = new Uint8Array(128);
const REST = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_/')
  FIRST[c.charCodeAt(0)] = REST[c.charCodeAt(0)] = 1;
for (const c of '0123456789.@:-') REST[c.charCodeAt(0)] = 1;
const DOT = 46;
const COLON = 58;

function isPlain(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  const first = s.charCodeAt(0);
  if (first >= 128 || FIRST[first] === 0) return false;
  for (let i = 1; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || REST[c] === 0) return false;
  }
  const last = s.charCodeAt(n - 1);
  return last !== DOT && last !== COLON && (n > RESERVED_LENGTH || !RESERVED.has(s.toLowerCase()));
}

/** Characters that single quotes cannot carry as they are. */
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const NEEDS_ESCAPES = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/;

function quoted(s: string): string {
  // JSON's double-quoted strings are YAML double-quoted scalars.
  return NEEDS_ESCAPES.test(s) ? JSON.stringify(s) : `'${s.replaceAll("'", "''")}'`;
}

/** Multi-line text that a literal block keeps exactly: no tabs or other control characters but line breaks. */
// eslint-disable-next-line no-control-regex -- control characters are what it rules out
const LITERAL_SAFE = /^[^\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff]*$/;

function literalBlock(s: string, indent: string): string | undefined {
  if (!s.includes('\n') || !LITERAL_SAFE.test(s) || s.startsWith(' ') || s.startsWith('\n')) return undefined;
  const body = s.endsWith('\n') ? s.slice(0, -1) : s;
  // `|` keeps one final line break, `|-` none; more than one would need `|+`: quote those instead.
  if (body.endsWith('\n')) return undefined;
  const lines = body.split('\n');
  // A line of only spaces would change the indentation a reader detects; trailing spaces are kept.
  if (lines.some((line) => line.length > 0 && line.trim() === '')) return undefined;
  const header = s.endsWith('\n') ? '|' : '|-';
  return `${header}\n${lines.map((line) => (line === '' ? '' : `${indent}${line}`)).join('\n')}`;
}

function scalar(value: unknown, indent: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      if (isPlain(value)) return value;
      return literalBlock(value, indent) ?? quoted(value);
    case 'number': {
      if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as YAML`);
      const text = String(value);
      if (!text.includes('e')) return text;
      if (Number.isInteger(value)) return BigInt(value).toString();
      // A fraction below 1e-6, in JavaScript's shortest exact form, with the dot YAML 1.1 floats need:
      // 1e-7 reads as a string there, 1.0e-7 as the float. (Fixed-point notation would round it.)
      return text.includes('.') ? text : text.replace('e', '.0e');
    }
    case 'boolean':
      return value ? 'true' : 'false';
    default:
      throw new Error(`cannot write a ${typeof value} as YAML`);
  }
}

const isMap = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

const key = (k: string) => (isPlain(k) ? k : quoted(k));

/** A map or list with entries: written as a block below its key or dash. */
const nested = (v: unknown) => (isMap(v) && Object.keys(v).length > 0) || (Array.isArray(v) && v.length > 0);

/**
 * The lines of a non-empty map or list at `indent`, each ending with a line break. The first line starts
 * with `first` in place of `indent`: the first entry of a map in a list shares the line of its `- `.
 */
function block(value: unknown, indent: string, first: string = indent): string {
  let out = '';
  let lead = first;
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    for (const item of value) {
      if (!nested(item)) out += `${lead}- ${inline(item, inner)}\n`;
      else if (isMap(item)) out += block(item, inner, `${lead}- `);
      else out += `${lead}-\n${block(item, inner)}`;
      lead = indent;
    }
    return out;
  }
  const map = value as Record<string, unknown>;
  for (const k of Object.keys(map).sort()) {
    const v = map[k];
    if (v === undefined) continue;
    if (nested(v)) out += `${lead}${key(k)}:\n${block(v, inner)}`;
    else out += `${lead}${key(k)}: ${inline(v, inner)}\n`;
    lead = indent;
  }
  return out;
}

/** A value on the line of its key or dash: a scalar, or an empty map or list. */
function inline(value: unknown, indent: string): string {
  if (Array.isArray(value)) return '[]';
  if (isMap(value)) return '{}';
  return scalar(value, indent);
}

/** One YAML document (without `---`) of a JSON value, keys sorted. */
export function toYaml(value: unknown): string {
  return nested(value) ? block(value, '') : `${inline(value, '  ')}\n`;
}
