/**
 * The knowledge base's public surface (seed 001's Centro de Soporte): categories, articles and
 * release notes in Spanish and English, their publication, search for each kind of reader, and
 * the out-of-support classification with its canned explanation.
 */
export { deflectionFigures } from './deflection-figures.js';
export { articlePublished } from './events.js';
export { explainOutOfSupport, type OutOfSupportExplanation } from './explain-out-of-support.js';
export type {
  ArticleHit,
  ArticleSearch,
  DeflectionLog,
  KnowledgeDeps,
  KnowledgeReader,
  KnowledgeRepository,
  KnowledgeTx,
} from './ports.js';
export { publishOrWithdrawArticle } from './publish-article.js';
export {
  type ArticleView,
  listArticles,
  listCategories,
  readArticle,
  readHelpPage,
} from './read-articles.js';
export { type DraftReport, recordDeflection } from './record-deflection.js';
export { type CategoryInput, saveCategory } from './save-category.js';
export { searchArticles } from './search-articles.js';
export { knowledgeData } from './stored-data.js';
export { type ArticleInput, writeArticle } from './write-article.js';
