/**
 * Legal holds (issue 17, contacts and privacy): provider administrators — the data protection
 * officer — place a hold on a contact or on a contract's tickets, with a reason, and lift it with
 * another; both audited. While in force, the contacts it keeps are never anonymised.
 */
import {
  type HoldTarget,
  type LegalHold,
  liftHold,
  placeHold,
} from '../../domain/contacts/index.js';
import { DomainError } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import { authorise, type Origin, recordChange } from '../shared/index.js';
import { findContact } from './find-contact.js';
import type { ContactsDeps } from './ports.js';

/** Every hold, in force first (administrators). */
export async function listLegalHolds(
  options: Pick<ContactsDeps, 'legalHolds'> & { actor: Actor },
): Promise<LegalHold[]> {
  authorise(options.actor, 'privacy.manage');
  return options.legalHolds.list();
}

async function checkTarget(
  options: Pick<ContactsDeps, 'contacts' | 'contracts'>,
  target: HoldTarget,
): Promise<void> {
  if ('contactId' in target) {
    await findContact(options.contacts, target.contactId);
    return;
  }
  if ((await options.contracts.find(target.contractId)) === undefined) {
    throw new DomainError('invalid_input', 'no such contract', 'contractId');
  }
}

/** Places a hold on a contact or a contract's tickets, with its reason (administrators). */
export async function placeLegalHold(
  options: Pick<ContactsDeps, 'clock' | 'ids' | 'contacts' | 'contracts' | 'transact'> & {
    actor: Actor;
    origin: Origin;
    target: HoldTarget;
    reason: string;
  },
): Promise<LegalHold> {
  authorise(options.actor, 'privacy.manage');
  await checkTarget(options, options.target);
  const at = options.clock.now();
  const hold = placeHold(
    {
      id: options.ids.newId(),
      target: options.target,
      reason: options.reason,
      by: options.actor.userId,
    },
    at.getTime(),
  );
  await options.transact(async (tx) => {
    await tx.legalHolds.save(hold);
    await recordChange(tx, { ...options, at, resourceType: 'legal_holds', resourceId: hold.id });
  });
  return hold;
}

/** Lifts a hold in force, with the reason (administrators); the record is kept. */
export async function liftLegalHold(
  options: Pick<ContactsDeps, 'clock' | 'transact'> & {
    actor: Actor;
    origin: Origin;
    holdId: string;
    reason: string;
  },
): Promise<LegalHold> {
  authorise(options.actor, 'privacy.manage');
  const at = options.clock.now();
  return options.transact(async (tx) => {
    const found = await tx.legalHolds.find(options.holdId);
    if (found === undefined) throw new DomainError('not_found', 'no such legal hold');
    const lifted = liftHold(
      found,
      { reason: options.reason, by: options.actor.userId },
      at.getTime(),
    );
    await tx.legalHolds.save(lifted);
    await recordChange(tx, { ...options, at, resourceType: 'legal_holds', resourceId: found.id });
    return lifted;
  });
}
