/** Received mail, its threads and the mail to send, in memory, as the PostgreSQL store keeps them. */
import type {
  ApprovalRecord,
  MailAttachment,
  MailboxRecord,
  MailSummary,
  OutgoingRecord,
  StoredMail,
} from '../../src/app/mail/index.js';
import { asOutgoing } from '../../src/store/identity/account-mail.js';
import type { Repositories } from '../../src/store/index.js';
import type { Tables } from './identity.js';

/** The mail tables of the fake store. */
export interface MailState {
  mailMessages: (StoredMail & { attachments: MailAttachment[] })[];
  mailThreads: { ticketId: string; token: string }[];
  mailThreadIds: { messageId: string; ticketId: string }[];
  outgoingMail: OutgoingRecord[];
  mailboxes: MailboxRecord[];
  mailApprovals: ApprovalRecord[];
}

/** Empty mail tables. */
export function emptyMailState(): MailState {
  return {
    mailMessages: [],
    mailThreads: [],
    mailThreadIds: [],
    outgoingMail: [],
    mailboxes: [],
    mailApprovals: [],
  };
}

const bytes = (value: Uint8Array) => Buffer.from(value);
const withBuffer = <T extends { raw: Uint8Array }>(row: T): T => ({ ...row, raw: bytes(row.raw) });

/** Received messages in memory: unique by Message-ID and digest. */
export function mailMessages(tables: Tables): Repositories['mailMessages'] {
  const find = async (id: string) => {
    const row = tables().mailMessages.find((m) => m.id === id);
    if (!row) return undefined;
    const { attachments: _files, ...stored } = row;
    return withBuffer(stored);
  };
  const summary = (row: MailState['mailMessages'][number]): MailSummary => {
    const { raw: _raw, envelope, attachments, ...rest } = row;
    return {
      ...rest,
      source: envelope.source,
      attachments: attachments.map(({ content: _c, ...meta }) => meta),
    };
  };
  return {
    async insert(mail) {
      const rows = tables().mailMessages;
      const same = rows.find((m) => m.messageId === mail.messageId && m.digest === mail.digest);
      if (same) return { id: same.id, inserted: false };
      rows.push({
        ...mail,
        fromAddress: null,
        subject: '',
        text: '',
        html: null,
        fate: null,
        reason: null,
        ticketId: null,
        processedAt: null,
        attempts: 0,
        lastError: null,
        attachments: [],
      });
      return { id: mail.id, inserted: true };
    },
    find,
    async pending(limit, maxAttempts) {
      return tables()
        .mailMessages.filter((m) => m.fate === null && m.attempts < maxAttempts)
        .sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime())
        .slice(0, limit)
        .map((m) => ({ id: m.id, messageId: m.messageId }));
    },
    async handledCopy(messageId, exceptId) {
      return tables().mailMessages.find(
        (m) =>
          m.messageId === messageId &&
          m.id !== exceptId &&
          m.fate !== null &&
          m.reason !== 'duplicate',
      )?.id;
    },
    async recordOutcome(id, outcome, expected) {
      const row = tables().mailMessages.find((m) => m.id === id);
      if (!row || row.fate !== expected) return undefined;
      Object.assign(row, { ...outcome, lastError: null });
      return { messageId: row.messageId };
    },
    async recordFailure(id, error) {
      const row = tables().mailMessages.find((m) => m.id === id);
      if (row) Object.assign(row, { attempts: row.attempts + 1, lastError: error });
    },
    async addAttachments(mailId, attachments) {
      tables()
        .mailMessages.find((m) => m.id === mailId)
        ?.attachments.push(...attachments);
    },
    async attachment(id) {
      for (const mail of tables().mailMessages) {
        const found = mail.attachments.find((a) => a.id === id);
        if (found) return { ...found, content: bytes(found.content), mailId: mail.id };
      }
      return undefined;
    },
    async attachmentsOf(mailId) {
      const mail = tables().mailMessages.find((m) => m.id === mailId);
      return (mail?.attachments ?? []).map(({ content: _c, ...meta }) => meta);
    },
    async list(filter) {
      return tables()
        .mailMessages.filter(
          (m) =>
            (filter.fate === undefined ||
              (filter.fate === 'pending' ? m.fate === null : m.fate === filter.fate)) &&
            (filter.reason === undefined || m.reason === filter.reason) &&
            (filter.ticketId === undefined || m.ticketId === filter.ticketId),
        )
        .sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime())
        .slice(0, filter.limit)
        .map(summary);
    },
  };
}

