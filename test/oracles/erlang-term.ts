/**
 * A reader of the Erlang terms of a `file:consult`-style configuration (RabbitMQ's inter-node TLS
 * options, `-ssl_dist_optfile`): one term ended by a full stop. Lists, tuples, atoms, strings, integers
 * and a remote call (`public_key:pkix_verify_hostname_match_fun(https)`) are what such files hold. It
 * throws on anything else, as Erlang's own reader would refuse the file.
 */

/** A term: an atom is `{ atom }`, a tuple `{ tuple }`, a remote call `{ call, args }`. */
export type Term =
  | string
  | number
  | { readonly atom: string }
  | { readonly tuple: readonly Term[] }
  | { readonly call: string; readonly args: readonly Term[] }
  | readonly Term[];

/** Reads the one term of `text`, which must end with a full stop and nothing but white space after it. */
export function readTerm(text: string): Term {
  let at = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at offset ${at}: ${JSON.stringify(text.slice(at, at + 20))}`);
  };
  const skip = () => {
    while (at < text.length && /\s/.test(text[at]!)) at++;
  };
  const expect = (c: string) => {
    skip();
    if (text[at] !== c) fail(`expected ${c}`);
    at++;
  };
  const sequence = (close: string): Term[] => {
    const items: Term[] = [];
    skip();
    if (text[at] === close) {
      at++;
      return items;
    }
    for (;;) {
      items.push(term());
      skip();
      if (text[at] === ',') at++;
      else if (text[at] === close) {
        at++;
        return items;
      } else fail(`expected , or ${close}`);
    }
  };
  const term = (): Term => {
    skip();
    const c = text[at];
    if (c === '[') {
      at++;
      return sequence(']');
    }
    if (c === '{') {
      at++;
      return { tuple: sequence('}') };
    }
    if (c === '"') {
      const end = text.indexOf('"', at + 1);
      if (end < 0) fail('unterminated string');
      const value = text.slice(at + 1, end);
      at = end + 1;
      return value;
    }
    const number = /^-?\d+/.exec(text.slice(at));
    if (number) {
      at += number[0].length;
      return Number(number[0]);
    }
    const atom = /^[a-z][A-Za-z0-9_@]*/.exec(text.slice(at));
    if (!atom) return fail('expected a term');
    at += atom[0].length;
    if (text[at] !== ':') return { atom: atom[0] };
    at++;
    const fn = /^[a-z][A-Za-z0-9_@]*/.exec(text.slice(at));
    if (!fn) return fail('expected a function name');
    at += fn[0].length;
    expect('(');
    return { call: `${atom[0]}:${fn[0]}`, args: sequence(')') };
  };
  const result = term();
  expect('.');
  skip();
  if (at < text.length) fail('text after the full stop');
  return result;
}

/** A proplist (a list of `{key, value}` tuples) as an object, its keys in order; throws on anything else. */
export function proplist(t: Term): Record<string, Term> {
  if (!Array.isArray(t)) throw new Error(`not a list: ${JSON.stringify(t)}`);
  const entries = (t as Term[]).map((item) => {
    const tuple = (item as { tuple?: Term[] }).tuple;
    const key = (tuple?.[0] as { atom?: string } | undefined)?.atom;
    if (tuple?.length !== 2 || key === undefined) throw new Error(`not a {key, value} pair: ${JSON.stringify(item)}`);
    return [key, tuple[1]!] as const;
  });
  const keys = entries.map(([key]) => key);
  if (new Set(keys).size !== keys.length) throw new Error(`a key twice: ${keys.join(', ')}`);
  return Object.fromEntries(entries);
}
