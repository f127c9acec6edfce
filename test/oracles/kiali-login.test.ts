/**
 * Kiali, where a platform installs it (the shop platform does): its dashboard shows the whole mesh and
 * can change Istio's configuration, so it must ask for a login, a Kubernetes token (the `token`
 * strategy, its ServiceAccount's RBAC deciding what the user sees), never `anonymous`; the session is
 * signed with a key from a Secret, not a value in the repository.
 */
import type { IApplication } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1/Application';
import { platforms } from '../../platforms';
import { ofKind, platformModel, synth } from '../helpers';

const withKiali = platforms.flatMap((source) =>
  [...platformModel(source).values()]
    .filter((env) => env.gitops.operators.kiali)
    .map((env) => [`${source.name} ${env.name}`, env] as const),
);

test('some platform installs Kiali', () => {
  expect(withKiali.length).toBeGreaterThan(0);
});

test.each(withKiali)('%s: Kiali logs in by token, its signing key from a Secret', (_, env) => {
  const apps = ofKind(synth(env), 'Application').filter(
    (a) => a.metadata.name === 'kiali',
  ) as unknown as IApplication[];
  expect(apps).toHaveLength(1);
  const values = apps[0]!.spec.source!.helm!.valuesObject as {
    auth?: { strategy?: string };
    login_token?: { signing_key?: string };
  };
  expect(values.auth).toEqual({ strategy: 'token' });
  expect(values.login_token?.signing_key).toMatch(/^secret:[a-z0-9-]+:[A-Za-z0-9_.-]+$/);
});
