import { randomUUID } from 'node:crypto';
import { assertCriticalityOffered, contractVersionAt } from '../../domain/contracts/index.js';
import { DomainError, invalidInput } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import type { TicketEvent } from '../../domain/sla/index.js';
import { projectSla } from '../../domain/sla/index.js';
import type { Channel, Classification, Criticality } from '../../domain/tickets/vocabulary.js';
import { contractInReach } from '../hour-bank/contract-in-reach.js';
import { contractToday } from '../hour-bank/contract-today.js';
import type { ContractRepository } from '../hour-bank/ports.js';
import type { CalendarRepository, Clock } from '../ports.js';
import type { TicketRecord, TicketRepository } from './ports.js';
import { slaContextFor } from './sla-context.js';

/** A new request as the client (or an agent on its behalf) writes it. */
export interface NewTicket {
  contractId: string;
  /** Who asks; a client user always asks for themselves. */
  requesterId?: string | undefined;
  channel: Channel;
  classification: Classification;
  criticality: Criticality;
  subject: string;
  description: string;
}

function isClientUser(actor: Actor): boolean {
  return actor.organisationKind === 'client';
}

/**
 * Opens a ticket on a contract in force, for one of its authorised requesters (seed 002:
 * "Contraparte"), with a criticality the plan promises a target for; its SLA clocks start now.
 */
export async function openTicket(options: {
  contracts: ContractRepository;
  calendars: CalendarRepository;
  tickets: TicketRepository;
  clock: Clock;
  actor: Actor;
  input: NewTicket;
}): Promise<TicketRecord> {
  const { actor, input } = options;
  const record = await contractInReach({
    ...options,
    action: 'tickets.create',
    contractId: input.contractId,
  });
  const { contract } = record;
  const today = await contractToday({ ...options, record });
  if (today < contract.start || (contract.end !== null && today >= contract.end)) {
    throw new DomainError(
      'rule_violation',
      `the contract is not in force today (${contract.start} – ${contract.end ?? '…'})`,
      'contractId',
    );
  }
  const requesterId = isClientUser(actor) ? actor.userId : input.requesterId;
  if (!requesterId)
    throw invalidInput(
      'requesterId',
      'say who is asking: one of the contract’s authorised requesters',
    );
  if (!(await options.tickets.requesters(contract.id)).includes(requesterId)) {
    throw new DomainError(
      'forbidden',
      'the requester is not one of the contract’s authorised requesters',
      'requesterId',
    );
  }
  assertCriticalityOffered(contractVersionAt(contract, today).plan, input.criticality);
  const context = await slaContextFor({ ...options, record, date: today });
  const now = options.clock.now();
  const opened: TicketEvent = {
    type: 'opened',
    at: now.getTime(),
    criticality: input.criticality,
    kind: input.classification,
    channel: input.channel,
  };
  const { projection } = projectSla([opened], context.policy, context.calendars, now);
  return options.tickets.create({
    ticket: {
      id: randomUUID(),
      contractId: contract.id,
      clientId: contract.clientId,
      requesterId,
      assigneeId: null,
      subject: input.subject,
      channel: input.channel,
      classification: input.classification,
      criticality: input.criticality,
      level: 'L1',
      status: 'new',
      outcome: null,
      openedAt: now,
      updatedAt: now,
      ...projection,
    },
    events: [opened],
    message: {
      authorId: requesterId,
      visibility: 'public',
      automatic: false,
      body: input.description,
      attachments: [],
      createdAt: now,
    },
    actorId: actor.userId,
  });
}
