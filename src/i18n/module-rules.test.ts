import { describe, expect, it } from 'vitest';
import { agencyRules } from '../domain/agency/index.js';
import { calendarRules } from '../domain/calendar/errors.js';
import { communicationRules } from '../domain/communications/index.js';
import { contactRules } from '../domain/contacts/index.js';
import { contractRules } from '../domain/contracts/index.js';
import { customerSuccessRules } from '../domain/customer-success/index.js';
import { identityRules } from '../domain/identity/errors.js';
import { knowledgeRules } from '../domain/knowledge/index.js';
import { mailRules } from '../domain/mail/index.js';
import { projectRules } from '../domain/projects/index.js';
import { reportRules } from '../domain/reports/index.js';
import { ticketRules } from '../domain/tickets/index.js';
import { catalogs, locales } from './index.js';

const modules = [
  ['knowledge', knowledgeRules],
  ['contacts', contactRules],
  ['communications', communicationRules],
  ['customerSuccess', customerSuccessRules],
  ['tickets', ticketRules],
  ['contracts', contractRules],
  ['calendars', calendarRules],
  ['agency', agencyRules],
  ['identity', identityRules],
  ['mail', mailRules],
  ['reports', reportRules],
  ['projects', projectRules],
] as const;

describe('rule errors are rendered in every language', () => {
  it.each(modules)('every %s rule has a message in Spanish and English', (module, rules) => {
    for (const locale of locales) {
      const catalog: Readonly<Record<string, string>> = catalogs[locale];
      const missing = rules.filter((rule) => catalog[`${module}.rule.${rule}`] === undefined);
      expect([locale, missing]).toEqual([locale, []]);
    }
  });

  it('no catalog keeps a message for a rule that no longer exists', () => {
    const known = new Set(
      modules.flatMap(([module, rules]) => rules.map((r) => `${module}.rule.${r}`)),
    );
    const prefixes = modules.map(([module]) => `${module}.rule.`);
    for (const locale of locales) {
      const stale = Object.keys(catalogs[locale]).filter(
        (key) => prefixes.some((prefix) => key.startsWith(prefix)) && !known.has(key),
      );
      expect([locale, stale]).toEqual([locale, []]);
    }
  });
});
