import { describe, expect, it } from 'vitest';
import { ContractContextCache } from './current-context.js';

describe('ContractContextCache', () => {
  const entry = (contract: string) => ({ contract }) as never;

  it('keeps at most its capacity, dropping the least recently used', () => {
    const cache = new ContractContextCache(2);
    cache.set('a', entry('a1'));
    cache.set('b', entry('b1'));
    cache.get('a');
    cache.set('c', entry('c1'));
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toEqual({ contract: 'a1' });
    cache.set('a', undefined);
    expect(cache.get('a')).toBeUndefined();
  });
});
