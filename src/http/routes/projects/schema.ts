/** The projects API's request and response schemas. */
import { z } from 'zod';
import { phaseKeys, raciRoles, scrumRoles, workAreas } from '../../../domain/projects/index.js';
import { localDateSchema } from '../../../domain/time/index.js';
import { localDate, moneyView } from '../common/schema.js';

const id = z.string().min(1).max(200);
const text = (max: number) => z.string().trim().min(1).max(max);

/** Path of the contract's project routes. */
export const contractParams = z.object({ contractId: id });
/** Path of routes on one project. */
export const projectParams = contractParams.extend({ projectId: id });
/** Path of a story. */
export const storyParams = projectParams.extend({ storyId: id });
/** Path of a phase's actual dates. */
export const phaseParams = projectParams.extend({ phase: z.enum(phaseKeys) });
/** The language of an export (Spanish by default). */
export const exportQuery = z.object({ locale: z.enum(['es', 'en']).optional() });

/** Body of planning the roadmap: its first day and each phase's length in the template's unit. */
export const roadmapBody = z.strictObject({
  startOn: localDateSchema,
  lengths: z.partialRecord(z.enum(phaseKeys), z.number().int()).default({}),
});

/** Body of a phase's actual dates (null until they happen). */
export const actualsBody = z.strictObject({
  start: localDateSchema.nullable(),
  end: localDateSchema.nullable(),
});

const member = z.strictObject({
  id,
  name: text(200),
  side: z.enum(['provider', 'client']),
  userId: z.uuid().nullable().default(null),
  roles: z
    .array(z.enum([...scrumRoles, ...workAreas]))
    .min(1)
    .max(8),
  dedicationPercent: z.number().int().nullable().default(null),
});

/** Body of the team: its scheme, members and product owner. */
export const teamBody = z.strictObject({
  scheme: z.enum(['scrum', 'areas']),
  members: z.array(member).max(100),
  productOwnerId: id.nullable().default(null),
});

const raciItem = z.strictObject({
  id,
  name: text(300),
  kind: z.enum(['task', 'deliverable']),
  phase: z.enum(phaseKeys).nullable().default(null),
  assignments: z.array(z.strictObject({ memberId: id, role: z.enum(raciRoles) })).max(100),
});

/** Body of the RACI matrix: its tasks and deliverables with their letters. */
export const raciBody = z.strictObject({ items: z.array(raciItem).max(500) });

/** Body of a user story. */
export const storyBody = z.strictObject({
  title: text(300),
  narrative: z
    .strictObject({
      asA: text(300),
      iWant: text(2000),
      soThat: text(2000).nullable().default(null),
    })
    .nullable()
    .default(null),
  difficulty: z.number().int().nullable().default(null),
  benefit: z.number().int().nullable().default(null),
  effortMinutes: z.number().int().nullable().default(null),
  dependsOn: z.array(id).max(200).default([]),
});

/** Body of the product owner's order: every story id once. */
export const orderBody = z.strictObject({ order: z.array(id).max(1000) });

/** Body of logging time on the project. */
export const workBody = z.strictObject({
  on: localDateSchema,
  minutes: z.number().int(),
});

/** Body of funding the rest of the budget: idle hours first, then a growth or prepaid hours. */
export const fundingBody = z.strictObject({
  useIdle: z.boolean().default(true),
  forecastMinutes: z.number().int().min(0).max(100_000).default(0),
  topUp: z
    .discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('temporary_growth'),
        from: localDateSchema,
        months: z.union([z.literal(1), z.literal(2)]),
      }),
      z.strictObject({ kind: z.literal('prepaid_hours') }),
      z.strictObject({ kind: z.literal('none') }),
    ])
    .default({ kind: 'none' }),
});

