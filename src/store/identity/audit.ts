import type { AuditReader } from '../../app/identity/index.js';
import type { AuditLog, Via } from '../../app/shared/index.js';
import type { Db } from '../database.js';

/** The audit log in PostgreSQL: insert and select only, never update or delete. */
export function auditRepository(db: Db): AuditLog & AuditReader {
  return {
    async append(entry) {
      await db
        .insertInto('audit_log')
        .values({
          at: entry.at,
          via: entry.via,
          actor_user_id: entry.actorUserId,
          actor_organisation_id: entry.actorOrganisationId,
          action: entry.action,
          resource_type: entry.resourceType,
          resource_id: entry.resourceId,
          outcome: entry.outcome,
          ip: entry.ip,
          request_id: entry.requestId,
        })
        .execute();
    },
    async list(filter) {
      let query = db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(filter.limit);
      if (filter.actorUserId) query = query.where('actor_user_id', '=', filter.actorUserId);
      if (filter.action) query = query.where('action', '=', filter.action);
      if (filter.resourceType) query = query.where('resource_type', '=', filter.resourceType);
      if (filter.resourceId) query = query.where('resource_id', '=', filter.resourceId);
      if (filter.from) query = query.where('at', '>=', filter.from);
      if (filter.to) query = query.where('at', '<', filter.to);
      if (filter.before) query = query.where('id', '<', filter.before);
      const rows = await query.execute();
      return rows.map((row) => ({
        id: row.id,
        at: row.at,
        via: row.via as Via,
        actorUserId: row.actor_user_id,
        actorOrganisationId: row.actor_organisation_id,
        action: row.action,
        resourceType: row.resource_type,
        resourceId: row.resource_id,
        outcome: row.outcome,
        ip: row.ip,
        requestId: row.request_id,
      }));
    },
  };
}
