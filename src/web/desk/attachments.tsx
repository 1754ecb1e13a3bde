/** The files that came with a message, each downloaded (never opened in the page) by its link. */
import type { Message } from '../api/desk.js';
import { mailAttachmentUrl } from '../api/mail.js';
import { fileSize } from '../format.js';
import { useI18n } from '../i18n.js';

/** The attachments of `files`, or nothing when there are none. */
export function Attachments(props: { files: Message['attachments'] }) {
  const { t, locale } = useI18n();
  if (props.files.length === 0) return null;
  return (
    <ul className="message__attachments" aria-label={t('ticket.attachments')}>
      {props.files.map((file, index) => (
        <li key={file.id ?? `${file.name}-${index}`}>
          {file.id ? (
            <a href={mailAttachmentUrl(file.id)} download={file.name}>
              {file.name}
            </a>
          ) : (
            t('ticket.attachmentMissing', { name: file.name })
          )}{' '}
          <span className="muted">{fileSize(locale, file.bytes)}</span>
        </li>
      ))}
    </ul>
  );
}
