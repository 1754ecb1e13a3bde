/**
 * The desk module's public surface: tickets, their conversation, status and SLA clocks, time
 * logged through the hour bank, the breach watcher and first-response compliance.
 */
export { addInternalNote } from './add-internal-note.js';
export { ticketAssignees } from './assignees.js';
export { type BulkChange, type BulkResult, bulkUpdateTickets } from './bulk-update-tickets.js';
export { changeTicketStatus } from './change-ticket-status.js';
export { type CriticalityCompliance, complianceReport } from './compliance-report.js';
export { escalateTicket } from './escalate-ticket.js';
export {
  slaAtRisk,
  slaBreached,
  ticketOpened,
  ticketReplied,
  ticketStatusChanged,
} from './events.js';
export {
  type AssigneeFilter,
  listNotices,
  listTickets,
  type QueueQuery,
} from './list-tickets.js';
export { logTicketTime } from './log-ticket-time.js';
export { type NewTicket, openTicket } from './open-ticket.js';
export type {
  AttachmentMeta,
  ComplianceCount,
  ComplianceQueries,
  DeskDeps,
  DeskTx,
  NewMessage,
  SlaNotice,
  SlaNoticeRepository,
  TicketChanges,
  TicketFilter,
  TicketMessage,
  TicketPage,
  TicketReader,
  TicketRecord,
  TicketRepository,
  TicketSummary,
} from './ports.js';
export { type Person, readTicket, type TicketView } from './read-ticket.js';
export { replyToTicket } from './reply-to-ticket.js';
export { deskData } from './stored-data.js';
export { type TicketUpdate, updateTicket } from './update-ticket.js';
export { watchSla } from './watch-sla.js';
