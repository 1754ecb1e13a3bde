import { describe, expect, it } from 'vitest';
import type { Role } from '../identity/roles.js';
import { reportRecipients } from './recipients.js';

const person = (id: string, role: Role, organisationId: string, active = true) => ({
  id,
  role,
  organisationId,
  active,
});

describe('reportRecipients', () => {
  it("an issued report goes to the client's decision-makers and the account managers, active ones only", () => {
    const people = [
      person('dm', 'client_decision_maker', 'client'),
      person('other-dm', 'client_decision_maker', 'other-client'),
      person('requester', 'client_requester', 'client'),
      person('am', 'account_manager', 'provider'),
      person('gone', 'account_manager', 'provider', false),
      person('agent', 'agent', 'provider'),
    ];
    expect(reportRecipients(people, 'client').map((p) => p.id)).toEqual(['dm', 'am']);
  });
});
