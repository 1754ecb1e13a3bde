import { describe, expect, it } from 'vitest';
import { type AuthVerdict, uncheckedAuth } from './auth.js';
import { decideSender, type SenderDecision, type SenderFacts, type SenderMatch } from './sender.js';

const requester = (...contracts: string[]): SenderMatch => ({
  kind: 'known',
  userId: 'u-maria',
  requesterOf: contracts,
});
const dmarc = (result: AuthVerdict['dmarc']['result'], policy: AuthVerdict['dmarc']['policy']) => ({
  ...uncheckedAuth,
  fromDomain: 'tiendasol.example',
  dmarc: { result, policy },
});
const facts = (overrides: Partial<SenderFacts>): SenderFacts => ({
  from: 'maria@tiendasol.example',
  ownAddresses: ['soporte@andino.example', 'notificaciones@andino.example'],
  auth: uncheckedAuth,
  match: requester('c-sol'),
  ...overrides,
});
const ticket = (contractId: string): SenderDecision => ({
  outcome: 'ticket',
  userId: 'u-maria',
  contractId,
});
const quarantine = (reason: string) => ({ outcome: 'quarantine', reason });

describe('only an authorised requester of exactly one contract opens a ticket by mail', () => {
  const cases: [string, Partial<SenderFacts>, SenderDecision | ReturnType<typeof quarantine>][] = [
    ['authorised requester of one contract', {}, ticket('c-sol')],
    ['listed twice on the same contract', { match: requester('c-sol', 'c-sol') }, ticket('c-sol')],
    [
      'requester of two contracts',
      { match: requester('c-sol', 'c-norte') },
      quarantine('several_contracts'),
    ],
    [
      'known contact, not an authorised requester',
      { match: requester() },
      quarantine('not_authorised'),
    ],
    ['unknown sender', { match: { kind: 'unknown' } }, quarantine('unknown_sender')],
    ['no From at all', { from: null }, quarantine('no_sender')],
    [
      'From claims the desk’s address',
      { from: 'Soporte@Andino.example' },
      quarantine('claims_own_address'),
    ],
    [
      'From claims the desk’s address with a plus tag',
      { from: 'soporte+t-k3v9q2xw@andino.example' },
      quarantine('claims_own_address'),
    ],
    [
      'a known requester forged: DMARC fails and the domain says reject',
      { auth: dmarc('fail', 'reject') },
      quarantine('dmarc_reject'),
    ],
    [
      'DMARC fails but the domain only says quarantine',
      { auth: dmarc('fail', 'quarantine') },
      ticket('c-sol'),
    ],
    ['DMARC fails, policy none', { auth: dmarc('fail', 'none') }, ticket('c-sol')],
    ['DMARC temperror with reject policy', { auth: dmarc('temperror', 'reject') }, ticket('c-sol')],
    ['DMARC passes', { auth: dmarc('pass', 'reject') }, ticket('c-sol')],
    [
      'own address and DMARC fail: the own-address reason comes first',
      { from: 'soporte@andino.example', auth: dmarc('fail', 'reject') },
      quarantine('claims_own_address'),
    ],
    [
      'unknown sender failing DMARC reject: forgery is the reason',
      { match: { kind: 'unknown' }, auth: dmarc('fail', 'reject') },
      quarantine('dmarc_reject'),
    ],
  ];
  it.each(cases)('%s', (_name, overrides, expected) => {
    expect(decideSender(facts(overrides))).toEqual(expected);
  });
});
