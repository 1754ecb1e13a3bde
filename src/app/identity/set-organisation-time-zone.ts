import { isTimeZone } from '../../domain/calendar/zone.js';
import { DomainError, invalidInput } from '../../domain/errors.js';
import type { Principal } from '../../domain/identity/policy.js';
import { authorise, type Origin, recordChange } from '../shared/index.js';
import type { IdentityDeps, Organisation } from './ports.js';

/**
 * Sets the time zone an organisation's people type and read wall times in (an IANA name, such as
 * a campaign's start); administrators only. An unknown zone is refused naming `timeZone`.
 */
export async function setOrganisationTimeZone(
  options: Pick<IdentityDeps, 'clock' | 'organisations' | 'transact'> & {
    actor: Principal;
    origin: Origin;
    organisationId: string;
    timeZone: string;
  },
): Promise<Organisation> {
  authorise(options.actor, 'organisations.manage');
  if (!isTimeZone(options.timeZone)) {
    throw invalidInput('timeZone', `unknown time zone "${options.timeZone}"`);
  }
  const found = await options.organisations.findById(options.organisationId);
  if (found === undefined) throw new DomainError('not_found', 'no such organisation');
  const timeZone = canonicalZone(options.timeZone);
  const at = options.clock.now();
  return options.transact(async (tx) => {
    await tx.organisations.setTimeZone(found.id, timeZone);
    await recordChange(tx, {
      ...options,
      at,
      resourceType: 'organisations',
      resourceId: found.id,
    });
    return { ...found, timeZone };
  });
}

/** The zone's name as `Intl` spells it (`europe/madrid` → `Europe/Madrid`). */
function canonicalZone(name: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
}
