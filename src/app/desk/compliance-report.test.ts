import { describe, expect, it } from 'vitest';
import { deskApp } from '../../../test/fakes/tickets.js';
import { complianceReport } from './compliance-report.js';
import { replyToTicket } from './reply-to-ticket.js';

describe('complianceReport', () => {
  it('first-response compliance per criticality for the period, judged only with the minimum sample (seed 002)', async () => {
    const { modules, clock, seeded, open, command } = await deskApp();
    clock.advance(3 * 3600_000); // 12:00 UTC: Santiago opens
    for (let i = 0; i < 3; i++) {
      const ticket = await open();
      await replyToTicket({
        ...command(seeded.actors.agent, ticket.id),
        body: 'Visto',
        automatic: false,
      });
    }
    const report = await complianceReport({
      ...modules.desk,
      actor: seeded.actors.client_decision_maker,
      contractId: seeded.contract.contract.id,
    });
    expect(report.period).toMatchObject({ start: '2026-03-01', end: '2026-04-01' });
    expect(report.rows.find((row) => row.criticality === 'high')).toMatchObject({
      met: 3,
      total: 3,
      verdict: 'not_enough_tickets',
      deemedMet: true,
    });
    await expect(
      complianceReport({
        ...modules.desk,
        actor: seeded.actors.other_requester,
        contractId: seeded.contract.contract.id,
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
  });

  it('one monthly SLA verdict per contract: all the period’s tickets are judged together, beside each criticality', async () => {
    const { modules, clock, seeded, open, command } = await deskApp();
    clock.advance(3 * 3600_000); // Monday 12:00 UTC: Santiago opens
    /** Opens a ticket of a criticality and answers it after `minutes` (high's target is 60). */
    const answered = async (criticality: string, minutes: number) => {
      const ticket = await open(seeded.actors.client_requester, { criticality });
      clock.advance(minutes * 60_000);
      await replyToTicket({
        ...command(seeded.actors.agent, ticket.id),
        body: 'Visto',
        automatic: false,
      });
    };
    const report = () =>
      complianceReport({
        ...modules.desk,
        actor: seeded.actors.client_decision_maker,
        contractId: seeded.contract.contract.id,
      });
    // 4 high, 4 medium and 2 low answered at once, one high answered after 70 minutes: 10 of 11
    for (const criticality of ['high', 'medium', 'low'] as const) {
      for (let i = 0; i < (criticality === 'low' ? 2 : 4); i++) await answered(criticality, 1);
    }
    await answered('high', 70);
    const month = await report();
    // no criticality reaches the 10-ticket sample on its own; together the month is judged
    expect(month.rows.every((row) => row.verdict === 'not_enough_tickets')).toBe(true);
    expect(month.overall).toMatchObject({ met: 10, total: 11, percent: 90.9, verdict: 'met' });
    // a second late answer: 10 of 12 is 83.33 %, the month is missed though each row is deemed met
    await answered('medium', 400);
    const missed = await report();
    expect(missed.rows.every((row) => row.deemedMet)).toBe(true);
    expect(missed.overall).toMatchObject({
      met: 10,
      total: 12,
      verdict: 'missed',
      deemedMet: false,
    });
  });
});
