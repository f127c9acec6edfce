/**
 * The YAML emitter: what it writes reads back as exactly the JSON that was validated, and nothing a
 * YAML 1.1 reader (go-yaml v2, under sigs.k8s.io/yaml, kubectl and Argo CD) would take for another type
 * is left unquoted.
 */
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
});
