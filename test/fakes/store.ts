/**
 * The store in memory, behind the same `Store` interface as PostgreSQL (src/store/index.ts), for
 * use-case tests (DESIGN's tier 2). It honours what the real one guarantees and what it demands:
 * transactions run one at a time (so every lock is held), commit whole or not at all, results
 * are copies (never live rows), and a query outside the transaction from inside it — which
 * would wait for ever on the embedded engine's only connection — fails the test at once.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Repositories, Store, StoreTx } from '../../src/store/index.js';
import { agency } from './agency.js';
import { campaignSuppressions, campaigns } from './campaigns.js';
import { calendars, plans } from './catalogue.js';
import {
  anonymisationLog,
  consents,
  contacts,
  legalHolds,
  privacy,
  retention,
  segmentSubjects,
  updateAnnouncements,
} from './contacts.js';
import { contracts, ledger, workLog } from './contracts.js';
import { compliance, notices, tickets } from './desk.js';
import {
  audit,
  organisations,
  passwordResets,
  sessions,
  signInAttempts,
  type Tables,
  tokens,
  users,
} from './identity.js';
import { deflections, knowledge } from './knowledge.js';
import {
  accountMail,
  mailApprovals,
  mailDirectory,
  mailMessages,
  mailThreads,
  outgoingMail,
} from './mail.js';
import { mailboxes } from './mailboxes.js';
import { outbox } from './outbox.js';
import { projects, quotes } from './quotes.js';
import { issuedReports, metricReadings, recommendations, ticketEstimates } from './reports.js';
import { secondFactors } from './second-factors.js';
import { emptyState, type State } from './state.js';
import { success } from './success.js';

/** The fake store, with its committed tables open to the test. */
export interface FakeStore extends Store {
  /** The committed tables (a test reads them; writing them seeds rows directly). */
  readonly tables: State;
}

type Methods = Record<string, (...args: never[]) => Promise<unknown>>;

/** The same object, each method's result copied so no caller holds a live row. */
function copying<T extends object>(target: T, before: () => void = () => {}): T {
  const methods = target as unknown as Methods;
  return Object.fromEntries(
    Object.entries(methods).map(([name, method]) => [
      name,
      async (...args: never[]) => {
        before();
        return structuredClone(await method(...args));
      },
    ]),
  ) as T;
}

function repositories(tables: Tables): Repositories {
  return {
    organisations: organisations(tables),
    users: users(tables),
    sessions: sessions(tables),
    tokens: tokens(tables),
    passwordResets: passwordResets(tables),
    secondFactors: secondFactors(tables),
    accountMail: accountMail(tables),
    ceremonyInvitations: accountMail(tables),
    calendars: calendars(tables),
    plans: plans(tables),
    contracts: contracts(tables),
    ledger: ledger(tables),
    workLog: workLog(tables),
    tickets: tickets(tables),
    notices: notices(tables),
    issuedReports: issuedReports(tables),
    metricReadings: metricReadings(tables),
    recommendations: recommendations(tables),
    ticketEstimates: ticketEstimates(tables),
    knowledge: knowledge(tables),
    deflections: deflections(tables),
    agency: agency(tables),
    quotes: quotes(tables),
    projects: projects(tables),
    success: success(tables),
    mailMessages: mailMessages(tables),
    mailThreads: mailThreads(tables),
    outgoingMail: outgoingMail(tables),
    mailDirectory: mailDirectory(tables),
    mailboxes: mailboxes(tables),
    mailApprovals: mailApprovals(tables),
    contacts: contacts(tables),
    privacy,
    retention: retention(tables),
    legalHolds: legalHolds(tables),
    anonymisationLog: anonymisationLog(tables),
    consents: consents(tables),
    updateAnnouncements: updateAnnouncements(tables),
    campaigns: campaigns(tables),
    campaignSuppressions: campaignSuppressions(tables),
  };
}

function each<T extends object>(repos: T, wrap: <R extends object>(repo: R) => R): T {
  return Object.fromEntries(
    Object.entries(repos).map(([name, repo]) => [name, wrap(repo as object)]),
  ) as T;
}

/** A store in memory; `onEventsRecorded` is told after a commit that recorded events. */
export function fakeStore(options: { onEventsRecorded?: () => void } = {}): FakeStore {
  let committed = emptyState();
  const current: Tables = () => committed;
  const inTransaction = new AsyncLocalStorage<true>();
  const outsideOnly = () => {
    if (inTransaction.getStore()) {
      throw new Error(
        'a query outside the transaction from inside it: on the embedded engine it would wait for ever; read before transact, or through tx',
      );
    }
  };
  const outside = <R extends object>(repo: R) => copying(repo, outsideOnly);
  let queue: Promise<unknown> = Promise.resolve();

  const transact: Store['transact'] = (work) => {
    outsideOnly();
    const run = queue.then(async () => {
      const working = structuredClone(committed);
      const tables: Tables = () => working;
      const committedCallbacks: (() => void)[] = [];
      let recorded = 0;
      const events = outbox(tables);
      const tx: StoreTx = {
        ...each(repositories(tables), copying),
        audit: copying(audit(tables)),
        outbox: {
          add(event) {
            recorded++;
            return events.add(structuredClone(event));
          },
        },
        afterCommit: (callback) => committedCallbacks.push(callback),
      };
      const result = await inTransaction.run(true, () => work(tx));
      committed = working;
      for (const callback of committedCallbacks) callback();
      if (recorded > 0) options.onEventsRecorded?.();
      return result;
    });
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    ...each(repositories(current), outside),
    audit: outside(audit(current)),
    compliance: outside(compliance(current)),
    outbox: outside(outbox(current)),
    signInAttempts: outside(signInAttempts(current)),
    segmentSubjects: outside(segmentSubjects(current)),
    transact,
    get tables() {
      return committed;
    },
  };
}
