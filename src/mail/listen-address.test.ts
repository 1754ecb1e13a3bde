import { describe, expect, it } from 'vitest';
import { parseListenAddress } from './listen-address.js';

describe('PACTA_SMTP_LISTEN is [host:]port', () => {
  it.each([
    ['2525', { host: '0.0.0.0', port: 2525 }],
    ['127.0.0.1:2525', { host: '127.0.0.1', port: 2525 }],
    [' mail.local:25 ', { host: 'mail.local', port: 25 }],
    ['[::1]:2525', { host: '::1', port: 2525 }],
    ['0.0.0.0:65535', { host: '0.0.0.0', port: 65535 }],
  ])('%j listens on %j', (text, address) => {
    expect(parseListenAddress(text)).toEqual(address);
  });

  it.each([
    '',
    'abc',
    '0',
    '65536',
    '127.0.0.1:',
    ':2525',
    '127.0.0.1:25:25',
    '::1:2525',
    'host:port',
  ])('%j is refused, naming the setting', (text) => {
    expect(() => parseListenAddress(text)).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: 'PACTA_SMTP_LISTEN' }),
    );
  });
});
