/**
 * The customer-success repository: dated CSM assignments per account, meetings whole as JSON
 * with a row per invited contact (what the contacts' 360° view joins), and account requests
 * whole as JSON.
 */
import type { SuccessRepository } from '../../app/success/index.js';
import type {
  AccountMeeting,
  AccountRequest,
  CsmAssignment,
} from '../../domain/customer-success/index.js';
import type { Db } from '../database.js';

/** Customer success over one database or transaction. */
export function successRepository(db: Db): SuccessRepository {
  const meetings = () => db.selectFrom('account_meetings').select('record');
  const requests = () => db.selectFrom('account_requests').select('record');
  const assignments = async (organisationId: string | null) => {
    const rows = await db
      .selectFrom('csm_assignments')
      .select(['organisation_id', 'csm_user_id', 'from_date', 'until_date'])
      .$if(organisationId !== null, (q) => q.where('organisation_id', '=', organisationId ?? ''))
      .orderBy('from_date')
      .execute();
    return rows.map(
      (row): CsmAssignment => ({
        organisationId: row.organisation_id,
        csmUserId: row.csm_user_id,
        from: String(row.from_date),
        until: row.until_date === null ? null : String(row.until_date),
      }),
    );
  };
  return {
    assignments: (organisationId) => assignments(organisationId),
    allAssignments: () => assignments(null),
    async saveAssignments(organisationId, list, by, at) {
      await db
        .deleteFrom('csm_assignments')
        .where('organisation_id', '=', organisationId)
        .execute();
      if (list.length === 0) return;
      await db
        .insertInto('csm_assignments')
        .values(
          list.map((a) => ({
            organisation_id: organisationId,
            csm_user_id: a.csmUserId,
            from_date: a.from,
            until_date: a.until,
            assigned_by: by,
            assigned_at: at,
          })),
        )
        .execute();
    },
    async meetings(contractId) {
      const rows = await meetings()
        .where('contract_id', '=', contractId)
        .orderBy('starts_at')
        .orderBy('id')
        .execute();
      return rows.map((row) => row.record as AccountMeeting);
    },
    async meetingContractIds() {
      const rows = await db
        .selectFrom('account_meetings')
        .select('contract_id')
        .distinct()
        .orderBy('contract_id')
        .execute();
      return rows.map((row) => row.contract_id);
    },
    async lockMeeting(id) {
      const row = await meetings().where('id', '=', id).forUpdate().executeTakeFirst();
      return row?.record as AccountMeeting | undefined;
    },
    async saveMeeting(meeting, at) {
      const record = JSON.stringify(meeting);
      const starts_at = new Date(meeting.slot.start);
      await db
        .insertInto('account_meetings')
        .values({
          id: meeting.id,
          contract_id: meeting.contractId,
          starts_at,
          updated_at: at,
          record,
        })
        .onConflict((c) => c.column('id').doUpdateSet({ record, starts_at, updated_at: at }))
        .execute();
      await db
        .deleteFrom('account_meeting_attendees')
        .where('meeting_id', '=', meeting.id)
        .execute();
      if (meeting.contactIds.length === 0) return;
      await db
        .insertInto('account_meeting_attendees')
        .values(meeting.contactIds.map((contact_id) => ({ meeting_id: meeting.id, contact_id })))
        .execute();
    },
    async requests(contractId) {
      const rows = await requests()
        .where('contract_id', '=', contractId)
        .orderBy('raised_at')
        .orderBy('id')
        .execute();
      return rows.map((row) => row.record as AccountRequest);
    },
    async lockRequest(id) {
      const row = await requests().where('id', '=', id).forUpdate().executeTakeFirst();
      return row?.record as AccountRequest | undefined;
    },
    async saveRequest(request) {
      const record = JSON.stringify(request);
      await db
        .insertInto('account_requests')
        .values({
          id: request.id,
          contract_id: request.contractId,
          raised_by: request.raisedBy,
          raised_at: new Date(request.raisedAt),
          record,
        })
        .onConflict((c) => c.column('id').doUpdateSet({ record }))
        .execute();
    },
  };
}
