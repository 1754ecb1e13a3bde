import { randomBytes } from 'node:crypto';
import { createUser } from '../app/identity/create-user.js';
import { resetPassword } from '../app/identity/reset-password.js';
import type { IdentityPorts } from '../app/ports.js';
import { invalidInput } from '../domain/errors.js';
import { type Role, roles } from '../domain/identity/roles.js';
import type { CommandSpec } from './command-line.js';

type Values = Record<string, string | boolean | undefined>;

/** The `pacta user …` commands and their flags. */
export const userCommandSpecs: CommandSpec[] = [
  {
    words: ['user', 'add'],
    summary:
      'add a user: --email --name --role --organisation NAME|ID [--password] [--locale es|en]',
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      organisation: { type: 'string' },
      password: { type: 'string' },
      locale: { type: 'string' },
    },
  },
  {
    words: ['user', 'list'],
    summary: 'list users: [--organisation NAME|ID]',
    options: { organisation: { type: 'string' } },
  },
  {
    words: ['user', 'reset-password'],
    summary: 'set a new password: --email [--password]; without one a random one is printed',
    options: { email: { type: 'string' }, password: { type: 'string' } },
  },
];

function required(values: Values, flag: string): string {
  const value = values[flag];
  if (typeof value !== 'string' || value.trim() === '')
    throw invalidInput(`--${flag}`, 'is required');
  return value.trim();
}

async function findOrganisation(ports: IdentityPorts, nameOrId: string) {
  const all = await ports.organisations.list();
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
  ports: IdentityPorts,
  write: (line: string) => void,
) {
  if (name === 'user add') {
    const role = required(values, 'role');
    if (!roles.includes(role as Role))
      throw invalidInput('--role', `must be one of ${roles.join(', ')}`);
    const locale = values.locale ?? 'es';
    if (locale !== 'es' && locale !== 'en') throw invalidInput('--locale', 'must be es or en');
    const organisation = await findOrganisation(ports, required(values, 'organisation'));
    const user = await createUser({
      organisations: ports.organisations,
      users: ports.users,
      organisationId: organisation.id,
      email: required(values, 'email'),
      name: required(values, 'name'),
      locale,
      role: role as Role,
      password: typeof values.password === 'string' ? values.password : null,
    });
    write(`added ${user.email} (${user.role}) to ${organisation.name}, id ${user.id}`);
    return;
  }
  if (name === 'user list') {
    const only =
      typeof values.organisation === 'string'
        ? [(await findOrganisation(ports, values.organisation)).id]
        : undefined;
    const names = new Map((await ports.organisations.list()).map((org) => [org.id, org.name]));
    for (const user of await ports.users.list(only)) {
      const status = user.active ? (user.hasLogin ? 'login' : 'contact') : 'inactive';
      write([user.email, user.role, names.get(user.organisationId) ?? '?', status].join('\t'));
    }
    return;
  }
  const email = required(values, 'email');
  const given = typeof values.password === 'string' ? values.password : undefined;
  const password = given ?? randomBytes(12).toString('base64url');
  await resetPassword({ ports, email, password });
  write(given ? `password of ${email} changed` : `new password of ${email}: ${password}`);
}
