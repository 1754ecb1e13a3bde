/** What the knowledge base needs: its categories and articles, and full-text search over them. */
import type {
  Article,
  ArticleKind,
  Category,
  ContentLanguage,
  DeflectionEvent,
  Reader,
} from '../../domain/knowledge/index.js';
import type { ChangeTx, Clock, Ids, Transact } from '../shared/index.js';

/** A search: the reader's words, language and kind of reader. */
export interface ArticleSearch {
  readonly text: string;
  readonly language: ContentLanguage;
  readonly reader: Reader;
  /** Type-ahead (deflection while a subject is typed): the last word matches as a prefix. */
  readonly typing?: boolean;
  readonly kind?: ArticleKind;
  /** At most this many results (default 5, at most 50). */
  readonly limit?: number;
}

/** One text found, in the language it is shown in (translations of one text are one hit). */
export interface ArticleHit {
  readonly articleId: string;
  readonly translationGroup: string;
  readonly language: ContentLanguage;
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly categoryId: string | null;
  readonly score: number;
}

/** Categories and articles, each article one language of a text. */
export interface KnowledgeRepository {
  /** Inserts a category or replaces its names and position. */
  saveCategory(category: Category): Promise<void>;
  categories(): Promise<Category[]>;
  findCategory(id: string): Promise<Category | undefined>;
  /** Inserts an article or replaces it whole. */
  saveArticle(article: Article): Promise<void>;
  findArticle(id: string): Promise<Article | undefined>;
  findBySlug(language: ContentLanguage, slug: string): Promise<Article | undefined>;
  /** Every translation of one text, any status or visibility (the domain decides who sees which). */
  translations(translationGroup: string): Promise<Article[]>;
  /** Every article of a kind, newest first, any status or visibility. */
  list(kind: ArticleKind): Promise<Article[]>;
  /** The best texts for a search within what its reader may see, best first. */
  search(search: ArticleSearch): Promise<ArticleHit[]>;
}

/** What the portal reported about new-request drafts (deflection), per client. */
export interface DeflectionLog {
  /** Stores an event; false when the client already sent one with its id (a retry). */
  record(event: DeflectionEvent): Promise<boolean>;
  /** Every event of one client's draft, oldest first. */
  draftEvents(clientId: string, draftId: string): Promise<DeflectionEvent[]>;
  /** Every event of the drafts with an event in `[from, to)`, optionally of one client. */
  eventsOfDraftsActiveIn(period: {
    from: number;
    to: number;
    clientId?: string | undefined;
  }): Promise<DeflectionEvent[]>;
}

/** The knowledge base, read outside a transaction. */
export type KnowledgeReader = Omit<KnowledgeRepository, 'saveCategory' | 'saveArticle'>;

/** What knowledge use-cases write in one transaction. */
export interface KnowledgeTx extends ChangeTx {
  knowledge: KnowledgeRepository;
  deflections: DeflectionLog;
}

/** Everything the knowledge use-cases need. */
export interface KnowledgeDeps {
  clock: Clock;
  ids: Ids;
  knowledge: KnowledgeReader;
  deflections: Pick<DeflectionLog, 'eventsOfDraftsActiveIn'>;
  transact: Transact<KnowledgeTx>;
}
