/**
 * Contacts in memory: the same answers as the PostgreSQL repository for what use-case tests need
 * (contacts, their trace, a person's tickets and messages through the user they sign in as). The
 * privacy port walks real tables by name, so in memory it refuses: exports and anonymisation are
 * tested against the real engines.
 */
import type {
  AnnouncementLog,
  ConsentRepository,
  SegmentSubjects,
} from '../../src/app/communications/index.js';
import type {
  AnonymisationLogRepository,
  ContactRepository,
  LegalHoldRepository,
  PrivacyStore,
  RetentionRepository,
} from '../../src/app/contacts/index.js';
import { displayName } from '../../src/domain/contacts/index.js';
import type { Tables } from './identity.js';

/** The in-memory contacts repository. */
export function contacts(tables: Tables): ContactRepository {
  return {
    async save(contact) {
      const rows = tables().contacts;
      const index = rows.findIndex((row) => row.id === contact.id);
      if (index === -1) rows.push(contact);
      else rows[index] = contact;
    },
    async find(id) {
      return tables().contacts.find((contact) => contact.id === id);
    },
    async findByUser(userId) {
      return tables().contacts.find((c) => c.kind === 'person' && c.userId === userId);
    },
    async list(query) {
      const text = query.text?.trim().toLowerCase() ?? '';
      return tables()
        .contacts.filter(
          (c) => query.organisationId === undefined || c.organisationId === query.organisationId,
        )
        .filter(
          (c) =>
            text === '' ||
            displayName(c).toLowerCase().includes(text) ||
            (c.email ?? '').includes(text),
        )
        .sort((a, b) => displayName(a).localeCompare(displayName(b)) || a.id.localeCompare(b.id))
        .slice(0, query.limit);
    },
    async appendTrace(entries) {
      tables().contactTrace.push(...entries);
    },
    async trace(contactId) {
      return tables()
        .contactTrace.filter((entry) => entry.contactId === contactId)
        .map(({ id: _id, ...entry }) => entry);
    },
    async activity(contact) {
      const userId = contact.kind === 'person' ? contact.userId : null;
      const state = tables();
      return {
        tickets: state.tickets
          .filter((t) => userId !== null && t.requesterId === userId)
          .map((t) => ({
            id: t.id,
            number: t.number,
            subject: t.subject,
            status: t.status,
            slaState: t.slaState,
            openedAt: t.openedAt,
          })),
        messages: state.messages
          .filter((m) => userId !== null && m.authorId === userId)
          .map((m) => ({ ticketId: m.ticketId, at: m.createdAt, body: m.body })),
        approvals: [],
        meetings: state.success.meetings
          .filter((m) => m.contactIds.includes(contact.id))
          .sort((a, b) => b.slot.start - a.slot.start)
          .map((m) => ({
            meetingId: m.id,
            contractId: m.contractId,
            kind: m.kind,
            start: new Date(m.slot.start),
            status: m.status,
          })),
      };
    },
  };
}

const onlyOnRealEngines = async (): Promise<never> => {
  throw new Error('exports and anonymisation walk real tables: test them on the real engines');
};

/** Retention rules in memory; its candidates, like the privacy port, only on the real engines. */
export function retention(tables: Tables): RetentionRepository {
  return {
    async rules() {
      return [...tables().retentionRules].sort((a, b) =>
        a.organisationId.localeCompare(b.organisationId),
      );
    },
    async saveRule(organisationId, rule) {
      const state = tables();
      state.retentionRules = state.retentionRules.filter(
        (r) => r.organisationId !== organisationId,
      );
      if (rule !== null) state.retentionRules.push(rule);
    },
    candidates: onlyOnRealEngines,
  };
}

/** Legal holds in memory. */
export function legalHolds(tables: Tables): LegalHoldRepository {
  return {
    async save(hold) {
      const state = tables();
      state.legalHolds = [...state.legalHolds.filter((h) => h.id !== hold.id), hold];
    },
    async find(id) {
      return tables().legalHolds.find((h) => h.id === id);
    },
    async list() {
      return [...tables().legalHolds].sort(
        (a, b) => Number(a.lifted !== null) - Number(b.lifted !== null) || b.placedAt - a.placedAt,
      );
    },
    async keeping(subject) {
      const state = tables();
      const contracts = state.tickets
        .filter((t) => subject.userId !== null && t.requesterId === subject.userId)
        .map((t) => t.contractId);
      return state.legalHolds.filter(
        (h) =>
          h.lifted === null &&
          ('contactId' in h.target
            ? h.target.contactId === subject.contactId
            : contracts.includes(h.target.contractId)),
      );
    },
  };
}

/** The privacy port in memory: refuses (see the module comment). */
export const privacy: PrivacyStore = {
  exportSubject: onlyOnRealEngines,
  anonymise: onlyOnRealEngines,
};

/** The consent histories in memory. */
export function consents(tables: Tables): ConsentRepository {
  return {
    async append({ id: _id, ...event }) {
      tables().consents.push(event);
    },
    async history(contactId) {
      return tables().consents.filter((event) => event.contactId === contactId);
    },
  };
}

/** Who was told of which update, in memory: one announcement per update and contact. */
export function updateAnnouncements(tables: Tables): AnnouncementLog {
  return {
    async told(translationGroup) {
      return tables()
        .updateAnnouncements.filter((a) => a.translationGroup === translationGroup)
        .map((a) => a.contactId);
    },
    async record(announcements) {
      const rows = tables().updateAnnouncements;
      for (const a of announcements) {
        const known = rows.some(
          (r) => r.translationGroup === a.translationGroup && r.contactId === a.contactId,
        );
        if (!known) rows.push(a);
      }
    },
  };
}

/** Every contact as segment rules read it, from the in-memory tables. */
export function segmentSubjects(tables: Tables): SegmentSubjects {
  return {
    async all() {
      const state = tables();
      return state.contacts.map((contact) => {
        const userId = contact.kind === 'person' ? contact.userId : null;
        return {
          contact,
          role: state.users.find((user) => user.id === userId)?.role ?? null,
          planIds: state.contractRows
            .filter((c) => c.clientId === contact.organisationId && c.planId !== null)
            .map((c) => c.planId ?? ''),
          ticketsOpenedAt: state.tickets
            .filter((t) => userId !== null && t.requesterId === userId)
            .map((t) => t.openedAt.getTime()),
          consents: state.consents.filter((event) => event.contactId === contact.id),
          suppressed: state.campaignSuppressions.some(
            (s) => s.liftedAt === null && s.address === contact.email?.trim().toLowerCase(),
          ),
        };
      });
    },
  };
}

/** The anonymisation log in memory, numbered from 1. */
export function anonymisationLog(tables: Tables): AnonymisationLogRepository {
  return {
    async append(entry) {
      const state = tables();
      const logged = { ...entry, sequence: (state.anonymisationLog.at(-1)?.sequence ?? 0) + 1 };
      state.anonymisationLog = [...state.anonymisationLog, logged];
      return logged;
    },
    async putBack(entry) {
      const state = tables();
      if ((state.anonymisationLog.at(-1)?.sequence ?? 0) !== entry.sequence - 1) return false;
      state.anonymisationLog = [...state.anonymisationLog, entry];
      return true;
    },
    async after(sequence) {
      return tables().anonymisationLog.filter((e) => e.sequence > sequence);
    },
    async last() {
      return tables().anonymisationLog.at(-1)?.sequence ?? 0;
    },
  };
}
