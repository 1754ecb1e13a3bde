import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  anonymiseContact,
  type ContactsDeps,
  createContact,
  exportContact,
  listContacts,
  rectifyContact,
  viewContact,
} from '../../../app/contacts/index.js';
import { contactExportDocument, renderPdf } from '../../../reports/index.js';
import { actorOf } from '../../access.js';
import { originOf } from '../../audit.js';
import { idParams, recordId } from '../../ids.js';
import { viewerLocale } from '../../locale.js';
import { presentContact, presentContactView, presentExport } from './present.js';
import {
  anonymisationBody,
  contactBody,
  contactDetailView,
  contactExportView,
  contactListQuery,
  contactView,
  rectificationBody,
} from './schema.js';

const tags = ['contacts'];

/** Contacts and the data subject's rights (seed 003 "Gestión RGPD"). */
export function contactRoutes(deps: ContactsDeps): FastifyPluginAsyncZod {
  /** Runs the access export a request asks for (traced in the contact's history). */
  const exportOf = (request: FastifyRequest & { params: { id: string } }) =>
    exportContact({
      ...deps,
      actor: actorOf(request),
      origin: originOf(request),
      contactId: recordId(request.params.id, 'contact'),
    });

  return async (app) => {
    app.get(
      '/api/contacts',
      {
        config: { access: 'contacts.read' },
        schema: {
          tags,
          summary: 'People and companies, by name or email, optionally one account’s',
          querystring: contactListQuery,
          response: { 200: z.array(contactView) },
        },
      },
      async (request) => {
        const { q, organisationId, limit } = request.query;
        const contacts = await listContacts({
          ...deps,
          actor: actorOf(request),
          query: {
            limit,
            ...(q === undefined ? {} : { text: q }),
            ...(organisationId === undefined ? {} : { organisationId }),
          },
        });
        return contacts.map(presentContact);
      },
    );

    app.post(
      '/api/contacts',
      {
        config: { access: 'contacts.manage' },
        schema: {
          tags,
          summary: 'Add a person or company who does not sign in',
          body: contactBody,
          response: { 201: contactView },
        },
      },
      async (request, reply) => {
        const contact = await createContact({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          input: request.body,
        });
        return reply.status(201).send(presentContact(contact));
      },
    );

    app.get(
      '/api/contacts/:id',
      {
        config: { access: 'contacts.read' },
        schema: {
          tags,
          summary: 'The 360° view: data, tickets, messages, approvals and history (traced)',
          params: idParams,
          response: { 200: contactDetailView },
        },
      },
      async (request) =>
        presentContactView(
          await viewContact({
            ...deps,
            actor: actorOf(request),
            contactId: recordId(request.params.id, 'contact'),
          }),
        ),
    );

    app.patch(
      '/api/contacts/:id',
      {
        config: { access: 'contacts.manage' },
        schema: {
          tags,
          summary: 'Correct a contact’s data (rectification, old values kept in the history)',
          params: idParams,
          body: rectificationBody,
          response: { 200: contactView },
        },
      },
      async (request) =>
        presentContact(
          await rectifyContact({
            ...deps,
            actor: actorOf(request),
            origin: originOf(request),
            contactId: recordId(request.params.id, 'contact'),
            changes: request.body.changes,
            reason: request.body.reason,
          }),
        ),
    );

    app.get(
      '/api/contacts/:id/export',
      {
        config: { access: 'privacy.manage' },
        schema: {
          tags,
          summary: 'Everything held about a contact, from every declared table (access right)',
          params: idParams,
          response: { 200: contactExportView },
        },
      },
      async (request, reply) => {
        const exported = await exportOf(request);
        const file = `contact-${exported.contact.id}.json`;
        void reply.header('content-disposition', `attachment; filename="${file}"`);
        return presentExport(exported);
      },
    );

    app.get(
      '/api/contacts/:id/export.pdf',
      {
        config: { access: 'privacy.manage' },
        schema: {
          tags,
          summary: 'The access export as a readable PDF, in the viewer’s language',
          params: idParams,
        },
      },
      async (request, reply) => {
        const exported = await exportOf(request);
        const doc = contactExportDocument(exported, viewerLocale(request));
        const file = `contact-${exported.contact.id}.pdf`;
        return reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename="${file}"`)
          .send(await renderPdf(doc, exported.exportedAt));
      },
    );

    app.post(
      '/api/contacts/:id/anonymisation',
      {
        config: { access: 'privacy.manage' },
        schema: {
          tags,
          summary: 'Anonymise a contact for good (right to erasure); figures are kept',
          params: idParams,
          body: anonymisationBody,
          response: { 200: z.object({ contact: contactView, removedAttachments: z.number() }) },
        },
      },
      async (request) => {
        const done = await anonymiseContact({
          ...deps,
          actor: actorOf(request),
          origin: originOf(request),
          contactId: recordId(request.params.id, 'contact'),
        });
        return {
          contact: presentContact(done.contact),
          removedAttachments: done.removedAttachments.length,
        };
      },
    );
  };
}
