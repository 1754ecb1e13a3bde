import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import {
  assertAcceptsReplies,
  assertLevelAllows,
  type TicketStatus,
  ticketStatuses,
  transition,
} from './status.js';
import { RequestOutcome, requestOutcomes, urgencyTypes } from './vocabulary.js';

// Rows: from; columns: to, in the order new, open, waiting_client, waiting_vendor, resolved, closed.
const table: Record<TicketStatus, string> = {
  new: '. y y y y .',
  open: '. . y y y .',
  waiting_client: '. y . y y .',
  waiting_vendor: '. y y . y .',
  resolved: '. y . . . y',
  closed: '. . . . . .',
};

const cases = ticketStatuses.flatMap((from) =>
  table[from]
    .split(' ')
    .map((cell, i) => ({ from, to: ticketStatuses[i] ?? 'new', ok: cell === 'y' })),
);

function ruleViolation(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError && error.code === 'rule_violation') return error;
    throw error;
  }
  throw new Error('expected a rule_violation');
}

describe('ticket status machine', () => {
  it.each(cases)('$from → $to allowed: $ok', ({ from, to, ok }) => {
    if (ok) expect(transition(from, to)).toBe(to);
    else
      expect(ruleViolation(() => transition(from, to)).message).toContain(`from ${from} to ${to}`);
  });

  it('a refused move names where the ticket can go', () => {
    expect(ruleViolation(() => transition('resolved', 'waiting_client')).message).toBe(
      'cannot move a ticket from resolved to waiting_client: from resolved a ticket can go to open, closed',
    );
  });

  it('a resolved ticket can be reopened, a closed one cannot', () => {
    expect(transition('resolved', 'open')).toBe('open');
    expect(ruleViolation(() => transition('closed', 'open')).message).toContain(
      'closed ticket is final',
    );
  });

  it('replying to a closed ticket is refused', () => {
    expect(ruleViolation(() => assertAcceptsReplies('closed')).message).toContain(
      'accepts no replies',
    );
    for (const status of ticketStatuses.filter((s) => s !== 'closed')) {
      expect(() => assertAcceptsReplies(status)).not.toThrow();
    }
  });

  it('only an L3 ticket can wait on the vendor', () => {
    expect(() => assertLevelAllows('waiting_vendor', 'L3')).not.toThrow();
    expect(ruleViolation(() => assertLevelAllows('waiting_vendor', 'L2')).message).toContain(
      'only an L3',
    );
    expect(() => assertLevelAllows('waiting_client', 'L1')).not.toThrow();
  });
});

describe('ticket vocabulary', () => {
  it('names the five urgencies of seed 004, the five request outcomes of seed 002 and seed 001’s redirection to documentation', () => {
    expect(urgencyTypes).toHaveLength(5);
    expect(requestOutcomes).toEqual([
      'answered_in_first_contact',
      'scheduled',
      'hours_exhausted',
      'not_covered',
      'platform_limitation',
      'redirected_to_documentation',
    ]);
    expect(RequestOutcome.notCovered).toBe('not_covered');
  });
});
