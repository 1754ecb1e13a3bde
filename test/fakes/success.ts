/** Customer success in memory, ordered as the real store orders it. */
import type { SuccessRepository } from '../../src/app/success/index.js';
import type { Tables } from './identity.js';

/** Replaces the row `same` finds, or appends `row`. */
function upsert<T>(rows: T[], row: T, same: (a: T) => boolean): void {
  const index = rows.findIndex(same);
  if (index === -1) rows.push(row);
  else rows[index] = row;
}

/** The in-memory customer-success repository. */
export function success(tables: Tables): SuccessRepository {
  const t = () => tables().success;
  return {
    assignments: async (organisationId) =>
      t()
        .assignments.filter((a) => a.organisationId === organisationId)
        .sort((a, b) => a.from.localeCompare(b.from)),
    allAssignments: async () => [...t().assignments].sort((a, b) => a.from.localeCompare(b.from)),
    async saveAssignments(organisationId, list) {
      const state = t();
      state.assignments = [
        ...state.assignments.filter((a) => a.organisationId !== organisationId),
        ...list,
      ];
    },
    meetings: async (contractId) =>
      t()
        .meetings.filter((m) => m.contractId === contractId)
        .sort((a, b) => a.slot.start - b.slot.start),
    meetingContractIds: async () => [...new Set(t().meetings.map((m) => m.contractId))].sort(),
    lockMeeting: async (id) => t().meetings.find((m) => m.id === id),
    saveMeeting: async (meeting) => upsert(t().meetings, meeting, (m) => m.id === meeting.id),
    requests: async (contractId) => t().requests.filter((r) => r.contractId === contractId),
    lockRequest: async (id) => t().requests.find((r) => r.id === id),
    saveRequest: async (request) => upsert(t().requests, request, (r) => r.id === request.id),
  };
}
