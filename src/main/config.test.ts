import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

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