const fundingSourceView = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('idle_hours'),
    on: localDate,
    expiresOn: localDate,
    fundedMinutes: z.number(),
    usedMinutes: z.number(),
  }),
  z.object({
    kind: z.literal('temporary_growth'),
    on: localDate,
    from: localDate,
    months: z.number(),
    minutesPerMonth: z.number(),
    pricePerMonth: moneyView,
    fundedMinutes: z.number(),
    usedMinutes: z.number(),
  }),
  z.object({
    kind: z.literal('prepaid_hours'),
    on: localDate,
    price: moneyView,
    fundedMinutes: z.number(),
    usedMinutes: z.number(),
  }),
]);

const storyView = z.object({
  id: z.string(),
  title: z.string(),
  narrative: z
    .object({ asA: z.string(), iWant: z.string(), soThat: z.string().nullable() })
    .nullable(),
  difficulty: z.number().nullable(),
  benefit: z.number().nullable(),
  effortMinutes: z.number().nullable(),
  dependsOn: z.array(z.string()),
  origin: z.object({
    kind: z.enum(['manual', 'sample', 'quote_line']),
    quoteId: z.string().optional(),
    version: z.number().optional(),
    line: z.number().optional(),
  }),
});

const budgetView = z.object({
  minutes: z.number(),
  amount: moneyView,
  usedMinutes: z.number(),
  remainingMinutes: z.number(),
});

/** A project in a list. */
export const projectSummaryView = z.object({
  id: z.string(),
  name: z.string(),
  quoteId: z.string().nullable(),
  budget: budgetView,
});

/** A contract's projects. */
export const projectListView = z.object({ items: z.array(projectSummaryView) });

/** A project as its page shows it. */
export const projectView = projectSummaryView
  .extend({
    today: localDate,
    team: z.object({
      scheme: z.enum(['scrum', 'areas']),
      members: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          side: z.enum(['provider', 'client']),
          userId: z.string().nullable(),
          roles: z.array(z.string()),
          dedicationPercent: z.number().nullable(),
        }),
      ),
      productOwnerId: z.string().nullable(),
    }),
    phases: z.array(
      z.object({
        key: z.enum(phaseKeys),
        unit: z.enum(['week', 'month']),
        length: z.number(),
        start: localDate,
        end: localDate,
        businessDays: z.number(),
        expectedResults: z.array(z.string()),
        actualStart: localDate.nullable(),
        actualEnd: localDate.nullable(),
        state: z.enum(['not_started', 'in_progress', 'done']),
        startDelay: z.number().nullable(),
        endDelay: z.number().nullable(),
        late: z.boolean(),
      }),
    ),
    milestones: z.array(
      z.object({
        id: z.string(),
        phase: z.enum(phaseKeys),
        title: z.string().nullable(),
        dueOn: localDate,
        reachedOn: localDate.nullable(),
        delay: z.number().nullable(),
        late: z.boolean(),
      }),
    ),
    raci: z.object({
      items: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          kind: z.enum(['task', 'deliverable']),
          phase: z.enum(phaseKeys).nullable(),
          assignments: z.array(z.object({ memberId: z.string(), role: z.enum(raciRoles) })),
        }),
      ),
      members: z.array(z.object({ id: z.string(), name: z.string(), side: z.string() })),
      rows: z.array(
        z.object({
          itemId: z.string(),
          name: z.string(),
          kind: z.enum(['task', 'deliverable']),
          phase: z.enum(phaseKeys).nullable(),
          cells: z.array(z.string()),
        }),
      ),
    }),
    backlog: z.array(
      z.object({
        position: z.number(),
        suggestedPosition: z.number(),
        story: storyView,
        blockedBy: z.array(z.string()),
      }),
    ),
    suggestedOrder: z.array(z.string()),
    funding: z.object({
      sources: z.array(fundingSourceView),
      fundedMinutes: z.number(),
      unfundedMinutes: z.number(),
      unfundedUsedMinutes: z.number(),
    }),
  })
  .meta({ id: 'Project' });

/** A project-work entry as the ledger recorded it. */
export const workView = z.object({
  entryId: z.string(),
  on: localDate,
  minutes: z.number(),
  kind: z.string(),
});
