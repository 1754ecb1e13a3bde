import type { Principal } from '../../domain/identity/policy.js';
import type { ArticleKind, ContentLanguage } from '../../domain/knowledge/index.js';
import { authorise } from '../shared/index.js';
import type { ArticleHit, KnowledgeDeps } from './ports.js';
import { readerOfPrincipal } from './reader.js';

/**
 * Searches the help centre in the reader's language (seed 001: "Recomendamos que primero accedas
 * a nuestro centro de soporte"): clients find published public articles only, each text once,
 * shown in their language when it exists; staff also find internal ones. With `typing`, the
 * last word matches as a prefix (suggestions while a ticket's subject is typed).
 */
export async function searchArticles(
  options: Pick<KnowledgeDeps, 'knowledge'> & {
    actor: Principal;
    text: string;
    language: ContentLanguage;
    typing?: boolean | undefined;
    kind?: ArticleKind | undefined;
    limit?: number | undefined;
  },
): Promise<ArticleHit[]> {
  authorise(options.actor, 'knowledge.read');
  const { text, language, typing, kind, limit } = options;
  return options.knowledge.search({
    text,
    language,
    reader: readerOfPrincipal(options.actor),
    ...(typing === undefined ? {} : { typing }),
    ...(kind === undefined ? {} : { kind }),
    ...(limit === undefined ? {} : { limit }),
  });
}
