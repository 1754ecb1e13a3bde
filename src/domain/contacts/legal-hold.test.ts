import { describe, expect, it } from 'vitest';
import { assertNotHeld, liftHold, placeHold } from './legal-hold.js';

const at = Date.UTC(2026, 11, 2, 15);
const hold = placeHold(
  { id: 'h-1', target: { contactId: 'c-1' }, reason: '  Reclamación 2026-114 ', by: 'dpo' },
  at,
);

describe('legal holds', () => {
  it('a hold in force refuses anonymisation, naming its reason; a lifted one does not', () => {
    expect(hold.reason).toBe('Reclamación 2026-114');
    expect(() => assertNotHeld('c-1', [hold])).toThrow(
      expect.objectContaining({
        rule: 'legal_hold',
        params: expect.objectContaining({ holdId: 'h-1', reason: 'Reclamación 2026-114' }),
      }),
    );
    const lifted = liftHold(hold, { reason: 'Archivada', by: 'dpo' }, at + 1);
    expect(lifted.lifted).toEqual({ by: 'dpo', at: at + 1, reason: 'Archivada' });
    expect(() => assertNotHeld('c-1', [lifted])).not.toThrow();
    expect(() => liftHold(lifted, { reason: 'otra vez', by: 'dpo' }, at + 2)).toThrow(
      expect.objectContaining({ rule: 'hold_lifted' }),
    );
  });

  it('a hold or a lift needs a reason', () => {
    expect(() => placeHold({ ...hold, target: hold.target, by: null, reason: ' ' }, at)).toThrow(
      expect.objectContaining({ path: 'reason' }),
    );
    expect(() => liftHold(hold, { reason: '', by: null }, at)).toThrow(
      expect.objectContaining({ path: 'reason' }),
    );
  });
});
