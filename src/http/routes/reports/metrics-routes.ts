import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type ReportsDeps, recordMetrics } from '../../../app/reports/index.js';
import { metricsBatchSchema, type RawReading } from '../../../domain/reports/index.js';
import { parseMetricsCsv, uploadDecimalSeparator } from '../../../reports/index.js';
import { actorOf } from '../../access.js';
import { originOf } from '../../audit.js';
import { idParams, recordId } from '../../ids.js';
import { metricsUploadBody, recordedMetricsView } from './schema.js';

/**
 * The client's platform metrics coming in for the monitoring report: a batch of dated values
 * from the client's systems, or the CSV file uploaded in the web app. Either is stored whole or
 * refused whole with every bad field named.
 */
export function metricsRoutes(reports: ReportsDeps): FastifyPluginAsyncZod {
  const record = (
    request: FastifyRequest & { params: { id: string } },
    rows: readonly RawReading[],
    decimalSeparator: '.' | ',',
    path: string,
  ) =>
    recordMetrics({
      ...reports,
      actor: actorOf(request),
      origin: originOf(request),
      contractId: recordId(request.params.id, 'contract'),
      rows,
      decimalSeparator,
      path,
    });
  return async (app) => {
    app.post(
      '/api/contracts/:id/metrics',
      {
        config: { access: 'reports.issue' },
        schema: {
          tags: ['reports'],
          summary:
            'Record dated platform metrics (a value per metric and day; sending it again replaces it)',
          params: idParams,
          body: metricsBatchSchema,
          response: { 200: recordedMetricsView },
        },
      },
      async (request) => record(request, request.body.readings, '.', 'readings'),
    );

    app.post(
      '/api/contracts/:id/metrics/upload',
      {
        config: { access: 'reports.issue' },
        schema: {
          tags: ['reports'],
          summary:
            'Record platform metrics from a CSV file (metric, date, value; Excel’s format of the language)',
          params: idParams,
          body: metricsUploadBody,
          response: { 200: recordedMetricsView },
        },
      },
      async (request) => {
        const { csv, lang } = request.body;
        return record(request, parseMetricsCsv(csv, lang), uploadDecimalSeparator[lang], 'rows');
      },
    );
  };
}
