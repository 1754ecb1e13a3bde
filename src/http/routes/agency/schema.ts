/** The agency API's request and response schemas (instants are ISO 8601, as everywhere). */
import { z } from 'zod';
import {
  attentionCauses,
  ceremonyKinds,
  impasseRules,
  inputKeys,
} from '../../../domain/agency/index.js';
import { localDateSchema } from '../../../domain/time/index.js';
import { instant, jsonObject, localDate } from '../common/schema.js';

const id = z.string().min(1).max(200);
const text = (max: number) => z.string().trim().min(1).max(max);
/** An instant as a request gives it: ISO 8601 with an offset or `Z`. */
const instantInput = z.iso.datetime({ offset: true });
const uuid = z.uuid();

/** Path of the contract-scoped routes. */
export const contractParams = z.object({ contractId: id });
/** Path of routes on one activity. */
export const activityParams = contractParams.extend({ activityId: id });
/** Path of routes on one deliverable. */
export const deliverableParams = contractParams.extend({ deliverableId: id });
/** Path of the input routes. */
export const inputParams = contractParams.extend({ key: z.enum(inputKeys) });
/** The board's month (`YYYY-MM`, this month by default). */
export const boardQuery = z.object({
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month like 2026-03')
    .optional(),
});
/** The feed's path and language. */
export const feedParams = z.object({ token: z.string().min(1).max(200) });
/** Issuing a contract's feed URL: `replace=true` revokes every earlier one at once (rotation). */
export const feedIssueQuery = z.object({
  replace: z.enum(['true', 'false']).optional().describe('revoke every earlier URL of the feed'),
});
/** The feed's language (Spanish by default). */
export const feedQuery = z.object({ locale: z.enum(['es', 'en']).optional() });

/** Body of putting a contract on the agile plan. */
export const setUpBody = z.object({
  operationStart: localDateSchema,
  sprintBusinessDays: z.number().int().min(1).max(60).default(10),
  preferredTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time like 09:00')
    .default('09:00'),
  paidMedia: z.boolean().default(false),
  people: z
    .array(
      z.object({
        personId: uuid,
        side: z.enum(['agency', 'client']),
        role: z.enum(['sponsor', 'decision_maker', 'strategist', 'member']),
        availabilityPercent: z.number().int().min(0).max(100).default(100),
      }),
    )
    .max(100),
});

/** Body of suggesting an activity. */
export const activityBody = z.object({ title: text(300) });

/** Body of the agency's intake decision. */
export const decisionBody = z.object({
  choice: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('backlog') }),
    z.object({ kind: z.literal('sprint'), sprintNumber: z.number().int().min(1).max(10_000) }),
    z.object({
      kind: z.literal('out_of_scope'),
      reason: text(2000),
      estimatedMinutes: z.number().int().min(1).max(600_000),
    }),
    z.object({ kind: z.literal('off_focus'), reason: text(2000) }),
  ]),
});

/** Body of planning a deliverable. */
export const deliverableBody = z.object({
  title: text(300),
  sprintNumber: z.number().int().min(1).max(10_000),
  ownerId: uuid,
  due: instantInput,
  dependsOn: z.array(id).max(50).default([]),
  needsInputs: z.array(z.enum(inputKeys)).max(inputKeys.length).default([]),
});

/** Body of the client's answer to a delivery. */
export const answerBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('approved') }),
  z.object({
    kind: z.literal('changes'),
    redo: z.boolean().default(false),
    items: z
      .array(z.object({ id: text(100), text: text(2000), followsUp: text(100).optional() }))
      .min(1)
      .max(100),
    agreement: z
      .object({
        agencyPersonId: uuid,
        clientPersonId: uuid,
        agreedAt: instantInput,
        clientProvides: z.array(text(500)).min(1).max(20),
      })
      .optional(),
    correctionDue: instantInput.optional(),
  }),
]);

/** Body of marking an input missing or provided. */
export const inputBody = z.object({ missing: z.boolean() });

/** Body of a fact a person records: a call of attention from the agency, or a complaint. */
export const factBody = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('call_of_attention'),
    cause: z.enum(attentionCauses),
    note: text(2000),
  }),
  z.object({ kind: z.literal('client_complaint'), note: text(2000) }),
]);

/** Body of declaring an impasse. */
export const impasseBody = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month like 2026-03'),
  statement: text(5000),
  commitments: z
    .array(
      z.object({
        description: text(2000),
        ownerId: uuid,
        side: z.enum(['agency', 'client']),
        due: localDateSchema,
      }),
    )
    .min(1)
    .max(50),
});

/** Body of moving a ceremony by agreement. */
export const moveBody = z.object({ key: text(200), start: instantInput, reason: text(2000) });

/** Body of cancelling a ceremony, saying why. */
export const cancelBody = z.object({ key: text(200), reason: text(2000) });

