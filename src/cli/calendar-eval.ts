/**
 * `pacta calendar eval`: JSON lines in, one JSON line out per input line, in order. The work
 * per line is the pure `evaluateCase`; this file only frames lines and respects backpressure.
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import {
  type CalendarCache,
  type CaseResult,
  createCalendarCache,
  evaluateCase,
} from '../domain/calendar/evaluate.js';
import { calendarSpan } from './calendar-span.js';

/** Output is written in batches of about this many characters. */
const BATCH_CHARS = 64 * 1024;

/** Distinct calendar texts kept parsed, so a repeated calendar is neither parsed nor re-keyed. */
const MAX_SPECS = 1000;

/**
 * The line parsed, its calendar text parsed once per distinct text and shared by identity (the
 * cache then finds it without serialising it); any surprise falls back to parsing it whole.
 */
function parseLine(line: string, specs: Map<string, unknown>): unknown {
  const span = calendarSpan(line);
  if (span === null) return JSON.parse(line);
  try {
    const input = JSON.parse(`${line.slice(0, span[0])}0${line.slice(span[1])}`);
    const text = line.slice(span[0], span[1]);
    let spec = specs.get(text);
    if (spec === undefined) {
      spec = JSON.parse(text);
      if (specs.size >= MAX_SPECS) specs.clear();
      specs.set(text, spec);
    }
    input.calendar = spec;
    return input;
  } catch {
    return JSON.parse(line);
  }
}

function evaluateLine(line: string, cache: CalendarCache, specs: Map<string, unknown>): CaseResult {
  let input: unknown;
  try {
    input = parseLine(line, specs);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      id: null,
      error: { code: 'invalid_input', message: `not valid JSON: ${reason}`, path: null },
    };
  }
  return evaluateCase(input, cache);
}

async function write(output: NodeJS.WritableStream, text: string): Promise<void> {
  if (!output.write(text)) await once(output, 'drain');
}

/**
 * Reads cases as JSON lines from `input` and writes one result line per input line to
 * `output` (not ended, so stdout can be passed). A malformed line yields an `invalid_input`
 * error line with id null; the run goes on.
 */
export async function runCalendarEval(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
): Promise<void> {
  const cache = createCalendarCache();
  const specs = new Map<string, unknown>();
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let batch = '';
  for await (const line of lines) {
    batch += `${JSON.stringify(evaluateLine(line, cache, specs))}\n`;
    if (batch.length >= BATCH_CHARS) {
      await write(output, batch);
      batch = '';
    }
  }
  if (batch !== '') await write(output, batch);
}
