import type { Principal } from '../../domain/identity/policy.js';
import type { Article } from '../../domain/knowledge/index.js';
import { type Origin, recordChange } from '../shared/index.js';
import type { KnowledgeTx } from './ports.js';

/** Stores an article and its audit entry, in the transaction of the change. */
export async function saveAuditedArticle(
  tx: KnowledgeTx,
  change: { actor: Principal; origin: Origin; at: Date },
  article: Article,
): Promise<void> {
  await tx.knowledge.saveArticle(article);
  await recordChange(tx, {
    ...change,
    resourceType: 'knowledge_articles',
    resourceId: article.id,
  });
}
