import { describe, expect, it } from 'vitest';
import { seededApp } from '../../../test/fakes/app.js';
import { explainOutOfSupport } from './explain-out-of-support.js';

describe('explainOutOfSupport', () => {
  it('the four categories of seed 001, each with its canned explanation, for any signed-in reader', async () => {
    const { seeded } = await seededApp();
    const categories = await explainOutOfSupport({ actor: seeded.actors.client_requester });
    expect(categories.map((c) => c.category)).toEqual([
      'custom_formula_review',
      'third_party_integration',
      'connection_performance',
      'custom_use_case',
    ]);
    expect(categories[1]?.explanation).toEqual([
      'knowledge.outOfSupport.intro',
      'knowledge.outOfSupport.third_party_integration',
      'knowledge.outOfSupport.covered.connector_export',
      'knowledge.outOfSupport.referral.partner',
    ]);
    expect(categories[2]?.explanation.at(-1)).toBe('knowledge.outOfSupport.referral.own_provider');
  });
});
