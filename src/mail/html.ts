/**
 * Mail HTML is hostile: it is sanitised before it is stored (no scripts, styles, event
 * handlers, forms or remote images that track the reader), and the text agents read is derived
 * from it when a message has no plain part.
 */
import { compile } from 'html-to-text';
import sanitizeHtml from 'sanitize-html';

const tableCell = ['colspan', 'rowspan', 'align', 'valign', 'width'];

const policy: sanitizeHtml.IOptions = {
  allowedTags: [
    ...sanitizeHtml.defaults.allowedTags,
    'img',
    'font',
    'center',
    'del',
    'ins',
    's',
    'u',
    'span',
  ],
  allowedAttributes: {
    a: ['href', 'name', 'title', 'rel', 'target'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    table: ['border', 'cellpadding', 'cellspacing', 'width', 'align'],
    td: tableCell,
    th: tableCell,
    font: ['color', 'size'],
    '*': ['dir', 'lang'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['cid', 'data'] },
  allowProtocolRelative: false,
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer nofollow', target: '_blank' }),
  },
};

/** The HTML of a message made safe to store and show: inline images by `cid:` or `data:` only. */
export function sanitiseHtml(html: string): string {
  return sanitizeHtml(html, policy);
}

const toText = compile({
  wordwrap: false,
  selectors: [
    { selector: 'img', format: 'skip' },
    { selector: 'a', options: { hideLinkHrefIfSameAsText: true } },
  ],
});

/** The plain text of an HTML body, links kept as `text [url]`, images dropped. */
export function htmlToText(html: string): string {
  return toText(html).trim();
}
