import {
  type InputKey,
  markInputMissing,
  markInputProvided,
  type RequiredInput,
  shiftForSuspension,
} from '../../domain/agency/index.js';
import type { Principal } from '../../domain/identity/policy.js';
import { authorOf, type Origin } from '../shared/index.js';
import { changeAccount } from './account.js';
import type { AgencyDeps } from './ports.js';

/**
 * Marks a required input of the client missing (the work that needs it is suspended from now,
 * visible to both sides) or provided (the suspension ends and every deliverable that needed it
 * and was not yet delivered moves by the business time it lasted) — seed 004 §4.
 */
export async function markInput(
  options: AgencyDeps & {
    actor: Principal;
    origin: Origin;
    contractId: string;
    key: InputKey;
    missing: boolean;
  },
): Promise<RequiredInput[]> {
  return changeAccount(options, 'agency.work', async ({ tx, account, contract, now }) => {
    const at = new Date(now);
    if (options.missing) {
      const checklist = markInputMissing(account.checklist, options.key, now);
      await tx.agency.saveAccount({ ...account, checklist }, authorOf(options.actor), at);
      return { result: checklist, resourceType: 'agency_accounts', resourceId: options.contractId };
    }
    const { checklist, ended } = markInputProvided(account.checklist, options.key, now);
    await tx.agency.saveAccount({ ...account, checklist }, authorOf(options.actor), at);
    const deliverables = await tx.agency.deliverables(options.contractId);
    await tx.agency.saveDeliverables(
      options.contractId,
      shiftForSuspension(contract.calendar, deliverables, ended),
    );
    return { result: checklist, resourceType: 'agency_accounts', resourceId: options.contractId };
  });
}
