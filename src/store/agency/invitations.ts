import type { InvitationQueue } from '../../app/agency/index.js';
import type { Db } from '../database.js';
import { asOutgoing } from '../identity/account-mail.js';
import { outgoingRepository } from '../mail/outgoing.js';

/** Ceremony invitations join the outgoing queue of the mail module. */
export function ceremonyInvitationQueue(db: Db): InvitationQueue {
  const outgoing = outgoingRepository(db);
  return {
    async enqueue(mail) {
      await outgoing.enqueue(asOutgoing(mail));
    },
  };
}
