import { describe, expect, it } from 'vitest';
import { buildQuote, buildQuoteContent, decisionMaker } from '../../../test/factories/quotes.js';
import {
  type Decider,
  decideQuote,
  editDraft,
  expireQuote,
  reviseQuote,
  sendQuote,
  withdrawQuote,
} from './lifecycle.js';
import { currentVersion, type Quote, type QuoteState, quoteStateOn } from './quote.js';

const agent = { on: '2026-03-06', by: 'agent-1' };
const revised = buildQuoteContent({ title: 'Lead scoring v2', validUntil: '2026-04-15' });

function decide(
  quote: Quote,
  decision: 'approved' | 'rejected',
  on = '2026-03-10',
  by = decisionMaker,
) {
  return decideQuote(quote, { version: quote.versions.length, decision, on, by, reason: null });
}

/** A draft valid until 2026-04-30. */
const valid = () => buildQuote({ content: buildQuoteContent({ validUntil: '2026-04-30' }) });

/** A quote brought to each state through the actions themselves. */
const inState: Record<Exclude<QuoteState, 'superseded'>, () => Quote> = {
  draft: valid,
  sent: () => sendQuote(valid(), agent),
  approved: () => decide(sendQuote(valid(), agent), 'approved'),
  rejected: () => decide(sendQuote(valid(), agent), 'rejected'),
  expired: () => expireQuote(sendQuote(buildQuote(), agent), '2026-04-01'), // valid until 03-31
  withdrawn: () => withdrawQuote(valid(), { ...agent, reason: 'client changed plans' }),
};

const day = '2026-04-02';
const actions: Record<string, (quote: Quote) => Quote> = {
  edit: (q) => editDraft(q, revised, { on: day, by: 'agent-1' }),
  send: (q) => sendQuote(q, { on: day, by: 'agent-1' }),
  approve: (q) => decide(q, 'approved', day),
  reject: (q) => decide(q, 'rejected', day),
  withdraw: (q) => withdrawQuote(q, { on: day, by: 'agent-1', reason: 'no longer needed' }),
  revise: (q) => reviseQuote(q, revised, { on: day, by: 'agent-1' }),
};

