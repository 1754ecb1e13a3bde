/**
 * The knowledge base's domain (seed 001's Centro de Soporte): articles and their translations,
 * who reads what, deflection in the portal, answering with documentation, the out-of-support
 * classification and the updates section. Pure; instants and ids come in as arguments.
 */
export {
  type Article,
  type ArticleContent,
  type ArticleKind,
  type ArticleStatus,
  type ArticleVisibility,
  articleContentSchema,
  articleKinds,
  articleStatuses,
  articleVisibilities,
  type Category,
  type ContentLanguage,
  checkContent,
  contentLanguages,
  missingToPublish,
  publishArticle,
  slugify,
  unpublishArticle,
} from './article.js';
export {
  checkDeflectionEvent,
  type DeflectionEvent,
  type DeflectionReport,
  type DraftOutcome,
  type DraftOutcomeKind,
  deflectionReport,
  draftOutcomes,
} from './deflection.js';
export {
  articleLink,
  articleUrl,
  checkDocumentationRedirect,
  documentationOutcome,
  linkedArticles,
  markdownLink,
  type ReplyForRedirect,
  redirectWork,
} from './documentation.js';
export { type KnowledgeRule, knowledgeError, knowledgeRules } from './errors.js';
export {
  cannedExplanation,
  type OutOfSupportCategory,
  type OutOfSupportKey,
  type OutOfSupportTerms,
  outOfSupportCategories,
  outOfSupportTerms,
  type Referral,
} from './out-of-support.js';
export { linkTranslation, translationsOf } from './translations.js';
export {
  type Announcement,
  type AnnouncementPlan,
  announceUpdate,
  type UpdateSubscriber,
} from './updates.js';
export {
  canEdit,
  canRead,
  pickTranslation,
  type Reader,
  type ReadScope,
  readerOf,
  readScope,
} from './visibility.js';
