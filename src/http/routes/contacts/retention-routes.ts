import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type ContactsDeps,
  listRetentionRules,
  setRetentionRule,
} from '../../../app/contacts/index.js';
import { actorOf } from '../../access.js';
import { originOf } from '../../audit.js';
import { idParams, recordId } from '../../ids.js';
import { retentionRuleBody, retentionRuleView } from './schema.js';

const tags = ['contacts'];

/** Retention rules per organisation (seed 003): read and set by administrators. */
export function retentionRoutes(deps: ContactsDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/retention-rules',
      {
        config: { access: 'privacy.manage' },
        schema: {
          tags,
          summary: 'Every organisation’s retention rule',
          response: { 200: z.array(retentionRuleView) },
        },
      },
      async (request) => listRetentionRules({ ...deps, actor: actorOf(request) }),
    );

    app.put(
      '/api/organisations/:id/retention-rule',
      {
        config: { access: 'privacy.manage' },
        schema: {
          tags,
          summary: 'Set (or remove, with null) an organisation’s retention rule',
          params: idParams,
          body: retentionRuleBody,
          response: { 200: z.object({ rule: retentionRuleView.nullable() }) },
        },
      },
      async (request) => ({
        rule: await setRetentionRule({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          organisationId: recordId(request.params.id, 'organisation'),
          rule: request.body.rule,
        }),
      }),
    );
  };
}
