/**
 * Showing API errors in the user's language: the sentence for the error `code` from the i18n
 * catalog, the server's own message kept as detail, and each field issue next to its field
 * (matched by its path, e.g. `body.spec.week.mon[1][0]` → `spec.week.mon[1][0]`).
 */
import { useEffect, useRef, useState } from 'react';
import { errorText, fieldErrorText, issueText, type Locale, ruleText } from '../../i18n/index.js';
import { ApiError, type FieldIssue } from '../api/client.js';
import { useI18n } from '../i18n.js';

/** A field's path as the form knows it: the API path without its `body.` / `querystring.` part. */
export function formPath(apiPath: string): string {
  return apiPath.replace(/^(body|querystring|params)\.*/, '');
}

/** The DOM id of the input for a form path (`spec.week.mon[1][0]` → `f-spec-week-mon-1-0`). */
export function fieldId(path: string): string {
  return `f-${path.replace(/[^\w]+/g, '-').replace(/-+$/, '')}`;
}

/** The issues of `error` at exactly `path`. */
export function issuesAt(error: ApiError | null, path: string): FieldIssue[] {
  return error?.fields.filter((issue) => formPath(issue.path) === path) ?? [];
}

/** The id of the inline error element of a field, for `aria-describedby`. */
export function errorIdOf(path: string): string {
  return `${fieldId(path)}-error`;
}

/**
 * The inline error under a field: the translated phrase for the code, then the detail (the
 * server's English message; status 0 marks errors the browser wrote in the user's language).
 */
export function FieldError({ error, path }: { error: ApiError | null; path: string }) {
  const { locale } = useI18n();
  const issues = issuesAt(error, path);
  if (!error || issues.length === 0) return null;
  return (
    <p className="field-error" id={errorIdOf(path)}>
      <span className="field-error__text">{fieldErrorText(locale, error.code)}</span>
      {issues.map((issue) => {
        const detail = issueDetail(locale, error, issue);
        return detail ? (
          <span className="field-error__detail" key={issue.message}>
            {detail}
          </span>
        ) : null;
      })}
    </p>
  );
}

/**
 * What is wrong with a field in the user's language: from the issue's code when the API sent
 * one, else the browser's own message (already in the user's language); null for a server
 * sentence without a code, which is never shown to people in another language.
 */
function issueDetail(locale: Locale, error: ApiError, issue: FieldIssue): string | null {
  return (
    issueText(locale, issue) ??
    brokenRuleText(locale, error) ??
    (error.status === 0 ? issue.message : null)
  );
}

/** The sentence of the business rule an error says was broken, in the user's language; null if none. */
function brokenRuleText(locale: Locale, error: ApiError): string | null {
  return error.rule ? ruleText(locale, error.rule.key, error.rule.params) : null;
}

/** The label a form gives the field at `path`, read from the page, or a neutral "a field". */
function FieldName({ path }: { path: string }) {
  const { t } = useI18n();
  const [label, setLabel] = useState<string | null>(null);
  useEffect(() => {
    const input = document.getElementById(fieldId(path));
    const labelled =
      input instanceof HTMLInputElement ||
      input instanceof HTMLSelectElement ||
      input instanceof HTMLTextAreaElement
        ? input.labels?.[0]?.textContent
        : null;
    setLabel(labelled?.trim() || null);
  }, [path]);
  return <>{label ?? t('issue.someField')}</>;
}

/** Accessibility attributes an input needs when `path` has an error (and a hint, if any). */
export function describedBy(error: ApiError | null, path: string, hintId?: string) {
  const invalid = issuesAt(error, path).length > 0;
  const ids = [hintId, invalid ? errorIdOf(path) : undefined].filter(Boolean).join(' ');
  return {
    'aria-invalid': invalid || undefined,
    ...(ids ? { 'aria-describedby': ids } : {}),
  };
}

/**
 * The problem summary at the top of a form or page: announced, with the sentence for the code,
 * links to each failing field and the server's message and reference for support.
 */
export function ErrorSummary({ error }: { error: ApiError | null }) {
  const { locale, t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) box.current?.focus();
  }, [error]);
  if (!error) return null;
  return (
    <div className="alert alert--error" role="alert" ref={box} tabIndex={-1}>
      <p className="alert__title">{t('common.errorSummary')}</p>
      <p>{errorText(locale, error.code)}</p>
      {error.fields.length > 0 && (
        <ul className="alert__fields">
          {error.fields.map((issue) => (
            <li key={`${issue.path}|${issue.message}`}>
              <a href={`#${fieldId(formPath(issue.path))}`}>
                <FieldName path={formPath(issue.path)} />
              </a>
              {': '}
              {issueDetail(locale, error, issue) ?? fieldErrorText(locale, error.code)}
            </li>
          ))}
        </ul>
      )}
      {error.fields.length === 0 && (
        <p className="alert__detail">
          {brokenRuleText(locale, error) ?? t('common.serverDetail', { message: error.message })}
        </p>
      )}
      {error.requestId && (
        <p className="alert__detail">{t('common.reference', { requestId: error.requestId })}</p>
      )}
    </div>
  );
}

/** An error found in the browser before sending (status 0), shown at the field `path`. */
export function invalidField(path: string, message: string): ApiError {
  return new ApiError(0, 'invalid_input', message, null, [{ path, message }]);
}
