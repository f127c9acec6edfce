/**
 * The ACME account's contact address (`tls.acmeEmail`): Let's Encrypt refuses an account whose contact
 * is no e-mail address, so a description with one gets one clear line at that path, and nothing else.
 */
import { configProblems, orofiInputs } from '../helpers';

const problemsWith = (acmeEmail: string) => {
  const { platform, environments } = orofiInputs();
  platform.tls.acmeEmail = acmeEmail;
  return configProblems(platform, environments);
};

test.each(['ops', 'ops@', '@orofi.xyz', 'ops at orofi.xyz'])('%s: refused at tls.acmeEmail', (email) => {
  expect(problemsWith(email)).toEqual([
    `platform: tls.acmeEmail: must be an e-mail address (got ${JSON.stringify(email)})`,
  ]);
});

test('an address: accepted', () => {
  expect(problemsWith('platform-team@orofi.xyz')).toEqual([]);
});
