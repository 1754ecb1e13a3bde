import type { Role } from '../../src/domain/identity/roles.js';

/** One demo sign-in per role (see bootstrap-installation.ts). */
export const demoUserByRole: Record<Role, string> = {
  provider_admin: 'admin@soporteandino.demo',
  agent: 'agente@soporteandino.demo',
  account_manager: 'cuentas@soporteandino.demo',
  client_requester: 'solicitante@tiendasol.demo',
  client_decision_maker: 'decisor@tiendasol.demo',
  partner_agent: 'agente@partnercloud.demo',
};

/** A client no demo client user or partner can reach. */
export const otherTenantName = 'Clínica Norte';
