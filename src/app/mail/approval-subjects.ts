/**
 * What can be decided by mail, behind one interface: each subject kind says how its summary is
 * read and how a decision is applied through its own module's use-case (so the role and reach
 * are checked again there). Versioned subjects (a quote's version, a deliverable's delivery) are
 * stored as `<id>:<n>`, so each version or delivery is asked about on its own.
 */
import type { Actor } from '../../domain/identity/policy.js';
import type { ApprovalSubjectKind } from '../../domain/mail/approval-request.js';
import type { ApprovalRefusal } from '../../domain/mail/fate.js';
import type { Origin } from '../shared/index.js';
import type { ApprovalChoice, ApprovalRecord, ApprovalSummary } from './approval-ports.js';
import type { MailDeps } from './ports.js';

/** The request's subject as the deciders read it. */
export type ApprovalSubjectRef = Pick<ApprovalRecord, 'subjectKind' | 'subjectId' | 'contractId'>;

/** One kind of subject decided by mail. */
export interface ApprovalSubject {
  /** What the request asks about, read from the subject now (null when it is gone). */
  summary(options: MailDeps, request: ApprovalSubjectRef): Promise<ApprovalSummary | null>;
  /** Applies the decision as `actor` through the subject's use-case, inside `transact`. */
  decide(
    options: MailDeps,
    input: { actor: Actor; origin: Origin; request: ApprovalRecord; choice: ApprovalChoice },
    transact: MailDeps['transact'],
  ): Promise<void>;
}

/** A subject refuses a decision it cannot take as given: nothing changes, the sender is told why. */
export class ApprovalRefused extends Error {
  override readonly name = 'ApprovalRefused';
  constructor(readonly reason: ApprovalRefusal) {
    super(reason);
  }
}

/** The subject id of one version (or delivery) `n` of the thing with `id`. */
export function versionedSubjectId(id: string, n: number): string {
  return `${id}:${n}`;
}

/** The thing's id and the version (or delivery) number of a versioned subject id. */
export function splitSubjectId(subjectId: string): { id: string; n: number } {
  const at = subjectId.lastIndexOf(':');
  return { id: subjectId.slice(0, at), n: Number(subjectId.slice(at + 1)) };
}

/** The name of the request's contract, or null when it is gone. */
export async function contractName(
  options: MailDeps,
  request: ApprovalSubjectRef,
): Promise<string | null> {
  if (request.contractId === null) return null;
  return (await options.desk.contracts.find(request.contractId))?.name ?? null;
}

/** The request's subject kinds mapped to their deciders (subjects.ts registers them). */
export type ApprovalSubjects = Record<ApprovalSubjectKind, ApprovalSubject>;
