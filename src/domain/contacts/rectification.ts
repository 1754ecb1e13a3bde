/**
 * Rectification (GDPR art. 16; seed 003 "rectificación"): a contact's fields corrected, each
 * change traced with its old value. Fields are named as in {@link fieldSchema}
 * (`custom.<name>` for custom fields; null clears one). An anonymised contact is final: it
 * takes no rectification.
 */
import type { Contact } from './contact.js';
import { fieldValue, parseField } from './contact.js';
import { contactError } from './errors.js';
import type { TraceEntry } from './trace.js';

/** The corrections asked for, with who asks and why. */
export interface Rectification {
  /** New values by field name; every value is validated before anything changes. */
  readonly changes: Readonly<Record<string, unknown>>;
  readonly at: number;
  readonly actorId: string | null;
  readonly reason: string | null;
}

/** The corrected contact and one trace line per field that really changed. */
export interface Rectified {
  readonly contact: Contact;
  readonly trace: readonly TraceEntry[];
}

function withField(contact: Contact, field: string, value: string | null): Contact {
  if (!field.startsWith('custom.')) return { ...contact, [field]: value } as Contact;
  const custom = { ...contact.custom };
  const name = field.slice('custom.'.length);
  if (value === null || value === '') delete custom[name];
  else custom[name] = value;
  return { ...contact, custom };
}

/**
 * Applies a rectification: all values are checked first (invalid_input at `changes.<field>`),
 * then each changed field is set and traced; values equal to the current ones leave no trace.
 */
export function rectify(contact: Contact, request: Rectification): Rectified {
  if (contact.state === 'anonymised') {
    throw contactError('contact_anonymised', { contactId: contact.id }, 'contact is anonymised');
  }
  const parsed = Object.entries(request.changes).map(
    ([field, value]) =>
      [field, parseField(contact.kind, field, value, `changes.${field}`)] as const,
  );
  let next = contact;
  const trace: TraceEntry[] = [];
  for (const [field, value] of parsed) {
    const oldValue = fieldValue(contact, field);
    if ((oldValue ?? '') === (value ?? '')) continue;
    next = withField(next, field, value);
    trace.push({
      contactId: contact.id,
      at: request.at,
      actorId: request.actorId,
      action: 'rectified',
      field,
      oldValue,
      newValue: value,
      reason: request.reason,
    });
  }
  return { contact: next, trace };
}
