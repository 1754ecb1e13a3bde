import { DomainError } from '../../domain/errors.js';
import type { Actor } from '../../domain/identity/policy.js';
import type { Category } from '../../domain/knowledge/index.js';
import { authorise, type Origin, recordChange } from '../shared/index.js';
import type { KnowledgeDeps } from './ports.js';

/** A category as its editors give it. */
export type CategoryInput = Omit<Category, 'id'>;

/**
 * Adds a help-centre section, or renames or moves one when `id` is given (provider staff). A slug
 * another section uses is a conflict on `slug`.
 */
export async function saveCategory(
  options: Pick<KnowledgeDeps, 'clock' | 'ids' | 'transact'> & {
    actor: Actor;
    origin: Origin;
    id?: string;
    category: CategoryInput;
  },
): Promise<Category> {
  authorise(options.actor, 'knowledge.manage');
  const at = options.clock.now();
  return options.transact(async (tx) => {
    const existing =
      options.id === undefined ? undefined : await tx.knowledge.findCategory(options.id);
    if (options.id !== undefined && existing === undefined) {
      throw new DomainError('not_found', 'no such category');
    }
    const sameSlug = (await tx.knowledge.categories()).find(
      (other) => other.slug === options.category.slug && other.id !== options.id,
    );
    if (sameSlug) {
      throw new DomainError('conflict', `a category with slug "${sameSlug.slug}" exists`, 'slug');
    }
    const category = { ...options.category, id: options.id ?? options.ids.newId() };
    await tx.knowledge.saveCategory(category);
    await recordChange(tx, {
      ...options,
      at,
      resourceType: 'knowledge_categories',
      resourceId: category.id,
    });
    return category;
  });
}
