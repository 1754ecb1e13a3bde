/**
 * Legal holds (issue 17, contacts and privacy): a contact — or every requester of a contract's
 * tickets — kept for a claim or an audit. While a hold is in force the contact is never
 * anonymised, neither by a retention rule nor by an erasure request, which is refused naming the
 * hold. A hold is placed and lifted with a reason; lifting keeps the record.
 */
import { z } from 'zod';
import { invalidInput } from '../errors.js';
import { contactError } from './errors.js';

/** What a hold keeps: one contact, or the requesters of one contract's tickets. */
export type HoldTarget = { readonly contactId: string } | { readonly contractId: string };

/** A hold, in force until `liftedAt`. Instants are epoch ms. */
export interface LegalHold {
  readonly id: string;
  readonly target: HoldTarget;
  readonly reason: string;
  readonly placedBy: string | null;
  readonly placedAt: number;
  readonly lifted: {
    readonly by: string | null;
    readonly at: number;
    readonly reason: string;
  } | null;
}

const reasonSchema = z.string().trim().min(1).max(1000);

/** A hold's or a lift's reason, trimmed; refused naming `path` when empty or too long. */
export function checkHoldReason(reason: string, path = 'reason'): string {
  const parsed = reasonSchema.safeParse(reason);
  if (!parsed.success) throw invalidInput(path, parsed.error.issues[0]?.message ?? 'invalid');
  return parsed.data;
}

/** A new hold on `target`, in force from `at`. */
export function placeHold(
  input: { id: string; target: HoldTarget; reason: string; by: string | null },
  at: number,
): LegalHold {
  return {
    id: input.id,
    target: input.target,
    reason: checkHoldReason(input.reason),
    placedBy: input.by,
    placedAt: at,
    lifted: null,
  };
}

/** The hold lifted at `at`; a hold already lifted is refused (`hold_lifted`). */
export function liftHold(
  hold: LegalHold,
  input: { reason: string; by: string | null },
  at: number,
): LegalHold {
  if (hold.lifted !== null) {
    throw contactError('hold_lifted', { holdId: hold.id }, 'the legal hold is already lifted');
  }
  return { ...hold, lifted: { by: input.by, at, reason: checkHoldReason(input.reason) } };
}

/**
 * Refuses to anonymise a contact while a hold keeps it (`legal_hold`, naming the hold's reason and
 * since when): `holds` are those in force on the contact or on a contract of its tickets.
 */
export function assertNotHeld(contactId: string, holds: readonly LegalHold[]): void {
  const [hold] = holds.filter((h) => h.lifted === null);
  if (hold === undefined) return;
  throw contactError(
    'legal_hold',
    {
      contactId,
      holdId: hold.id,
      reason: hold.reason,
      since: new Date(hold.placedAt).toISOString(),
    },
    `contact ${contactId} is under legal hold ${hold.id}: ${hold.reason}`,
  );
}
