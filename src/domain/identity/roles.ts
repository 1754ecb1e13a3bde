/** The three kinds of organisation in an installation (seed 001: partners manage "clientes indirectos"). */
export const organisationKinds = ['provider', 'client', 'partner'] as const;

/** One of {@link organisationKinds}. */
export type OrganisationKind = (typeof organisationKinds)[number];

/** Every role a user can have; each belongs to exactly one kind of organisation. */
export const roles = [
  'provider_admin',
  'agent',
  'account_manager',
  'client_requester',
  'client_decision_maker',
  'partner_agent',
] as const;

/** One of {@link roles}. */
export type Role = (typeof roles)[number];

const kindOfRole: Record<Role, OrganisationKind> = {
  provider_admin: 'provider',
  agent: 'provider',
  account_manager: 'provider',
  client_requester: 'client',
  client_decision_maker: 'client',
  partner_agent: 'partner',
};

/** Which organisation kind a role lives in, so a client can never hold an agent role. */
export function organisationKindOf(role: Role): OrganisationKind {
  return kindOfRole[role];
}

/** Roles of the provider's own staff, who see every client. */
export function isProviderRole(role: Role): boolean {
  return kindOfRole[role] === 'provider';
}
