/** The small server-written pages of an approval link: the confirmation (GET) and the result (POST). */
import type { ApprovalLinkView } from '../../../app/mail/index.js';
import { escapeHtml } from '../../../i18n/escape-html.js';
import { approvalSummaryText, type Locale, translate } from '../../../i18n/index.js';

/** The form that confirms a decision: a button, and for a rejection the reason to give. */
interface Confirm {
  button: string;
  /** The reason field's label, and whether the reason is required (a deliverable's changes). */
  reason: { label: string; required: boolean } | null;
}

/** What one page says: its sentences, and the form that confirms the decision when still open. */
function page(language: Locale, lines: readonly string[], confirm: Confirm | null): string {
  const title = escapeHtml(translate(language, 'mail.approval.page.title'));
  const body = lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
  const reason =
    confirm?.reason == null
      ? ''
      : `<p><label for="reason">${escapeHtml(confirm.reason.label)}</label><br><textarea id="reason" name="reason" rows="5" cols="60" maxlength="2000"${confirm.reason.required ? ' required' : ''}></textarea></p>`;
  const form =
    confirm === null
      ? ''
      : `<form method="post">${reason}<button type="submit">${escapeHtml(confirm.button)}</button></form>`;
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>${title}</title></head><body><h1>${title}</h1>${body}${form}</body></html>`;
}

/**
 * The page of a link, worded for its subject (work, quote, deliverable): an open request asks to
 * confirm its decision (a form posting back to the same link, so that mail scanners following
 * links decide nothing; a rejection takes its reason there, required to ask for a deliverable's
 * changes); otherwise where it stands.
 */
export function approvalPage(language: Locale, view: ApprovalLinkView): string {
  const { kind, decision } = view;
  const summary = view.summary === null ? [] : [approvalSummaryText(language, view.summary)];
  const refused =
    view.refused === null ? [] : [translate(language, `mail.approval.refused.${view.refused}`)];
  if (view.state === 'open') {
    const reason = {
      label: translate(language, `mail.approval.page.reason.${kind}`),
      required: kind === 'deliverable',
    };
    return page(
      language,
      [
        translate(language, `mail.approval.page.confirm.${kind}.${decision}`),
        ...summary,
        ...refused,
      ],
      {
        button: translate(language, `mail.approval.page.button.${kind}.${decision}`),
        reason: decision === 'rejected' ? reason : null,
      },
    );
  }
  const state =
    view.state === 'approved' || view.state === 'rejected'
      ? translate(language, `mail.approval.page.state.${kind}.${view.state}`)
      : translate(language, `mail.approval.page.state.${view.state}`);
  return page(language, [state, ...refused, ...summary], null);
}

/** The page of a link that names no request (or whose signature is wrong). */
export function approvalNotFoundPage(language: Locale): string {
  return page(language, [translate(language, 'mail.approval.page.notFound')], null);
}
