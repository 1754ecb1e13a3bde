/**
 * What approvals by mail keep: one request per subject and person, with the token of its reply
 * address, the secret its one-time links are signed with, and how it was decided.
 */
import type { ApprovalDecision } from '../../domain/mail/approval.js';
import type {
  ApprovalChannel,
  ApprovalStatus,
  ApprovalSubjectKind,
  ApprovalSummary,
} from '../../domain/mail/approval-request.js';
import type { ApprovalRefusal } from '../../domain/mail/fate.js';

export type { ApprovalSummary };

/** An approval request as stored. */
export interface ApprovalRecord {
  id: string;
  subjectKind: ApprovalSubjectKind;
  /** The decided thing: a consume entry's id, `<quote id>:<version>`, `<deliverable id>:<delivery>`. */
  subjectId: string;
  contractId: string | null;
  approverId: string;
  approverEmail: string;
  /** Carried in the reply address (`soporte+a-<token>@…`) and in the links. */
  token: string;
  /** The key the one-time links are signed with; never shown. */
  linkSecret: string;
  status: ApprovalStatus;
  createdAt: Date;
  expiresAt: Date | null;
  decidedAt: Date | null;
  decidedVia: ApprovalChannel | null;
  /** The Message-ID of the reply that decided it (null for a link). */
  decidedMessageId: string | null;
  reason: string | null;
}

/** How a request was settled. */
export interface ApprovalSettlement {
  status: Exclude<ApprovalStatus, 'pending'>;
  decidedAt: Date;
  decidedVia: ApprovalChannel | null;
  decidedMessageId: string | null;
  reason: string | null;
}

/** Approval requests. */
export interface ApprovalRepository {
  /** Stores a request unless the subject already has one for the person; true when stored now. */
  create(record: ApprovalRecord): Promise<boolean>;
  byToken(token: string): Promise<ApprovalRecord | undefined>;
  /** Takes the request's row lock until the transaction ends. */
  lock(id: string): Promise<ApprovalRecord | undefined>;
  /** Every request about one subject (one per person asked). */
  forSubject(kind: ApprovalSubjectKind, subjectId: string): Promise<ApprovalRecord[]>;
  settle(id: string, settlement: ApprovalSettlement): Promise<void>;
}

/** A decision to apply to a request's subject. */
export interface ApprovalChoice {
  decision: ApprovalDecision;
  reason: string | null;
}

/** What approvals by mail tell people, as data; the renderer puts it into words. */
export type ApprovalNotice =
  | {
      kind: 'approval_request';
      name: string;
      summary: ApprovalSummary;
      approveLink: string;
      rejectLink: string;
    }
  | { kind: 'approval_refused'; reason: ApprovalRefusal; summary: ApprovalSummary | null };

/** Puts approval notices into words (src/mail/approval-templates.ts, through the i18n layer). */
export type ApprovalRenderer = (
  notice: ApprovalNotice,
  language: 'es' | 'en',
) => { subject: string; text: string; html: string };
