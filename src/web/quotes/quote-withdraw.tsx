/**
 * Withdrawing a draft or sent quote (provider staff), with the reason the quote's history keeps:
 * a button that opens the reason's form.
 */
import { useState } from 'react';
import { type Quote, quotes } from '../api/quotes.js';
import { useI18n } from '../i18n.js';
import { CreateForm } from '../ui/create-panel.js';
import { TextField } from '../ui/field.js';

/** The quote states a withdrawal starts from (the API refuses the others). */
const withdrawable: readonly Quote['state'][] = ['draft', 'sent'];

/** The withdraw button and its reason form, for a quote that may still be withdrawn. */
export function WithdrawQuote(props: { quote: Quote; onWithdrawn(quote: Quote): void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const { quote } = props;
  if (!withdrawable.includes(quote.state)) return null;
  if (!open) {
    return (
      <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
        {t('quotes.withdraw')}
      </button>
    );
  }
  return (
    <CreateForm
      id="quote-withdraw"
      title={t('quotes.withdraw')}
      submit={{ idle: t('quotes.withdraw'), busy: t('common.saving') }}
      create={() => quotes.withdraw(quote.contractId, quote.id, reason)}
      onCreated={(withdrawn) => {
        setOpen(false);
        props.onWithdrawn(withdrawn);
      }}
      onCancel={() => setOpen(false)}
    >
      {(error) => (
        <TextField
          path="reason"
          label={t('quotes.withdrawReason')}
          error={error}
          value={reason}
          onChange={setReason}
        />
      )}
    </CreateForm>
  );
}
