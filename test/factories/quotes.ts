/**
 * Test-data builders for quotes (`buildX(overrides)`, DESIGN.md rule 8): a UF quote under a
 * seed-002 contract and the client's decision-maker.
 */
import { parseMoney } from '../../src/domain/money.js';
import {
  type Decider,
  draftQuote,
  type NewQuote,
  type Quote,
  type QuoteContent,
} from '../../src/domain/quotes/index.js';

/** UF 1.10, seed 002's price of an extra hour ("UF 1¹⁰ por hora extra"). */
export const ufRate = parseMoney('1.10', 'CLF');

/** Content of a UF quote: two hours lines (12 h and 8 h at UF 1.10) and no fixed line. */
export function buildQuoteContent(overrides: Partial<QuoteContent> = {}): QuoteContent {
  return {
    title: 'Lead scoring',
    lines: [
      { kind: 'hours', description: 'Scoring model', minutes: 720, ratePerHour: ufRate },
      { kind: 'hours', description: 'Dashboards', minutes: 480, ratePerHour: ufRate },
    ],
    validUntil: '2026-03-31',
    terms: 'Billed with the monthly invoice.',
    ...overrides,
  };
}

/** A draft quote (version 1) drafted on 2026-03-05 by `agent-1` for `client-1`. */
export function buildQuote(overrides: Partial<NewQuote> = {}): Quote {
  return draftQuote({
    id: 'quote-1',
    contractId: 'contract-1',
    clientId: 'client-1',
    currency: 'CLF',
    origin: { kind: 'standalone' },
    content: buildQuoteContent(),
    on: '2026-03-05',
    by: 'agent-1',
    ...overrides,
  });
}

/** The decision-maker of `client-1`. */
export const decisionMaker: Decider = {
  userId: 'dm-1',
  organisationId: 'client-1',
  role: 'client_decision_maker',
};
