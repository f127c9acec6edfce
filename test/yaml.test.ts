/**
 * The YAML emitter: what it writes reads back as exactly the JSON that was validated, and nothing a
 * YAML 1.1 reader (go-yaml v2, under sigs.k8s.io/yaml, kubectl and Argo CD) would take for another type
 * is left unquoted.
 */
import fc from 'fast-check';
import * as yaml from 'js-yaml';
import { toYaml } from '../lib/yaml';
import { orofiModel, synthAll } from './helpers';

const roundTrip = (value: unknown) => yaml.load(toYaml(value));

test('every synthesized file reads back as its objects, in order', () => {
  for (const file of synthAll(orofiModel().values())) {
    expect(yaml.loadAll(file.content)).toEqual(file.objects);
  }
});

test('strings a YAML 1.1 reader would take for booleans, null, numbers or dates are quoted', () => {
  const tricky = [
    'yes',
    'No',
    'ON',
    'off',
    'y',
    'N',
    'true',
    'False',
    'null',
    '~',
    '',
    ' ',
    '8080',
    '0755',
    '0x1F',
    '1.10',
    '1e3',
    '.inf',
    '-.inf',
    '.NaN',
    '1:20',
    '2024-01-01',
    '2024-01-01T00:00:00Z',
    '-',
    '- a',
    '? a',
    ': a',
    'a: b',
    'a #b',
    '#a',
    '@a',
    '`a',
    '!tag',
    '&anchor',
    '*alias',
    '|',
    '>',
    '%a',
    "'a'",
    '"a"',
    '[a]',
    '{a}',
    'a,b',
    'a.',
    'a:',
    '=',
    '<<',
    '1.2.3',
  ];
  for (const s of tricky) {
    const line = toYaml({ k: s }).trimEnd();
    expect({ s, plain: !/^k: ['"]/.test(line) }).toEqual({ s, plain: false });
    expect(roundTrip({ k: s })).toEqual({ k: s });
  }
  // What stays plain: names, labels, image references, URLs.
  for (const s of [
    'api-gateway-public',
    'dev-4f1c2a9',
    'app.kubernetes.io/name',
    'https://kubernetes.default.svc',
    'gcr.io/x/y:2.3',
  ]) {
    expect(toYaml({ k: s })).toBe(`k: ${s}\n`);
  }
});

test('multi-line text as literal blocks, exactly', () => {
  for (const s of ['a\nb\n', 'a\nb', 'a\n\n  b\n', 'line 1\n  indented\nlast']) {
    expect(toYaml({ k: s })).toMatch(/^k: \|-?\n/);
    expect(roundTrip({ k: s })).toEqual({ k: s });
  }
  // What a literal block cannot carry exactly is quoted instead.
  for (const s of [' leading space\nb', 'a\n\n', 'tab\there\nb', 'a\n   \nb', 'cr\r\nlf']) {
    expect(toYaml({ k: s })).toMatch(/^k: ["']/);
    expect(roundTrip({ k: s })).toEqual({ k: s });
  }
});

test('structures, numbers and empty values', () => {
  const value = {
    z: [1, 2.5, -3, 0.0144, 1e-7, 1e21, true, false, null],
    a: { nested: { deep: [{ x: 1, y: [] }, [], {}, [['a'], { b: {} }]] } },
    'needs quoting': { 'also: this': 'v' },
    empty: {},
    list: [],
  };
  expect(roundTrip(value)).toEqual(value);
  expect(toYaml(value).split('\n')[0]).toBe('a:');
  expect(() => toYaml({ n: Number.NaN })).toThrow('cannot write NaN as YAML');
  // Fractions JavaScript writes with an exponent: exact, and floats to YAML 1.1 too (a dot before the `e`).
  const small = [5e-324, -2.2e-308, 1.2345678901234568e-10, 1e-7];
  expect(roundTrip(small)).toEqual(small);
  expect(toYaml(small)).toBe('- 5.0e-324\n- -2.2e-308\n- 1.2345678901234568e-10\n- 1.0e-7\n');
});

describe('any JSON value: read back exactly, by a YAML 1.2 reader and as YAML 1.1 types', () => {
  // Strings drawn from the characters that matter to YAML: indicators, quotes, escapes, white space,
  // line breaks, digits, and words a YAML 1.1 reader takes for other types.
  const tricky = fc.oneof(
    fc.string({
      unit: fc.constantFrom(...' \t\n\r:#-?[]{},&*!|>\'"%@`\\0123456789.eE+aZ_/~\u0085\u00e9\u2028'.split('')),
    }),
    fc.constantFrom(
      'yes',
      'No',
      'ON',
      'off',
      'y',
      'null',
      '~',
      'true',
      '0x1F',
      '0o17',
      '1_000',
      '1:20',
      '.inf',
      '-.NaN',
      '2001-12-14',
      '=',
      '<<',
    ),
    fc.string(),
  );
  const json = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      tricky,
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(tricky, tie('value'), { maxKeys: 4 }),
    ),
  })).value;

  test('js-yaml reads back the value', () => {
    fc.assert(
      fc.property(json, (value) => {
        expect(yaml.load(toYaml(value))).toEqual(value);
      }),
      { numRuns: 150 },
    );
  });

  test('every unquoted scalar is a string to a YAML 1.1 reader only if it was one', () => {
    // The YAML 1.1 schema (go-yaml v2): js-yaml's DEFAULT schema plus its 1.1 words, applied to each
    // plain (unquoted) scalar the emitter wrote for a string.
    const yaml11 =
      /^(y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL|~|[-+]?(\d[\d_]*)?\.?\d[\d_]*([eE][-+]?\d+)?|[-+]?0x[\da-fA-F_]+|[-+]?0b[01_]+|[-+]?\d[\d_]*(:[0-5]?\d)+(\.[\d_]*)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|\d{4}-\d\d?-\d\d?([Tt ].*)?|<<|=)$/;
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('k'), tricky, { minKeys: 1, maxKeys: 1 }), (value) => {
        const written = toYaml(value);
        const plain = /^k: (?!['"|>])(.*)\n$/.exec(written);
        if (plain)
          expect({ value: value.k, plain: plain[1], yaml11: yaml11.test(plain[1]!) }).toMatchObject({ yaml11: false });
      }),
      { numRuns: 300 },
    );
  });
});
