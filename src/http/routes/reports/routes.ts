import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  type IssuedReportSummary,
  issueReport,
  listIssuedReports,
  type ReportModel,
  type ReportNames,
  type ReportsDeps,
  readIssuedReport,
  readReport,
  reportSpan,
} from '../../../app/reports/index.js';
import {
  type IssueEdition,
  renderReport,
  reportDocument,
  reportFileStem,
} from '../../../reports/index.js';
import { actorOf } from '../../access.js';
import { originOf } from '../../audit.js';
import { idParams, recordId } from '../../ids.js';
import { presentDocument, presentIssued } from './present.js';
import {
  issueBody,
  issuedQuery,
  issuedSummaryView,
  reportKindParams,
  reportQuery,
  reportView,
} from './schema.js';

type Query = z.infer<typeof issuedQuery>;

/** What a report's answer is made of, whether computed now or read from the archive. */
interface Answer {
  model: ReportModel;
  names: ReportNames;
  contractId: string;
  issued: IssuedReportSummary | null;
  edition: IssueEdition | undefined;
  createdAt: Date;
}

/** The report as JSON (its document), or its PDF or CSV file. */
async function answer(reply: FastifyReply, query: Query, a: Answer) {
  const doc = reportDocument(a.model, query.lang, { ...a.names, edition: a.edition });
  const period = reportSpan(a.model);
  if (query.format === 'json') {
    return {
      kind: a.model.kind,
      contractId: a.contractId,
      periodStart: period.start,
      periodLastDay: period.lastDay,
      issued: a.issued && presentIssued(a.issued),
      document: presentDocument(doc),
    };
  }
  const stem = reportFileStem(a.model.kind, period.start, a.issued?.version);
  const file = await renderReport(doc, query.format, stem, a.createdAt);
  return reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename="${file.fileName}"`)
    .send(file.body);
}

/** Reports of a contract (computed on request), their issue into the archive, and the archive. */
export function reportRoutes(reports: ReportsDeps): FastifyPluginAsyncZod {
  const asked = (request: FastifyRequest & { params: { id: string } }) => ({
    ...reports,
    actor: actorOf(request),
    contractId: recordId(request.params.id, 'contract'),
  });

  return async (app) => {
    app.get(
      '/api/contracts/:id/reports/:kind',
      {
        config: { access: 'reports.read' },
        schema: {
          tags: ['reports'],
          summary: 'A report of the period containing a day, computed now: JSON, PDF or CSV',
          params: reportKindParams,
          querystring: reportQuery,
          response: { 200: reportView },
        },
      },
      async (request, reply) => {
        const { model, names } = await readReport({
          ...asked(request),
          kind: request.params.kind,
          date: request.query.period,
        });
        return answer(reply, request.query, {
          model,
          names,
          contractId: request.params.id,
          issued: null,
          edition: undefined,
          createdAt: reports.clock.now(),
        });
      },
    );

    app.post(
      '/api/contracts/:id/reports/:kind/issues',
      {
        config: { access: 'reports.issue' },
        schema: {
          tags: ['reports'],
          summary: 'Archive the report as issued (a new version when it was issued before)',
          params: reportKindParams,
          body: issueBody,
          response: { 201: issuedSummaryView },
        },
      },
      async (request, reply) => {
        const { issued } = await issueReport({
          ...asked(request),
          origin: originOf(request),
          reason: 'requested',
          kind: request.params.kind,
          date: request.body.period,
        });
        return reply.code(201).send(presentIssued(issued));
      },
    );

    app.get(
      '/api/contracts/:id/reports',
      {
        config: { access: 'reports.read' },
        schema: {
          tags: ['reports'],
          summary: 'The archive of issued reports of a contract, newest first',
          params: idParams,
          response: { 200: z.array(issuedSummaryView) },
        },
      },
      async (request) => (await listIssuedReports(asked(request))).map(presentIssued),
    );

    app.get(
      '/api/reports/:id',
      {
        config: { access: 'reports.read' },
        schema: {
          tags: ['reports'],
          summary: 'An issued report as it was issued: JSON, PDF or CSV',
          params: idParams,
          querystring: issuedQuery,
          response: { 200: reportView },
        },
      },
      async (request, reply) => {
        const { issued, model, replaces } = await readIssuedReport({
          ...reports,
          actor: actorOf(request),
          reportId: recordId(request.params.id, 'report'),
        });
        return answer(reply, request.query, {
          model,
          names: issued,
          contractId: issued.contractId,
          issued,
          edition: { version: issued.version, replaces },
          createdAt: issued.issuedAt,
        });
      },
    );
  };
}
