/**
 * Plans (administrators): the catalogue with its main terms, the seed presets with the clause
 * each comes from, and the form to add a plan (from a preset or from nothing) or edit one.
 */
import { useState } from 'react';
import { api } from '../api/endpoints.js';
import { type Plan, type Preset, plans } from '../api/plans.js';
import { hoursText } from '../desk/words.js';
import { useI18n } from '../i18n.js';
import { PlanForm } from '../plans/plan-form.js';
import { moneyText, PresetSource, presetTerms, targetsText } from '../plans/words.js';
import { useCreatePanel } from '../ui/create-panel.js';
import { ErrorSummary } from '../ui/errors.js';
import { SelectField } from '../ui/field.js';
import { Notice, PageHeader, TableRegion } from '../ui/page.js';
import { EmptyRow, TableHead } from '../ui/table.js';
import { useLoad } from '../ui/use-load.js';
import { presetName } from './names.js';

/** What the panel edits: a new plan from a preset (or none), or an existing plan. */
type Editing = { kind: 'new'; presetId: string } | { kind: 'edit'; plan: Plan };

function PlanTable(props: { plans: readonly Plan[]; loading: boolean; onEdit(plan: Plan): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <TableRegion label={t('plans.catalogue')}>
      <table className="table" aria-busy={props.loading}>
        <caption className="table__caption">{t('plans.catalogue')}</caption>
        <TableHead
          columns={[
            t('plans.col.name'),
            t('plans.col.period'),
            { label: t('plans.col.hours'), numeric: true },
            { label: t('plans.col.price'), numeric: true },
            { label: t('plans.col.overage'), numeric: true },
            t('plans.col.targets'),
            { label: t('plans.col.actions'), hidden: true },
          ]}
        />
        <tbody>
          {props.plans.map((plan) => {
            const { params } = plan;
            const minutes = params.includedMinutesPerPeriod;
            const period = params.period === 'year' ? 'year' : 'month';
            return (
              <tr key={plan.id}>
                <th scope="row" className="table__primary">
                  {plan.name}
                </th>
                <td>{t(`period.${period}`)}</td>
                <td className="numeric">
                  {typeof minutes === 'number' ? hoursText(i18n, minutes) : t('common.none')}
                </td>
                <td className="numeric nowrap">{moneyText(i18n, params.price)}</td>
                <td className="numeric nowrap">{moneyText(i18n, params.overageRatePerHour)}</td>
                <td>{targetsText(i18n, params.responseTargets)}</td>
                <td>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={t('plans.editLabel', { name: plan.name })}
                    onClick={() => props.onEdit(plan)}
                  >
                    {t('plans.edit')}
                  </button>
                </td>
              </tr>
            );
          })}
          {props.plans.length === 0 && !props.loading && (
            <EmptyRow columns={7}>{t('plans.empty')}</EmptyRow>
          )}
        </tbody>
      </table>
    </TableRegion>
  );
}

function PresetList(props: { presets: readonly Preset[]; onUse(preset: Preset): void }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section className="card card--stack" aria-labelledby="presets-title">
      <h2 id="presets-title">{t('plans.presets')}</h2>
      <p className="muted">{t('plans.presetsIntro')}</p>
      <ul className="preset-list">
        {props.presets.map((preset) => {
          return (
            <li key={preset.id} className="preset-list__item">
              <div className="preset-list__head">
                <h3>{presetName(t, preset)}</h3>
                <span className="muted">{presetTerms(i18n, preset)}</span>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={t('plans.useLabel', { name: presetName(t, preset) })}
                  onClick={() => props.onUse(preset)}
                >
                  {t('plans.use')}
                </button>
              </div>
              <PresetSource preset={preset} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The plans page. */
export function PlansPage() {
  const { t } = useI18n();
  const panel = useCreatePanel();
  const [editing, setEditing] = useState<Editing>({ kind: 'new', presetId: '' });
  const catalogue = useLoad(() => plans.list(), []);
  const presets = useLoad(() => plans.presets(), []);
  const calendars = useLoad(() => api.calendars(), []);
  const presetList = presets.data ?? [];
  const open = (next: Editing) => {
    setEditing(next);
    panel.open();
    window.scrollTo({ top: 0 });
  };
  const preset =
    editing.kind === 'new' ? (presetList.find((p) => p.id === editing.presetId) ?? null) : null;
  const onSaved = (plan: Plan) => {
    const others = (catalogue.data ?? []).filter((p) => p.id !== plan.id);
    catalogue.set([...others, plan]);
    panel.finish(t(editing.kind === 'edit' ? 'plans.saved' : 'plans.created', { name: plan.name }));
  };
  return (
    <>
      <PageHeader
        title={t('plans.title')}
        intro={t('plans.intro')}
        actions={
          panel.creating ? null : (
            <button
              type="button"
              className="button button--primary"
              onClick={() => open({ kind: 'new', presetId: '' })}
            >
              {t('plans.new')}
            </button>
          )
        }
      />
      {panel.creating && editing.kind === 'new' && (
        <div className="card form">
          <SelectField
            path="presetId"
            label={t('plans.field.preset')}
            hint={t('plans.field.presetHint')}
            className="field--narrow"
            error={null}
            value={editing.presetId}
            onChange={(presetId) => setEditing({ kind: 'new', presetId })}
            choices={[
              { value: '', label: t('plans.field.presetNone') },
              ...presetList.map((p) => ({ value: p.id, label: presetName(t, p) })),
            ]}
          />
        </div>
      )}
      {panel.creating && (
        <PlanForm
          key={editing.kind === 'edit' ? editing.plan.id : `new-${editing.presetId}`}
          plan={editing.kind === 'edit' ? editing.plan : undefined}
          preset={preset}
          template={presetList[0]?.params ?? {}}
          calendars={calendars.data ?? []}
          onSaved={onSaved}
          onCancel={panel.close}
        />
      )}
      {panel.notice && <Notice>{panel.notice}</Notice>}
      <ErrorSummary error={catalogue.error ?? presets.error} />
      <PlanTable
        plans={catalogue.data ?? []}
        loading={catalogue.loading}
        onEdit={(plan) => open({ kind: 'edit', plan })}
      />
      <PresetList presets={presetList} onUse={(p) => open({ kind: 'new', presetId: p.id })} />
    </>
  );
}
