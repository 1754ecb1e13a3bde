import { describe, expect, it } from 'vitest';
import { bog, bogota, buildDeliverable, H } from '../../../test/factories/agency.js';
import { startDeliverable } from './deliverables.js';
import {
  inputFacts,
  markInputMissing,
  markInputProvided,
  missingInputs,
  requiredInputChecklist,
  suspensionsOf,
} from './inputs.js';
import { shiftForSuspension } from './schedule-shifts.js';

const since = bog('2026-04-15 10:00');
const providedAt = bog('2026-04-17 16:00');

describe('required inputs (§4)', () => {
  it('the checklist has the seven inputs with paid media, six without', () => {
    expect(requiredInputChecklist(true).map((line) => line.key)).toEqual([
      'content_sources',
      'buyer_persona_sources',
      'data_access',
      'conversion_assets',
      'ad_campaigns',
      'content_planning',
      'automation_tools',
    ]);
    expect(requiredInputChecklist(false).map((line) => line.key)).not.toContain('ad_campaigns');
    expect(() => markInputMissing(requiredInputChecklist(false), 'ad_campaigns', since)).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: 'key' }),
    );
  });

  it('a missing input suspends the affected work from its start date, and only that work', () => {
    const checklist = markInputMissing(requiredInputChecklist(false), 'content_sources', since);
    expect(missingInputs(checklist)).toEqual(['content_sources']);
    expect(suspensionsOf(checklist)).toEqual([{ inputKey: 'content_sources', since, until: null }]);
    const blog = buildDeliverable('P', '2026-04-20 12:00', { needsInputs: ['content_sources'] });
    expect(() => startDeliverable(blog, [], missingInputs(checklist))).toThrow(
      expect.objectContaining({
        rule: 'work_suspended',
        params: { deliverableId: 'P', inputs: ['content_sources'] },
      }),
    );
    const report = buildDeliverable('Q', '2026-04-20 12:00', { needsInputs: ['data_access'] });
    expect(startDeliverable(report, [], missingInputs(checklist)).state).toBe('in_progress');
  });

  it('when the input is provided, the affected dates resume shifted by the business time of the suspension', () => {
    const missing = markInputMissing(requiredInputChecklist(false), 'content_sources', since);
    const { checklist, ended } = markInputProvided(missing, 'content_sources', providedAt);
    expect(missingInputs(checklist)).toEqual([]);
    // Wed 10–12 and 14–18 (6 h), Thu (8 h), Fri 08–12 and 14–16 (6 h): 20 business hours
    expect(ended).toEqual({ inputKey: 'content_sources', since, until: providedAt });
    const shifted = shiftForSuspension(
      bogota,
      [
        buildDeliverable('P', '2026-04-20 12:00', { needsInputs: ['content_sources'] }),
        buildDeliverable('Q', '2026-04-20 12:00', { needsInputs: ['data_access'] }),
        buildDeliverable('R', '2026-04-14 18:00', { needsInputs: ['content_sources'] }), // already overdue
      ],
      ended,
    );
    expect(shifted.map((d) => d.due)).toEqual([
      bog('2026-04-22 18:00'),
      bog('2026-04-20 12:00'),
      bog('2026-04-14 18:00'),
    ]);
    expect(shifted[0]?.shifts).toEqual([
      {
        from: bog('2026-04-20 12:00'),
        to: bog('2026-04-22 18:00'),
        businessSeconds: 20 * H,
        cause: { kind: 'input_suspension', inputKey: 'content_sources', since, until: providedAt },
      },
    ]);
  });

  it('suspensions are kept as facts of inputs not under the agency’s control', () => {
    let checklist = markInputMissing(
      requiredInputChecklist(true),
      'ad_campaigns',
      bog('2026-03-02 09:00'),
    );
    checklist = markInputProvided(checklist, 'ad_campaigns', bog('2026-03-10 09:00')).checklist;
    checklist = markInputMissing(checklist, 'data_access', since);
    expect(inputFacts(checklist)).toEqual([
      {
        kind: 'input_not_under_control',
        at: bog('2026-03-02 09:00'),
        until: bog('2026-03-10 09:00'),
        inputKey: 'ad_campaigns',
      },
      { kind: 'input_not_under_control', at: since, until: null, inputKey: 'data_access' },
    ]);
  });

  it('an input cannot go missing twice, nor be provided when it is not missing', () => {
    const missing = markInputMissing(requiredInputChecklist(false), 'data_access', since);
    expect(() => markInputMissing(missing, 'data_access', providedAt)).toThrow(
      expect.objectContaining({ rule: 'input_already_missing' }),
    );
    expect(() =>
      markInputProvided(requiredInputChecklist(false), 'data_access', providedAt),
    ).toThrow(expect.objectContaining({ rule: 'input_not_missing' }));
  });
});
