/**
 * The data subject's rights on the 360° view: rectification (the old value stays in the
 * history), the access export as JSON and PDF, and anonymisation after an explicit confirmation.
 */
import { type FormEvent, useState } from 'react';
import { type Contact, contacts } from '../api/contacts.js';
import { useI18n } from '../i18n.js';
import { ErrorSummary } from '../ui/errors.js';
import { SelectField, TextField } from '../ui/field.js';
import { useAction } from '../ui/use-action.js';
import { fieldsOf, fieldText } from './contact-fields.js';

/** Corrects one field with a reason. */
export function RectifyForm(props: { contact: Contact; onDone(contact: Contact): void }) {
  const { t } = useI18n();
  const fields = [
    ...fieldsOf(props.contact).map((f) => ({ value: f, label: t(`contacts.field.${f}`) })),
    ...Object.keys(props.contact.custom).map((k) => ({ value: `custom.${k}`, label: k })),
  ];
  const [field, setField] = useState<string>(fields[0]?.value ?? 'email');
  const [value, setValue] = useState(fieldText(props.contact, field));
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const choose = (next: string) => {
    setField(next);
    setValue(fieldText(props.contact, next));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const label = fields.find((f) => f.value === field)?.label ?? field;
    void run(
      () =>
        contacts.rectify(
          props.contact.id,
          { [field]: value.trim() === '' ? null : value.trim() },
          reason.trim() === '' ? null : reason.trim(),
        ),
      (saved) => {
        setDone(t('contacts.rectify.done', { field: label }));
        props.onDone(saved);
      },
    );
  };
  return (
    <section className="card">
      <h2>{t('contacts.rectify.title')}</h2>
      <p className="muted">{t('contacts.rectify.intro')}</p>
      {done && (
        <p className="alert alert--info" role="status">
          {done}
        </p>
      )}
      <ErrorSummary error={error} />
      <form className="form" onSubmit={submit} noValidate>
        <SelectField
          path="field"
          label={t('contacts.rectify.field')}
          error={null}
          value={field}
          onChange={choose}
          choices={fields}
        />
        <TextField
          path={`changes.${field}`}
          label={t('contacts.rectify.value')}
          error={error}
          value={value}
          onChange={setValue}
        />
        <TextField
          path="reason"
          label={t('contacts.rectify.reason')}
          optional
          error={error}
          value={reason}
          onChange={setReason}
        />
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('contacts.rectify.submit')}
        </button>
      </form>
    </section>
  );
}

/** The access export's downloads. */
export function ExportLinks({ contactId }: { contactId: string }) {
  const { t } = useI18n();
  return (
    <section className="card">
      <h2>{t('contacts.export.title')}</h2>
      <p className="muted">{t('contacts.export.intro')}</p>
      <p className="inline-actions">
        <a
          className="button button--secondary"
          href={contacts.exportUrl(contactId, 'json')}
          download
        >
          {t('contacts.export.json')}
        </a>{' '}
        <a
          className="button button--secondary"
          href={contacts.exportUrl(contactId, 'pdf')}
          download
        >
          {t('contacts.export.pdf')}
        </a>
      </p>
    </section>
  );
}

/** Anonymises the contact once the user confirms; says the pseudonym afterwards. */
export function AnonymisePanel(props: { contact: Contact; onDone(contact: Contact): void }) {
  const { t } = useI18n();
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const { busy, error, run } = useAction();
  const confirm = () =>
    void run(
      () => contacts.anonymise(props.contact.id),
      (answer) => {
        setAsking(false);
        setDone(
          t('contacts.anonymise.done', {
            pseudonym: answer.contact.pseudonym ?? '',
            count: answer.removedAttachments,
          }),
        );
        props.onDone(answer.contact);
      },
    );
  return (
    <section className="card">
      <h2>{t('contacts.anonymise.title')}</h2>
      {done ? (
        <p className="alert alert--info" role="status">
          {done}
        </p>
      ) : (
        <>
          <p className="muted">{t('contacts.anonymise.intro')}</p>
          <ErrorSummary error={error} />
          {asking ? (
            <div
              className="alert alert--error"
              role="alertdialog"
              aria-label={t('contacts.anonymise.title')}
            >
              <button
                type="button"
                className="button button--danger"
                disabled={busy}
                onClick={confirm}
              >
                {t('contacts.anonymise.confirm', { name: props.contact.displayName })}
              </button>{' '}
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setAsking(false)}
              >
                {t('contacts.anonymise.cancel')}
              </button>
            </div>
          ) : (
            <button type="button" className="button button--danger" onClick={() => setAsking(true)}>
              {t('contacts.anonymise.start')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
