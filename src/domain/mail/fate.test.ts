import { describe, expect, it } from 'vitest';
import { fateOfClass, fateReasons, ignoreReasons, quarantineReasons } from './fate.js';

describe('fates', () => {
  it('a message no person wrote is ignored with its reason; a person’s message has no fate yet', () => {
    expect(fateOfClass({ kind: 'bounce', reason: 'delivery_status_report' })).toEqual({
      fate: 'ignored',
      reason: 'delivery_status_report',
    });
    expect(fateOfClass({ kind: 'loop', reason: 'own_notification' })).toEqual({
      fate: 'ignored',
      reason: 'own_notification',
    });
    expect(fateOfClass({ kind: 'human' })).toBeNull();
  });

  it('no reason means both quarantine and ignore', () => {
    const both = quarantineReasons.filter((r) => (ignoreReasons as readonly string[]).includes(r));
    expect(both).toEqual([]);
    expect(new Set(fateReasons).size).toBe(fateReasons.length);
  });
});
