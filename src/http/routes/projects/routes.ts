import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ZodType } from 'zod';
import {
  addSampleStories,
  fundProject,
  listProjects,
  logProjectWork,
  type ProjectsDeps,
  planRoadmap,
  projectTable,
  readProject,
  recordPhaseActuals,
  reorderBacklog,
  saveStory,
  setRaci,
  setTeam,
} from '../../../app/projects/index.js';
import { defaultLocale } from '../../../i18n/index.js';
import {
  projectTableDocument,
  type ReportDocument,
  renderReport,
  roadmapDocument,
} from '../../../reports/index.js';
import type { Access } from '../../access.js';
import { actorOf } from '../../access.js';
import { originOf } from '../../audit.js';
import { recordId } from '../../ids.js';
import { presentProject, presentSummary } from './present.js';
import {
  actualsBody,
  contractParams,
  exportQuery,
  fundingBody,
  orderBody,
  phaseParams,
  projectListView,
  projectParams,
  projectView,
  raciBody,
  roadmapBody,
  storyBody,
  storyParams,
  teamBody,
  workBody,
  workView,
} from './schema.js';

const tags = ['projects'];

type ContractRequest = FastifyRequest & { params: { contractId: string } };
type ProjectRequest = FastifyRequest & { params: { contractId: string; projectId: string } };

/**
 * Implementation projects under a contract (seeds 002 §4 and 003): roadmap on the contract's
 * business days with plan vs actual, team and RACI, user stories and the product owner's backlog,
 * work logged through the hour bank, and the backlog, RACI and roadmap as CSV or PDF.
 */
