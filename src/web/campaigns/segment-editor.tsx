/**
 * A campaign's segment in the editor: its name and rule — conditions that must all hold, each
 * possibly negated, or JSON for a rule of another shape — with the live count the API gives
 * (those without consent never count).
 */
import { useEffect, useState } from 'react';
import { type Campaign, campaigns, type SegmentCount } from '../api/campaigns.js';
import { ApiError, asApiError } from '../api/client.js';
import { useI18n } from '../i18n.js';
import { FieldError } from '../ui/errors.js';
import { TextField } from '../ui/field.js';
import { type ConditionChoices, ConditionEditor } from './condition-editor.js';
import { blankCondition, type RuleRow, rowsOf, ruleOf } from './segment-rule.js';

/** A segment as the campaign holds it. */
export type SegmentDraft = Campaign['segments'][number];

/**
 * `error` with the count route's `rule…` paths moved under the segment's `segments[i].rule…`,
 * an item of a list named by the list's field (`…in[0]` → `…in`).
 */
function underSegment(error: ApiError, path: string): ApiError {
  const fields = error.fields.map((issue) => ({
    ...issue,
    path: issue.path.replace(/^(body\.)?rule/, path).replace(/\[\d+\]$/, ''),
  }));
  return new ApiError(error.status, error.code, error.message, error.requestId, fields, error.rule);
}

/** The live count of `rule`, asked again a moment after each change. */
function useLiveCount(rule: unknown, purpose: Campaign['purpose'], path: string) {
  const [count, setCount] = useState<SegmentCount | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const key = JSON.stringify(rule);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      campaigns.countSegment(JSON.parse(key), purpose).then(
        (answer) => {
          if (!current) return;
          setCount(answer);
          setError(null);
        },
        (failure) => {
          if (!current) return;
          setCount(null);
          setError(underSegment(asApiError(failure), path));
        },
      );
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key, purpose, path]);
  return { count, error };
}

function RuleAsJson(props: { path: string; rule: unknown; onChange(rule: unknown): void }) {
  const { t } = useI18n();
  const [text, setText] = useState(JSON.stringify(props.rule, null, 2));
  return (
    <label className="field">
      <span className="field__label">{t('campaigns.segment.json')}</span>
      <textarea
        className="input"
        rows={6}
        name={props.path}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          try {
            props.onChange(JSON.parse(event.target.value));
          } catch {
            // keeps the last rule that parsed until the text is JSON again
          }
        }}
      />
    </label>
  );
}

/** One segment: name, rule, live count; removable when no version uses it. */
export function SegmentEditor(props: {
  segment: SegmentDraft;
  index: number;
  purpose: Campaign['purpose'];
  choices: ConditionChoices;
  error: ApiError | null;
  onChange(segment: SegmentDraft): void;
  onRemove: (() => void) | null;
}) {
  const { t } = useI18n();
  const { segment } = props;
  const path = `segments[${props.index}].rule`;
  const live = useLiveCount(segment.rule, props.purpose, path);
  const error = live.error ?? props.error;
  const rows = rowsOf(segment.rule);
  const setRows = (next: RuleRow[]) => props.onChange({ ...segment, rule: ruleOf(next) });
  const conditionPath = (i: number) => (rows && rows.length > 1 ? `${path}.all[${i}]` : path);
  return (
    <fieldset className="card" aria-label={t('campaigns.segment.title', { name: segment.name })}>
      <legend>{t('campaigns.segment.title', { name: segment.name })}</legend>
      <TextField
        path={`segments[${props.index}].name`}
        label={t('campaigns.segment.name')}
        error={error}
        value={segment.name}
        onChange={(name) => props.onChange({ ...segment, name })}
      />
      {rows === null ? (
        <RuleAsJson
          path={path}
          rule={segment.rule}
          onChange={(rule) => props.onChange({ ...segment, rule })}
        />
      ) : (
        <>
          <p className="muted">{t('campaigns.segment.allHold')}</p>
          {rows.map((row, i) => (
            <ConditionEditor
              // biome-ignore lint/suspicious/noArrayIndexKey: conditions have no identity but their place
              key={i}
              row={row}
              path={row.negated ? `${conditionPath(i)}.not` : conditionPath(i)}
              choices={props.choices}
              error={error}
              onChange={(changed) => setRows(rows.map((r, j) => (j === i ? changed : r)))}
              onRemove={rows.length > 1 ? () => setRows(rows.filter((_, j) => j !== i)) : null}
            />
          ))}
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              setRows([...rows, { negated: false, condition: blankCondition('language') }])
            }
          >
            {t('campaigns.segment.addCondition')}
          </button>
        </>
      )}
      <FieldError error={error} path={path} />
      <p className="segment-count" role="status">
        {live.count
          ? t('campaigns.segment.count', {
              members: live.count.members,
              contactable: live.count.contactable,
              contacts: live.count.contacts,
            })
          : t(live.error ? 'campaigns.segment.uncounted' : 'campaigns.segment.counting')}
      </p>
      {props.onRemove && (
        <button type="button" className="button button--secondary" onClick={props.onRemove}>
          {t('campaigns.segment.remove')}
        </button>
      )}
    </fieldset>
  );
}
