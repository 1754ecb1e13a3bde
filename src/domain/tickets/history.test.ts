import { describe, expect, it } from 'vitest';
import type { TicketEvent } from '../sla/events.js';
import { historyFor, type LoggedEvent, ticketHistory } from './history.js';

const at = (minute: number) => Date.UTC(2026, 2, 2, 9, minute);
const agent = 'agent-1';
const partner = 'partner-1';
const client = 'client-1';

const log: LoggedEvent[] = [
  {
    actorId: client,
    event: {
      type: 'opened',
      at: at(0),
      criticality: 'medium',
      kind: { kind: 'question' },
      channel: 'phone',
    },
  },
  { actorId: agent, event: { type: 'assigned', at: at(1), to: agent } },
  { actorId: agent, event: { type: 'provider_replied', at: at(2), automatic: false } },
  { actorId: agent, event: { type: 'internal_note', at: at(3) } },
  { actorId: partner, event: { type: 'internal_note', at: at(4), audience: 'partner' } },
  { actorId: agent, event: { type: 'criticality_changed', at: at(5), to: 'high' } },
  { actorId: partner, event: { type: 'level_changed', at: at(6), to: 'L2' } },
  { actorId: partner, event: { type: 'escalated', at: at(7) } },
  {
    actorId: agent,
    event: { type: 'provider_replied', at: at(8), automatic: false, setsStatus: 'waiting_client' },
  },
  { actorId: client, event: { type: 'client_replied', at: at(9), setsStatus: 'open' } },
  {
    actorId: agent,
    event: { type: 'kind_changed', at: at(10), to: { kind: 'incident', severity: 'major' } },
  },
  { actorId: agent, event: { type: 'outcome_changed', at: at(11), to: 'scheduled' } },
  { actorId: agent, event: { type: 'resolved', at: at(12) } },
  { actorId: client, event: { type: 'reopened', at: at(13) } },
  { actorId: agent, event: { type: 'assigned', at: at(14), to: null } },
  { actorId: agent, event: { type: 'resolved', at: at(15) } },
  { actorId: null, event: { type: 'closed', at: at(16) } },
];

describe('a ticket’s history, replayed from its log', () => {
  const history = ticketHistory(log);

  it('has one line per logged event, each with who and when', () => {
    expect(history).toHaveLength(log.length);
    expect(history.map((h) => [h.at, h.actorId])).toEqual(log.map((l) => [l.event.at, l.actorId]));
  });

  it.each([
    [0, 'opened', []],
    [1, 'changed', [{ field: 'assignee', from: null, to: agent }]],
    [2, 'replied', [{ field: 'status', from: 'new', to: 'open' }]],
    [3, 'note', []],
    [5, 'changed', [{ field: 'criticality', from: 'medium', to: 'high' }]],
    [6, 'changed', [{ field: 'level', from: 'L1', to: 'L2' }]],
    [7, 'escalated', []],
    [8, 'replied', [{ field: 'status', from: 'open', to: 'waiting_client' }]],
    [9, 'client_replied', [{ field: 'status', from: 'waiting_client', to: 'open' }]],
    [
      10,
      'changed',
      [{ field: 'kind', from: { kind: 'question' }, to: { kind: 'incident', severity: 'major' } }],
    ],
    [11, 'changed', [{ field: 'outcome', from: null, to: 'scheduled' }]],
    [12, 'changed', [{ field: 'status', from: 'open', to: 'resolved' }]],
    [13, 'changed', [{ field: 'status', from: 'resolved', to: 'open' }]],
    [14, 'changed', [{ field: 'assignee', from: agent, to: null }]],
    [16, 'changed', [{ field: 'status', from: 'resolved', to: 'closed' }]],
  ] as const)('line %i is %s with before → after %j', (index, action, changes) => {
    expect(history[index]).toMatchObject({ action, changes });
  });

  it('the opening says how the request came in; replies say whether they were automatic', () => {
    expect(history[0]?.channel).toBe('phone');
    const automatic: TicketEvent = { type: 'provider_replied', at: at(1), automatic: true };
    const [, ack] = ticketHistory([log[0] as LoggedEvent, { actorId: null, event: automatic }]);
    expect(ack).toMatchObject({ action: 'replied', automatic: true });
  });

  it('a note keeps its audience: internal when the log does not say', () => {
    expect(history[3]?.visibility).toBe('internal');
    expect(history[4]?.visibility).toBe('partner');
  });

  it.each([
    ['provider', 17],
    ['partner', 16],
    ['client', 14],
  ] as const)(
    'a %s reader sees %i lines (notes by audience, escalations not by the client)',
    (reader, lines) => {
      const seen = historyFor(reader, history);
      expect(seen).toHaveLength(lines);
      if (reader !== 'provider') expect(seen.some((h) => h.visibility === 'internal')).toBe(false);
      if (reader === 'client')
        expect(seen.some((h) => h.action === 'note' || h.action === 'escalated')).toBe(false);
    },
  );

  it('a log that does not start with its opening has no history', () => {
    expect(ticketHistory(log.slice(1))).toEqual([]);
  });
});
