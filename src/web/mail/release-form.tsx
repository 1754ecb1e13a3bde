/**
 * Releasing a quarantined message to a new ticket: the contract it belongs to, then one of that
 * contract's authorised requesters as the ticket's requester (seed 002's "Contraparte" holds).
 */
import { type FormEvent, useState } from 'react';
import { desk } from '../api/desk.js';
import { api } from '../api/endpoints.js';
import { mail, type ReceivedMail } from '../api/mail.js';
import { plans } from '../api/plans.js';
import { useI18n } from '../i18n.js';
import { ErrorSummary } from '../ui/errors.js';
import { SelectField } from '../ui/field.js';
import { useAction } from '../ui/use-action.js';
import { useLoad } from '../ui/use-load.js';

/** The release form of `message`; `onDone` hears the ticket it opened. */
export function ReleaseForm(props: {
  message: ReceivedMail;
  onDone(ticketId: string | null): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [contractId, setContractId] = useState('');
  const [requesterId, setRequesterId] = useState('');
  const contracts = useLoad(() => desk.contracts(), []);
  const users = useLoad(() => api.users(), []);
  const requesters = useLoad(
    () => (contractId ? plans.requesters(contractId) : Promise.resolve({ userIds: [] })),
    [contractId],
  );
  const action = useAction();
  const names = new Map((users.data ?? []).map((u) => [u.id, `${u.name} <${u.email}>`]));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(
      () => mail.release(props.message.id, { contractId, requesterId }),
      (fate) => props.onDone(fate.ticketId),
    );
  };
  const error = action.error ?? contracts.error ?? requesters.error ?? users.error;
  return (
    <form className="card" onSubmit={submit} aria-label={t('mail.release')}>
      <ErrorSummary error={error} />
      <SelectField
        path="body.contractId"
        label={t('mail.release.contract')}
        error={action.error}
        value={contractId}
        onChange={(value) => {
          setContractId(value);
          setRequesterId('');
        }}
        choices={[
          { value: '', label: t('common.choose') },
          ...(contracts.data ?? []).map((c) => ({ value: c.id, label: c.name })),
        ]}
      />
      <SelectField
        path="body.requesterId"
        label={t('mail.release.requester')}
        hint={t('mail.release.requesterHint')}
        error={action.error}
        value={requesterId}
        onChange={setRequesterId}
        choices={[
          { value: '', label: t('common.choose') },
          ...(requesters.data?.userIds ?? []).map((id) => ({
            value: id,
            label: names.get(id) ?? id,
          })),
        ]}
      />
      <div className="form-actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={action.busy || contractId === '' || requesterId === ''}
        >
          {t('mail.release')}
        </button>
        <button type="button" className="button button--secondary" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