export function projectRoutes(deps: ProjectsDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const config = (access: Access) => ({ config: { access } });
    const base = '/api/projects/contracts/:contractId/projects';
    const one = `${base}/:projectId`;
    const on = (request: ContractRequest) => ({
      ...deps,
      actor: actorOf(request),
      origin: originOf(request),
      contractId: recordId(request.params.contractId, 'contract'),
    });
    const onProject = (request: ProjectRequest) => ({
      ...on(request),
      projectId: recordId(request.params.projectId, 'project'),
    });
    /** The project's page after a change, as the one reading it sees it. */
    const page = async (request: ProjectRequest) =>
      presentProject(await readProject(onProject(request)));
    const change = <B extends ZodType>(summary: string, access: Access, body: B) => ({
      ...config(access),
      schema: { tags, summary, params: projectParams, body, response: { 200: projectView } },
    });
    const download = async (
      reply: FastifyReply,
      doc: ReportDocument,
      format: 'csv' | 'pdf',
      stem: string,
    ) => {
      const file = await renderReport(doc, format, stem, deps.clock.now());
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.body);
    };

    app.get(
      base,
      {
        ...config('projects.read'),
        schema: {
          tags,
          summary: "A contract's projects with their budget used",
          params: contractParams,
          response: { 200: projectListView },
        },
      },
      async (request) => ({
        items: (await listProjects(on(request))).map(({ record, budget }) =>
          presentSummary(record, budget),
        ),
      }),
    );

    app.get(
      one,
      {
        ...config('projects.read'),
        schema: {
          tags,
          summary: 'A project: roadmap plan vs actual, team and RACI, backlog, budget vs used',
          params: projectParams,
          response: { 200: projectView },
        },
      },
      page,
    );

    app.put(
      `${one}/roadmap`,
      change(
        'Plan the roadmap from the template on the business days',
        'projects.manage',
        roadmapBody,
      ),
      async (request) => {
        await planRoadmap({ ...onProject(request), ...request.body });
        return page(request);
      },
    );

    app.put(
      `${one}/roadmap/:phase`,
      {
        ...config('projects.manage'),
        schema: {
          tags,
          summary: 'Record when a phase really started and ended',
          params: phaseParams,
          body: actualsBody,
          response: { 200: projectView },
        },
      },
      async (request) => {
        await recordPhaseActuals({
          ...onProject(request),
          phase: request.params.phase,
          actual: request.body,
        });
        return page(request);
      },
    );

    app.put(
      `${one}/team`,
      change('Name the team and its product owner', 'projects.manage', teamBody),
      async (request) => {
        await setTeam({ ...onProject(request), team: request.body });
        return page(request);
      },
    );

    app.put(
      `${one}/raci`,
      change('Set the RACI matrix (exactly one Accountable per item)', 'projects.manage', raciBody),
      async (request) => {
        await setRaci({ ...onProject(request), items: request.body.items });
        return page(request);
      },
    );

    app.post(
      `${one}/stories`,
      change('Add a user story at the end of the backlog', 'projects.manage', storyBody),
      async (request) => {
        await saveStory({ ...onProject(request), storyId: null, story: request.body });
        return page(request);
      },
    );

    app.post(
      `${one}/stories/samples`,
      {
        ...config('projects.manage'),
        schema: {
          tags,
          summary: "Add seed 003's example stories",
          params: projectParams,
          response: { 200: projectView },
        },
      },
      async (request) => {
        await addSampleStories(onProject(request));
        return page(request);
      },
    );

    app.put(
      `${one}/stories/:storyId`,
      {
        ...config('projects.manage'),
        schema: {
          tags,
          summary: 'Rewrite a user story (its dependencies may not form a cycle)',
          params: storyParams,
          body: storyBody,
          response: { 200: projectView },
        },
      },
      async (request) => {
        await saveStory({
          ...onProject(request),
          storyId: request.params.storyId,
          story: request.body,
        });
        return page(request);
      },
    );

    app.put(
      `${one}/backlog`,
      change("Set the backlog's order (the product owner)", 'projects.order', orderBody),
      async (request) => {
        await reorderBacklog({ ...onProject(request), order: request.body.order });
        return page(request);
      },
    );

    app.post(
      `${one}/funding`,
      change(
        'Fund the rest of the budget: idle hours first, then a temporary growth or prepaid hours',
        'projects.manage',
        fundingBody,
      ),
      async (request) => {
        await fundProject({ ...onProject(request), choice: request.body });
        return page(request);
      },
    );

    app.post(
      `${one}/work`,
      {
        ...config('projects.work'),
        schema: {
          tags,
          summary: "Log time on the project through the contract's hour bank",
          params: projectParams,
          body: workBody,
          response: { 201: workView },
        },
      },
      async (request, reply) => {
        const entry = await logProjectWork({ ...onProject(request), ...request.body });
        const kind = entry.type === 'consume' ? entry.kind : entry.type;
        return reply
          .status(201)
          .send({ entryId: entry.id, on: entry.on, minutes: request.body.minutes, kind });
      },
    );

    for (const table of ['backlog', 'raci'] as const) {
      app.get(
        `${one}/${table}.csv`,
        {
          ...config('projects.read'),
          schema: {
            tags,
            summary: `The ${table === 'raci' ? 'RACI matrix' : 'product backlog'} as CSV`,
            params: projectParams,
            querystring: exportQuery,
          },
        },
        async (request, reply) => {
          const found = await projectTable({ ...onProject(request), table });
          const heading = {
            projectName: found.record.project.name,
            contractName: found.contractName,
            issuedOn: found.today,
          };
          const locale = request.query.locale ?? defaultLocale;
          const doc = projectTableDocument(locale, heading, table, found.table);
          return download(reply, doc, 'csv', `${table}-${found.today}`);
        },
      );
    }

    app.get(
      `${one}/roadmap.pdf`,
      {
        ...config('projects.read'),
        schema: {
          tags,
          summary: 'The roadmap, plan vs actual, as PDF',
          params: projectParams,
          querystring: exportQuery,
        },
      },
      async (request, reply) => {
        const view = await readProject(onProject(request));
        const heading = {
          projectName: view.record.project.name,
          contractName: view.contractName,
          issuedOn: view.today,
        };
        const doc = roadmapDocument(request.query.locale ?? defaultLocale, heading, view.phases);
        return download(reply, doc, 'pdf', `roadmap-${view.today}`);
      },
    );
  };
}
