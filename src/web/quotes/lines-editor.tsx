/**
 * The lines of a quote being written: each either estimated hours × an hourly rate or a fixed
 * amount, with its exact amount beside it and the quote's total below, in the contract's currency.
 */
import { currencies, isCurrencyCode } from '../../domain/money.js';
import type { ApiError } from '../api/client.js';
import type { Money } from '../api/quotes.js';
import { formatMoney, hours } from '../format.js';
import { useI18n } from '../i18n.js';
import { Field, SelectField, TextField } from '../ui/field.js';
import { draftOf, emptyLine, type LineForm, totalsOf } from './draft.js';

/** The editable lines; `onChange` gets the whole new list. */
export function LinesEditor(props: {
  lines: LineForm[];
  currency: string;
  rate: Money | null;
  error: ApiError | null;
  onChange(lines: LineForm[]): void;
}) {
  const { t, locale } = useI18n();
  const { lines, currency, error } = props;
  const unit = isCurrencyCode(currency) ? currencies[currency].label : currency;
  const set = (index: number, change: Partial<LineForm>) =>
    props.onChange(lines.map((line, i) => (i === index ? { ...line, ...change } : line)));
  const totals = totalsOf(
    draftOf(locale, { title: '', validUntil: '', terms: '', lines }, currency),
    currency,
  );
  return (
    <fieldset className="quote-lines">
      <legend>{t('quotes.lines')}</legend>
      {lines.map((line, index) => {
        const path = `content.lines[${index}]`;
        const one = totalsOf(
          draftOf(locale, { title: '', validUntil: '', terms: '', lines: [line] }, currency),
          currency,
        );
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines are edited in place; their place is their identity
          <div className="quote-line" key={index} data-line={index}>
            <SelectField
              path={`${path}.kind`}
              label={t('quotes.line.kind', { number: index + 1 })}
              error={error}
              value={line.kind}
              onChange={(kind) => set(index, { kind: kind === 'fixed' ? 'fixed' : 'hours' })}
              choices={[
                { value: 'hours', label: t('quotes.kind.hours') },
                { value: 'fixed', label: t('quotes.kind.fixed') },
              ]}
            />
            <TextField
              path={`${path}.description`}
              label={t('quotes.line.description', { number: index + 1 })}
              error={error}
              value={line.description}
              onChange={(description) => set(index, { description })}
            />
            {line.kind === 'hours' ? (
              <>
                <TextField
                  path={`${path}.minutes`}
                  label={t('quotes.line.hours', { number: index + 1 })}
                  error={error}
                  value={line.hours}
                  onChange={(typed) => set(index, { hours: typed })}
                />
                <TextField
                  path={`${path}.ratePerHour.amount`}
                  label={t('quotes.line.rate', { number: index + 1, currency: unit })}
                  error={error}
                  value={line.rate}
                  onChange={(rate) => set(index, { rate })}
                />
              </>
            ) : (
              <TextField
                path={`${path}.amount.amount`}
                label={t('quotes.line.amount', { number: index + 1, currency: unit })}
                error={error}
                value={line.amount}
                onChange={(amount) => set(index, { amount })}
              />
            )}
            <p className="quote-line__amount numeric">{formatMoney(locale, one?.amount) ?? '–'}</p>
            <button
              type="button"
              className="button button--ghost button--small"
              disabled={lines.length === 1}
              onClick={() => props.onChange(lines.filter((_, i) => i !== index))}
            >
              {t('quotes.line.remove', { number: index + 1 })}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => props.onChange([...lines, emptyLine(locale, props.rate)])}
      >
        {t('quotes.line.add')}
      </button>
      <p className="quote-total" data-testid="quote-total">
        {totals
          ? t('quotes.total', {
              hours: hours(locale, totals.minutes),
              amount: formatMoney(locale, totals.amount) ?? '',
            })
          : t('quotes.totalPending')}
      </p>
    </fieldset>
  );
}

/** The terms textarea, labelled like every other field. */
export function TermsField(props: {
  value: string;
  error: ApiError | null;
  onChange(v: string): void;
}) {
  const { t } = useI18n();
  return (
    <Field path="content.terms" label={t('quotes.terms')} optional error={props.error}>
      {(control) => (
        <textarea
          {...control}
          className="input textarea"
          rows={3}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
