import { DomainError, invalidInput } from '../../domain/errors.js';
import type { Principal } from '../../domain/identity/policy.js';
import type { OrganisationKind } from '../../domain/identity/roles.js';
import { authorise, type Origin, recordChange } from '../shared/index.js';
import type { IdentityDeps, Organisation } from './ports.js';

/** The zone of an organisation nobody set one for (and of the provider at installation). */
const defaultTimeZone = 'Europe/Madrid';

/** A new organisation: a client (perhaps managed by a partner) or a partner. */
export interface NewOrganisation {
  kind: Exclude<OrganisationKind, 'provider'>;
  name: string;
  partnerId: string | null;
}

/** Adds a client or a partner (there is one provider, made at bootstrap); a client may name its partner. */
export async function createOrganisation(
  options: Pick<IdentityDeps, 'clock' | 'ids' | 'organisations' | 'transact'> & {
    actor: Principal;
    origin: Origin;
    organisation: NewOrganisation;
  },
): Promise<Organisation> {
  const { kind, partnerId, name } = options.organisation;
  authorise(options.actor, 'organisations.manage');
  if (partnerId !== null) {
    if (kind !== 'client')
      throw invalidInput('partnerId', 'only a client can be managed by a partner');
    const partner = await options.organisations.findById(partnerId);
    if (partner?.kind !== 'partner')
      throw new DomainError('invalid_input', 'no such partner', 'partnerId');
  }
  // a new organisation starts in the provider's zone
  const provider = await options.organisations.findProvider();
  const timeZone = provider?.timeZone ?? defaultTimeZone;
  return storeOrganisation({ ...options, organisation: { kind, name, partnerId, timeZone } });
}

/** Stores an organisation of any kind (the provider too, at bootstrap) with its audit entry. */
export function storeOrganisation(
  options: Pick<IdentityDeps, 'clock' | 'ids' | 'transact'> & {
    actor: Principal;
    origin: Origin;
    organisation: Pick<Organisation, 'kind' | 'name' | 'partnerId'> & { timeZone?: string };
  },
): Promise<Organisation> {
  const at = options.clock.now();
  return options.transact(async (tx) => {
    const id = options.ids.newId();
    const organisation = await tx.organisations.create({
      timeZone: defaultTimeZone,
      ...options.organisation,
      id,
      createdAt: at,
    });
    await recordChange(tx, { ...options, at, resourceType: 'organisations', resourceId: id });
    return organisation;
  });
}
