import type { StoredData } from '../shared/index.js';

/** The knowledge base's tables: help-centre content written for every reader, no personal data. */
export const knowledgeData: readonly StoredData[] = [
  {
    table: 'knowledge_categories',
    personal: [],
    notPersonal: [
      { column: 'name_es', reason: 'a section name' },
      { column: 'name_en', reason: 'a section name' },
    ],
  },
  {
    table: 'knowledge_articles',
    personal: [],
    notPersonal: [{ column: 'body', reason: 'documentation text' }],
  },
  // Deflection reports name the client organisation only, never the person who typed.
  { table: 'knowledge_deflection_events', personal: [] },
];
