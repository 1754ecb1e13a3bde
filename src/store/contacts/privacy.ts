/** The privacy port over the database: access exports and anonymisation plans (see `erasure.ts`). */
import type { PrivacyStore } from '../../app/contacts/index.js';
import type { Db } from '../database.js';
import { exportSubject, runAnonymisation } from './erasure.js';

/** Exports and anonymisation over one database or transaction. */
export function privacyStore(db: Db): PrivacyStore {
  return {
    exportSubject: (steps, subject) => exportSubject(db, steps, subject),
    async anonymise(plan) {
      const results = await runAnonymisation(db, plan);
      return results.flatMap((result) => result.removedAttachments);
    },
  };
}
