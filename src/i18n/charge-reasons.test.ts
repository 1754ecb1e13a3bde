import { describe, expect, it } from 'vitest';
import {
  type ChargeReason,
  type SettlementCause,
  settlementCauseOf,
  settlementReason,
} from '../domain/hour-bank/index.js';
import { requestOutcomes, ticketKinds } from '../domain/tickets/vocabulary.js';
import { entryReasonText, reasonPhrase } from './charge-reasons.js';

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

describe('ledger settlement reasons are shown in words, in both languages', () => {
  it('a settlement’s code with its parameter reads as a sentence; a person’s own reason as written', () => {
    const cases: [string, RegExp, RegExp][] = [
      ['reclassified:incident', /reclassified as incident/i, /reclasificado como incidente/i],
      ['answer_changed:scheduled', /Ticket answered \(.+\)/, /Ticket respondido \(.+\)/],
      ['answer_changed:none', /Ticket answered/, /Ticket respondido \(Sin respuesta aún\)/],
    ];
    for (const [reason, english, spanish] of cases) {
      expect(entryReasonText('en', reason)).toMatch(english);
      expect(entryReasonText('es', reason)).toMatch(spanish);
      expect(entryReasonText('es', reason)).not.toContain(reason);
    }
    for (const own of ['horas mal cargadas', 'reclassified:unknown_kind', 'answer_changed:x:y']) {
      expect(entryReasonText('es', own)).toBe(own);
    }
  });

  it('every settlement reason the domain writes reads back as its cause', () => {
    const causes: SettlementCause[] = [
      ...ticketKinds.map((kind) => ({ code: 'reclassified' as const, kind })),
      ...[...requestOutcomes, null].map((outcome) => ({
        code: 'answer_changed' as const,
        outcome,
      })),
    ];
    for (const cause of causes) expect(settlementCauseOf(settlementReason(cause))).toEqual(cause);
  });
});
