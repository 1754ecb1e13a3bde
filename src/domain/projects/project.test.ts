import { describe, expect, it } from 'vitest';
import { sequentialIds } from '../../../test/factories/projects.js';
import {
  buildQuote,
  buildQuoteContent,
  decisionMaker,
  ufRate,
} from '../../../test/factories/quotes.js';
import { parseMoney, toDecimalString } from '../money.js';
import {
  decideQuote,
  expireQuote,
  type Quote,
  reviseQuote,
  sendQuote,
  withdrawQuote,
} from '../quotes/index.js';
import { addStory, projectFromQuote } from './project.js';
import type { UserStory } from './stories.js';

const step = { on: '2026-03-05', by: 'agent-1' };
const approve = (quote: Quote, on = '2026-03-06') =>
  decideQuote(quote, {
    version: quote.versions.length,
    decision: 'approved',
    on,
    by: decisionMaker,
    reason: null,
  });

describe('a project from a quote', () => {
  it('an approved quote becomes a project with its lines as backlog items', () => {
    const revised = buildQuoteContent({
      title: 'Lead scoring',
      lines: [
        { kind: 'hours', description: 'Scoring model', minutes: 600, ratePerHour: ufRate },
        { kind: 'fixed', description: 'Connector licence', amount: parseMoney('3.5', 'CLF') },
        { kind: 'hours', description: 'Dashboards', minutes: 620, ratePerHour: ufRate },
      ],
      validUntil: '2026-04-30',
    });
    // Version 1 (12 h + 8 h) is rejected, version 2 is approved: version 2's lines count.
    const rejected = decideQuote(sendQuote(buildQuote(), step), {
      version: 1,
      decision: 'rejected',
      on: '2026-03-05',
      by: decisionMaker,
      reason: 'add the connector',
    });
    const v2 = sendQuote(reviseQuote(rejected, revised, step), step);
    const project = projectFromQuote(approve(v2), 'project-1', sequentialIds('story'));
    expect(project).toMatchObject({
      id: 'project-1',
      contractId: 'contract-1',
      clientId: 'client-1',
      name: 'Lead scoring',
      quoteId: 'quote-1',
      backlogOrder: ['story-1', 'story-2', 'story-3'],
    });
    expect(project.stories.map((s) => [s.id, s.title, s.effortMinutes, s.origin])).toEqual([
      [
        'story-1',
        'Scoring model',
        600,
        { kind: 'quote_line', quoteId: 'quote-1', version: 2, line: 1 },
      ],
      [
        'story-2',
        'Connector licence',
        null,
        { kind: 'quote_line', quoteId: 'quote-1', version: 2, line: 2 },
      ],
      [
        'story-3',
        'Dashboards',
        620,
        { kind: 'quote_line', quoteId: 'quote-1', version: 2, line: 3 },
      ],
    ]);
    // Budget: 1,220 min; UF 11.0000 + 3.5000 + 11.3667 (1.10 × 620 / 60 = 11.36666…).
    expect(project.budget.minutes).toBe(1220);
    expect(toDecimalString(project.budget.amount)).toBe('25.8667');
    expect(project.team).toEqual({ scheme: 'scrum', members: [], productOwnerId: null });
  });

  it('only an approved quote becomes a project', () => {
    const sent = sendQuote(buildQuote(), step);
    const notApproved: [string, Quote][] = [
      ['draft', buildQuote()],
      ['sent', sent],
      [
        'rejected',
        decideQuote(sent, {
          version: 1,
          decision: 'rejected',
          on: '2026-03-06',
          by: decisionMaker,
          reason: null,
        }),
      ],
      ['withdrawn', withdrawQuote(sent, { ...step, reason: 'duplicate' })],
      ['expired', expireQuote(sent, '2026-04-01')],
    ];
    for (const [state, quote] of notApproved) {
      expect(() => projectFromQuote(quote, 'p', sequentialIds('story')), state).toThrow(
        expect.objectContaining({ code: 'conflict', path: 'quote.state' }),
      );
    }
  });

  it('adds stories at the end of the backlog, refusing dependency cycles', () => {
    const project = projectFromQuote(
      approve(sendQuote(buildQuote(), step)),
      'p',
      sequentialIds('story'),
    );
    const extra: UserStory = {
      id: 'story-9',
      title: 'Alerts',
      narrative: { asA: 'responsable CRM', iWant: 'alertas de caída de uso', soThat: null },
      difficulty: 2,
      benefit: 3,
      effortMinutes: 120,
      dependsOn: ['story-2'],
      origin: { kind: 'manual' },
    };
    const grown = addStory(project, extra);
    expect(grown.backlogOrder).toEqual(['story-1', 'story-2', 'story-9']);
    expect(() => addStory(grown, { ...extra, id: 'story-10', dependsOn: ['story-10'] })).toThrow(
      expect.objectContaining({ code: 'rule_violation' }),
    );
    expect(() => addStory(grown, extra)).toThrow(
      expect.objectContaining({ path: 'stories[3].id' }),
    );
  });
});
