/**
 * Finds the text of a JSON line's top-level `"calendar"` object without parsing the line, so
 * `pacta calendar eval` can parse each distinct calendar text once however many lines repeat it.
 */

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** The index of the quote that closes the string opened at `start`, or -1. */
function stringEnd(line: string, start: number): number {
  for (let i = start + 1; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x22) return i;
  }
  return -1;
}

/** The index after the object or array opened at `start`, or -1. */
function containerEnd(line: string, start: number): number {
  let depth = 0;
  for (let i = start; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x22) {
      i = stringEnd(line, i);
      if (i < 0) return -1;
    } else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/**
 * `[start, end)` of the value of the line's top-level `"calendar"` key when it is an object and
 * the key appears once; null otherwise (the caller then parses the line whole).
 */
export function calendarSpan(line: string): readonly [number, number] | null {
  let depth = 0;
  let found: [number, number] | null = null;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x22) {
      const end = stringEnd(line, i);
      if (end < 0) return null;
      if (depth === 1 && line.startsWith('"calendar"', i) && end === i + 9) {
        let j = end + 1;
        while (isSpace(line.charCodeAt(j))) j++;
        if (line.charCodeAt(j) === 0x3a) {
          j++;
          while (isSpace(line.charCodeAt(j))) j++;
          const close = line.charCodeAt(j) === 0x7b ? containerEnd(line, j) : -1;
          if (close < 0 || found !== null) return null;
          found = [j, close];
          i = close - 1;
          continue;
        }
      }
      i = end;
    } else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return found;
}
