/** Contracts, the ledger and the work log in memory. */
import type { ContractRecord } from '../../src/app/contracts/index.js';
import type { Repositories } from '../../src/store/index.js';
import type { Tables } from './identity.js';
import { nextValue, type State, uniqueViolation } from './state.js';

function recordOf(state: State, row: State['contractRows'][number]): ContractRecord {
  const { name, planId, createdAt, ...contract } = row;
  const amendments = state.amendments
    .filter((a) => a.contractId === row.id)
    .map((a) => a.amendment);
  return { contract: { ...contract, amendments }, name, planId, createdAt };
}

/** A JSON replacer that writes bigints as strings. */
const bigints = (_key: string, value: unknown) =>
  typeof value === 'bigint' ? value.toString() : value;

/** Contracts with their amendments (in the order added) and authorised requesters. */
export function contracts(tables: Tables): Repositories['contracts'] {
  const find = async (id: string) => {
    const state = tables();
    const row = state.contractRows.find((c) => c.id === id);
    return row && recordOf(state, row);
  };
  return {
    async create(input) {
      const state = tables();
      const { at, ...fields } = input;
      state.contractRows.push({ ...fields, createdAt: at });
      const created = await find(input.id);
      if (!created) throw new Error('the contract just stored is missing');
      return created;
    },
    find,
    lock: find,
    async list(clientIds) {
      const state = tables();
      return state.contractRows
        .filter((c) => !clientIds || clientIds.includes(c.clientId))
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1))
        .map((row) => recordOf(state, row));
    },
    async addAmendment(contractId, amendment, by, at) {
      tables().amendments.push({ contractId, amendment, createdAt: at, by });
    },
    requesters: async (contractId) =>
      tables()
        .requesters.filter((r) => r.contractId === contractId)
        .map((r) => r.userId),
    async fingerprint(contractId, calendarRefs, requesterId) {
      const state = tables();
      const record = await find(contractId);
      const calendars = state.calendars.filter(
        (c) => calendarRefs.includes(c.id) || calendarRefs.includes(c.name),
      );
      return (
        record && {
          contract: JSON.stringify(record, bigints),
          calendars: JSON.stringify(calendars, bigints),
          requester: state.requesters.some(
            (r) => r.contractId === contractId && r.userId === requesterId,
          ),
        }
      );
    },
    async setRequesters(contractId, userIds) {
      const state = tables();
      state.requesters = [
        ...state.requesters.filter((r) => r.contractId !== contractId),
        ...userIds.map((userId) => ({ contractId, userId })),
      ];
    },
  };
}

/**
 * The append-only ledger: ids from one sequence, keys unique per contract, and no entry dated
 * before a checkpoint of its contract (as the database refuses it).
 */
export function ledger(tables: Tables): Repositories['ledger'] {
  const entriesOf = (contractId: string) =>
    tables()
      .ledger.filter((row) => row.contractId === contractId)
      .map((row) => row.entry);
  return {
    async entries(contractId, types = 'all') {
      return entriesOf(contractId).filter((entry) => types === 'all' || types.includes(entry.type));
    },
    async replayInput(contractId, until) {
      const checkpoint =
        tables()
          .checkpoints.filter((row) => row.contractId === contractId)
          .map((row) => row.checkpoint)
          .filter((c) => c.from <= until)
          .sort((a, b) => b.periodIndex - a.periodIndex)[0] ?? null;
      const from = checkpoint?.from ?? '';
      const entries = entriesOf(contractId).filter((e) => e.on >= from && e.on <= until);
      return { checkpoint, entries };
    },
    async saveCheckpoint(contractId, checkpoint) {
      tables().checkpoints.push({ contractId, checkpoint: structuredClone(checkpoint) });
    },
    async append(contractId, entries) {
      const state = tables();
      return entries.map((entry) => {
        if (
          state.checkpoints.some((r) => r.contractId === contractId && r.checkpoint.from > entry.on)
        )
          throw new Error(`ledger entry dated ${entry.on} falls in a closed period`);
        if (
          'key' in entry &&
          state.ledger.some(
            (r) => r.contractId === contractId && 'key' in r.entry && r.entry.key === entry.key,
          )
        )
          throw uniqueViolation('ledger_entries_key');
        const stored = { ...entry, id: String(nextValue(state, 'ledger')) };
        state.ledger.push({ contractId, entry: stored });
        return stored;
      });
    },
  };
}

/** The work log: a ticket's entries read from it, listed newest first. */
export function workLog(tables: Tables): Repositories['workLog'] {
  return {
    async ticketWork(contractId, ticketRef) {
      const rows = tables().workLog.filter(
        (w) => w.contractId === contractId && w.ticketRef === ticketRef,
      );
      return {
        entries: rows
          .filter((w) => w.workedMinutes > 0)
          .map((w) => ({
            kind: w.kind,
            minutes: w.workedMinutes,
            firstContact: w.firstContact,
            conversationId: w.conversationRef,
          })),
        chargedMinutes: rows.reduce((sum, w) => sum + w.chargedMinutes, 0),
      };
    },
    async record(work) {
      tables().workLog.push({ ...work });
      return { ...work };
    },
    async list(contractId, filter) {
      return tables()
        .workLog.filter(
          (w) =>
            w.contractId === contractId &&
            (!filter.ticketRef || w.ticketRef === filter.ticketRef) &&
            (!filter.ticketRefs || filter.ticketRefs.includes(w.ticketRef)),
        )
        .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
        .slice(0, filter.limit);
    },
    ticketRefsRequestedBy: async (contractId, userId) =>
      tables()
        .tickets.filter((t) => t.contractId === contractId && t.requesterId === userId)
        .map((t) => t.id),
  };
}