/** Body of the minutes of a ceremony: summary, decisions, who attended. */
export const minutesBody = z.object({
  key: text(200),
  summary: text(10_000),
  decisions: z.array(text(2000)).max(50).default([]),
  attended: z.array(uuid).max(100),
});

/** A ceremony as the API shows it. */
export const ceremonyView = z
  .object({
    key: z.string(),
    kind: z.enum(ceremonyKinds),
    start: instant,
    end: instant,
    status: z.enum(['scheduled', 'held', 'cancelled']),
    sequence: z.number().int(),
    attendees: z.array(jsonObject),
    moves: z.array(jsonObject),
    minutes: z
      .object({
        recordedBy: z.string(),
        recordedAt: instant,
        summary: z.string(),
        decisions: z.array(z.string()),
        attended: z.array(z.string()),
        absentRequired: z.array(z.string()),
      })
      .nullable(),
    cancellation: z.object({ cancelledBy: z.string(), reason: z.string(), at: instant }).nullable(),
  })
  .meta({ id: 'AgencyCeremony' });

/** An activity of the intake. */
export const activityView = z
  .object({
    id: z.string(),
    title: z.string(),
    suggestedBy: z.string(),
    suggestedAt: instant,
    channelledBy: z.string().nullable(),
    decision: z
      .object({
        choice: z.object({
          kind: z.enum(['backlog', 'sprint', 'out_of_scope', 'off_focus']),
          sprintNumber: z.number().int().optional(),
          reason: z.string().optional(),
          estimatedMinutes: z.number().int().optional(),
        }),
        decidedBy: z.string(),
        at: instant,
      })
      .nullable(),
  })
  .meta({ id: 'AgencyActivity' });

/** A deliverable with its history; nested instants are ISO too. */
export const deliverableView = z
  .object({
    id: z.string(),
    title: z.string(),
    sprintNumber: z.number().int(),
    ownerId: z.string(),
    due: instant,
    dependsOn: z.array(z.string()),
    needsInputs: z.array(z.enum(inputKeys)),
    state: z.enum(['planned', 'in_progress', 'delivered', 'changes_requested', 'approved']),
    round: z.number().int(),
    deliveries: z.array(jsonObject),
    rounds: z.array(jsonObject),
    shifts: z.array(jsonObject),
    approval: z
      .object({
        state: z.enum(['running', 'answered_in_time', 'answered_late', 'overdue']),
        due: instant,
        usedSeconds: z.number().int(),
        lateSeconds: z.number().int(),
        steps: z.array(jsonObject),
      })
      .nullable(),
  })
  .meta({ id: 'AgencyDeliverable' });

/** A required input line. */
export const inputView = z.object({
  key: z.enum(inputKeys),
  missingSince: instant.nullable(),
  suspensions: z.array(z.object({ since: instant, until: instant.nullable() })),
});

/** A recorded fact. */
export const factView = z.object({
  id: z.string(),
  kind: z.string(),
  at: instant,
  recordedBy: z.string().nullable(),
  detail: jsonObject,
});

/** A declared impasse. */
export const impasseView = z
  .object({
    id: z.string(),
    declaredBy: z.string(),
    side: z.enum(['agency', 'client']),
    declaredAt: instant,
    statement: z.string(),
    grounds: z.array(jsonObject),
    commitments: z.array(jsonObject),
    followUps: z.array(ceremonyView),
  })
  .meta({ id: 'AgencyImpasse' });

/** A contract's agile set-up. */
export const accountView = z
  .object({
    contractId: z.string(),
    operationStart: localDate,
    sprintBusinessDays: z.number().int(),
    preferredTime: z.string(),
    paidMedia: z.boolean(),
    people: z.array(jsonObject),
    inputs: z.array(inputView),
  })
  .meta({ id: 'AgencyAccount' });

const sprintView = z.object({
  number: z.number().int(),
  startDate: localDate,
  endDate: localDate,
  businessDays: z.array(localDate),
  closedDays: z.array(localDate),
});

/** The agency board. */
export const boardView = z
  .object({
    account: accountView,
    timeZone: z.string(),
    today: localDate,
    decisionMaker: jsonObject,
    currentSprint: sprintView.nullable(),
    nextSprint: sprintView,
    ceremonies: z.array(ceremonyView),
    activities: z.array(activityView),
    deliverables: z.array(deliverableView),
    facts: z.array(factView),
    rounds: jsonObject,
    evaluation: z.object({
      month: z.string(),
      possibleImpasse: z.boolean(),
      triggers: z.array(
        z.object({ rule: z.enum(impasseRules), params: jsonObject, factCount: z.number().int() }),
      ),
    }),
    impasses: z.array(impasseView),
    renegotiation: jsonObject.nullable(),
  })
  .meta({ id: 'AgencyBoard' });

/** A new feed token: its secret (shown once) and the feed's path. */
export const feedTokenView = z.object({ id: z.string(), token: z.string(), path: z.string() });
