/** Mail put together from paragraphs in words: what every mail template (notices, reports) ends with. */
import { escapeHtml } from './escape-html.js';

/** A message in words: subject, text and HTML. */
export interface MailBody {
  subject: string;
  text: string;
  html: string;
}

/** Paragraphs as text (blank line between) and as HTML (each escaped, line breaks kept). */
export function mailBody(subject: string, paragraphs: readonly string[]): MailBody {
  const kept = paragraphs.filter((p) => p.trim() !== '');
  return {
    subject,
    text: `${kept.join('\n\n')}\n`,
    html: `<!doctype html><html><body>${kept
      .map((p) => `<p>${escapeHtml(p).replaceAll('\n', '<br>')}</p>`)
      .join('')}</body></html>`,
  };
}
