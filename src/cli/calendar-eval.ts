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

/** Output is written in batches of about this many characters. */
const BATCH_CHARS = 64 * 1024;

function evaluateLine(line: string, cache: CalendarCache): CaseResult {
  let input: unknown;
  try {
    input = JSON.parse(line);
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
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let batch = '';
  for await (const line of lines) {
    batch += `${JSON.stringify(evaluateLine(line, cache))}\n`;
    if (batch.length >= BATCH_CHARS) {
      await write(output, batch);
      batch = '';
    }
  }
  if (batch !== '') await write(output, batch);
}
