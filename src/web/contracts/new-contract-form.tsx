/** The "new contract" form: a client on a plan from a date, optionally until another. */
import { useState } from 'react';
import type { Contract } from '../api/desk.js';
import type { Organisation } from '../api/endpoints.js';
import { type Plan, plans } from '../api/plans.js';
import { useI18n } from '../i18n.js';
import { CreateForm } from '../ui/create-panel.js';
import { SelectField, TextField } from '../ui/field.js';

/** Creates a contract for one of `clients` on one of `catalogue`; `onCreated` gets it. */
export function NewContractForm(props: {
  clients: readonly Organisation[];
  catalogue: readonly Plan[];
  onCreated(contract: Contract): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [clientId, setClientId] = useState('');
  const [planId, setPlanId] = useState('');
  const [name, setName] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');

  const create = () =>
    plans.createContract({
      clientId,
      planId,
      name: name.trim(),
      start,
      end: end === '' ? null : end,
      overrides: {},
    });

  return (
    <CreateForm
      id="new-contract-title"
      title={t('contracts.new')}
      create={create}
      onCreated={props.onCreated}
      onCancel={props.onCancel}
    >
      {(error) => (
        <div className="form-grid">
          <SelectField
            path="clientId"
            label={t('contracts.field.client')}
            error={error}
            value={clientId}
            onChange={setClientId}
            choices={[
              { value: '', label: t('common.choose') },
              ...props.clients.map((o) => ({ value: o.id, label: o.name })),
            ]}
          />
          <SelectField
            path="planId"
            label={t('contracts.field.plan')}
            hint={t('contracts.field.planHint')}
            error={error}
            value={planId}
            onChange={setPlanId}
            choices={[
              { value: '', label: t('common.choose') },
              ...props.catalogue.map((p) => ({ value: p.id, label: p.name })),
            ]}
          />
          <TextField
            path="name"
            label={t('contracts.field.name')}
            error={error}
            value={name}
            onChange={setName}
          />
          <TextField
            path="start"
            type="date"
            label={t('contracts.field.start')}
            error={error}
            value={start}
            onChange={setStart}
          />
          <TextField
            path="end"
            type="date"
            label={t('contracts.field.end')}
            hint={t('contracts.field.endHint')}
            optional
            error={error}
            value={end}
            onChange={setEnd}
          />
        </div>
      )}
    </CreateForm>
  );
}
