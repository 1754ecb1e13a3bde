/** The small server-written pages of an approval link: the confirmation (GET) and the result (POST). */
import type { ApprovalLinkView } from '../../../app/mail/index.js';
import { escapeHtml } from '../../../i18n/escape-html.js';
import { approvalSummaryText, type Locale, translate } from '../../../i18n/index.js';

/** What one page says: its sentences, and the form that confirms the decision when still open. */
function page(language: Locale, lines: readonly string[], confirm: string | null): string {
  const title = escapeHtml(translate(language, 'mail.approval.page.title'));
  const body = lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('');
  const form =
    confirm === null
      ? ''
      : `<form method="post"><button type="submit">${escapeHtml(confirm)}</button></form>`;
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>${title}</title></head><body><h1>${title}</h1>${body}${form}</body></html>`;
}

/**
 * The page of a link: an open request asks to confirm its decision (a form posting back to the
 * same link, so that mail scanners following links decide nothing); otherwise where it stands.
 */
export function approvalPage(language: Locale, view: ApprovalLinkView): string {
  const summary = view.summary === null ? [] : [approvalSummaryText(language, view.summary)];
  const refused =
    view.refused === null ? [] : [translate(language, `mail.approval.refused.${view.refused}`)];
  if (view.state === 'open') {
    return page(
      language,
      [translate(language, `mail.approval.page.confirm.${view.decision}`), ...summary, ...refused],
      translate(language, `mail.approval.page.button.${view.decision}`),
    );
  }
  const state = translate(language, `mail.approval.page.state.${view.state}`);
  return page(language, [state, ...refused, ...summary], null);
}

/** The page of a link that names no request (or whose signature is wrong). */
export function approvalNotFoundPage(language: Locale): string {
  return page(language, [translate(language, 'mail.approval.page.notFound')], null);
}
