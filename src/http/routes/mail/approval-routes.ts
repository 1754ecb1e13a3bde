import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type ApprovalLinkInput,
  type ApprovalLinkView,
  decideByLink,
  type MailDeps,
  readApprovalLink,
} from '../../../app/mail/index.js';
import { DomainError } from '../../../domain/errors.js';
import { approvalDecisions } from '../../../domain/mail/index.js';
import { originOf } from '../../audit.js';
import { viewerLocale } from '../../locale.js';
import { approvalNotFoundPage, approvalPage } from './approval-page.js';

const linkParams = z.object({
  token: z.string().regex(/^[a-z0-9]{8,64}$/, 'must be an approval token'),
  decision: z.enum(approvalDecisions),
});
const linkQuery = z.object({ sig: z.string().min(1).max(128) });
/** The confirmation form: the reason written on the page (a deliverable's changes), if any. */
const linkForm = z.object({ reason: z.string().max(2000).optional() });
const schema = {
  tags: ['mail'],
  params: linkParams,
  querystring: linkQuery,
  response: { 200: z.string(), 404: z.string() },
};
const config = { access: 'public' } as const;

/** A link request as the handlers read it. */
interface LinkRequest {
  params: z.infer<typeof linkParams>;
  query: z.infer<typeof linkQuery>;
}

/** The link as the use-cases take it. */
function linkOf(request: LinkRequest): ApprovalLinkInput {
  return { ...request.params, signature: request.query.sig };
}

/** Answers a page, or the not-found page when the link names no request. */
async function answer(
  request: FastifyRequest,
  reply: FastifyReply,
  view: () => Promise<ApprovalLinkView>,
): Promise<string> {
  const language = viewerLocale(request);
  reply.type('text/html; charset=utf-8').header('cache-control', 'no-store');
  try {
    return approvalPage(language, await view());
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'not_found') throw error;
    reply.status(404);
    return approvalNotFoundPage(language);
  }
}

/**
 * The one-time links of approval mail, without signing in (the signed link is the credential):
 * GET shows what the link would decide and a button to confirm it; POST decides, once.
 */
export function approvalRoutes(deps: MailDeps): FastifyPluginAsyncZod {
  return async (app) => {
    // the confirmation form posts urlencoded fields: only `reason` is read
    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string' },
      (_request, body, done) => {
        const reason = new URLSearchParams(String(body)).get('reason');
        done(null, reason === null ? {} : { reason });
      },
    );
    app.get(
      '/approvals/:token/:decision',
      { config, schema: { ...schema, summary: 'The confirmation page of an approval link' } },
      async (request, reply) =>
        answer(request, reply, () => readApprovalLink({ ...deps, link: linkOf(request) })),
    );
    app.post(
      '/approvals/:token/:decision',
      {
        config,
        schema: {
          ...schema,
          body: linkForm.optional(),
          summary: 'Decide an approval through its one-time link',
        },
      },
      async (request, reply) =>
        answer(request, reply, () =>
          decideByLink({
            ...deps,
            link: linkOf(request),
            origin: originOf(request),
            reason: request.body?.reason ?? null,
          }),
        ),
    );
  };
}
