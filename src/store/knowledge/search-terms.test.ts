import { describe, expect, it } from 'vitest';
import { searchTerms, searchWords } from './search-terms.js';

describe('search words', () => {
  it.each([
    ['Cómo importar PRODUCTOS', ['cómo', 'importar', 'productos']],
    ["shopify & !(') | :* <->", ['shopify']],
    ['two-step verification', ['two', 'step', 'verification']],
    ['a b 2fa error 429', ['2fa', 'error', '429']],
    ['api api API', ['api']],
    ['   ', []],
    // NFD input (a combining accent) is one word, not two.
    ['Cate\u0301gorias', ['catégorias']],
  ])('%j → %j: letters, marks and digits only, lower-case, no repeats', (text, words) => {
    expect(searchWords(text)).toEqual(words);
  });

  it('keeps at most twelve words of at most forty letters', () => {
    const many = Array.from({ length: 20 }, (_, i) => `word${i}`).join(' ');
    expect(searchWords(many)).toHaveLength(12);
    expect(searchWords('x'.repeat(100))).toEqual(['x'.repeat(40)]);
  });

  it('only the last word becomes a prefix, and only while typing', () => {
    expect(searchTerms(['programar', 'exporta'], true)).toEqual(['programar', 'exporta:*']);
    expect(searchTerms(['programar', 'exporta'], false)).toEqual(['programar', 'exporta']);
    expect(searchTerms([], true)).toEqual([]);
  });
});
