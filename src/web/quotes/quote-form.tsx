/**
 * The form of a quote version: title, lines, validity date and terms; for a new quote also where
 * it comes from (a ticket, with why it must be quoted, or nothing). It drafts, edits a draft or
 * revises a sent quote, whichever `save` does.
 */
import { useState } from 'react';
import type { ApiError } from '../api/client.js';
import type { Money, Quote, QuoteDraft, QuoteOrigin } from '../api/quotes.js';
import { useI18n } from '../i18n.js';
import { CreateForm } from '../ui/create-panel.js';
import { SelectField, TextField } from '../ui/field.js';
import { type DraftForm, draftOf } from './draft.js';
import { LinesEditor, TermsField } from './lines-editor.js';

/** Where a new quote comes from, as its form holds it. */
function OriginFields(props: {
  origin: QuoteOrigin;
  error: ApiError | null;
  onChange(origin: QuoteOrigin): void;
}) {
  const { t } = useI18n();
  const { origin } = props;
  return (
    <>
      <SelectField
        path="origin.kind"
        label={t('quotes.origin')}
        error={props.error}
        value={origin.kind}
        onChange={(kind) =>
          props.onChange(
            kind === 'ticket'
              ? { kind: 'ticket', ticketId: '', reason: 'out_of_scope' }
              : { kind: 'standalone' },
          )
        }
        choices={[
          { value: 'standalone', label: t('quotes.origin.standalone') },
          { value: 'ticket', label: t('quotes.origin.ticket') },
        ]}
      />
      {origin.kind === 'ticket' && (
        <>
          <TextField
            path="origin.ticketId"
            label={t('quotes.origin.ticketId')}
            error={props.error}
            value={origin.ticketId}
            onChange={(ticketId) => props.onChange({ ...origin, ticketId })}
          />
          <SelectField
            path="origin.reason"
            label={t('quotes.origin.reason')}
            error={props.error}
            value={origin.reason}
            onChange={(reason) =>
              props.onChange({
                ...origin,
                reason: reason === 'over_maximum' ? 'over_maximum' : 'out_of_scope',
              })
            }
            choices={[
              { value: 'out_of_scope', label: t('quotes.reason.out_of_scope') },
              { value: 'over_maximum', label: t('quotes.reason.over_maximum') },
            ]}
          />
        </>
      )}
    </>
  );
}

/** The form; `origin` only for a new quote, `save` sends the content (and the origin). */
export function QuoteForm(props: {
  title: string;
  initial: DraftForm;
  origin?: QuoteOrigin;
  currency: string;
  rate: Money | null;
  submit: { idle: string; busy: string };
  save(content: QuoteDraft, origin: QuoteOrigin | undefined): Promise<Quote>;
  onSaved(quote: Quote): void;
  onCancel(): void;
}) {
  const { t, locale } = useI18n();
  const [form, setForm] = useState(props.initial);
  const [origin, setOrigin] = useState(props.origin);
  const set = (change: Partial<DraftForm>) => setForm((now) => ({ ...now, ...change }));
  return (
    <CreateForm
      id="quote-form"
      title={props.title}
      submit={props.submit}
      create={() => props.save(draftOf(locale, form, props.currency), origin)}
      onCreated={props.onSaved}
      onCancel={props.onCancel}
    >
      {(error) => (
        <>
          {origin && <OriginFields origin={origin} error={error} onChange={setOrigin} />}
          <TextField
            path="content.title"
            label={t('quotes.title')}
            error={error}
            value={form.title}
            onChange={(title) => set({ title })}
          />
          <LinesEditor
            lines={form.lines}
            currency={props.currency}
            rate={props.rate}
            error={error}
            onChange={(lines) => set({ lines })}
          />
          <TextField
            path="content.validUntil"
            type="date"
            label={t('quotes.validUntil')}
            error={error}
            value={form.validUntil}
            onChange={(validUntil) => set({ validUntil })}
          />
          <TermsField value={form.terms} error={error} onChange={(terms) => set({ terms })} />
        </>
      )}
    </CreateForm>
  );
}
