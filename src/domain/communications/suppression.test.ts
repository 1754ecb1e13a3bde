import { describe, expect, it } from 'vitest';
import { type MessageOutcome, softBouncedInARow } from './suppression.js';

const bounced: MessageOutcome = { bounced: true, engaged: false };
const delivered: MessageOutcome = { bounced: false, engaged: false };
const opened: MessageOutcome = { bounced: false, engaged: true };
const bouncedThenOpened: MessageOutcome = { bounced: true, engaged: true };

describe('repeated soft bounces suppress an address', () => {
  it.each<[string, MessageOutcome[], boolean]>([
    ['three soft bounces in a row suppress the address', [bounced, bounced, bounced], true],
    ['two soft bounces do not suppress the address', [bounced, bounced], false],
    [
      'a delivery between soft bounces starts the count again',
      [bounced, bounced, delivered, bounced],
      false,
    ],
    [
      'three in a row after a delivery suppress again',
      [bounced, bounced, bounced, delivered],
      true,
    ],
    [
      'an open between soft bounces starts the count again',
      [bounced, opened, bounced, bounced],
      false,
    ],
    [
      'a message opened after a delayed report got through',
      [bounced, bouncedThenOpened, bounced],
      false,
    ],
    [
      'a newer message delivered counts, whatever came before',
      [delivered, bounced, bounced, bounced],
      false,
    ],
  ])('%s', (_rule, newestFirst, suppressed) => {
    expect(softBouncedInARow(newestFirst)).toBe(suppressed);
  });
});
