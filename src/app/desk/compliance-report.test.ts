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
});
