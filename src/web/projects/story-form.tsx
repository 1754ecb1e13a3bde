/**
 * A new user story (seed 003): "as <type of user>, I want <tasks>, so that <benefits>", with its
 * benefit, difficulty and effort in hours; it joins the end of the backlog. Seed 003's example
 * stories can be added at once.
 */
import { useState } from 'react';
import type { ApiError } from '../api/client.js';
import { type Project, projects } from '../api/projects.js';
import { minutesFromHours, parseDecimal } from '../format.js';
import { useI18n } from '../i18n.js';
import { CreateForm, OpenPanelButton, useCreatePanel } from '../ui/create-panel.js';
import { TextField } from '../ui/field.js';
import { useAction } from '../ui/use-action.js';

const blank = {
  title: '',
  asA: '',
  iWant: '',
  soThat: '',
  benefit: '',
  difficulty: '',
  effort: '',
};

/** A whole number typed by a person, or null when left blank (the API names anything else). */
function wholeOrNull(locale: 'es' | 'en', typed: string): number | null {
  return typed.trim() === '' ? null : parseDecimal(locale, typed);
}

/** The "new story" button and form, and the button that adds seed 003's samples. */
export function NewStory(props: {
  project: Project;
  contractId: string;
  onChanged(p: Project): void;
}) {
  const { t, locale } = useI18n();
  const panel = useCreatePanel();
  const samples = useAction();
  const [form, setForm] = useState(blank);
  const field = (key: keyof typeof blank, label: string, path: string, error: ApiError | null) => (
    <TextField
      path={path}
      label={label}
      error={error}
      value={form[key]}
      onChange={(value) => setForm((now) => ({ ...now, [key]: value }))}
    />
  );
  const create = () =>
    projects.addStory(props.contractId, props.project.id, {
      title: form.title,
      narrative:
        form.asA.trim() === '' && form.iWant.trim() === ''
          ? null
          : {
              asA: form.asA,
              iWant: form.iWant,
              soThat: form.soThat.trim() === '' ? null : form.soThat,
            },
      benefit: wholeOrNull(locale, form.benefit),
      difficulty: wholeOrNull(locale, form.difficulty),
      effortMinutes: form.effort.trim() === '' ? null : minutesFromHours(locale, form.effort),
    });
  return (
    <div className="card card--stack">
      <span className="inline-actions">
        <OpenPanelButton panel={panel} label={t('projects.story.new')} />
        <button
          type="button"
          className="button button--secondary"
          disabled={samples.busy}
          onClick={() =>
            void samples.run(
              () => projects.addSamples(props.contractId, props.project.id),
              props.onChanged,
            )
          }
        >
          {t('projects.story.samples')}
        </button>
      </span>
      {panel.creating && (
        <CreateForm
          id="story-form"
          title={t('projects.story.new')}
          create={create}
          onCreated={(project) => {
            setForm(blank);
            panel.finish(t('projects.story.added'));
            props.onChanged(project);
          }}
          onCancel={panel.close}
        >
          {(error) => (
            <>
              {field('title', t('projects.story.title'), 'title', error)}
              {field('asA', t('projects.story.asA'), 'narrative.asA', error)}
              {field('iWant', t('projects.story.iWant'), 'narrative.iWant', error)}
              {field('soThat', t('projects.story.soThat'), 'narrative.soThat', error)}
              {field('benefit', t('projects.story.benefitLabel'), 'benefit', error)}
              {field('difficulty', t('projects.story.difficultyLabel'), 'difficulty', error)}
              {field('effort', t('projects.story.effortLabel'), 'effortMinutes', error)}
            </>
          )}
        </CreateForm>
      )}
    </div>
  );
}
