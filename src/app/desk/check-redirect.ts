import { invalidInput } from '../../domain/errors.js';
import { checkDocumentationRedirect, linkedArticles } from '../../domain/knowledge/index.js';
import type { DeskDeps, TicketRecord } from './ports.js';

/**
 * Checks, before the change, that `ticket` may be answered "redirected to documentation": one
 * of its public replies links a published public help-centre article under `helpCentreUrl` (seed
 * 001: the team "redirige a nuestra documentación"). Refuses at `outcome` otherwise.
 */
export async function assertRedirectedToDocumentation(
  options: Pick<DeskDeps, 'tickets' | 'articles'> & { helpCentreUrl?: string | undefined },
  ticket: TicketRecord,
): Promise<void> {
  const baseUrl = options.helpCentreUrl;
  if (baseUrl === undefined) throw invalidInput('outcome', 'the help centre’s address is unknown');
  const replies = await options.tickets.messages(ticket.id, ['public']);
  const links = replies.flatMap((reply) => linkedArticles(baseUrl, reply.body));
  const found = await Promise.all(
    links.map((link) => options.articles.findBySlug(link.language, link.slug)),
  );
  checkDocumentationRedirect(
    baseUrl,
    replies.map((reply) => ({ visibility: 'public', body: reply.body })),
    found.filter((article) => article !== undefined),
  );
}
