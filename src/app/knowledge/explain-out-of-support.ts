import type { Principal } from '../../domain/identity/policy.js';
import {
  cannedExplanation,
  type OutOfSupportKey,
  type OutOfSupportTerms,
  outOfSupportCategories,
  outOfSupportTerms,
} from '../../domain/knowledge/index.js';
import { authorise } from '../shared/index.js';

/** A category of seed 001's "Fuera de soporte" with the paragraphs of its canned reply. */
export interface OutOfSupportExplanation extends OutOfSupportTerms {
  /** Catalog keys, in order, for the edge to render in the reader's language. */
  readonly explanation: readonly OutOfSupportKey[];
}

/**
 * The out-of-support classification (seed 001 "Fuera de soporte"): each category, what support
 * still does about it and the canned explanation an agent sends when classifying a request so.
 */
export async function explainOutOfSupport(options: {
  actor: Principal;
}): Promise<OutOfSupportExplanation[]> {
  authorise(options.actor, 'knowledge.read');
  return outOfSupportCategories.map((category) => ({
    ...outOfSupportTerms[category],
    explanation: cannedExplanation(category),
  }));
}
