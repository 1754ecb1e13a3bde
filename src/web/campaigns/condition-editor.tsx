/**
 * One condition of a segment in the editor: the field it tests and its values — clients and
 * plans picked from the lists, roles, languages and kinds from theirs, countries as ISO codes,
 * a contact field's value, a consent, or a number of tickets in the last days.
 */

import { consentChannels, consentPurposes } from '../../domain/communications/consent.js';
import type { SegmentCondition } from '../../domain/communications/segments.js';
import { contactKinds, contactLanguages } from '../../domain/contacts/contact.js';
import { roles } from '../../domain/identity/roles.js';
import type { ApiError } from '../api/client.js';
import { useI18n } from '../i18n.js';
import { Field, SelectField, TextField } from '../ui/field.js';
import {
  blankCondition,
  type ConditionField,
  conditionFields,
  type RuleRow,
} from './segment-rule.js';

/** The clients and plans a condition may name. */
export interface ConditionChoices {
  readonly clients: readonly { id: string; name: string }[];
  readonly plans: readonly { id: string; name: string }[];
}

interface Props {
  row: RuleRow;
  /** The rule's path in the API's errors (`segments[0].rule.all[1]`). */
  path: string;
  choices: ConditionChoices;
  error: ApiError | null;
  onChange(row: RuleRow): void;
  /** Null for the segment's only condition. */
  onRemove: (() => void) | null;
}

/** A `<select multiple>` of `choices`, as one labelled field. */
function MultiSelect(props: {
  path: string;
  label: string;
  error: ApiError | null;
  values: readonly string[];
  choices: readonly { value: string; label: string }[];
  onChange(values: string[]): void;
}) {
  return (
    <Field path={props.path} label={props.label} error={props.error}>
      {(control) => (
        <select
          {...control}
          multiple
          className="input"
          value={[...props.values]}
          onChange={(event) =>
            props.onChange([...event.target.selectedOptions].map((option) => option.value))
          }
        >
          {props.choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function Values({ row, path, choices, error, onChange }: Omit<Props, 'onRemove'>) {
  const { t } = useI18n();
  const c = row.condition;
  const set = (condition: SegmentCondition) => onChange({ ...row, condition });
  const many = (options: readonly { value: string; label: string }[]) =>
    'in' in c && (
      <MultiSelect
        path={`${path}.in`}
        label={t('campaigns.segment.values')}
        error={error}
        values={c.in}
        choices={options}
        onChange={(values) => set({ ...c, in: values } as SegmentCondition)}
      />
    );
  const named = (list: readonly { id: string; name: string }[]) =>
    list.map((item) => ({ value: item.id, label: item.name }));
  const listed = (values: readonly string[], key: (value: string) => string) =>
    values.map((value) => ({ value, label: t(key(value) as 'language.es') }));
  switch (c.field) {
    case 'client':
      return many(named(choices.clients));
    case 'plan':
      return many(named(choices.plans));
    case 'role':
      return many(listed(roles, (r) => `role.${r}`));
    case 'language':
      return many(listed(contactLanguages, (l) => `language.${l}`));
    case 'kind':
      return many(listed(contactKinds, (k) => `contacts.kind.${k}`));
    case 'country':
      return (
        <TextField
          path={`${path}.in`}
          label={t('campaigns.segment.countries')}
          error={error}
          value={c.in.join(', ')}
          onChange={(text) =>
            set({ ...c, in: text.split(',').map((code) => code.trim().toUpperCase()) as [string] })
          }
        />
      );
    case 'contact':
      return (
        <>
          <TextField
            path={`${path}.name`}
            label={t('campaigns.segment.contactField')}
            error={error}
            value={c.name}
            onChange={(name) => set({ ...c, name })}
          />
          <TextField
            path={`${path}.equals`}
            label={t('campaigns.segment.equals')}
            error={error}
            value={c.equals}
            onChange={(equals) => set({ ...c, equals })}
          />
        </>
      );
    case 'consent':
      return (
        <>
          <SelectField
            path={`${path}.channel`}
            label={t('campaigns.segment.channel')}
            error={error}
            value={c.channel}
            onChange={(channel) => set({ ...c, channel: channel as typeof c.channel })}
            choices={listed(consentChannels, (v) => `communications.channel.${v}`)}
          />
          <SelectField
            path={`${path}.purpose`}
            label={t('campaigns.segment.purpose')}
            error={error}
            value={c.purpose}
            onChange={(purpose) => set({ ...c, purpose: purpose as typeof c.purpose })}
            choices={listed(consentPurposes, (v) => `communications.purpose.${v}`)}
          />
        </>
      );
    case 'tickets':
      return (
        <>
          <TextField
            path={`${path}.inLastDays`}
            inputMode="numeric"
            label={t('campaigns.segment.inLastDays')}
            error={error}
            value={String(c.inLastDays)}
            onChange={(days) => set({ ...c, inLastDays: Number(days) })}
          />
          <TextField
            path={`${path}.atLeast`}
            inputMode="numeric"
            label={t('campaigns.segment.atLeast')}
            error={error}
            value={String(c.atLeast)}
            onChange={(count) => set({ ...c, atLeast: Number(count) })}
          />
        </>
      );
  }
}

/** One condition: its field, "not", its values, and removing it. */
export function ConditionEditor(props: Props) {
  const { t } = useI18n();
  const { row } = props;
  return (
    <fieldset className="segment-condition">
      <legend className="sr-only">{t('campaigns.segment.condition')}</legend>
      <SelectField
        path={`${props.path}.field`}
        label={t('campaigns.segment.field')}
        error={props.error}
        value={row.condition.field}
        onChange={(field) =>
          props.onChange({ ...row, condition: blankCondition(field as ConditionField) })
        }
        choices={conditionFields.map((field) => ({
          value: field,
          label: t(`campaigns.segment.field.${field}`),
        }))}
      />
      <label className="field field--inline">
        <input
          type="checkbox"
          checked={row.negated}
          onChange={(event) => props.onChange({ ...row, negated: event.target.checked })}
        />{' '}
        {t('campaigns.segment.not')}
      </label>
      <Values {...props} />
      {props.onRemove && (
        <button type="button" className="button button--secondary" onClick={props.onRemove}>
          {t('campaigns.segment.removeCondition')}
        </button>
      )}
    </fieldset>
  );
}
