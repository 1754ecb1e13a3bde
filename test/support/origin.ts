import type { Origin } from '../../src/app/shared/index.js';

/** The origin of changes a test makes directly through use-cases (audited as such). */
export const testOrigin: Origin = {
  via: 'system',
  action: 'test setup',
  ip: null,
  requestId: null,
  outcome: null,
};
