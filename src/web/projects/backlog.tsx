/**
 * The product backlog of a project (seed 003): the user stories in the product owner's order,
 * each with its benefit, effort, difficulty and dependencies, and the suggested order (benefit
 * over effort, dependencies first) beside it. The product owner reorders by dragging a story or,
 * from the keyboard, with its up and down buttons, or takes the suggested order at once.
 */
import { type DragEvent, useState } from 'react';
import { type BacklogRow, type Project, projects } from '../api/projects.js';
import { hours } from '../format.js';
import { useI18n } from '../i18n.js';
import { ErrorSummary } from '../ui/errors.js';
import { useAction } from '../ui/use-action.js';

/** `order` with `id` moved to `to` (an index in the list without it). */
export function moved(order: readonly string[], id: string, to: number): string[] {
  const rest = order.filter((one) => one !== id);
  const at = Math.max(0, Math.min(to, rest.length));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

function StoryText({ row, titles }: { row: BacklogRow; titles: ReadonlyMap<string, string> }) {
  const { t, locale } = useI18n();
  const { story } = row;
  const facts = [
    story.benefit === null ? null : t('projects.story.benefit', { value: story.benefit }),
    story.effortMinutes === null
      ? null
      : t('projects.story.effort', { hours: hours(locale, story.effortMinutes) }),
    story.difficulty === null ? null : t('projects.story.difficulty', { value: story.difficulty }),
    t('projects.story.suggested', { position: row.suggestedPosition }),
    t(`projects.code.${story.origin.kind}`),
  ].filter((fact): fact is string => fact !== null);
  return (
    <div className="backlog__story">
      <strong>{story.title}</strong>
      {story.narrative && (
        <p className="muted">
          {t(
            story.narrative.soThat ? 'projects.story.narrative' : 'projects.story.narrativeShort',
            {
              asA: story.narrative.asA,
              iWant: story.narrative.iWant,
              soThat: story.narrative.soThat ?? '',
            },
          )}
        </p>
      )}
      <p className="backlog__facts">{facts.join(' · ')}</p>
      {row.blockedBy.length > 0 && (
        <p className="backlog__blocked">
          {t('projects.story.blockedBy', {
            titles: row.blockedBy.map((id) => titles.get(id) ?? id).join(', '),
          })}
        </p>
      )}
    </div>
  );
}

/** The backlog section; `canOrder` when the viewer is the product owner. */
export function Backlog(props: {
  project: Project;
  contractId: string;
  canOrder: boolean;
  csvUrl: string;
  onChanged(p: Project): void;
}) {
  const { t } = useI18n();
  const { project, canOrder } = props;
  const order = project.backlog.map((row) => row.story.id);
  const titles = new Map(project.backlog.map((row) => [row.story.id, row.story.title]));
  const action = useAction();
  const [dragged, setDragged] = useState<string | null>(null);
  const save = (next: readonly string[]) =>
    void action.run(() => projects.reorder(props.contractId, project.id, next), props.onChanged);
  const drop = (event: DragEvent, index: number) => {
    event.preventDefault();
    if (dragged !== null) save(moved(order, dragged, index));
    setDragged(null);
  };
  const suggestedDiffers = project.suggestedOrder.join() !== order.join();
  return (
    <section className="card card--stack" aria-labelledby="backlog-title">
      <h2 id="backlog-title">{t('projects.backlog.title')}</h2>
      <ErrorSummary error={action.error} />
      {project.backlog.length === 0 && <p className="muted">{t('projects.backlog.none')}</p>}
      {canOrder && project.backlog.length > 1 && (
        <p className="muted">{t('projects.backlog.howTo')}</p>
      )}
      <ol className="backlog" aria-busy={action.busy}>
        {project.backlog.map((row, index) => (
          <li
            key={row.story.id}
            className={`backlog__item ${dragged === row.story.id ? 'is-dragged' : ''}`}
            data-story={row.story.id}
            draggable={canOrder}
            onDragStart={() => setDragged(row.story.id)}
            onDragOver={(event) => canOrder && event.preventDefault()}
            onDrop={(event) => drop(event, index)}
            onDragEnd={() => setDragged(null)}
          >
            <span className="backlog__position">{row.position}</span>
            <StoryText row={row} titles={titles} />
            {canOrder && (
              <span className="inline-actions backlog__moves">
                <button
                  type="button"
                  className="button button--ghost button--small"
                  disabled={action.busy || index === 0}
                  aria-label={t('projects.backlog.upFor', { title: row.story.title })}
                  onClick={() => save(moved(order, row.story.id, index - 1))}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  disabled={action.busy || index === order.length - 1}
                  aria-label={t('projects.backlog.downFor', { title: row.story.title })}
                  onClick={() => save(moved(order, row.story.id, index + 1))}
                >
                  ↓
                </button>
              </span>
            )}
          </li>
        ))}
      </ol>
      <span className="inline-actions">
        {canOrder && suggestedDiffers && (
          <button
            type="button"
            className="button button--secondary"
            disabled={action.busy}
            onClick={() => save(project.suggestedOrder)}
          >
            {t('projects.backlog.useSuggested')}
          </button>
        )}
        <a className="button button--secondary" href={props.csvUrl}>
          {t('projects.backlog.download')}
        </a>
      </span>
    </section>
  );
}
