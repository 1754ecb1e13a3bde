import { describe, expect, it } from 'vitest';
import { type ApprovalReply, parseApprovalReply } from './approval.js';

describe('approval replies: the first word decides, case and accents do not matter', () => {
  const cases: [string, string, ApprovalReply | null][] = [
    ['APROBADO alone', 'APROBADO', { decision: 'approved', word: 'APROBADO', reason: null }],
    [
      'aprobado in lower case',
      'aprobado',
      { decision: 'approved', word: 'aprobado', reason: null },
    ],
    ['Approved', 'Approved', { decision: 'approved', word: 'Approved', reason: null }],
    ['with an accent', 'Aprobádo', { decision: 'approved', word: 'Aprobádo', reason: null }],
    [
      'decomposed accent (NFD) is one word',
      'Aprob\u0061\u0301do',
      { decision: 'approved', word: 'Aprob\u0061\u0301do', reason: null },
    ],
    [
      'leading blank lines and spaces',
      '\n\n   APPROVED\n',
      { decision: 'approved', word: 'APPROVED', reason: null },
    ],
    ['bold from HTML', '*APROBADO*', { decision: 'approved', word: 'APROBADO', reason: null }],
    ['exclamation marks', '¡Aprobado!', { decision: 'approved', word: 'Aprobado', reason: null }],
    [
      'rejected with a reason after a colon',
      'RECHAZADO: el presupuesto supera lo acordado',
      { decision: 'rejected', word: 'RECHAZADO', reason: 'el presupuesto supera lo acordado' },
    ],
    [
      'rejected with a reason on the next lines',
      'Rejected\n\nToo many hours for a\nsimple change.',
      { decision: 'rejected', word: 'Rejected', reason: 'Too many hours for a\nsimple change.' },
    ],
    [
      'approved, a comma and a note',
      'Aprobado, gracias',
      { decision: 'approved', word: 'Aprobado', reason: 'gracias' },
    ],
    [
      'a dash before the reason',
      'rechazado — no corresponde',
      { decision: 'rejected', word: 'rechazado', reason: 'no corresponde' },
    ],
    ['a longer word is not the decision', 'APROBADOS', null],
    ['the word second is not the decision', 'Sí, aprobado', null],
    ['a negation first', 'No aprobado', null],
    ['a number first', '1 APROBADO', null],
    ['nothing', '   ', null],
    ['other words', 'Gracias por la información', null],
    ['APPROVE is not APPROVED', 'Approve', null],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(parseApprovalReply(text)).toEqual(expected);
  });
});
