import { periodOf, scheduleOf } from '../../domain/contracts/index.js';
import {
  type Balance,
  balanceAt,
  type LedgerEntry,
  type Statement,
  statement,
} from '../../domain/hour-bank/index.js';
import { rebasePath } from '../error-paths.js';
import type { CalendarRepository, Clock } from '../ports.js';
import { contractToday } from './contract-today.js';
import type { ContractRecord, ContractRepository } from './ports.js';

/** The balance of a contract at the end of a day (today by default): available, pending, expiring. */
export async function readBalance(options: {
  contracts: ContractRepository;
  calendars: CalendarRepository;
  clock: Clock;
  record: ContractRecord;
  date?: string | undefined;
}): Promise<Balance> {
  const date = options.date ?? (await contractToday(options));
  const entries = await options.contracts.entries(options.record.contract.id);
  return rebasePath(
    () => balanceAt(options.record.contract, entries, date),
    'date',
    'querystring.date',
  );
}

/** The statement of the period that contains `date` (the current period by default). */
export async function readStatement(options: {
  contracts: ContractRepository;
  calendars: CalendarRepository;
  clock: Clock;
  record: ContractRecord;
  date?: string | undefined;
}): Promise<Statement> {
  const { contract } = options.record;
  const date = options.date ?? (await contractToday(options));
  const period = rebasePath(() => periodOf(scheduleOf(contract), date), 'date', 'querystring.date');
  const entries = await options.contracts.entries(contract.id);
  return statement(contract, entries, period);
}

/** A page of the ledger, newest first, before an entry id. */
export async function readEntries(options: {
  contracts: ContractRepository;
  record: ContractRecord;
  limit: number;
  before?: string | undefined;
}): Promise<LedgerEntry[]> {
  const entries = await options.contracts.entries(options.record.contract.id);
  const before = options.before === undefined ? Number.POSITIVE_INFINITY : Number(options.before);
  return entries
    .filter((entry) => Number(entry.id) < before)
    .reverse()
    .slice(0, options.limit);
}
