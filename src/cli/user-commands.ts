import { randomBytes } from 'node:crypto';
import { createUser, type IdentityDeps, listUsers, resetPassword } from '../app/identity/index.js';
import { commandLineOrigin } from '../app/shared/index.js';
import { invalidInput } from '../domain/errors.js';
import type { SystemActor } from '../domain/identity/policy.js';
import { type Role, roles } from '../domain/identity/roles.js';

type Values = Record<string, string | boolean | undefined>;

function required(values: Values, flag: string): string {
  const value = values[flag];
  if (typeof value !== 'string' || value.trim() === '')
    throw invalidInput(`--${flag}`, 'is required');
  return value.trim();
}

/** The operator at the command line acts as the installation itself. */
const operator: SystemActor = { system: 'cli' };

async function findOrganisation(deps: IdentityDeps, nameOrId: string) {
  const all = await deps.organisations.list();
  const found = all.find(
    (org) => org.id === nameOrId || org.name.toLowerCase() === nameOrId.toLowerCase(),
  );
  if (!found) throw invalidInput('--organisation', `no organisation named or with id ${nameOrId}`);
  return found;
}

/** Runs one `pacta user …` command; output goes to `write`. */
export async function runUserCommand(
  name: string,
  values: Values,
  deps: IdentityDeps,
  write: (line: string) => void,
) {
  if (name === 'user add') {
    const role = required(values, 'role');
    if (!roles.includes(role as Role))
      throw invalidInput('--role', `must be one of ${roles.join(', ')}`);
    const locale = values.locale ?? 'es';
    if (locale !== 'es' && locale !== 'en') throw invalidInput('--locale', 'must be es or en');
    const organisation = await findOrganisation(deps, required(values, 'organisation'));
    const user = await createUser({
      ...deps,
      actor: operator,
      origin: commandLineOrigin(name),
      user: {
        organisationId: organisation.id,
        email: required(values, 'email'),
        name: required(values, 'name'),
        locale,
        role: role as Role,
        password: typeof values.password === 'string' ? values.password : null,
      },
    });
    write(`added ${user.email} (${user.role}) to ${organisation.name}, id ${user.id}`);
    return;
  }
  if (name === 'user list') {
    const only =
      typeof values.organisation === 'string'
        ? (await findOrganisation(deps, values.organisation)).id
        : undefined;
    const names = new Map((await deps.organisations.list()).map((org) => [org.id, org.name]));
    for (const user of await listUsers({ ...deps, actor: operator, organisationId: only })) {
      const status = user.active ? (user.hasLogin ? 'login' : 'contact') : 'inactive';
      write([user.email, user.role, names.get(user.organisationId) ?? '?', status].join('\t'));
    }
    return;
  }
  const email = required(values, 'email');
  const given = typeof values.password === 'string' ? values.password : undefined;
  const password = given ?? randomBytes(12).toString('base64url');
  await resetPassword({
    ...deps,
    actor: operator,
    origin: commandLineOrigin(name),
    email,
    password,
  });
  write(given ? `password of ${email} changed` : `new password of ${email}: ${password}`);
}
