import { describe, expect, it } from 'vitest';
import { type AuthVerdict, uncheckedAuth, vouchesFor } from './auth.js';

const verdict = (overrides: Partial<AuthVerdict>): AuthVerdict => ({
  ...uncheckedAuth,
  fromDomain: 'clinicanorte.example',
  ...overrides,
});

describe('an approval by mail needs DKIM or SPF aligned with the person’s domain, or a trusted relay', () => {
  const cases: [string, Partial<AuthVerdict>, string, boolean][] = [
    ['DKIM aligned', { dkimAligned: true }, 'pedro@clinicanorte.example', true],
    ['SPF aligned', { spfAligned: true }, 'pedro@clinicanorte.example', true],
    [
      'both aligned, address in capitals',
      { dkimAligned: true, spfAligned: true },
      'Pedro@ClinicaNorte.example',
      true,
    ],
    ['nothing aligned', {}, 'pedro@clinicanorte.example', false],
    [
      'aligned for another domain than the person’s',
      { dkimAligned: true },
      'pedro@gmail.example',
      false,
    ],
    [
      'no From domain',
      { fromDomain: null, dkimAligned: true },
      'pedro@clinicanorte.example',
      false,
    ],
    ['trusted relay, nothing else', { viaTrustedRelay: true }, 'pedro@clinicanorte.example', true],
    [
      'DMARC pass alone is not enough without alignment facts',
      { dmarc: { result: 'pass', policy: 'reject' } },
      'pedro@clinicanorte.example',
      false,
    ],
  ];
  it.each(cases)('%s', (_name, overrides, address, expected) => {
    expect(vouchesFor(verdict(overrides), address)).toBe(expected);
  });
});
