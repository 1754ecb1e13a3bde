import { DomainError, invalidInput } from '../../domain/errors.js';
import type { OrganisationKind } from '../../domain/identity/roles.js';
import type { Organisation, OrganisationRepository } from '../ports.js';

/** Adds a client or a partner (there is one provider, made at bootstrap); a client may name its partner. */
export async function createOrganisation(options: {
  organisations: OrganisationRepository;
  kind: Exclude<OrganisationKind, 'provider'>;
  name: string;
  partnerId: string | null;
}): Promise<Organisation> {
  const { organisations, kind, partnerId } = options;
  if (partnerId !== null) {
    if (kind !== 'client')
      throw invalidInput('partnerId', 'only a client can be managed by a partner');
    const partner = await organisations.findById(partnerId);
    if (partner?.kind !== 'partner')
      throw new DomainError('invalid_input', 'no such partner', 'partnerId');
  }
  return organisations.create({ kind, name: options.name, partnerId });
}
