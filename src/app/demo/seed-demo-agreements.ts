import type { Actor } from '../../domain/identity/policy.js';
import { localDateIn } from '../../domain/time/index.js';
import type { CalendarsDeps } from '../calendars/index.js';
import { type ContractsDeps, createContract, setRequesters } from '../contracts/index.js';
import {
  changeTicketStatus,
  type DeskDeps,
  logTicketTime,
  openTicket,
  replyToTicket,
} from '../desk/index.js';
import type { HourBankDeps } from '../hour-bank/index.js';
import type { IdentityDeps } from '../identity/index.js';
import { type PlansDeps, savePlan } from '../plans/index.js';
import { startupOrigin } from '../shared/index.js';

/** What seeding the demo touches: every module's deps, as the composition root wires them. */
export type DemoDeps = CalendarsDeps &
  PlansDeps &
  ContractsDeps &
  HourBankDeps &
  DeskDeps &
  Pick<IdentityDeps, 'users' | 'organisations'>;

const origin = startupOrigin('demo');

function firstOfMonth(date: string, monthsBack: number): string {
  const [year = 2026, month = 1] = date.split('-').map(Number);
  const index = year * 12 + (month - 1) - monthsBack;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/**
 * Gives the demo installation something to look at: the seed plans (which bring their calendars), a contract for
 * each demo client with its authorised requesters, and a few tickets in different states.
 */
export async function seedDemoAgreements(options: {
  deps: DemoDeps;
  admin: Actor;
  agent: Actor;
}): Promise<void> {
  const { admin, agent } = options;
  const ports = { ...options.deps, origin };
  const infinity = await savePlan({
    ...ports,
    actor: admin,
    name: 'Infinity 25',
    presetId: 'seed002-infinity-25',
    params: {},
  });
  const premium = await savePlan({
    ...ports,
    actor: admin,
    name: 'Premium (anual)',
    presetId: 'seed001-premium',
    params: {
      includedMinutesPerPeriod: 100 * 60,
      price: { amount: '6000.00', currency: 'EUR' },
      billing: { every: 'year', timing: 'in_advance' },
      term: { months: 12, autoRenew: true },
    },
  });
  const retainer = await savePlan({
    ...ports,
    actor: admin,
    name: 'Retainer inbound',
    presetId: 'seed004-agency-retainer',
    params: {
      includedMinutesPerPeriod: 40 * 60,
      price: { amount: '12000000', currency: 'COP' },
      billing: { every: 'month', timing: 'in_advance' },
      term: { months: 6, autoRenew: true },
    },
  });
  const today = localDateIn('UTC', ports.clock.now());
  const organisations = await ports.organisations.list();
  const byName = (name: string) => organisations.find((org) => org.name === name);
  const deals = [
    {
      client: 'Tienda Sol',
      plan: infinity.id,
      name: 'Soporte Salesforce Infinity 25',
      start: firstOfMonth(today, 2),
    },
    {
      client: 'Clínica Norte',
      plan: premium.id,
      name: 'Soporte Premium',
      start: firstOfMonth(today, 0).replace(/-\d\d-01$/, '-01-01'),
    },
    {
      client: 'Café Montaña',
      plan: retainer.id,
      name: 'Retainer inbound marketing',
      start: firstOfMonth(today, 1),
    },
  ];
  const contractIds: string[] = [];
  for (const deal of deals) {
    const client = byName(deal.client);
    if (!client) continue;
    const record = await createContract({
      ...ports,
      actor: admin,
      input: {
        clientId: client.id,
        planId: deal.plan,
        name: deal.name,
        start: deal.start,
        end: null,
        overrides: {},
      },
    });
    const people = await ports.users.list([client.id]);
    await setRequesters({
      ...ports,
      actor: admin,
      contractId: record.contract.id,
      userIds: people
        .map((person) => person.id)
        .slice(0, record.contract.plan.maxRequesters ?? undefined),
    });
    contractIds.push(record.contract.id);
  }
  const [sol] = contractIds;
  if (!sol) return;
  const requester = (await ports.users.findByEmail('solicitante@tiendasol.demo'))?.id;
  const open = (subject: string, description: string, criticality: 'high' | 'medium' | 'low') =>
    openTicket({
      ...ports,
      actor: admin,
      input: {
        contractId: sol,
        requesterId: requester,
        channel: 'portal',
        classification: { kind: 'question' },
        criticality,
        subject,
        description,
      },
    });
  await open(
    'El flujo de aprobación de oportunidades no se dispara',
    'Desde ayer las oportunidades sobre 10 M no pasan a aprobación.',
    'high',
  );
  const waiting = await open(
    'Campo personalizado en el informe de casos',
    'Necesitamos ver el campo Región en el informe semanal.',
    'medium',
  );
  await replyToTicket({
    ...ports,
    actor: agent,
    ticketId: waiting.id,
    body: '¿El campo debe mostrarse también en el panel?',
    automatic: false,
    setStatus: 'waiting_client',
  });
  const solved = await open('Usuario bloqueado', 'La usuaria mrojas no puede ingresar.', 'low');
  await replyToTicket({
    ...ports,
    actor: agent,
    ticketId: solved.id,
    body: 'Desbloqueada; ya puede ingresar.',
    automatic: false,
  });
  await logTicketTime({
    ...ports,
    actor: agent,
    ticketId: solved.id,
    minutes: 20,
    firstContact: true,
    note: 'Desbloqueo',
  });
  await changeTicketStatus({ ...ports, actor: agent, ticketId: solved.id, status: 'resolved' });
}
