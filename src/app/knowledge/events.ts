/** The knowledge base's domain events. */
import { z } from 'zod';
import { articleKinds, contentLanguages } from '../../domain/knowledge/index.js';
import { defineEvent } from '../shared/index.js';

/**
 * An article was published (first time or again): what the updates section's mail subscription
 * (seed 001, "Mantenerte al día sobre las nuevas funciones") reacts to.
 */
export const articlePublished = defineEvent(
  'knowledge.article_published',
  z.object({
    articleId: z.string(),
    translationGroup: z.string(),
    language: z.enum(contentLanguages),
    kind: z.enum(articleKinds),
  }),
);
