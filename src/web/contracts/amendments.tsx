/**
 * A contract's amendments: the dated list, and for account managers and administrators the
 * forms to add temporary growth (extra hours per period for a number of periods from a date)
 * or prepaid hours (on a date, with an optional price).
 */
import { useState } from 'react';
import type { Locale } from '../../i18n/index.js';
import type { Contract } from '../api/desk.js';
import { type Amendment, plans } from '../api/plans.js';
import { hoursText } from '../desk/words.js';
import { calendarDate, minutesFromHours } from '../format.js';
import { type I18n, useI18n } from '../i18n.js';
import { CurrencyField } from '../plans/plan-form.js';
import { moneyText } from '../plans/words.js';
import { CreateForm } from '../ui/create-panel.js';
import { invalidField } from '../ui/errors.js';
import { TextField } from '../ui/field.js';
import { Notice, TableRegion } from '../ui/page.js';
import { EmptyRow, TableHead } from '../ui/table.js';

type Adding = 'temporary_growth' | 'prepaid_hours' | null;

function detailOf(i18n: I18n, amendment: Amendment): string {
  switch (amendment.kind) {
    case 'temporary_growth':
      return i18n.t('amendment.growthDetail', {
        hours: hoursText(i18n, amendment.extraMinutesPerPeriod),
        periods: amendment.periods,
      });
    case 'prepaid_hours':
      return i18n.t('amendment.prepaidDetail', {
        hours: hoursText(i18n, amendment.minutes),
        price: moneyText(i18n, amendment.price),
      });
    case 'parameter_change':
      return i18n.t('amendment.changeDetail', {
        fields: Object.keys(amendment.changes).join(', '),
      });
  }
}

/** The amendments table. */
function AmendmentTable({ amendments }: { amendments: readonly Amendment[] }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  return (
    <TableRegion label={t('contract.amendments')}>
      <table className="table table--dense">
        <TableHead
          columns={[t('amendment.col.from'), t('amendment.col.kind'), t('amendment.col.detail')]}
        />
        <tbody>
          {amendments.map((a) => (
            <tr key={a.id}>
              <td className="nowrap">
                {calendarDate(locale, a.kind === 'prepaid_hours' ? a.on : a.from)}
              </td>
              <td>{t(`amendment.kind.${a.kind}`)}</td>
              <td>{detailOf(i18n, a)}</td>
            </tr>
          ))}
          {amendments.length === 0 && <EmptyRow columns={3}>{t('contract.noAmendments')}</EmptyRow>}
        </tbody>
      </table>
    </TableRegion>
  );
}

function minutesAt(locale: Locale, path: string, text: string, message: string): number {
  const minutes = minutesFromHours(locale, text);
  if (Number.isNaN(minutes)) throw invalidField(path, message);
  return minutes;
}

/** The form of a temporary growth or of prepaid hours (`kind`). */
function AmendmentForm(props: {
  kind: Exclude<Adding, null>;
  contract: Contract;
  onAdded(c: Contract): void;
  onCancel(): void;
}) {
  const { t, locale } = useI18n();
  const { contract } = props;
  const growth = props.kind === 'temporary_growth';
  const hoursPath = growth ? 'extraMinutesPerPeriod' : 'minutes';
  const [hours, setHours] = useState('');
  const [periods, setPeriods] = useState('1');
  const [date, setDate] = useState(contract.start);
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState(contract.plan.overageRatePerHour?.currency ?? 'CLF');
  const add = async () => {
    const minutes = minutesAt(locale, hoursPath, hours, t('plans.hoursInvalid'));
    const price = amount.trim() === '' ? null : { amount: amount.trim(), currency };
    return plans.amend(
      contract.id,
      growth
        ? {
            kind: 'temporary_growth',
            from: date,
            extraMinutesPerPeriod: minutes,
            periods: Number(periods),
          }
        : { kind: 'prepaid_hours', on: date, minutes, price },
    );
  };
  return (
    <CreateForm
      id={`${props.kind}-title`}
      title={t(growth ? 'growth.title' : 'prepaid.title')}
      create={add}
      onCreated={props.onAdded}
      onCancel={props.onCancel}
      submit={{ idle: t('common.add'), busy: t('common.saving') }}
    >
      {(error) => (
        <div className="form-grid">
          <TextField
            path={hoursPath}
            label={t(growth ? 'growth.hours' : 'prepaid.hours')}
            hint={t('plans.field.hoursHint')}
            error={error}
            value={hours}
            onChange={setHours}
          />
          {growth && (
            <TextField
              path="periods"
              label={t('growth.periods')}
              error={error}
              value={periods}
              onChange={setPeriods}
            />
          )}
          <TextField
            path={growth ? 'from' : 'on'}
            type="date"
            label={t(growth ? 'growth.from' : 'prepaid.on')}
            hint={growth ? t('growth.fromHint') : undefined}
            error={error}
            value={date}
            onChange={setDate}
          />
          {!growth && (
            <>
              <TextField
                path="price.amount"
                label={t('prepaid.price')}
                hint={t('prepaid.priceHint')}
                optional
                error={error}
                value={amount}
                onChange={setAmount}
              />
              <CurrencyField error={error} value={currency} onChange={setCurrency} />
            </>
          )}
        </div>
      )}
    </CreateForm>
  );
}

/** The amendments section; `canManage` shows the buttons and forms to add one. */
export function Amendments(props: {
  contract: Contract;
  canManage: boolean;
  onChanged(contract: Contract): void;
}) {
  const { t } = useI18n();
  const [adding, setAdding] = useState<Adding>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const open = (kind: Adding) => {
    setAdding(kind);
    setNotice(null);
  };
  const onAdded = (contract: Contract) => {
    setNotice(t(adding === 'prepaid_hours' ? 'prepaid.added' : 'growth.added'));
    setAdding(null);
    props.onChanged(contract);
  };
  const formProps = { contract: props.contract, onAdded, onCancel: () => setAdding(null) };
  return (
    <section className="card card--stack" aria-labelledby="amendments-title">
      <div className="section-title">
        <h2 id="amendments-title">{t('contract.amendments')}</h2>
        {props.canManage && adding === null && (
          <span className="inline-actions">
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => open('temporary_growth')}
            >
              {t('growth.title')}
            </button>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => open('prepaid_hours')}
            >
              {t('prepaid.title')}
            </button>
          </span>
        )}
      </div>
      <p className="muted">{t('contract.amendmentsIntro')}</p>
      {adding && <AmendmentForm key={adding} kind={adding} {...formProps} />}
      {notice && <Notice>{notice}</Notice>}
      <AmendmentTable amendments={props.contract.amendments} />
    </section>
  );
}