describe('the quote state machine', () => {
  it('moves draft → sent → approved | rejected | expired, withdraws drafts and sent quotes, revises the rest', () => {
    // The state after each action on `day` (2026-04-02); `-` is a conflict.
    //             edit   send  approve   reject    withdraw   revise
    const table: Record<keyof typeof inState, string> = {
      draft: '     draft  sent  -         -         withdrawn  -',
      sent: '      -      -     approved  rejected  withdrawn  draft',
      approved: '  -      -     -         -         -          -',
      rejected: '  -      -     -         -         -          draft',
      expired: '   -      -     -         -         -          draft',
      withdrawn: ' -      -     -         -         -          -',
    };
    for (const [from, row] of Object.entries(table)) {
      const expectations = row.trim().split(/ +/);
      for (const [index, action] of Object.keys(actions).entries()) {
        const quote = inState[from as keyof typeof inState]();
        const outcome = (() => {
          try {
            return currentVersion(actions[action]?.(quote) ?? quote).state;
          } catch (error) {
            return (error as { code: string }).code === 'conflict' ? '-' : String(error);
          }
        })();
        expect(outcome, `${action} from ${from}`).toBe(expectations[index]);
      }
    }
  });

  it('within validity a sent quote can be decided, withdrawn or revised', () => {
    const sent = sendQuote(buildQuote(), agent);
    const on = '2026-03-31'; // the last valid day
    expect(currentVersion(decide(sent, 'approved', on)).state).toBe('approved');
    expect(currentVersion(decide(sent, 'rejected', on)).state).toBe('rejected');
    expect(currentVersion(withdrawQuote(sent, { on, by: 'agent-1', reason: 'x' })).state).toBe(
      'withdrawn',
    );
    expect(() =>
      sendQuote(buildQuote({ content: buildQuoteContent({ validUntil: '2026-03-05' }) }), agent),
    ).toThrow(expect.objectContaining({ code: 'invalid_input', path: 'content.validUntil' }));
  });

  it('a sent quote past its validity is expired: it can no longer be approved', () => {
    const sent = sendQuote(buildQuote(), agent);
    const states = ['2026-03-06', '2026-03-31', '2026-04-01', '2026-06-30'].map((on) =>
      quoteStateOn(sent, on),
    );
    expect(states).toEqual(['sent', 'sent', 'expired', 'expired']);
    expect(() => decide(sent, 'approved', '2026-04-01')).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
    expect(() => expireQuote(sent, '2026-03-31')).toThrow(
      expect.objectContaining({ code: 'conflict', path: 'on' }),
    );
    const expired = expireQuote(sent, '2026-04-01');
    expect(expired.history.at(-1)).toEqual({
      version: 1,
      action: 'expired',
      on: '2026-04-01',
      by: null,
      reason: null,
    });
    expect(() => expireQuote(expired, '2026-04-02')).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
  });

  it("only the client's decision-maker decides a quote", () => {
    const sent = sendQuote(buildQuote(), agent);
    const refused: Decider[] = [
      { ...decisionMaker, role: 'client_requester' },
      { ...decisionMaker, organisationId: 'client-2' },
      { userId: 'agent-1', organisationId: 'provider', role: 'agent' },
      { userId: 'admin', organisationId: 'provider', role: 'provider_admin' },
      { userId: 'partner', organisationId: 'partner-1', role: 'partner_agent' },
    ];
    for (const by of refused) {
      for (const decision of ['approved', 'rejected'] as const) {
        expect(() => decide(sent, decision, '2026-03-10', by), by.role).toThrow(
          expect.objectContaining({ code: 'forbidden', path: 'by' }),
        );
      }
    }
    const approved = decide(sent, 'approved');
    expect(approved.history.at(-1)).toMatchObject({ action: 'approved', by: 'dm-1', version: 1 });
  });

  it('a revision supersedes the previous version', () => {
    const rejected = decideQuote(sendQuote(buildQuote(), agent), {
      version: 1,
      decision: 'rejected',
      on: '2026-03-08',
      by: decisionMaker,
      reason: 'too many hours',
    });
    const v2 = reviseQuote(rejected, revised, { on: '2026-03-09', by: 'agent-1' });
    expect(v2.versions.map((v) => [v.number, v.state])).toEqual([
      [1, 'superseded'],
      [2, 'draft'],
    ]);
    expect(currentVersion(v2).content.title).toBe('Lead scoring v2');
    expect(v2.versions[0]?.content.title).toBe('Lead scoring');
    const sent2 = sendQuote(v2, { on: '2026-03-09', by: 'agent-1' });
    // The client answers the version it was sent first: that version is gone.
    expect(() =>
      decideQuote(sent2, {
        version: 1,
        decision: 'approved',
        on: '2026-03-10',
        by: decisionMaker,
        reason: null,
      }),
    ).toThrow(expect.objectContaining({ code: 'conflict', path: 'version' }));
    const v3 = reviseQuote(sent2, buildQuoteContent({ title: 'v3', validUntil: '2026-04-30' }), {
      on: '2026-03-11',
      by: 'agent-1',
    });
    expect(v3.versions.map((v) => v.state)).toEqual(['superseded', 'superseded', 'draft']);
    const approved = decide(
      sendQuote(v3, { on: '2026-03-12', by: 'agent-1' }),
      'approved',
      '2026-04-20',
    );
    expect(currentVersion(approved)).toMatchObject({ number: 3, state: 'approved' });
    expect(approved.history.map((e) => `${e.action}:${e.version}`)).toEqual([
      'drafted:1',
      'sent:1',
      'rejected:1',
      'revised:2',
      'sent:2',
      'revised:3',
      'sent:3',
      'approved:3',
    ]);
    expect(approved.history[2]?.reason).toBe('too many hours');
  });

  it('refuses actions dated before the last event, withdrawals without a reason and bad content', () => {
    const sent = sendQuote(buildQuote(), agent);
    expect(() => decide(sent, 'approved', '2026-03-05')).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: 'on' }),
    );
    expect(() => decide(sent, 'approved', '2026-3-10')).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: 'on' }),
    );
    expect(() => withdrawQuote(sent, { ...agent, reason: ' ' })).toThrow(
      expect.objectContaining({ path: 'reason' }),
    );
    expect(() => editDraft(buildQuote(), buildQuoteContent({ lines: [] }), agent)).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: 'content.lines' }),
    );
    expect(() =>
      buildQuote({ origin: { kind: 'ticket', ticketId: ' ', reason: 'out_of_scope' } }),
    ).toThrow(expect.objectContaining({ path: 'origin.ticketId' }));
  });
});
