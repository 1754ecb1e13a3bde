import {
  planCeremonies,
  requiredInputChecklist,
  sprintNumbered,
} from '../../domain/agency/index.js';
import { DomainError, invalidInput } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import { isProviderRole } from '../../domain/identity/roles.js';
import { addMonths, type LocalDate } from '../../domain/time/index.js';
import { authorOf, type Origin, recordChange } from '../shared/index.js';
import { agencyContract, sprintPlanOf } from './account.js';
import { inviteesOf, queueInvitations } from './invite.js';
import type { AccountPerson, AgencyAccount, AgencyDeps } from './ports.js';

/** How far ahead the ceremonies are scheduled when an account is set up. */
export const ceremonyHorizonMonths = 6;

/** The agile set-up as the account manager gives it. */
export interface AgencySetUp {
  readonly operationStart: LocalDate;
  readonly sprintBusinessDays: number;
  readonly preferredTime: string;
  readonly paidMedia: boolean;
  readonly people: readonly AccountPerson[];
}

/** Checks each person is a user of the right side: provider staff, or the contract's client. */
async function checkPeople(
  users: AgencyDeps['users'],
  clientId: string,
  people: readonly AccountPerson[],
): Promise<void> {
  const seen = new Set<string>();
  for (const [i, person] of people.entries()) {
    const path = `people[${i}].personId`;
    if (seen.has(person.personId)) throw invalidInput(path, 'listed twice');
    seen.add(person.personId);
    const user = await users.findById(person.personId);
    const fits =
      user?.active &&
      (person.side === 'agency' ? isProviderRole(user.role) : user.organisationId === clientId);
    if (!fits) throw invalidInput(path, `not an active user of the ${person.side} side`);
  }
}

/**
 * Puts a contract on the agile plan of seed 004 (account manager): its operation start, sprint
 * length, people and required inputs; schedules moment zero, the sprints' refinements and
 * reviews, the monthly and quarterly meetings for the next six months on the contract's
 * calendar, and mails each attendee an invitation per ceremony. Run again, it replaces the
 * people and the paid-media option; the schedule stays.
 */
export async function setUpAgency(
  options: Pick<
    AgencyDeps,
    'clock' | 'ids' | 'contracts' | 'calendars' | 'users' | 'mailer' | 'transact'
  > & {
    actor: Actor;
    origin: Origin;
    contractId: string;
    setUp: AgencySetUp;
  },
): Promise<AgencyAccount> {
  const { setUp } = options;
  const contract = await agencyContract({ ...options, action: 'agency.manage' });
  const { calendar, record } = contract;
  if (setUp.operationStart < record.contract.start) {
    throw invalidInput(
      'operationStart',
      `must be on or after the contract start ${record.contract.start}`,
    );
  }
  await checkPeople(options.users, record.contract.clientId, setUp.people);
  const invitees = await inviteesOf(options.users, setUp.people);
  const at = options.clock.now();
  return options.transact(async (tx) => {
    const existing = await tx.agency.lockAccount(options.contractId);
    const scheduleFields = ['operationStart', 'sprintBusinessDays', 'preferredTime'] as const;
    const changed = scheduleFields.find((field) => existing && existing[field] !== setUp[field]);
    if (changed !== undefined) {
      throw new DomainError(
        'conflict',
        'the schedule of a set-up account does not change',
        changed,
      );
    }
    // A line kept from before keeps its history (missing since, suspensions).
    const checklist = requiredInputChecklist(setUp.paidMedia).map(
      (line) => existing?.checklist.find((kept) => kept.key === line.key) ?? line,
    );
    const account: AgencyAccount = { contractId: options.contractId, ...setUp, checklist };
    sprintNumbered(calendar, sprintPlanOf(account), 1);
    const ceremonies =
      existing === undefined
        ? planCeremonies(calendar, {
            people: setUp.people,
            preferredTime: setUp.preferredTime,
            operationStart: setUp.operationStart,
            sprintPlan: sprintPlanOf(account),
            until: addMonths(setUp.operationStart, ceremonyHorizonMonths),
          })
        : [];
    await tx.agency.saveAccount(account, authorOf(options.actor), at);
    await tx.agency.saveCeremonies(options.contractId, ceremonies);
    await queueInvitations(options, tx, {
      contract,
      ceremonies,
      method: 'request',
      invitees,
      now: at.getTime(),
    });
    await recordChange(tx, {
      ...options,
      at,
      resourceType: 'agency_accounts',
      resourceId: options.contractId,
    });
    return account;
  });
}
