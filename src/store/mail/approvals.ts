import type { Selectable } from 'kysely';
import type { ApprovalRecord, ApprovalRepository } from '../../app/mail/index.js';
import type {
  ApprovalChannel,
  ApprovalStatus,
  ApprovalSubjectKind,
} from '../../domain/mail/index.js';
import type { Db } from '../database.js';
import type { MailApprovalsTable } from './tables.js';

function toRecord(row: Selectable<MailApprovalsTable>): ApprovalRecord {
  return {
    id: row.id,
    subjectKind: row.subject_kind as ApprovalSubjectKind,
    subjectId: row.subject_id,
    contractId: row.contract_id,
    approverId: row.approver_id,
    approverEmail: row.approver_email,
    token: row.token,
    linkSecret: row.link_secret,
    status: row.status as ApprovalStatus,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    decidedAt: row.decided_at,
    decidedVia: row.decided_via as ApprovalChannel | null,
    decidedMessageId: row.decided_message_id,
    reason: row.reason,
  };
}

/** Approval requests by mail, in PostgreSQL. */
export function approvalRepository(db: Db): ApprovalRepository {
  const select = () => db.selectFrom('mail_approvals').selectAll();
  return {
    async create(record) {
      const result = await db
        .insertInto('mail_approvals')
        .values({
          id: record.id,
          subject_kind: record.subjectKind,
          subject_id: record.subjectId,
          contract_id: record.contractId,
          approver_id: record.approverId,
          approver_email: record.approverEmail,
          token: record.token,
          link_secret: record.linkSecret,
          status: record.status,
          created_at: record.createdAt,
          expires_at: record.expiresAt,
          decided_at: record.decidedAt,
          decided_via: record.decidedVia,
          decided_message_id: record.decidedMessageId,
          reason: record.reason,
        })
        .onConflict((oc) => oc.columns(['subject_kind', 'subject_id', 'approver_id']).doNothing())
        .executeTakeFirst();
      return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
    },
    async byToken(token) {
      const row = await select().where('token', '=', token).executeTakeFirst();
      return row && toRecord(row);
    },
    async lock(id) {
      const row = await select().where('id', '=', id).forUpdate().executeTakeFirst();
      return row && toRecord(row);
    },
    async forSubject(kind, subjectId) {
      const rows = await select()
        .where('subject_kind', '=', kind)
        .where('subject_id', '=', subjectId)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      return rows.map(toRecord);
    },
    async settle(id, settlement) {
      await db
        .updateTable('mail_approvals')
        .set({
          status: settlement.status,
          decided_at: settlement.decidedAt,
          decided_via: settlement.decidedVia,
          decided_message_id: settlement.decidedMessageId,
          reason: settlement.reason,
        })
        .where('id', '=', id)
        .execute();
    },
  };
}
