/**
 * Writing an article (provider staff): language, kind, section, readers, title, address,
 * summary, keywords and the Markdown text with its preview; the translations it is linked to;
 * publishing and taking back to draft. `/knowledge/new?translationOf=<id>` writes the other
 * language of a text, with the settings translations must share.
 */
import { type FormEvent, useState } from 'react';
import {
  type ArticleKind,
  type ArticleVisibility,
  articleKinds,
  articleVisibilities,
  type ContentLanguage,
  contentLanguages,
  slugify,
} from '../../domain/knowledge/index.js';
import type { ApiError } from '../api/client.js';
import { type Article, type ArticleDetail, type Category, knowledge } from '../api/knowledge.js';
import { useI18n } from '../i18n.js';
import { Link, navigate, useSearch } from '../router.js';
import { ErrorSummary } from '../ui/errors.js';
import { Field, SelectField, TextField } from '../ui/field.js';
import { Notice, PageHeader } from '../ui/page.js';
import { useAction } from '../ui/use-action.js';
import { useLoad } from '../ui/use-load.js';
import { MarkdownText } from './markdown.js';
import { otherLanguage } from './words.js';

interface Draft {
  language: ContentLanguage;
  kind: ArticleKind;
  categoryId: string;
  visibility: ArticleVisibility;
  title: string;
  slug: string;
  summary: string;
  keywords: string;
  body: string;
}

function draftOf(article: Article | undefined, language: ContentLanguage): Draft {
  return {
    language: article?.language ?? language,
    kind: article?.kind ?? 'article',
    categoryId: article?.categoryId ?? '',
    visibility: article?.visibility ?? 'public',
    title: article?.title ?? '',
    slug: article?.slug ?? '',
    summary: article?.summary ?? '',
    keywords: article?.keywords ?? '',
    body: article?.body ?? '',
  };
}

function bodyOf(draft: Draft) {
  return {
    language: draft.language,
    kind: draft.kind,
    categoryId: draft.categoryId === '' ? null : draft.categoryId,
    visibility: draft.visibility,
    content: {
      slug: draft.slug,
      title: draft.title,
      summary: draft.summary,
      keywords: draft.keywords,
      body: draft.body,
    },
  };
}

function Settings(props: {
  draft: Draft;
  categories: readonly Category[];
  locked: boolean;
  error: ApiError | null;
  set(change: Partial<Draft>): void;
}) {
  const { t, locale } = useI18n();
  const { draft, error, set } = props;
  return (
    <div className="form-grid">
      <SelectField
        path="language"
        label={t('knowledge.editor.field.language')}
        error={error}
        value={draft.language}
        onChange={(value) => set({ language: value as ContentLanguage })}
        choices={contentLanguages.map((l) => ({ value: l, label: t(`knowledge.language.${l}`) }))}
      />
      <SelectField
        path="kind"
        label={t('knowledge.editor.field.kind')}
        error={error}
        value={draft.kind}
        onChange={(value) => !props.locked && set({ kind: value as ArticleKind })}
        choices={articleKinds.map((k) => ({ value: k, label: t(`knowledge.kind.${k}`) }))}
      />
      <SelectField
        path="categoryId"
        label={t('knowledge.editor.field.category')}
        error={error}
        value={draft.categoryId}
        onChange={(categoryId) => !props.locked && set({ categoryId })}
        choices={[{ value: '', label: t('knowledge.articles.uncategorised') }].concat(
          props.categories.map((c) => ({ value: c.id, label: c.names[locale] })),
        )}
      />
      <SelectField
        path="visibility"
        label={t('knowledge.editor.field.visibility')}
        hint={t('knowledge.editor.field.visibilityHint')}
        error={error}
        value={draft.visibility}
        onChange={(value) => !props.locked && set({ visibility: value as ArticleVisibility })}
        choices={articleVisibilities.map((v) => ({
          value: v,
          label: t(`knowledge.visibility.${v}`),
        }))}
      />
    </div>
  );
}

