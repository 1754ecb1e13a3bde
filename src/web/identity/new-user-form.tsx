/** The "new user" form: organisation first, then only the roles that fit its kind. */
import { useState } from 'react';
import { organisationKindOf, type Role, roles } from '../../domain/identity/roles.js';
import { type Locale, locales } from '../../i18n/index.js';
import { api, type Organisation, type User } from '../api/endpoints.js';
import { useI18n } from '../i18n.js';
import { CreateForm } from '../ui/create-panel.js';
import { SelectField, TextField } from '../ui/field.js';

/** Creates a user in one of `organisations`; calls `onCreated` with the new user. */
export function NewUserForm(props: {
  organisations: readonly Organisation[];
  onCreated(user: User): void;
  onCancel(): void;
}) {
  const { t, locale } = useI18n();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [userLocale, setUserLocale] = useState<Locale>(locale);
  const [password, setPassword] = useState('');

  const organisation = props.organisations.find((o) => o.id === organisationId);
  const fitting = roles.filter((r) => organisation && organisationKindOf(r) === organisation.kind);

  const chooseOrganisation = (id: string) => {
    setOrganisationId(id);
    const kind = props.organisations.find((o) => o.id === id)?.kind;
    if (role && kind && organisationKindOf(role) !== kind) setRole('');
  };

  const create = () =>
    api.createUser({
      organisationId,
      email: email.trim(),
      name: name.trim(),
      locale: userLocale,
      role: role as Role,
      password: password === '' ? null : password,
    });

  return (
    <CreateForm
      id="new-user-title"
      title={t('users.new')}
      create={create}
      onCreated={props.onCreated}
      onCancel={props.onCancel}
    >
      {(error) => (
        <div className="form-grid">
          <TextField
            path="name"
            label={t('users.field.name')}
            error={error}
            value={name}
            onChange={setName}
          />
          <TextField
            path="email"
            label={t('users.field.email')}
            type="email"
            error={error}
            value={email}
            onChange={setEmail}
          />
          <SelectField
            path="organisationId"
            label={t('users.field.organisation')}
            error={error}
            value={organisationId}
            onChange={chooseOrganisation}
            choices={[
              { value: '', label: t('common.choose') },
              ...props.organisations.map((o) => ({
                value: o.id,
                label: `${o.name} · ${t(`orgKind.${o.kind}`)}`,
              })),
            ]}
          />
          <SelectField
            path="role"
            label={t('users.field.role')}
            hint={t('users.field.roleHint')}
            error={error}
            value={role}
            onChange={(value) => setRole(value as Role | '')}
            choices={[
              { value: '', label: t('common.choose') },
              ...fitting.map((r) => ({ value: r, label: t(`role.${r}`) })),
            ]}
          />
          <SelectField
            path="locale"
            label={t('users.field.locale')}
            error={error}
            value={userLocale}
            onChange={(value) => setUserLocale(value as Locale)}
            choices={locales.map((l) => ({ value: l, label: t(`language.${l}`), lang: l }))}
          />
          <TextField
            path="password"
            label={t('users.field.password')}
            hint={t('users.field.passwordHint')}
            optional
            type="password"
            autoComplete="new-password"
            error={error}
            value={password}
            onChange={setPassword}
          />
        </div>
      )}
    </CreateForm>
  );
}
