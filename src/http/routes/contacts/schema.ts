/** The contacts API's request and response schemas. */
import { z } from 'zod';
import { contactKinds, contactLanguages, traceActions } from '../../../domain/contacts/index.js';
import { meetingKinds } from '../../../domain/customer-success/index.js';
import { instant } from '../common/schema.js';

const uuid = z.string().regex(/^[0-9a-f-]{36}$/i, 'expected an id');

/** A contact as the API shows it. */
export const contactView = z
  .object({
    id: z.string(),
    kind: z.enum(contactKinds),
    organisationId: z.string().nullable(),
    displayName: z.string(),
    givenName: z.string().nullable(),
    familyName: z.string().nullable(),
    name: z.string().nullable(),
    salutation: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    language: z.enum(contactLanguages),
    country: z.string().nullable(),
    jobTitle: z.string().nullable(),
    companyId: z.string().nullable(),
    userId: z.string().nullable().describe('the sign-in user this person is, if any'),
    taxId: z.string().nullable(),
    website: z.string().nullable(),
    custom: z.record(z.string(), z.string()),
    state: z.enum(['active', 'anonymised']),
    pseudonym: z.string().nullable(),
  })
  .meta({ id: 'Contact' });

/** One line of a contact's history. */
export const traceView = z
  .object({
    at: instant,
    actorId: z.string().nullable(),
    action: z.enum(traceActions),
    field: z.string().nullable(),
    oldValue: z.string().nullable(),
    newValue: z.string().nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'ContactTraceEntry' });

/** The 360° view of a contact. */
export const contactDetailView = z
  .object({
    contact: contactView,
    company: contactView.nullable(),
    tickets: z.array(
      z.object({
        id: z.string(),
        number: z.string(),
        subject: z.string(),
        status: z.string(),
        slaState: z.string().nullable(),
        openedAt: instant,
      }),
    ),
    messages: z.array(z.object({ ticketId: z.string(), at: instant, body: z.string() })),
    approvals: z.array(z.object({ contractId: z.string(), onDate: z.string(), type: z.string() })),
    meetings: z.array(
      z.object({
        meetingId: z.string(),
        contractId: z.string(),
        kind: z.enum(meetingKinds),
        start: instant,
        status: z.enum(['scheduled', 'held', 'cancelled']),
      }),
    ),
    trace: z.array(traceView),
  })
  .meta({ id: 'ContactDetail' });

/** Everything held about a contact (GDPR access export). */
export const contactExportView = z
  .object({
    contact: contactView,
    exportedAt: instant,
    tables: z.array(
      z.object({ table: z.string(), rows: z.array(z.record(z.string(), z.unknown())) }),
    ),
    trace: z.array(traceView),
  })
  .meta({ id: 'ContactExport' });

/** Query of the contact list. */
export const contactListQuery = z.object({
  q: z.string().max(200).optional(),
  organisationId: uuid.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

const fields = z
  .record(z.string().max(60), z.union([z.string().max(1000), z.null()]))
  .refine((record) => Object.keys(record).length <= 60, 'at most 60 fields');

/** Body of adding a contact: its kind, account and fields by name (`custom.<name>` included). */
export const contactBody = z.object({
  kind: z.enum(contactKinds),
  organisationId: uuid.nullable().default(null),
  fields,
});

/** Body of a rectification: the corrected fields, and why. */
export const rectificationBody = z.object({
  changes: fields.refine((record) => Object.keys(record).length > 0, 'nothing to correct'),
  reason: z.string().trim().max(500).nullable().default(null),
});

/** Body of an anonymisation: a confirmation, since it cannot be undone. */
export const anonymisationBody = z.object({ confirm: z.literal(true) });

/** An organisation's retention rule. */
export const retentionRuleView = z
  .object({
    organisationId: z.string(),
    anonymiseAfterMonths: z.number().int(),
    timeZone: z.string(),
  })
  .meta({ id: 'RetentionRule' });

/** Body of setting a retention rule (null removes it). */
export const retentionRuleBody = z.object({
  rule: z
    .object({
      anonymiseAfterMonths: z.number().int().min(1).max(120),
      timeZone: z.string().min(1).max(100),
    })
    .nullable(),
});

/** A legal hold on a contact or on a contract's tickets, in force until lifted. */
export const legalHoldView = z
  .object({
    id: z.string(),
    contactId: z.string().nullable(),
    contractId: z.string().nullable(),
    reason: z.string(),
    placedBy: z.string().nullable(),
    placedAt: instant,
    lifted: z
      .object({ by: z.string().nullable(), at: instant, reason: z.string() })
      .nullable()
      .describe('null while the hold is in force'),
  })
  .meta({ id: 'LegalHold' });

/** A hold in the list: with the held contact's name (its pseudonym once anonymised). */
export const listedLegalHoldView = legalHoldView
  .extend({ contactName: z.string().nullable().describe('null for a hold on a contract') })
  .meta({ id: 'ListedLegalHold' });

/** Body of placing a legal hold: exactly one of a contact or a contract, and the reason. */
export const legalHoldBody = z
  .strictObject({
    contactId: z.uuid().optional(),
    contractId: z.uuid().optional(),
    reason: z.string().trim().min(1).max(1000),
  })
  .refine((body) => (body.contactId === undefined) !== (body.contractId === undefined), {
    message: 'give exactly one of contactId and contractId',
    path: ['contactId'],
  });

/** Body of lifting a legal hold: the reason. */
export const liftHoldBody = z.strictObject({ reason: z.string().trim().min(1).max(1000) });
