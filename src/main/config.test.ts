import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, oidcSettingsOf } from './config.js';

describe('loadConfig', () => {
  it.each([
    [
      'an admin email without a password',
      { PACTA_ADMIN_EMAIL: 'root@pacta.example' },
      'PACTA_ADMIN_PASSWORD',
    ],
    [
      'an admin password without an email',
      { PACTA_ADMIN_PASSWORD: 'a-long-password-1' },
      'PACTA_ADMIN_EMAIL',
    ],
  ])('%s stops start-up naming the missing variable', (_case, env, missing) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(new RegExp(`${missing}: set both`));
  });

  describe('OpenID Connect sign-in', () => {
    const oidc = {
      PACTA_OIDC_ISSUER: 'https://login.example.com/realm',
      PACTA_OIDC_CLIENT_ID: 'pacta',
      PACTA_OIDC_CLIENT_SECRET: 'a client secret',
      PACTA_PUBLIC_URL: 'https://pacta.example.com',
    };

    it.each([
      ['an issuer alone', { PACTA_OIDC_ISSUER: oidc.PACTA_OIDC_ISSUER }, 'PACTA_OIDC_CLIENT_ID'],
      [
        'a client id without its secret',
        { ...oidc, PACTA_OIDC_CLIENT_SECRET: '' },
        'PACTA_OIDC_CLIENT_SECRET',
      ],
      ['a client without its issuer', { ...oidc, PACTA_OIDC_ISSUER: '' }, 'PACTA_OIDC_ISSUER'],
    ])(
      'a partial OpenID Connect set (%s) stops start-up naming the missing variable',
      (_case, env, missing) => {
        expect(() => loadConfig(env)).toThrow(new RegExp(`${missing}: set PACTA_OIDC_ISSUER, `));
      },
    );

    it('an issuer that is not a URL, no public URL for the callback, or a name without a provider stops start-up', () => {
      expect(() => loadConfig({ ...oidc, PACTA_OIDC_ISSUER: 'login.example.com' })).toThrow(
        /PACTA_OIDC_ISSUER: must be an http/,
      );
      expect(() => loadConfig({ ...oidc, PACTA_PUBLIC_URL: '' })).toThrow(
        /PACTA_PUBLIC_URL: is needed with PACTA_OIDC_ISSUER/,
      );
      expect(() => loadConfig({ PACTA_OIDC_NAME: 'Okta' })).toThrow(
        /PACTA_OIDC_NAME: names a provider/,
      );
    });

    it('a full set gives the callback under the public URL and the issuer host as the default name', () => {
      expect(oidcSettingsOf(loadConfig(oidc))).toEqual({
        issuer: oidc.PACTA_OIDC_ISSUER,
        clientId: 'pacta',
        clientSecret: 'a client secret',
        redirectUri: 'https://pacta.example.com/api/auth/oidc/callback',
        name: 'login.example.com',
      });
      expect(oidcSettingsOf(loadConfig({}))).toBeUndefined();
    });
  });

  it('both admin variables, or neither, are accepted; HOST stays unset unless given', () => {
    const admin = {
      PACTA_ADMIN_EMAIL: 'root@pacta.example',
      PACTA_ADMIN_PASSWORD: 'a-long-password-1',
    };
    expect(loadConfig(admin)).toMatchObject(admin);
    expect(loadConfig(admin).HOST).toBeUndefined();
    expect(loadConfig({}).PACTA_ADMIN_EMAIL).toBeUndefined();
    expect(loadConfig({ HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
  });

  it('trusted relays are IP addresses or CIDR ranges: anything else stops start-up naming the variable', () => {
    expect(
      loadConfig({ PACTA_TRUSTED_RELAYS: '10.0.0.0/8, 192.0.2.5,2001:db8::/32' })
        .PACTA_TRUSTED_RELAYS,
    ).toEqual(['10.0.0.0/8', '192.0.2.5', '2001:db8::/32']);
    for (const bad of ['relay.example', '10.0.0.0/33', '10.0.0.0/8/1', '192.0.2.5/x']) {
      expect(() => loadConfig({ PACTA_TRUSTED_RELAYS: bad })).toThrow(
        /PACTA_TRUSTED_RELAYS: must be IP addresses or CIDR ranges/,
      );
    }
  });
});
