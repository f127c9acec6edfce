/** The Erlang term reader of the oracles (test/oracles/erlang-term.ts): what it reads, what it refuses. */
import { proplist, readTerm } from './erlang-term';

test("RabbitMQ's documented inter-node options file reads as its terms", () => {
  const text = `[
  {server, [{cacertfile, "/c/ca.pem"}, {verify, verify_peer}, {depth, 2}]},
  {client, [{customize_hostname_check, [{match_fun, public_key:pkix_verify_hostname_match_fun(https)}]}]}
].
`;
  const sides = proplist(readTerm(text));
  expect(proplist(sides.server!)).toEqual({ cacertfile: '/c/ca.pem', verify: { atom: 'verify_peer' }, depth: 2 });
  expect(sides.client).toEqual([
    {
      tuple: [
        { atom: 'customize_hostname_check' },
        [
          {
            tuple: [
              { atom: 'match_fun' },
              { call: 'public_key:pkix_verify_hostname_match_fun', args: [{ atom: 'https' }] },
            ],
          },
        ],
      ],
    },
  ]);
  expect(readTerm('{}.')).toEqual({ tuple: [] });
});

test.each([
  ['no full stop', '[{a, b}]', /expected \./],
  ['text after the full stop', '[{a, b}].\nStryker was here!', /text after the full stop/],
  ['a missing comma', '[{a, b} {c, d}].', /expected , or \]/],
  ['an unterminated string', '[{a, "b}].', /unterminated string/],
  ['an upper-case atom (a variable)', '[{A, b}].', /expected a term/],
])('refuses %s', (_, text, error) => {
  expect(() => readTerm(text)).toThrow(error);
});

test('a proplist refuses a key twice, and what is not a pair', () => {
  expect(() => proplist(readTerm('[{a, 1}, {a, 2}].'))).toThrow('a key twice: a, a');
  expect(() => proplist(readTerm('[{a, 1, 2}].'))).toThrow('not a {key, value} pair');
  expect(() => proplist(readTerm('{a, 1}.'))).toThrow('not a list');
});