/** Ticket tokens and Message-IDs in memory. */
export function mailThreads(tables: Tables): Repositories['mailThreads'] {
  return {
    async ensureToken(ticketId, token) {
      const threads = tables().mailThreads;
      const known = threads.find((t) => t.ticketId === ticketId);
      if (known) return known.token;
      threads.push({ ticketId, token });
      return token;
    },
    ticketByToken: async (token) => tables().mailThreads.find((t) => t.token === token)?.ticketId,
    ticketByNumber: async (n) => tables().tickets.find((t) => t.number === String(n))?.id,
    ticketByMessageId: async (id) =>
      tables().mailThreadIds.find((t) => t.messageId === id)?.ticketId,
    async rememberMessageId(messageId, ticketId) {
      const ids = tables().mailThreadIds;
      if (!ids.some((t) => t.messageId === messageId)) ids.push({ messageId, ticketId });
    },
  };
}

/** Who is a requester of which contract, from the fake's requester lists. */
export function mailDirectory(tables: Tables): Repositories['mailDirectory'] {
  return {
    requesterContracts: async (userId) =>
      tables()
        .requesters.filter((r) => r.userId === userId)
        .map((r) => r.contractId)
        .sort(),
  };
}

/** Mail to send in memory. */
export function outgoingMail(tables: Tables): Repositories['outgoingMail'] {
  const enqueue: Repositories['outgoingMail']['enqueue'] = async (mail) => {
    const rows = tables().outgoingMail;
    if (rows.some((m) => m.dedupeKey === mail.dedupeKey)) return false;
    rows.push({ ...mail, status: 'queued', attempts: 0, sentAt: null, lastError: null });
    return true;
  };
  return {
    enqueue,
    async enqueueMany(mails) {
      const ids: string[] = [];
      for (const mail of mails) if (await enqueue(mail)) ids.push(mail.id);
      return ids;
    },
    async claim(now, staleBefore, limit) {
      const due = tables()
        .outgoingMail.filter(
          (m) =>
            (m.status === 'queued' && m.sendAfter <= now) ||
            (m.status === 'sending' && m.sendAfter < staleBefore),
        )
        .slice(0, limit);
      for (const mail of due)
        Object.assign(mail, { status: 'sending', attempts: mail.attempts + 1, sendAfter: now });
      return due;
    },
    async settle(id, change) {
      const row = tables().outgoingMail.find((m) => m.id === id);
      if (!row) return;
      row.status = change.status;
      if (change.sentAt) row.sentAt = change.sentAt;
      if (change.sendAfter) row.sendAfter = change.sendAfter;
      if (change.lastError !== undefined) row.lastError = change.lastError;
    },
    automaticSentTo: async (address, since) =>
      tables().outgoingMail.flatMap((m) =>
        m.automatic && m.toAddress === address && m.sentAt && m.sentAt >= since ? [m.sentAt] : [],
      ),
    list: async (filter) =>
      tables()
        .outgoingMail.filter((m) => filter.status === undefined || m.status === filter.status)
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
        .slice(0, filter.limit),
  };
}

/** Personal mail (account mail, invitations) in memory, on the outgoing queue as the store puts it. */
export function accountMail(
  tables: Tables,
): Repositories['accountMail'] & Repositories['ceremonyInvitations'] {
  const outgoing = outgoingMail(tables);
  return {
    async enqueue(mail) {
      await outgoing.enqueue(asOutgoing(mail));
    },
  };
}

/** Approval requests in memory: one per subject and person, tokens unique. */
export function mailApprovals(tables: Tables): Repositories['mailApprovals'] {
  const find = async (id: string) => {
    const row = tables().mailApprovals.find((a) => a.id === id);
    return row && { ...row };
  };
  return {
    async create(record) {
      const rows = tables().mailApprovals;
      const taken = rows.some(
        (a) =>
          a.token === record.token ||
          (a.subjectKind === record.subjectKind &&
            a.subjectId === record.subjectId &&
            a.approverId === record.approverId),
      );
      if (!taken) rows.push({ ...record });
      return !taken;
    },
    async byToken(token) {
      const row = tables().mailApprovals.find((a) => a.token === token);
      return row && { ...row };
    },
    lock: find,
    forSubject: async (kind, subjectId) =>
      tables()
        .mailApprovals.filter((a) => a.subjectKind === kind && a.subjectId === subjectId)
        .map((a) => ({ ...a })),
    async settle(id, settlement) {
      const row = tables().mailApprovals.find((a) => a.id === id);
      if (row) Object.assign(row, settlement);
    },
  };
}
