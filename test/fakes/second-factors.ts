/** TOTP secrets and recovery codes in memory, as src/store/identity/second-factors.ts keeps them. */
import type { Repositories } from '../../src/store/index.js';
import type { Tables } from './identity.js';

/** The in-memory second factors. */
export function secondFactors(tables: Tables): Repositories['secondFactors'] {
  const codes = (userId: string) => tables().recoveryCodes.filter((c) => c.userId === userId);
  return {
    async find(userId) {
      const row = tables().secondFactors.get(userId);
      return row && { ...row };
    },
    async begin(userId, secretSealed, _at) {
      tables().secondFactors.set(userId, { secretSealed, confirmedAt: null, lastStep: null });
    },
    async confirm(userId, step, codeHashes, at) {
      const row = tables().secondFactors.get(userId);
      if (row) Object.assign(row, { confirmedAt: at, lastStep: step });
      tables().recoveryCodes = tables().recoveryCodes.filter((c) => c.userId !== userId);
      for (const codeHash of codeHashes)
        tables().recoveryCodes.push({ userId, codeHash, usedAt: null });
    },
    async spendStep(userId, step) {
      const row = tables().secondFactors.get(userId);
      if (!row || (row.lastStep !== null && row.lastStep >= step)) return false;
      row.lastStep = step;
      return true;
    },
    async spendRecoveryCode(userId, codeHash, at) {
      const code = codes(userId).find((c) => c.codeHash === codeHash && c.usedAt === null);
      if (code) code.usedAt = at;
      return code !== undefined;
    },
    async recoveryCodesLeft(userId) {
      return codes(userId).filter((c) => c.usedAt === null).length;
    },
    async remove(userId) {
      tables().secondFactors.delete(userId);
      tables().recoveryCodes = tables().recoveryCodes.filter((c) => c.userId !== userId);
    },
  };
}
