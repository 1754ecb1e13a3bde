/** The seeded fake app with a contact of the client (Ana), and the options of a manager's success call. */
import { buildPerson } from '../factories/contacts.js';
import { seededApp } from '../fakes/app.js';
import { testOrigin } from './origin.js';

/** The seeded app, Ana (a contact of the seeded client), and the account manager's options. */
export async function successWithAna() {
  const app = await seededApp();
  const { seeded, store } = app;
  const ana = buildPerson({
    id: '00000000-0000-4000-8000-00000000c001',
    organisationId: seeded.client.id,
  });
  store.tables.contacts.push(ana);
  const options = {
    ...app.modules.success,
    actor: seeded.actors.account_manager,
    origin: testOrigin,
    contractId: seeded.contract.contract.id,
  };
  return { ...app, ana, options };
}
