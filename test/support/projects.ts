/** Projects over HTTP as the tests make them: from a standalone quote the client approved. */
import type { Role } from '../../src/domain/identity/roles.js';

/** Calls as `role` and answers the JSON body, failing the test unless the call succeeded. */
type Ok = (role: Role, method: 'POST', url: string, payload?: object) => Promise<unknown>;

/**
 * A standalone quote of hour lines at UF 1.10 an hour, sent by the account manager and approved
 * by the decision-maker; answers the API path of the project it became.
 */
export async function projectFromApprovedQuote(
  ok: Ok,
  contractId: string,
  quote: { title: string; validUntil: string; lines: { description: string; minutes: number }[] },
): Promise<string> {
  const quotes = `/api/quotes/contracts/${contractId}/quotes`;
  const created = (await ok('account_manager', 'POST', quotes, {
    origin: { kind: 'standalone' },
    content: {
      title: quote.title,
      lines: quote.lines.map((line) => ({
        kind: 'hours',
        ...line,
        ratePerHour: { amount: '1.10', currency: 'CLF' },
      })),
      validUntil: quote.validUntil,
      terms: '',
    },
  })) as { id: string };
  await ok('account_manager', 'POST', `${quotes}/${created.id}/send`);
  const decided = (await ok('client_decision_maker', 'POST', `${quotes}/${created.id}/decision`, {
    version: 1,
    decision: 'approved',
  })) as { projectId: string };
  return `/api/projects/contracts/${contractId}/projects/${decided.projectId}`;
}
