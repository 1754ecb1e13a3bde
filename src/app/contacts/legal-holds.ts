/**
 * Legal holds (issue 17, contacts and privacy): provider administrators — the data protection
 * officer — place a hold on a contact or on a contract's tickets, with a reason, and lift it with
 * another; both audited. While in force, the contacts it keeps are never anonymised.
 */
import {
  displayName,
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

/** A hold as the list shows it: with the held contact's name (its pseudonym once anonymised). */
export type ListedLegalHold = LegalHold & { readonly contactName: string | null };

/** Every hold, in force first, each with its contact's name (administrators). */
export async function listLegalHolds(
  options: Pick<ContactsDeps, 'legalHolds' | 'contacts'> & { actor: Actor },
): Promise<ListedLegalHold[]> {
  authorise(options.actor, 'privacy.manage');
  const holds = await options.legalHolds.list();
  const ids = [
    ...new Set(holds.flatMap((h) => ('contactId' in h.target ? [h.target.contactId] : []))),
  ];
  const found = await Promise.all(ids.map((id) => options.contacts.find(id)));
  const names = new Map(found.flatMap((c) => (c ? [[c.id, displayName(c)] as const] : [])));
  return holds.map((hold) => ({
    ...hold,
    contactName: 'contactId' in hold.target ? (names.get(hold.target.contactId) ?? null) : null,
  }));
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
