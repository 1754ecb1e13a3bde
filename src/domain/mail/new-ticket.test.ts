import { describe, expect, it } from 'vitest';
import { mailCriticality, mailSubject, maxSubjectLength } from './new-ticket.js';

describe('a ticket opened by mail', () => {
  it('takes the least critical level the plan promises a target for', () => {
    expect(mailCriticality({ high: 60, medium: 240, low: 960 })).toBe('low');
    expect(mailCriticality({ high: 60, medium: 240, low: null })).toBe('medium');
    expect(mailCriticality({ high: 120, medium: null, low: null })).toBe('high');
    expect(mailCriticality({ high: null, medium: null, low: null })).toBe('low');
  });

  it('takes the subject, else the first line of text, else a dash; cut and on one line', () => {
    expect(mailSubject('  No carga el catálogo ', 'x')).toBe('No carga el catálogo');
    expect(mailSubject('', '\n\n  El informe falla\nDetalle')).toBe('El informe falla');
    expect(mailSubject('', '')).toBe('—');
    expect(mailSubject('Dos\tlíneas\r\nen una', '')).toBe('Dos líneas en una');
    const long = mailSubject('a'.repeat(500), '');
    expect(long).toHaveLength(maxSubjectLength);
    expect(long.endsWith('…')).toBe(true);
  });
});
