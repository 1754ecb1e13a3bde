/** A seeded installation with a way to open tickets on its contract, for the desk's use-case tests. */
import { openTicket } from '../../src/app/desk/index.js';
import type { Actor } from '../../src/domain/identity/policy.js';
import { testOrigin } from '../support/origin.js';
import { seededApp } from './app.js';

/** {@link seededApp} and `open(actor?, overrides?)`: a high question of the client requester by default. */
export async function deskApp() {
  const app = await seededApp();
  const open = (actor: Actor = app.seeded.actors.client_requester, overrides: object = {}) =>
    openTicket({
      ...app.modules.desk,
      actor,
      origin: testOrigin,
      input: {
        contractId: app.seeded.contract.contract.id,
        channel: 'portal',
        classification: { kind: 'question' },
        criticality: 'high',
        subject: 'No puedo exportar el informe',
        description: 'El botón de exportar no responde.',
        ...overrides,
      },
    });
  const command = (actor: Actor, ticketId: string) => ({
    ...app.modules.desk,
    actor,
    origin: testOrigin,
    ticketId,
  });
  return { ...app, open, command };
}
