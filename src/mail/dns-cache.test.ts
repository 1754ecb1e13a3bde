import { describe, expect, it } from 'vitest';
import { cachingResolver } from './dns-cache.js';

function countingResolver(fail?: string) {
  const asked: string[] = [];
  const resolver = async (name: string, type: string) => {
    asked.push(`${type} ${name}`);
    if (fail) throw Object.assign(new Error(fail), { code: fail });
    return [['v=spf1 -all']];
  };
  return { asked, resolver };
}

describe('mail authentication asks the DNS once per record while its answer is fresh', () => {
  it('a second question for the same record is answered from the cache until it expires', async () => {
    const { asked, resolver } = countingResolver();
    let clock = 0;
    const cached = cachingResolver(resolver, { ttlMs: 1000, now: () => clock });
    await Promise.all([cached('andino.test', 'TXT'), cached('ANDINO.test', 'TXT')]);
    await cached('andino.test', 'TXT');
    await cached('andino.test', 'MX');
    expect(asked).toEqual(['TXT andino.test', 'MX andino.test']);
    clock = 1000;
    await cached('andino.test', 'TXT');
    expect(asked).toHaveLength(3);
  });

  it('"no such record" is kept; a timeout is asked again', async () => {
    const missing = countingResolver('ENOTFOUND');
    const cachedMissing = cachingResolver(missing.resolver);
    await expect(cachedMissing('nada.test', 'TXT')).rejects.toThrow('ENOTFOUND');
    await expect(cachedMissing('nada.test', 'TXT')).rejects.toThrow('ENOTFOUND');
    expect(missing.asked).toHaveLength(1);
    const slow = countingResolver('ETIMEOUT');
    const cachedSlow = cachingResolver(slow.resolver);
    await expect(cachedSlow('lento.test', 'TXT')).rejects.toThrow('ETIMEOUT');
    await expect(cachedSlow('lento.test', 'TXT')).rejects.toThrow('ETIMEOUT');
    expect(slow.asked).toHaveLength(2);
  });
});