function Translations(props: { detail: ArticleDetail }) {
  const { t } = useI18n();
  const { article, translations } = props.detail;
  const missing = contentLanguages.filter(
    (language) =>
      language !== article.language && !translations.some((tr) => tr.language === language),
  );
  return (
    <section className="card card--stack" aria-labelledby="translations-title">
      <h2 id="translations-title">{t('knowledge.editor.translations')}</h2>
      <ul>
        {translations.map((tr) => (
          <li key={tr.id}>
            <Link to={`/knowledge/${tr.id}`} lang={tr.language}>
              {t(`knowledge.language.${tr.language}`)}: {tr.title}
            </Link>
          </li>
        ))}
        {missing.map((language) => (
          <li key={language}>
            {t('knowledge.editor.noTranslation', {
              language: t(`knowledge.language.${language}`),
            })}{' '}
            <Link
              to={`/knowledge/new?translationOf=${encodeURIComponent(article.id)}&language=${language}`}
            >
              {t('knowledge.editor.translate', { language: t(`knowledge.language.${language}`) })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

function EditorForm(props: {
  detail: ArticleDetail | undefined;
  source: Article | undefined;
  language: ContentLanguage;
  categories: readonly Category[];
}) {
  const { t } = useI18n();
  const existing = props.detail?.article;
  const [draft, setDraft] = useState(() => ({
    ...draftOf(existing ?? props.source, props.language),
    ...(existing === undefined && props.source !== undefined
      ? { language: props.language, title: '', slug: '', summary: '', keywords: '', body: '' }
      : {}),
  }));
  const [slugTouched, setSlugTouched] = useState(existing !== undefined);
  const [detail, setDetail] = useState(props.detail);
  const [notice, setNotice] = useState<string | null>(null);
  const save = useAction();
  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = bodyOf(draft);
    const call =
      existing === undefined
        ? knowledge.create({ ...body, ...(props.source ? { translationOf: props.source.id } : {}) })
        : knowledge.replace(existing.id, body);
    void save.run(
      () => call,
      (saved) => {
        if (existing === undefined) navigate(`/knowledge/${saved.id}`, { replace: true });
        else {
          setDetail((d) => (d ? { ...d, article: saved } : d));
          setNotice(t('knowledge.editor.saved'));
        }
      },
    );
  };
  const publish = (published: boolean) =>
    existing &&
    void save.run(
      () => knowledge.publish(existing.id, published),
      (saved) => {
        setDetail((d) => (d ? { ...d, article: saved } : d));
        setNotice(
          t(published ? 'knowledge.published' : 'knowledge.unpublished', { title: saved.title }),
        );
      },
    );
  const status = detail?.article.status;
  const address = detail?.url ?? `/help/${draft.language}/${draft.slug}`;
  return (
    <>
      {notice && <Notice>{notice}</Notice>}
      <form className="card form" onSubmit={submit} noValidate aria-labelledby="editor-title">
        <h2 id="editor-title">
          {t(
            existing
              ? 'knowledge.editor.edit'
              : props.source
                ? 'knowledge.editor.newTranslation'
                : 'knowledge.editor.new',
          )}
        </h2>
        <ErrorSummary error={save.error} />
        {status && (
          <p>{t('knowledge.editor.status', { status: t(`knowledge.status.${status}`) })}</p>
        )}
        <Settings
          draft={draft}
          categories={props.categories}
          locked={props.source !== undefined}
          error={save.error}
          set={set}
        />
        <div className="form-grid">
          <TextField
            path="content.title"
            label={t('knowledge.editor.field.title')}
            className="form-grid__wide"
            error={save.error}
            value={draft.title}
            onChange={(title) => set(slugTouched ? { title } : { title, slug: slugify(title) })}
          />
          <TextField
            path="content.slug"
            label={t('knowledge.editor.field.slug')}
            hint={t('knowledge.editor.field.slugHint', { url: address })}
            className="form-grid__wide"
            error={save.error}
            value={draft.slug}
            onChange={(slug) => {
              setSlugTouched(true);
              set({ slug });
            }}
          />
          <TextField
            path="content.summary"
            label={t('knowledge.editor.field.summary')}
            className="form-grid__wide"
            optional
            error={save.error}
            value={draft.summary}
            onChange={(summary) => set({ summary })}
          />
          <TextField
            path="content.keywords"
            label={t('knowledge.editor.field.keywords')}
            hint={t('knowledge.editor.field.keywordsHint')}
            className="form-grid__wide"
            optional
            error={save.error}
            value={draft.keywords}
            onChange={(keywords) => set({ keywords })}
          />
          <Field
            path="content.body"
            label={t('knowledge.editor.field.body')}
            className="form-grid__wide"
            error={save.error}
          >
            {(control) => (
              <textarea
                {...control}
                className="input textarea"
                rows={14}
                lang={draft.language}
                value={draft.body}
                onChange={(e) => set({ body: e.target.value })}
              />
            )}
          </Field>
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={save.busy}>
            {t(save.busy ? 'common.saving' : 'common.save')}
          </button>
          {existing && (
            <button
              type="button"
              className="button button--secondary"
              disabled={save.busy}
              onClick={() => publish(status !== 'published')}
            >
              {t(status === 'published' ? 'knowledge.unpublish' : 'knowledge.publish')}
            </button>
          )}
          {status === 'published' && detail && (
            <a
              href={`/help/${detail.article.language}/${detail.article.slug}`}
              className="button button--ghost"
            >
              {t('knowledge.editor.openHelp')}
            </a>
          )}
        </div>
      </form>
      <section className="card card--stack" aria-labelledby="preview-title" lang={draft.language}>
        <h2 id="preview-title">{t('knowledge.editor.preview')}</h2>
        <h3>{draft.title}</h3>
        <MarkdownText text={draft.body} />
      </section>
      {detail && <Translations detail={detail} />}
    </>
  );
}

/** The editor page: a new article (`id` undefined), a new translation, or an existing article. */
export function ArticleEditorPage({ id }: { id?: string }) {
  const { t, locale } = useI18n();
  const search = new URLSearchParams(useSearch());
  const translationOf = id === undefined ? search.get('translationOf') : null;
  const categories = useLoad(() => knowledge.categories(), []);
  const loaded = useLoad(async () => {
    if (id !== undefined) return { detail: await knowledge.article(id), source: undefined };
    if (translationOf)
      return { detail: undefined, source: (await knowledge.article(translationOf)).article };
    return { detail: undefined, source: undefined };
  }, [id, translationOf]);
  const asked = search.get('language');
  const language: ContentLanguage =
    asked === 'es' || asked === 'en'
      ? asked
      : loaded.data?.source
        ? otherLanguage(loaded.data.source.language)
        : locale;
  return (
    <>
      <PageHeader
        title={t(id ? 'knowledge.editor.edit' : 'knowledge.editor.new')}
        actions={
          <Link to="/knowledge" className="button button--secondary">
            {t('knowledge.editor.back')}
          </Link>
        }
      />
      <ErrorSummary error={loaded.error ?? categories.error} />
      {loaded.data && categories.data && (
        <EditorForm
          key={`${id ?? 'new'}-${translationOf ?? ''}`}
          detail={loaded.data.detail}
          source={loaded.data.source}
          language={language}
          categories={categories.data}
        />
      )}
    </>
  );
}
