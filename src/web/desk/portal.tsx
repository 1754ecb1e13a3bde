/**
 * The client portal: "My tickets" (the list and the form to open a ticket on one of the
 * client's contracts) and "Hours" (each contract's hour bank; the decision-maker approves or
 * rejects pending consumption there).
 */
import { useState } from 'react';
import {
  type Criticality,
  criticalities,
  type IncidentSeverity,
  incidentSeverities,
} from '../../domain/tickets/vocabulary.js';
import { type ClassificationView, type Contract, desk, type Ticket } from '../api/desk.js';
import { HourBank } from '../hour-bank/hour-bank.js';
import { useI18n } from '../i18n.js';
import { Reports } from '../reports/reports.js';
import { useMe } from '../session.js';
import { CreateForm, OpenPanelButton, useCreatePanel } from '../ui/create-panel.js';
import { ErrorSummary } from '../ui/errors.js';
import { Field, SelectField, TextField } from '../ui/field.js';
import { Notice, PageHeader } from '../ui/page.js';
import { useLoad } from '../ui/use-load.js';
import { TicketTable, useRefresh } from './queue.js';

const portalKinds = ['question', 'incident', 'corrective', 'evolutive', 'out_of_scope'] as const;

function NewTicketForm(props: {
  contracts: readonly Contract[];
  onCreated(ticket: Ticket): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [contractId, setContractId] = useState(props.contracts[0]?.id ?? '');
  const [kind, setKind] = useState<(typeof portalKinds)[number]>('question');
  const [severity, setSeverity] = useState<IncidentSeverity>('major');
  const [criticality, setCriticality] = useState<Criticality>('medium');
  const [subject, setSubject] = useState('');
  const [description, setDescription] = useState('');
  const classification: ClassificationView = kind === 'incident' ? { kind, severity } : { kind };
  const create = () =>
    desk.openTicket({ contractId, classification, criticality, subject, description });
  return (
    <CreateForm
      id="new-ticket-title"
      title={t('portal.new')}
      create={create}
      onCreated={props.onCreated}
      onCancel={props.onCancel}
    >
      {(error) => (
        <div className="form-grid">
          {props.contracts.length > 1 && (
            <SelectField
              path="contractId"
              label={t('portal.field.contract')}
              error={error}
              value={contractId}
              onChange={setContractId}
              choices={props.contracts.map((c) => ({ value: c.id, label: c.name }))}
            />
          )}
          <SelectField
            path="classification.kind"
            label={t('ticket.field.kind')}
            error={error}
            value={kind}
            onChange={(v) => setKind(v as (typeof portalKinds)[number])}
            choices={portalKinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          />
          {kind === 'incident' && (
            <SelectField
              path="classification.severity"
              label={t('portal.field.severity')}
              error={error}
              value={severity}
              onChange={(value) => setSeverity(value as IncidentSeverity)}
              choices={incidentSeverities.map((s) => ({ value: s, label: t(`severity.${s}`) }))}
            />
          )}
          <SelectField
            path="criticality"
            label={t('ticket.field.criticality')}
            hint={t('portal.field.criticalityHint')}
            error={error}
            value={criticality}
            onChange={(v) => setCriticality(v as Criticality)}
            choices={criticalities.map((c) => ({ value: c, label: t(`criticality.${c}`) }))}
          />
          <TextField
            path="subject"
            label={t('portal.field.subject')}
            className="form-grid__wide"
            error={error}
            value={subject}
            onChange={setSubject}
          />
          <Field
            path="description"
            label={t('portal.field.description')}
            className="form-grid__wide"
            error={error}
          >
            {(control) => (
              <textarea
                {...control}
                className="input textarea"
                rows={5}
                value={description}
                onChange={(e) => setDescription(e.target.value)}
              />
            )}
          </Field>
        </div>
      )}
    </CreateForm>
  );
}

/** "My tickets": the client's tickets and the form to open one. */
export function PortalTicketsPage() {
  const { t } = useI18n();
  const panel = useCreatePanel();
  const tickets = useLoad(() => desk.tickets(), []);
  const contracts = useLoad(() => desk.contracts(), []);
  useRefresh(tickets.reload);
  const noContract = contracts.data?.length === 0;
  return (
    <>
      <PageHeader
        title={t('portal.tickets.title')}
        intro={t('portal.tickets.intro')}
        actions={!noContract && <OpenPanelButton panel={panel} label={t('portal.new')} />}
      />
      {noContract && <p className="muted page-note">{t('portal.noContract')}</p>}
      {panel.creating && contracts.data && (
        <NewTicketForm
          contracts={contracts.data}
          onCancel={panel.close}
          onCreated={(ticket) => {
            panel.finish(t('portal.created', { number: ticket.number }));
            tickets.reload();
          }}
        />
      )}
      {panel.notice && <Notice>{panel.notice}</Notice>}
      <ErrorSummary error={tickets.error ?? contracts.error} />
      <TicketTable
        tickets={tickets.data}
        loading={tickets.loading}
        label={t('portal.tickets.title')}
        linkTo={(ticket) => `/portal/tickets/${ticket.id}`}
      />
    </>
  );
}

/** "Hours": the hour bank of each of the client's contracts. */
export function PortalHoursPage() {
  const { t } = useI18n();
  const me = useMe();
  const contracts = useLoad(() => desk.contracts(), []);
  const canDecide = me.user.role === 'client_decision_maker';
  return (
    <>
      <PageHeader title={t('portal.hours.title')} intro={t('portal.hours.intro')} />
      <ErrorSummary error={contracts.error} />
      {contracts.data?.length === 0 && <p className="muted">{t('portal.noContract')}</p>}
      {(contracts.data ?? []).map((contract) => (
        <section key={contract.id} className="contract-bank" aria-labelledby={`c-${contract.id}`}>
          <h2 id={`c-${contract.id}`} className="section-title">
            {contract.name}
          </h2>
          <HourBank contractId={contract.id} canDecide={canDecide} ledger={false} />
          {canDecide && <Reports contractId={contract.id} canIssue={false} />}
        </section>
      ))}
    </>
  );
}
