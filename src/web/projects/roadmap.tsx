/**
 * The roadmap of a project as a timeline (seed 003's phases, Gantt-like): per phase the planned
 * bar and, under it, the actual one; milestones as diamonds; today as a line. Positions come
 * from calendar dates counted in whole days (never instants), so no zone moves a bar; the same
 * facts are in a table for screen readers and for reading exact dates.
 */
import { type FormEvent, useState } from 'react';
import { expectedResults } from '../../domain/projects/index.js';
import { type Project, projects } from '../api/projects.js';
import { calendarDate } from '../format.js';
import { type I18n, useI18n } from '../i18n.js';
import { ErrorSummary } from '../ui/errors.js';
import { TableHead } from '../ui/table.js';
import { useAction } from '../ui/use-action.js';

type Phase = Project['phases'][number];

/** Whole days from one calendar date to another, counted on UTC midnights (no zone involved). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const resultCodes = Object.values(expectedResults).flat();

/** A phase's expected result in words (seed 003's list); an unknown code as it is. */
function resultText(t: I18n['t'], code: string): string {
  const known = resultCodes.find((one) => one === code);
  return known ? t(`projects.result.${known}`) : code;
}

/** The first and last day the timeline spans. */
function spanOf(project: Project): { from: string; until: string } {
  const days = [
    project.today,
    ...project.phases.flatMap((p) => [p.start, p.end, p.actualStart, p.actualEnd]),
    ...project.milestones.map((m) => m.dueOn),
  ].filter((d): d is string => d !== null);
  days.sort();
  return { from: days[0] ?? project.today, until: days.at(-1) ?? project.today };
}

/** Where a bar from `start` to `end` (inclusive) sits, in percent of the span. */
function place(span: { from: string; until: string }, start: string, end: string) {
  const total = daysBetween(span.from, span.until) + 1;
  const left = (100 * daysBetween(span.from, start)) / total;
  const width = (100 * (daysBetween(start, end) + 1)) / total;
  return { left: `${left}%`, width: `${width}%` };
}

function PhaseRow({
  phase,
  span,
  project,
}: {
  phase: Phase;
  span: { from: string; until: string };
  project: Project;
}) {
  const { t } = useI18n();
  const actualEnd = phase.actualEnd ?? (phase.actualStart ? project.today : null);
  return (
    <div className="gantt__row" data-phase={phase.key}>
      <span className="gantt__label">{t(`projects.phase.${phase.key}`)}</span>
      <div className="gantt__track">
        <span className="gantt__bar gantt__bar--plan" style={place(span, phase.start, phase.end)} />
        {phase.actualStart && actualEnd && (
          <span
            className={`gantt__bar gantt__bar--actual ${phase.late ? 'is-late' : ''}`}
            style={place(span, phase.actualStart, actualEnd)}
          />
        )}
        {project.milestones
          .filter((m) => m.phase === phase.key)
          .map((m) => (
            <span
              key={m.id}
              className={`gantt__milestone ${m.reachedOn ? 'is-reached' : ''} ${m.late ? 'is-late' : ''}`}
              style={{ left: place(span, m.dueOn, m.dueOn).left }}
            />
          ))}
        <span
          className="gantt__today"
          style={{ left: place(span, project.today, project.today).left }}
        />
      </div>
    </div>
  );
}

/** The table beside the timeline: plan and actual dates, delays and expected results. */
function RoadmapTable({ project }: { project: Project }) {
  const { t, locale } = useI18n();
  const date = (d: string | null) => (d ? calendarDate(locale, d) : '–');
  return (
    <table className="table table--dense roadmap-table">
      <caption className="sr-only">{t('projects.roadmap.title')}</caption>
      <TableHead
        columns={[
          t('projects.roadmap.phase'),
          t('projects.roadmap.planned_start'),
          t('projects.roadmap.planned_end'),
          t('projects.roadmap.actual_start'),
          t('projects.roadmap.actual_end'),
          { label: t('projects.roadmap.delay'), numeric: true },
          t('projects.roadmap.results'),
        ]}
      />
      <tbody>
        {project.phases.map((p) => (
          <tr key={p.key}>
            <th scope="row">{t(`projects.phase.${p.key}`)}</th>
            <td>{date(p.start)}</td>
            <td>{date(p.end)}</td>
            <td>{date(p.actualStart)}</td>
            <td>{date(p.actualEnd)}</td>
            <td className="numeric">{p.endDelay ?? p.startDelay ?? '–'}</td>
            <td>{p.expectedResults.map((code) => resultText(t, code)).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The form that plans the roadmap from the template, starting on a day. */
function PlanForm(props: { project: Project; contractId: string; onChanged(p: Project): void }) {
  const { t } = useI18n();
  const [startOn, setStartOn] = useState(props.project.today);
  const action = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void action.run(
      () => projects.planRoadmap(props.contractId, props.project.id, startOn),
      props.onChanged,
    );
  };
  return (
    <form className="inline-form" onSubmit={submit}>
      <ErrorSummary error={action.error} />
      <label className="field__label" htmlFor="roadmap-start">
        {t('projects.roadmap.startOn')}
      </label>
      <input
        id="roadmap-start"
        className="input"
        type="date"
        value={startOn}
        onChange={(event) => setStartOn(event.target.value)}
      />
      <button type="submit" className="button button--primary" disabled={action.busy}>
        {t('projects.roadmap.plan')}
      </button>
    </form>
  );
}

/** The roadmap section; `manage` lets the provider plan it. */
export function Roadmap(props: {
  project: Project;
  contractId: string;
  manage: boolean;
  pdfUrl: string;
  onChanged(p: Project): void;
}) {
  const { t, locale } = useI18n();
  const { project } = props;
  const span = spanOf(project);
  return (
    <section className="card card--stack" aria-labelledby="roadmap-title">
      <h2 id="roadmap-title">{t('projects.roadmap.title')}</h2>
      {project.phases.length === 0 ? (
        <>
          <p className="muted">{t('projects.roadmap.none')}</p>
          {props.manage && <PlanForm {...props} />}
        </>
      ) : (
        <>
          <div className="gantt" aria-hidden="true">
            <div className="gantt__scale">
              <span>{calendarDate(locale, span.from)}</span>
              <span>{calendarDate(locale, span.until)}</span>
            </div>
            {project.phases.map((phase) => (
              <PhaseRow key={phase.key} phase={phase} span={span} project={project} />
            ))}
          </div>
          <p className="gantt__legend muted">{t('projects.roadmap.legend')}</p>
          <RoadmapTable project={project} />
          <a className="button button--secondary" href={props.pdfUrl}>
            {t('projects.roadmap.pdf')}
          </a>
        </>
      )}
    </section>
  );
}
