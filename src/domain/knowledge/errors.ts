/**
 * The knowledge base's broken rules, as codes rendered through `knowledge.rule.<code>`.
 */
import { ruleErrors } from '../rule-error.js';

/** Every knowledge-base rule a command can break. */
export const knowledgeRules = [
  'translation_language_taken',
  'translation_mismatch',
  'not_publishable',
  'redirect_without_article',
  'article_not_public',
  'draft_already_submitted',
] as const;

/** One of {@link knowledgeRules}. */
export type KnowledgeRule = (typeof knowledgeRules)[number];

/** Builds a knowledge-base {@link RuleError}. */
export const knowledgeError = ruleErrors<KnowledgeRule>('knowledge');
