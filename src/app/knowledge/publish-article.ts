import { DomainError } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import { type Article, publishArticle, unpublishArticle } from '../../domain/knowledge/index.js';
import { authorise, type Origin, recordEvent } from '../shared/index.js';
import { articlePublished } from './events.js';
import type { KnowledgeDeps } from './ports.js';
import { saveAuditedArticle } from './save-article.js';

/**
 * Publishes an article (clients see it and search finds it; the first publication date is kept)
 * or takes it back to draft (provider staff). Publishing records `knowledge.article_published`.
 */
export async function publishOrWithdrawArticle(
  options: Pick<KnowledgeDeps, 'clock' | 'ids' | 'transact'> & {
    actor: Actor;
    origin: Origin;
    articleId: string;
    publish: boolean;
  },
): Promise<Article> {
  authorise(options.actor, 'knowledge.manage');
  const at = options.clock.now();
  return options.transact(async (tx) => {
    const found = await tx.knowledge.findArticle(options.articleId);
    if (!found) throw new DomainError('not_found', 'no such article');
    const article = options.publish
      ? publishArticle(found, at.getTime())
      : unpublishArticle(found, at.getTime());
    await saveAuditedArticle(tx, { ...options, at }, article);
    if (options.publish) {
      await recordEvent(tx, options.ids, at, articlePublished, {
        articleId: article.id,
        translationGroup: article.translationGroup,
        language: article.language,
        kind: article.kind,
      });
    }
    return article;
  });
}
