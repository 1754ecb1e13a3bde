import { describe, expect, it } from 'vitest';
import {
  baseAddress,
  messageIdsIn,
  subjectTag,
  taggedSubject,
  tokenAddress,
  tokenInAddress,
} from './address.js';

describe('the ticket token travels in a plus-addressed Reply-To', () => {
  it.each([
    ['soporte@andino.example', 'k3v9q2xw', 'soporte+t-k3v9q2xw@andino.example'],
    ['Soporte@Andino.Example', 'abcdefgh12345678', 'soporte+t-abcdefgh12345678@andino.example'],
    ['soporte+ventas@andino.example', 'k3v9q2xw', 'soporte+t-k3v9q2xw@andino.example'],
  ])('%s with token %s replies to %s, which reads back the token', (mailbox, token, address) => {
    expect(tokenAddress(mailbox, token)).toBe(address);
    expect(tokenInAddress(address, [mailbox])).toBe(token);
  });

  it.each([
    ['an upper-case token', 'K3V9Q2XW'],
    ['a token with a dash', 'k3v9-q2xw'],
    ['a short token', 'abc'],
    ['a token of 65 characters', 'a'.repeat(65)],
  ])('refuses to build an address with %s', (_name, token) => {
    expect(() => tokenAddress('soporte@andino.example', token)).toThrow(/ticket token/);
  });

  it('an approval request token is tagged a- and is no ticket token, nor the reverse', () => {
    const address = tokenAddress('soporte@andino.example', 'k3v9q2xw', 'a-');
    expect(address).toBe('soporte+a-k3v9q2xw@andino.example');
    expect(tokenInAddress(address, ['soporte@andino.example'], 'a-')).toBe('k3v9q2xw');
    expect(tokenInAddress(address, ['soporte@andino.example'])).toBeNull();
    expect(
      tokenInAddress('soporte+t-k3v9q2xw@andino.example', ['soporte@andino.example'], 'a-'),
    ).toBeNull();
  });

  it('refuses a mailbox without a local part', () => {
    expect(() => tokenAddress('@andino.example', 'k3v9q2xw')).toThrow(/mailbox/);
  });

  it.each([
    ['<Soporte+t-k3v9q2xw@andino.example>', 'k3v9q2xw'],
    ['soporte+t-k3v9q2xw@andino.example', 'k3v9q2xw'],
    ['soporte@andino.example', null],
    ['soporte+k3v9q2xw@andino.example', null],
    ['soporte+t-@andino.example', null],
    ['otro+t-k3v9q2xw@andino.example', null],
    ['soporte+t-k3v9q2xw@andino.example.evil', null],
  ])('%s carries token %s', (address, token) => {
    expect(tokenInAddress(address, ['soporte@andino.example'])).toBe(token);
  });

  it('an address without a plus tag is its own base', () => {
    expect(baseAddress(' Maria@TiendaSol.example ')).toBe('maria@tiendasol.example');
    expect(baseAddress('maria+news@tiendasol.example')).toBe('maria@tiendasol.example');
  });
});

describe('the subject carries the [#number] tag', () => {
  it.each([
    ['[#12] Factura', 12],
    ['RE: RV: [#12] Factura [#13]', 12],
    ['Factura #12', null],
    ['[#abc] Factura', null],
    ['[#0]', null],
    ['', null],
  ])('%s → %s', (subject, number) => {
    expect(subjectTag(subject)).toBe(number);
  });

  it.each([
    ['Factura de marzo', 12, '[#12] Factura de marzo'],
    ['RE: [#12] Factura de marzo', 12, 'RE: [#12] Factura de marzo'],
    ['[#11] Factura de marzo', 12, '[#12] [#11] Factura de marzo'],
    ['  ', 12, '[#12]'],
  ])('%s tagged for ticket %s is %s', (subject, number, tagged) => {
    expect(taggedSubject(subject, number)).toBe(tagged);
  });
});

describe('message ids are read from Message-ID, In-Reply-To and References', () => {
  it.each([
    ['<a@x> <b@y>', ['a@x', 'b@y']],
    ['<a@x>\t<b@y> (comment)', ['a@x', 'b@y']],
    ['a@x b@y', ['a@x', 'b@y']],
    ['<not-an-id> <c@z>', ['c@z']],
    ['', []],
  ])('%j → %j', (value, ids) => {
    expect(messageIdsIn(value)).toEqual(ids);
  });
});
