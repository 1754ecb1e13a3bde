import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  explainOutOfSupport,
  type KnowledgeDeps,
  listArticles,
  listCategories,
  publishOrWithdrawArticle,
  readArticle,
  readHelpPage,
  saveCategory,
  searchArticles,
  writeArticle,
} from '../../../app/knowledge/index.js';
import { actorOf } from '../../access.js';
import { originOf } from '../../audit.js';
import { idParams, recordId } from '../../ids.js';
import { publicBaseUrl } from '../../public-url.js';
import { deflectionRoutes } from './deflection-routes.js';
import {
  presentArticle,
  presentArticleDetail,
  presentHit,
  presentOutOfSupport,
} from './present.js';
import {
  articleBody,
  articleDetailView,
  articleListQuery,
  articleReadQuery,
  articleView,
  categoryBody,
  categoryView,
  helpPageParams,
  localeQuery,
  outOfSupportView,
  publicationBody,
  searchHitView,
  searchQuery,
} from './schema.js';

const tags = ['knowledge'];

/**
 * The help centre (seed 001's Centro de Soporte): sections, articles, its pages, search,
 * out-of-support; links point under `publicUrl` (PACTA_PUBLIC_URL, else the request's origin).
 */
export function knowledgeRoutes(
  deps: KnowledgeDeps,
  publicUrl?: string | undefined,
): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(deflectionRoutes(deps));

    app.get(
      '/api/knowledge/categories',
      {
        config: { access: 'knowledge.read' },
        schema: { tags, summary: 'Help-centre sections', response: { 200: z.array(categoryView) } },
      },
      async (request) => listCategories({ ...deps, actor: actorOf(request) }),
    );

    app.post(
      '/api/knowledge/categories',
      {
        config: { access: 'knowledge.manage' },
        schema: {
          tags,
          summary: 'Add a section',
          body: categoryBody,
          response: { 201: categoryView },
        },
      },
      async (request, reply) => {
        const category = await saveCategory({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          category: request.body,
        });
        return reply.status(201).send(category);
      },
    );

    app.put(
      '/api/knowledge/categories/:id',
      {
        config: { access: 'knowledge.manage' },
        schema: {
          tags,
          summary: 'Rename or move a section',
          params: idParams,
          body: categoryBody,
          response: { 200: categoryView },
        },
      },
      async (request) =>
        saveCategory({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          id: recordId(request.params.id, 'category'),
          category: request.body,
        }),
    );

    app.get(
      '/api/knowledge/articles',
      {
        config: { access: 'knowledge.read' },
        schema: {
          tags,
          summary: 'Articles or release notes the reader may open, newest first',
          querystring: articleListQuery,
          response: { 200: z.array(articleView) },
        },
      },
      async (request) =>
        (await listArticles({ ...deps, actor: actorOf(request), kind: request.query.kind })).map(
          presentArticle,
        ),
    );

    app.post(
      '/api/knowledge/articles',
      {
        config: { access: 'knowledge.manage' },
        schema: {
          tags,
          summary: 'Write a new article (a draft), or a translation of one',
          body: articleBody,
          response: { 201: articleView },
        },
      },
      async (request, reply) => {
        const article = await writeArticle({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          article: request.body,
        });
        return reply.status(201).send(presentArticle(article));
      },
    );

    app.get(
      '/api/knowledge/articles/:id',
      {
        config: { access: 'knowledge.read' },
        schema: {
          tags,
          summary: 'One article, in the language asked for when the reader may open it',
          params: idParams,
          querystring: articleReadQuery,
          response: { 200: articleDetailView },
        },
      },
      async (request) =>
        presentArticleDetail(
          await readArticle({
            ...deps,
            actor: actorOf(request),
            articleId: recordId(request.params.id, 'article'),
            language: request.query.language,
          }),
          publicBaseUrl(request, publicUrl),
        ),
    );

    app.get(
      '/api/knowledge/help/:language/:slug',
      {
        config: { access: 'knowledge.read' },
        schema: {
          tags,
          summary: 'A help-centre page by its address (/help/<language>/<slug>)',
          params: helpPageParams,
          response: { 200: articleDetailView },
        },
      },
      async (request) =>
        presentArticleDetail(
          await readHelpPage({ ...deps, actor: actorOf(request), ...request.params }),
          publicBaseUrl(request, publicUrl),
        ),
    );

    app.put(
      '/api/knowledge/articles/:id',
      {
        config: { access: 'knowledge.manage' },
        schema: {
          tags,
          summary: 'Rewrite an article',
          params: idParams,
          body: articleBody.omit({ translationOf: true }),
          response: { 200: articleView },
        },
      },
      async (request) =>
        presentArticle(
          await writeArticle({
            ...deps,
            actor: actorOf(request),
            origin: originOf(request),
            id: recordId(request.params.id, 'article'),
            article: request.body,
          }),
        ),
    );

    app.post(
      '/api/knowledge/articles/:id/publication',
      {
        config: { access: 'knowledge.manage' },
        schema: {
          tags,
          summary: 'Publish an article or take it back to draft',
          params: idParams,
          body: publicationBody,
          response: { 200: articleView },
        },
      },
      async (request) =>
        presentArticle(
          await publishOrWithdrawArticle({
            ...deps,
            actor: actorOf(request),
            origin: originOf(request),
            articleId: recordId(request.params.id, 'article'),
            publish: request.body.published,
          }),
        ),
    );

    app.get(
      '/api/knowledge/search',
      {
        config: { access: 'knowledge.read' },
        schema: {
          tags,
          summary: "Search the help centre in the reader's language",
          querystring: searchQuery,
          response: { 200: z.array(searchHitView) },
        },
      },
      async (request) => {
        const { q, language, ...options } = request.query;
        const hits = await searchArticles({
          ...deps,
          ...options,
          actor: actorOf(request),
          text: q,
          language: language ?? request.auth?.user.locale ?? 'es',
        });
        const baseUrl = publicBaseUrl(request, publicUrl);
        return hits.map((hit) => presentHit(hit, baseUrl));
      },
    );

    app.get(
      '/api/knowledge/out-of-support',
      {
        config: { access: 'knowledge.read' },
        schema: {
          tags,
          summary: "Seed 001's out-of-support categories with their canned explanation",
          querystring: localeQuery,
          response: { 200: z.array(outOfSupportView) },
        },
      },
      async (request) => {
        const locale = request.query.locale ?? request.auth?.user.locale ?? 'es';
        const categories = await explainOutOfSupport({ actor: actorOf(request) });
        return categories.map((terms) => presentOutOfSupport(terms, locale));
      },
    );
  };
}
