/** The form to open a ticket: the client's own in the portal, or an agent's on behalf of a requester. */
import { useState } from 'react';
import {
  type Channel,
  type Criticality,
  channels,
  criticalities,
  type IncidentSeverity,
  incidentSeverities,
} from '../../domain/tickets/vocabulary.js';
import { type ClassificationView, type Contract, desk, type Ticket } from '../api/desk.js';
import { api } from '../api/endpoints.js';
import { useI18n } from '../i18n.js';
import { Suggestions, useDeflectionDraft } from '../knowledge/suggestions.js';
import { CreateForm } from '../ui/create-panel.js';
import { Field, SelectField, TextField } from '../ui/field.js';
import { useLoad } from '../ui/use-load.js';

const portalKinds = ['question', 'incident', 'corrective', 'evolutive', 'out_of_scope'] as const;

/** The authorised requesters of a contract with their names (for an agent opening on their behalf). */
function useRequesters(contract: Contract | undefined, onBehalf: boolean) {
  return useLoad(async () => {
    if (!contract || !onBehalf) return [];
    const [{ userIds }, people] = await Promise.all([
      desk.requesters(contract.id),
      api.users(contract.clientId),
    ]);
    return people.filter((person) => userIds.includes(person.id));
  }, [contract?.id, onBehalf]);
}

/**
 * The form to open a ticket. A client asks for itself through the portal; with `onBehalf` an
 * agent (or the managing partner) opens it for one of the contract's authorised requesters and
 * says how the request came in (phone, email, chat…).
 */
export function NewTicketForm(props: {
  contracts: readonly Contract[];
  onBehalf?: boolean;
  onCreated(ticket: Ticket): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const onBehalf = props.onBehalf ?? false;
  const [contractId, setContractId] = useState(props.contracts[0]?.id ?? '');
  const requesters = useRequesters(
    props.contracts.find((c) => c.id === contractId),
    onBehalf,
  );
  const [requesterId, setRequesterId] = useState('');
  const [channel, setChannel] = useState<Channel>('phone');
  const [kind, setKind] = useState<(typeof portalKinds)[number]>('question');
  const [severity, setSeverity] = useState<IncidentSeverity>('major');
  const [criticality, setCriticality] = useState<Criticality>('medium');
  const [subject, setSubject] = useState('');
  const [description, setDescription] = useState('');
  const draft = useDeflectionDraft();
  const classification: ClassificationView = kind === 'incident' ? { kind, severity } : { kind };
  const create = () =>
    desk.openTicket({
      contractId,
      classification,
      criticality,
      subject,
      description,
      ...(onBehalf ? { requesterId: requesterId || undefined, channel } : {}),
    });
  return (
    <CreateForm
      id="new-ticket-title"
      title={t(onBehalf ? 'newTicket.onBehalf' : 'portal.new')}
      create={create}
      onCreated={(ticket) => {
        draft.submitted(ticket.id);
        props.onCreated(ticket);
      }}
      onCancel={props.onCancel}
    >
      {(error) => (
        <div className="form-grid">
          {(onBehalf || props.contracts.length > 1) && (
            <SelectField
              path="contractId"
              label={t('portal.field.contract')}
              error={error}
              value={contractId}
              onChange={setContractId}
              choices={props.contracts.map((c) => ({ value: c.id, label: c.name }))}
            />
          )}
          {onBehalf && (
            <>
              <SelectField
                path="requesterId"
                label={t('newTicket.requester')}
                hint={t('newTicket.requesterHint')}
                error={error}
                value={requesterId}
                onChange={setRequesterId}
                choices={[{ value: '', label: t('newTicket.pick') }].concat(
                  (requesters.data ?? []).map((p) => ({ value: p.id, label: p.name })),
                )}
              />
              <SelectField
                path="channel"
                label={t('newTicket.channel')}
                error={error}
                value={channel}
                onChange={(value) => setChannel(value as Channel)}
                choices={channels.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
              />
            </>
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
          {!onBehalf && <Suggestions subject={subject} draft={draft} />}
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
