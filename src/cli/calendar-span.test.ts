import { describe, expect, it } from 'vitest';
import { calendarSpan } from './calendar-span.js';

const textOf = (line: string) => {
  const span = calendarSpan(line);
  return span && line.slice(span[0], span[1]);
};

describe('the calendar text of an eval line', () => {
  it('is the top-level calendar object, strings with braces and escaped quotes included', () => {
    const calendar = '{"timeZone":"Europe/Madrid","week":{"mon":[["08:00","18:00"]]},"x":"a}\\"{"}';
    expect(textOf(`{"id":1,"calendar":${calendar},"op":"isOpen"}`)).toBe(calendar);
    expect(textOf(`{ "calendar" : ${calendar} }`)).toBe(calendar);
  });

  it('is not found in nested objects, strings, twice, or when it is not an object', () => {
    expect(textOf('{"id":{"calendar":{}},"op":"add"}')).toBeNull();
    expect(textOf('{"id":"\\"calendar\\":{}","op":"add"}')).toBeNull();
    expect(textOf('{"calendar":{},"calendar":{}}')).toBeNull();
    expect(textOf('{"calendar":"madrid"}')).toBeNull();
    expect(textOf('{"calendar":{"a":"unterminated}')).toBeNull();
  });
});
