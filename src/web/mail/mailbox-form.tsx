/**
 * A mailbox's settings: where it is, how to sign in (the password is write-only: left empty
 * when changing a mailbox, the stored one is kept), which folder to read and what to do with a
 * message once it is stored.
 */
import { type FormEvent, useState } from 'react';
import { type Mailbox, type MailboxSettings, mail } from '../api/mail.js';
import { useI18n } from '../i18n.js';
import { ErrorSummary } from '../ui/errors.js';
import { SelectField, TextField } from '../ui/field.js';
import { useAction } from '../ui/use-action.js';

/** The form's fields as text, as the inputs hold them. */
function draftOf(box: Mailbox | null) {
  return {
    name: box?.name ?? '',
    host: box?.host ?? '',
    port: String(box?.port ?? 993),
    secure: box?.secure === false ? 'starttls' : 'tls',
    username: box?.username ?? '',
    password: '',
    folder: box?.folder ?? 'INBOX',
    after: box?.afterAccept.kind ?? 'flag',
    moveTo: box?.afterAccept.kind === 'move' ? box.afterAccept.to : '',
    active: box?.active === false ? 'no' : 'yes',
  };
}

/** Adds a mailbox (`box` null) or changes one; `onDone` hears the saved mailbox. */
export function MailboxForm(props: {
  box: Mailbox | null;
  onDone(box: Mailbox): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(() => draftOf(props.box));
  const action = useAction();
  const set = (key: keyof typeof draft) => (value: string) => setDraft({ ...draft, [key]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const settings: MailboxSettings = {
      name: draft.name,
      host: draft.host,
      port: Number(draft.port),
      secure: draft.secure === 'tls',
      username: draft.username,
      folder: draft.folder,
      afterAccept: draft.after === 'move' ? { kind: 'move', to: draft.moveTo } : { kind: 'flag' },
      active: draft.active === 'yes',
      ...(draft.password === '' && props.box ? {} : { password: draft.password }),
    };
    const { box } = props;
    void action.run(
      () => (box ? mail.changeMailbox(box.id, settings) : mail.addMailbox(settings)),
      props.onDone,
    );
  };
  const { error } = action;
  return (
    <form className="card" onSubmit={submit} aria-label={t('mail.mailboxes.form')}>
      <ErrorSummary error={error} />
      <TextField
        path="body.name"
        label={t('mail.mailboxes.name')}
        error={error}
        value={draft.name}
        onChange={set('name')}
      />
      <TextField
        path="body.host"
        label={t('mail.mailboxes.host')}
        error={error}
        value={draft.host}
        onChange={set('host')}
      />
      <TextField
        path="body.port"
        label={t('mail.mailboxes.port')}
        error={error}
        value={draft.port}
        onChange={set('port')}
      />
      <SelectField
        path="body.secure"
        label={t('mail.mailboxes.security')}
        error={error}
        value={draft.secure}
        onChange={set('secure')}
        choices={[
          { value: 'tls', label: t('mail.mailboxes.security.tls') },
          { value: 'starttls', label: t('mail.mailboxes.security.starttls') },
        ]}
      />
      <TextField
        path="body.username"
        label={t('mail.mailboxes.username')}
        error={error}
        value={draft.username}
        onChange={set('username')}
      />
      <TextField
        path="body.password"
        type="password"
        autoComplete="new-password"
        label={t('mail.mailboxes.password')}
        hint={t(props.box ? 'mail.mailboxes.passwordKeep' : 'mail.mailboxes.passwordHint')}
        error={error}
        value={draft.password}
        onChange={set('password')}
      />
      <TextField
        path="body.folder"
        label={t('mail.mailboxes.folder')}
        error={error}
        value={draft.folder}
        onChange={set('folder')}
      />
      <SelectField
        path="body.afterAccept.kind"
        label={t('mail.mailboxes.after')}
        error={error}
        value={draft.after}
        onChange={set('after')}
        choices={[
          { value: 'flag', label: t('mail.mailboxes.after.flag') },
          { value: 'move', label: t('mail.mailboxes.after.move') },
        ]}
      />
      {draft.after === 'move' && (
        <TextField
          path="body.afterAccept.to"
          label={t('mail.mailboxes.moveTo')}
          error={error}
          value={draft.moveTo}
          onChange={set('moveTo')}
        />
      )}
      <SelectField
        path="body.active"
        label={t('mail.mailboxes.active')}
        error={error}
        value={draft.active}
        onChange={set('active')}
        choices={[
          { value: 'yes', label: t('mail.mailboxes.active.yes') },
          { value: 'no', label: t('mail.mailboxes.active.no') },
        ]}
      />
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={action.busy}>
          {t('common.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
