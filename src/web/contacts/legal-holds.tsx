/**
 * Legal holds (administrators): a hold keeps a contact, or every requester of a contract's
 * tickets, from anonymisation until it is lifted. Listed with their reason and state, placed
 * with a reason, lifted with a reason (the record stays). On the legal holds page for
 * contracts, on a contact's 360° view for that contact.
 */
import { type FormEvent, type ReactNode, useState } from 'react';
import { desk } from '../api/desk.js';
import {
  type LegalHold,
  type LegalHoldBody,
  type ListedLegalHold,
  legalHolds,
} from '../api/legal-holds.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { ErrorSummary } from '../ui/errors.js';
import { SelectField, TextField } from '../ui/field.js';
import { Instant } from '../ui/instant.js';
import { PageHeader, TableRegion } from '../ui/page.js';
import { EmptyRow, TableHead } from '../ui/table.js';
import { useAction } from '../ui/use-action.js';
import { useLoad } from '../ui/use-load.js';

/** Lifts one hold after asking for the reason. */
function LiftHold({ hold, onDone }: { hold: LegalHold; onDone(): void }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const { busy, error, run } = useAction();
  if (!asking) {
    return (
      <button type="button" className="button button--secondary" onClick={() => setAsking(true)}>
        {t('contacts.holds.lift')}
      </button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => legalHolds.lift(hold.id, reason), onDone);
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <ErrorSummary error={error} />
      <TextField
        path="reason"
        scope={hold.id}
        label={t('contacts.holds.liftReason')}
        error={error}
        value={reason}
        onChange={setReason}
      />
      <button type="submit" className="button button--danger" disabled={busy}>
        {t('contacts.holds.liftConfirm')}
      </button>
    </form>
  );
}

/** The holds as a table; `targetOf` says what each one holds. */
function HoldTable(props: {
  holds: readonly ListedLegalHold[];
  targetOf(hold: ListedLegalHold): ReactNode;
  onChanged(): void;
}) {
  const { t } = useI18n();
  const columns = [
    t('contacts.holds.col.target'),
    t('contacts.holds.col.reason'),
    t('contacts.holds.col.placed'),
    t('contacts.holds.col.state'),
  ];
  return (
    <TableRegion label={t('contacts.holds.title')}>
      <table className="table">
        <TableHead columns={columns} />
        <tbody>
          {props.holds.map((hold) => (
            <tr key={hold.id}>
              <th scope="row">{props.targetOf(hold)}</th>
              <td>{hold.reason}</td>
              <td>
                <Instant at={hold.placedAt} />
              </td>
              <td>
                {hold.lifted ? (
                  t('contacts.holds.lifted', { reason: hold.lifted.reason })
                ) : (
                  <>
                    <span className="badge">{t('contacts.holds.inForce')}</span>{' '}
                    <LiftHold hold={hold} onDone={props.onChanged} />
                  </>
                )}
              </td>
            </tr>
          ))}
          {props.holds.length === 0 && (
            <EmptyRow columns={columns.length}>{t('contacts.holds.none')}</EmptyRow>
          )}
        </tbody>
      </table>
    </TableRegion>
  );
}

/** Places a hold on `target` (or on the contract picked from `contracts`) with a reason. */
function PlaceHold(props: {
  target?: Omit<LegalHoldBody, 'reason'>;
  contracts?: readonly { id: string; name: string }[];
  onDone(): void;
}) {
  const { t } = useI18n();
  const [contractId, setContractId] = useState('');
  const [reason, setReason] = useState('');
  const { busy, error, run } = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const target = props.target ?? { contractId };
    void run(
      () => legalHolds.place({ ...target, reason }),
      () => {
        setReason('');
        props.onDone();
      },
    );
  };
  return (
    <form className="form card" onSubmit={submit} noValidate>
      <h2>{t('contacts.holds.place')}</h2>
      <ErrorSummary error={error} />
      {props.contracts && (
        <SelectField
          path="contractId"
          scope="hold"
          label={t('contacts.holds.contract')}
          error={error}
          value={contractId}
          onChange={setContractId}
          choices={[
            { value: '', label: t('contacts.holds.pickContract') },
            ...props.contracts.map((c) => ({ value: c.id, label: c.name })),
          ]}
        />
      )}
      <TextField
        path="reason"
        scope="hold"
        label={t('contacts.holds.reason')}
        error={error}
        value={reason}
        onChange={setReason}
      />
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('contacts.holds.placeSubmit')}
      </button>
    </form>
  );
}

/** A contact's legal holds on its 360° view, and placing one. */
export function ContactHolds({ contactId }: { contactId: string }) {
  const { t } = useI18n();
  const list = useLoad(() => legalHolds.list(), []);
  const holds = (list.data ?? []).filter((hold) => hold.contactId === contactId);
  return (
    <section className="card" aria-label={t('contacts.holds.title')}>
      <h2>{t('contacts.holds.title')}</h2>
      <p className="muted">{t('contacts.holds.intro')}</p>
      <ErrorSummary error={list.error} />
      <HoldTable
        holds={holds}
        targetOf={() => t('contacts.holds.thisContact')}
        onChanged={list.reload}
      />
      <PlaceHold target={{ contactId }} onDone={list.reload} />
    </section>
  );
}

/** The legal holds page at `/admin/legal-holds`: every hold, and placing one on a contract. */
export function LegalHoldsPage() {
  const { t } = useI18n();
  const list = useLoad(() => legalHolds.list(), []);
  const contracts = useLoad(() => desk.contracts(), []);
  const names = new Map((contracts.data ?? []).map((c) => [c.id, c.name]));
  const targetOf = (hold: ListedLegalHold) =>
    hold.contactId ? (
      <Link to={`/contacts/${hold.contactId}`}>
        {t('contacts.holds.contactNamed', { name: hold.contactName ?? hold.contactId })}
      </Link>
    ) : (
      t('contacts.holds.onContract', { contract: names.get(hold.contractId ?? '') ?? '' })
    );
  return (
    <>
      <PageHeader title={t('contacts.holds.title')} intro={t('contacts.holds.intro')} />
      <ErrorSummary error={list.error ?? contracts.error} />
      <HoldTable holds={list.data ?? []} targetOf={targetOf} onChanged={list.reload} />
      <PlaceHold contracts={contracts.data ?? []} onDone={list.reload} />
    </>
  );
}
