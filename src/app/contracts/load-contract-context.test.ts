import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { loadContractContext } from './load-contract-context.js';

describe('loadContractContext', () => {
  it('reads the contract, its zone and today there, and its calendars once, before any lock', async () => {
    const { modules, clock, seeded } = await seededApp();
    let calendarReads = 0;
    const counted = modules.contracts.calendars;
    const calendars = {
      findById(id: string) {
        calendarReads++;
        return counted.findById(id);
      },
      findByName(name: string) {
        calendarReads++;
        return counted.findByName(name);
      },
    };
    clock.advance(-10 * 3600_000); // Sunday 1 March 23:00 UTC: still 1 March in Santiago (UTC−3)
    const context = await loadContractContext({
      ...modules.contracts,
      calendars,
      actor: seeded.actors.agent,
      action: 'contracts.read',
      contractId: seeded.contract.contract.id,
    });
    expect(context.timeZone).toBe('America/Santiago');
    expect(context.today).toBe('2026-03-01');
    expect(calendarReads).toBe(1);
    const sla = context.slaOfTicket(new Date('2026-03-02T12:00:00Z'));
    expect(sla.timeZone).toBe('America/Santiago');
    expect(sla.policy.targets.high.firstResponseSeconds).toBe(3600);
    expect(context.versionAt('2026-03-15').period.key).toBe('2026-03-01');
    expect(calendarReads).toBe(1);
  });

  it('a plan calendar nobody defined: dates fall back to UTC, the SLA is a rule violation', async () => {
    const { store, modules, seeded } = await seededApp();
    store.tables.calendars.splice(0);
    const context = await loadContractContext({
      ...modules.contracts,
      actor: seeded.actors.agent,
      action: 'contracts.read',
      contractId: seeded.contract.contract.id,
    });
    expect(context.timeZone).toBe('UTC');
    expect(() => context.slaAt('2026-03-02')).toThrow(
      expect.objectContaining({ code: 'rule_violation' }),
    );
  });

  it('another client’s contract reads as not found', async () => {
    const { modules, seeded } = await seededApp();
    await expect(
      loadContractContext({
        ...modules.contracts,
        actor: seeded.actors.client_requester,
        action: 'contracts.read',
        contractId: seeded.otherContract.contract.id,
      }),
    ).rejects.toMatchObject({ code: 'not_found', message: 'no such contract' });
  });
});
