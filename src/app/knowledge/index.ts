/** The knowledge base's public surface: articles, categories and their search (seed 001). */
export { knowledgeData } from './stored-data.js';
