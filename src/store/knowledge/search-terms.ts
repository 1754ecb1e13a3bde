/**
 * What a reader typed, turned into text search query text: its words joined by `|` (any word
 * may match; ranking rewards articles matching more of them, so a question mixing Spanish and
 * English, or with a word no article uses, still finds its article), the last one a prefix
 * (`:*`) while the reader is still typing. Words are runs of letters, marks and digits, so
 * nothing the reader types can reach the query parser as an operator.
 */

/** Words kept from one query: enough for a long question, few enough to keep ranking cheap. */
const maxWords = 12;
const maxWordLength = 40;

/** The query's words, lower-case, without repeats or one-letter words. */
export function searchWords(text: string): string[] {
  const words =
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  const kept = words.filter((word) => word.length > 1).map((word) => word.slice(0, maxWordLength));
  return [...new Set(kept)].slice(0, maxWords);
}

/** The `to_tsquery` operand of each word: the word, the last one with `:*` while typing. */
export function searchTerms(words: readonly string[], lastIsPrefix: boolean): string[] {
  return words.map((word, index) =>
    lastIsPrefix && index === words.length - 1 ? `${word}:*` : word,
  );
}
