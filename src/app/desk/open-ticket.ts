import { assertCriticalityOffered } from '../../domain/contracts/index.js';
import { DomainError, invalidInput } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import { projectSla, type TicketEvent } from '../../domain/sla/index.js';
import { ticketError } from '../../domain/tickets/index.js';
import type { Channel, Classification, Criticality } from '../../domain/tickets/vocabulary.js';
import { loadCurrentContractContext } from '../contracts/index.js';
import { type Origin, recordChange, recordEvent } from '../shared/index.js';
import { ticketOpened } from './events.js';
import type { AttachmentMeta, DeskDeps, TicketRecord } from './ports.js';

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
  /** Files that came with the request (a mail's attachments). */
  attachments?: readonly AttachmentMeta[] | undefined;
  /** The received mail the request came in. */
  mailId?: string | undefined;
}

function isClientUser(actor: Actor): boolean {
  return actor.organisationKind === 'client';
}

/**
 * Opens a ticket on a contract in force, for one of its authorised requesters (seed 002:
 * "Contraparte"), with a criticality the plan promises a target for; its SLA clocks start now.
 */
export async function openTicket(
  options: Pick<
    DeskDeps,
    'clock' | 'ids' | 'contracts' | 'contractContexts' | 'calendars' | 'transact'
  > & {
    actor: Actor;
    origin: Origin;
    input: NewTicket;
  },
): Promise<TicketRecord> {
  const { actor, input } = options;
  const requesterId = isClientUser(actor) ? actor.userId : input.requesterId;
  const { context, requesterAuthorised } = await loadCurrentContractContext({
    ...options,
    action: 'tickets.create',
    contractId: input.contractId,
    requesterId,
  });
  const { contract } = context.record;
  const { today } = context;
  if (today < contract.start || (contract.end !== null && today >= contract.end)) {
    throw ticketError(
      'contract_not_in_force',
      { start: contract.start, end: contract.end ?? '…' },
      `the contract is not in force today (${contract.start} – ${contract.end ?? '…'})`,
      'contractId',
    );
  }
  if (!requesterId)
    throw invalidInput(
      'requesterId',
      'say who is asking: one of the contract’s authorised requesters',
    );
  if (!requesterAuthorised) {
    throw new DomainError(
      'forbidden',
      'the requester is not one of the contract’s authorised requesters',
      'requesterId',
    );
  }
  assertCriticalityOffered(context.versionAt(today).plan, input.criticality);
  const sla = context.slaAt(today);
  const now = options.clock.now();
  const opened: TicketEvent = {
    type: 'opened',
    at: now.getTime(),
    criticality: input.criticality,
    kind: input.classification,
    channel: input.channel,
  };
  const { projection } = projectSla([opened], sla.policy, sla.calendars, now);
  return options.transact(async (tx) => {
    const ticket = await tx.tickets.create({
      id: options.ids.newId(),
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
      escalatedAt: null,
      openedAt: now,
      updatedAt: now,
      ...projection,
    });
    await tx.tickets.appendEvents(ticket.id, [opened], actor.userId);
    await tx.tickets.addMessage(ticket.id, {
      authorId: requesterId,
      visibility: 'public',
      automatic: false,
      body: input.description,
      attachments: [...(input.attachments ?? [])],
      createdAt: now,
      ...(input.mailId ? { mailId: input.mailId } : {}),
    });
    await recordChange(tx, { ...options, at: now, resourceType: 'tickets', resourceId: ticket.id });
    await recordEvent(tx, options.ids, now, ticketOpened, {
      ticketId: ticket.id,
      contractId: contract.id,
      clientId: contract.clientId,
      requesterId,
      channel: input.channel,
      criticality: input.criticality,
      subject: input.subject,
    });
    return ticket;
  });
}
