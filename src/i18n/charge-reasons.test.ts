import { describe, expect, it } from 'vitest';
import type { ChargeReason } from '../domain/hour-bank/index.js';
import { reasonPhrase } from './charge-reasons.js';

describe('reasons render as English sentences', () => {
  it.each<[ChargeReason, string]>([
    [{ code: 'minimum_per_ticket', minutes: 60 }, 'minimum per ticket: 60 min'],
    [{ code: 'maximum_per_ticket', minutes: 480 }, 'capped at 480 min: quote required'],
    [{ code: 'minimum_per_conversation', minutes: 15 }, 'minimum per opened conversation: 15 min'],
    [{ code: 'free_kind', kind: 'incident' }, 'incident: never deducted'],
    [
      { code: 'covered_by_minimum', scope: 'ticket', minutes: 60 },
      'covered by the 60 min minimum per ticket',
    ],
  ])('%o', (reason, text) => {
    expect(reasonPhrase('en', reason)).toBe(text);
  });
});
