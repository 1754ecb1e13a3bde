import { describe, expect, it } from 'vitest';
import type { ApprovalSummary } from '../domain/mail/approval-request.js';
import type { Money } from '../domain/money.js';
import { approvalSummaryText } from './approval-text.js';

const quote = (total: Money): ApprovalSummary => ({
  kind: 'quote',
  contract: 'Soporte Salesforce',
  title: 'Lead scoring',
  version: 2,
  total,
  validUntil: '2026-03-31',
});

describe('approval mail words', () => {
  it("a quote's total is written in the recipient's language at its currency's exact decimals", () => {
    const cases: [Money, string, string][] = [
      [{ currency: 'CLF', minor: 258667n }, 'UF 25,8667', 'UF 25.8667'],
      [{ currency: 'COP', minor: 120000000n }, 'COP 1.200.000,00', 'COP 1,200,000.00'],
      [{ currency: 'CLP', minor: 1234567n }, 'CLP 1.234.567', 'CLP 1,234,567'],
      [{ currency: 'EUR', minor: 600050n }, 'EUR 6.000,50', 'EUR 6,000.50'],
    ];
    for (const [total, es, en] of cases) {
      expect([
        approvalSummaryText('es', quote(total)),
        approvalSummaryText('en', quote(total)),
      ]).toEqual([
        `Cotización "Lead scoring", versión 2, contrato Soporte Salesforce: ${es}, válida hasta el 31 de marzo de 2026, espera su aprobación.`,
        `Quote "Lead scoring", version 2, contract Soporte Salesforce: ${en}, valid until March 31, 2026, awaiting your approval.`,
      ]);
    }
  });
});
