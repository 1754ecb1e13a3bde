/**
 * Personalisation (seed 003, "Personalización de la Comunicación": salutation, name, the
 * signature of the person in charge, and "cualquier otro campo"). Templates use `{{ field }}`
 * placeholders and nothing else — no logic, helpers, partials or raw output — so an author
 * cannot write something that runs or that skips escaping. Fields:
 * `salutation`, `name`, `givenName`, `familyName`, `email`, `account.name`, `csm.name`,
 * `csm.signature`, `unsubscribeUrl`, and `contact.<field>` for any contact field
 * (`contact.custom.<name>` included).
 *
 * Rendering escapes every value in HTML (and turns line breaks into `<br>`), leaves text as is,
 * and folds line breaks in subjects to spaces (no header injection). A placeholder whose value is
 * missing or empty is an error naming the field, so it is caught before anything is sent.
 */
import { communicationError } from './errors.js';

/** Fields every template may use besides `contact.<field>`. */
export const personalisationFields = [
  'salutation',
  'name',
  'givenName',
  'familyName',
  'email',
  'account.name',
  'csm.name',
  'csm.signature',
  'unsubscribeUrl',
] as const;

const contactField = /^contact\.(custom\.)?[a-zA-Z][a-zA-Z0-9_]{0,39}$/;
const placeholder = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Where a template is used: it decides how values are written. */
export type TemplatePart = 'subject' | 'html' | 'text';

/** A parsed template: literal text and field references, in order. */
export interface Template {
  readonly part: TemplatePart;
  readonly pieces: readonly (string | { readonly field: string })[];
  /** The distinct fields used. */
  readonly fields: readonly string[];
}

/** The 1-based line and column of `offset` in `source`. */
function position(source: string, offset: number): { line: number; column: number } {
  const before = source.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/** Whether a field name is one templates may use. */
export function isKnownField(field: string): boolean {
  return (personalisationFields as readonly string[]).includes(field) || contactField.test(field);
}

/**
 * Parses a template, failing with `template_syntax` (a stray `{{` or `}}`) or `unknown_field`,
 * with the line and column, at path `where`.
 */
export function parseTemplate(source: string, part: TemplatePart, where: string): Template {
  const pieces: (string | { field: string })[] = [];
  const literals: { text: string; offset: number }[] = [];
  let last = 0;
  for (const match of source.matchAll(placeholder)) {
    const field = match[1] ?? '';
    if (!isKnownField(field)) {
      const at = position(source, match.index);
      throw communicationError(
        'unknown_field',
        { field, ...at },
        `unknown field "${field}"`,
        where,
      );
    }
    literals.push({ text: source.slice(last, match.index), offset: last });
    pieces.push(source.slice(last, match.index), { field });
    last = match.index + match[0].length;
  }
  literals.push({ text: source.slice(last), offset: last });
  pieces.push(source.slice(last));
  for (const literal of literals) {
    const stray = /\{\{|\}\}/.exec(literal.text);
    if (stray === null) continue;
    const at = position(source, literal.offset + stray.index);
    throw communicationError('template_syntax', at, 'unbalanced {{ or }}', where);
  }
  const fields = [...new Set(pieces.flatMap((p) => (typeof p === 'string' ? [] : [p.field])))];
  return { part, pieces: pieces.filter((p) => p !== ''), fields };
}

/** The values of one recipient's fields (absent or empty: missing). */
export type FieldValues = Readonly<Record<string, string | null | undefined>>;

const htmlEscapes: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function write(value: string, part: TemplatePart): string {
  if (part === 'text') return value;
  if (part === 'subject') return value.replace(/[\r\n]+/g, ' ');
  return value.replace(/[&<>"']/g, (char) => htmlEscapes[char] ?? char).replace(/\r?\n/g, '<br>');
}

/** The fields of `template` that `values` lacks (missing or empty). */
export function missingFields(template: Template, values: FieldValues): string[] {
  return template.fields.filter((field) => {
    const value = values[field];
    return value === undefined || value === null || value.trim() === '';
  });
}

/** Renders a template for one recipient; a missing field fails with `missing_field`. */
export function renderTemplate(template: Template, values: FieldValues, where: string): string {
  const [missing] = missingFields(template, values);
  if (missing !== undefined) {
    throw communicationError('missing_field', { field: missing }, `no value for ${missing}`, where);
  }
  return template.pieces
    .map((piece) =>
      typeof piece === 'string' ? piece : write(values[piece.field] ?? '', template.part),
    )
    .join('');
}
