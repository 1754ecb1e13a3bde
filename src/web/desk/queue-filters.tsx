/**
 * The queue's filters: search, status, SLA state, client, contract, criticality, kind, level,
 * assignee ("mine", "unassigned" or a person) and channel — each one a field of the address.
 */
import { useEffect, useState } from 'react';
import { slaStates } from '../../domain/sla/projection.js';
import { ticketStatuses } from '../../domain/tickets/status.js';
import {
  channels,
  criticalities,
  supportLevels,
  ticketKinds,
} from '../../domain/tickets/vocabulary.js';
import type { Contract } from '../api/desk.js';
import type { Organisation, User } from '../api/endpoints.js';
import { useI18n } from '../i18n.js';
import type { QueueFilter, QueueState } from './queue-query.js';

interface Choice {
  value: string;
  label: string;
}

function FilterSelect(props: {
  name: QueueFilter;
  label: string;
  value: string | undefined;
  choices: readonly Choice[];
  onChange(name: QueueFilter, value: string): void;
}) {
  const { t } = useI18n();
  return (
    <label className="toolbar__field">
      <span className="toolbar__label">{props.label}</span>
      <select
        className="input"
        name={props.name}
        value={props.value ?? ''}
        onChange={(e) => props.onChange(props.name, e.target.value)}
      >
        <option value="">{t('queue.filter.any')}</option>
        {props.choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The search box: the address follows the text after a pause, replacing rather than stacking entries. */
function SearchField(props: { value: string | undefined; onChange(value: string): void }) {
  const { t } = useI18n();
  const [text, setText] = useState(props.value ?? '');
  const { onChange, value } = props;
  useEffect(() => {
    if (text.trim() === (value ?? '')) return;
    const timer = window.setTimeout(() => onChange(text.trim()), 300);
    return () => window.clearTimeout(timer);
  }, [text, value, onChange]);
  return (
    <label className="toolbar__field">
      <span className="toolbar__label">{t('queue.filter.text')}</span>
      <input
        className="input"
        type="search"
        name="q"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
    </label>
  );
}

/** Every filter of the queue; `people` are those tickets can be assigned to. */
export function QueueFilters(props: {
  state: QueueState;
  clients: readonly Organisation[];
  contracts: readonly Contract[];
  people: readonly User[];
  onChange(name: QueueFilter, value: string, replace?: boolean): void;
}) {
  const { t } = useI18n();
  const { filters } = props.state;
  const select = (name: QueueFilter, label: string, choices: readonly Choice[]) => (
    <FilterSelect
      name={name}
      label={label}
      value={filters[name]}
      choices={choices}
      onChange={props.onChange}
    />
  );
  return (
    <div className="filters__grid queue-filters">
      <SearchField value={filters.q} onChange={(value) => props.onChange('q', value, true)} />
      {select(
        'status',
        t('queue.filter.status'),
        ticketStatuses.map((v) => ({ value: v, label: t(`status.${v}`) })),
      )}
      {select(
        'slaState',
        t('queue.filter.sla'),
        slaStates.map((v) => ({ value: v, label: t(`sla.state.${v}`) })),
      )}
      {select(
        'assignee',
        t('queue.filter.assignee'),
        [
          { value: 'mine', label: t('queue.filter.mine') },
          { value: 'unassigned', label: t('queue.filter.unassigned') },
        ].concat(props.people.map((p) => ({ value: p.id, label: p.name }))),
      )}
      {select(
        'clientId',
        t('queue.filter.client'),
        props.clients.map((c) => ({ value: c.id, label: c.name })),
      )}
      {select(
        'contractId',
        t('queue.filter.contract'),
        props.contracts.map((c) => ({ value: c.id, label: c.name })),
      )}
      {select(
        'criticality',
        t('queue.filter.criticality'),
        criticalities.map((v) => ({ value: v, label: t(`criticality.${v}`) })),
      )}
      {select(
        'kind',
        t('queue.filter.kind'),
        ticketKinds.map((v) => ({ value: v, label: t(`kind.${v}`) })),
      )}
      {select(
        'level',
        t('queue.filter.level'),
        supportLevels.map((level) => ({ value: level, label: level })),
      )}
      {select(
        'channel',
        t('queue.filter.channel'),
        channels.map((v) => ({ value: v, label: t(`channel.${v}`) })),
      )}
      {select('escalated', t('queue.filter.escalated'), [
        { value: 'true', label: t('queue.filter.escalatedYes') },
        { value: 'false', label: t('queue.filter.escalatedNo') },
      ])}
    </div>
  );
}
