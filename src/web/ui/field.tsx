/**
 * A labelled form field: visible label, optional hint, the inline error for its path and the
 * ARIA wiring between them, so every form reads the same to people and to screen readers.
 */
import type { ReactNode } from 'react';
import type { ApiError } from '../api/client.js';
import { useI18n } from '../i18n.js';
import { describedBy, FieldError, fieldId } from './errors.js';

/** The attributes the field's control must spread (id, aria-invalid, aria-describedby). */
export interface ControlProps {
  id: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/**
 * One field; `children` renders the control with the given props. `scope` keeps the control's id
 * unique when the same small form repeats on a page (one per ceremony, one per activity).
 */
export function Field(props: {
  path: string;
  scope?: string;
  label: string;
  hint?: string;
  optional?: boolean;
  error: ApiError | null;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const { t } = useI18n();
  const id = fieldId(props.scope ? `${props.scope}.${props.path}` : props.path);
  const hintId = props.hint ? `${id}-hint` : undefined;
  return (
    <div className={`field ${props.className ?? ''}`}>
      <label className="field__label" htmlFor={id}>
        {props.label}
        {props.optional && <span className="field__optional"> ({t('common.optional')})</span>}
      </label>
      {props.children({ id, ...describedBy(props.error, props.path, hintId) })}
      {props.hint && (
        <p className="field__hint" id={hintId}>
          {props.hint}
        </p>
      )}
      <FieldError error={props.error} path={props.path} />
    </div>
  );
}

/** What {@link TextField} and {@link SelectField} share with {@link Field}. */
interface FieldProps {
  path: string;
  scope?: string;
  label: string;
  hint?: string;
  optional?: boolean;
  error: ApiError | null;
  className?: string;
  value: string;
  onChange(value: string): void;
}

/** A labelled text input (any `type`), the common case of {@link Field}. */
export function TextField(
  props: FieldProps & {
    type?: 'text' | 'email' | 'password' | 'datetime-local' | 'date';
    autoComplete?: string;
    readOnly?: boolean;
    list?: string;
    placeholder?: string;
    inputMode?: 'numeric' | 'text';
  },
) {
  const { value, onChange, type = 'text', autoComplete = 'off', ...field } = props;
  return (
    <Field {...field}>
      {(control) => (
        <input
          {...control}
          className="input"
          type={type}
          autoComplete={autoComplete}
          readOnly={props.readOnly}
          list={props.list}
          placeholder={props.placeholder}
          inputMode={props.inputMode}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}

/** One choice of a {@link SelectField}. */
export interface Choice {
  value: string;
  label: string;
  lang?: string;
}

/** A labelled select; `choices` may start with an empty "choose…" or "all" option. */
export function SelectField(props: FieldProps & { choices: readonly Choice[] }) {
  const { value, onChange, choices, ...field } = props;
  return (
    <Field {...field}>
      {(control) => (
        <select
          {...control}
          className="input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        >
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value} lang={choice.lang}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
