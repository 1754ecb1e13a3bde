import type { SystemActor } from '../../domain/identity/policy.js';
import type { OrganisationKind, Role } from '../../domain/identity/roles.js';
import { startupOrigin } from '../shared/index.js';
import { storeOrganisation } from './create-organisation.js';
import { createUser, type NewUser } from './create-user.js';
import type { IdentityDeps, Organisation } from './ports.js';

/** The password every demo user signs in with (the demo is for trying Pacta, never for production). */
export const demoPassword = 'pacta-demo-2026';

/** What bootstrap did, so the caller can tell the operator how to sign in. */
export type BootstrapResult =
  | { kind: 'already_installed'; demo: boolean }
  | { kind: 'admin'; email: string }
  | {
      kind: 'demo';
      logins: { email: string; role: Role; organisation: string }[];
      password: string;
    };

const demoClients: { name: string; partner?: string; users: [string, string, Role][] }[] = [
  {
    name: 'Tienda Sol',
    users: [
      ['solicitante@tiendasol.demo', 'Lucía Pérez', 'client_requester'],
      ['decisor@tiendasol.demo', 'Andrés Gómez', 'client_decision_maker'],
    ],
  },
  {
    name: 'Clínica Norte',
    users: [
      ['contacto@clinicanorte.demo', 'Marta Ríos', 'client_requester'],
      ['direccion@clinicanorte.demo', 'Jorge Vidal', 'client_decision_maker'],
    ],
  },
  {
    name: 'Café Montaña',
    partner: 'Partner Cloud',
    users: [['soporte@cafemontana.demo', 'Elena Soto', 'client_requester']],
  },
];

const installation: SystemActor = { system: 'startup' };
const origin = startupOrigin('bootstrap');

const demoAdminEmail = 'admin@soporteandino.demo';

type BootstrapOptions = Pick<
  IdentityDeps,
  'clock' | 'ids' | 'organisations' | 'users' | 'transact'
> & {
  admin: { email: string; password: string } | undefined;
};

/**
 * First start: the provider organisation and its first admin from the given credentials, or,
 * without them, a demo installation with users of every role — all in one transaction, so a
 * start interrupted half-way leaves nothing and the next one starts over. Does nothing once
 * installed (nor when another node installed it at the same time).
 */
export async function bootstrapInstallation(options: BootstrapOptions): Promise<BootstrapResult> {
  const installed = async () => ({
    kind: 'already_installed' as const,
    demo: (await options.users.findByEmail(demoAdminEmail)) !== undefined,
  });
  if (await options.organisations.findProvider()) return installed();
  try {
    return await options.transact((tx) =>
      install({ ...options, organisations: tx.organisations, transact: (work) => work(tx) }),
    );
  } catch (error) {
    if (await options.organisations.findProvider()) return installed();
    throw error;
  }
}

async function install(options: BootstrapOptions): Promise<BootstrapResult> {
  const addOrganisation = (kind: OrganisationKind, name: string, partnerId: string | null) =>
    storeOrganisation({
      ...options,
      actor: installation,
      origin,
      organisation: { kind, name, partnerId },
    });
  const addUser = (organisation: Organisation, user: Omit<NewUser, 'organisationId'>) =>
    createUser({
      ...options,
      actor: installation,
      origin,
      user: { ...user, organisationId: organisation.id },
    });
  if (options.admin) {
    const provider = await addOrganisation('provider', 'Provider', null);
    await addUser(provider, {
      email: options.admin.email,
      name: 'Administrator',
      locale: 'es',
      role: 'provider_admin',
      password: options.admin.password,
    });
    return { kind: 'admin', email: options.admin.email };
  }
  const logins: { email: string; role: Role; organisation: string }[] = [];
  const addUsers = async (organisation: Organisation, people: [string, string, Role][]) => {
    for (const [email, name, role] of people) {
      await addUser(organisation, { email, name, locale: 'es', role, password: demoPassword });
      logins.push({ email, role, organisation: organisation.name });
    }
  };
  const provider = await addOrganisation('provider', 'Soporte Andino', null);
  await addUsers(provider, [
    [demoAdminEmail, 'Ana Torres', 'provider_admin'],
    ['agente@soporteandino.demo', 'Diego Castro', 'agent'],
    ['cuentas@soporteandino.demo', 'Sofía Romero', 'account_manager'],
  ]);
  const partner = await addOrganisation('partner', 'Partner Cloud', null);
  await addUsers(partner, [['agente@partnercloud.demo', 'Pablo Ruiz', 'partner_agent']]);
  for (const client of demoClients) {
    const partnerId = client.partner ? partner.id : null;
    await addUsers(await addOrganisation('client', client.name, partnerId), client.users);
  }
  return { kind: 'demo', logins, password: demoPassword };
}
