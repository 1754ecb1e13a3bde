/**
 * The deliverables of an agency board with what each side may do on them: the agency starts and
 * delivers; the client's decision-maker approves a delivery or asks for changes, saying what to
 * change, while the 16-business-hour answer clock runs beside it.
 */
import { type FormEvent, useState } from 'react';
import { type AgencyBoard, type AgencyDeliverable, agency } from '../api/agency.js';
import { useI18n } from '../i18n.js';
import { ErrorSummary } from '../ui/errors.js';
import { Instant } from '../ui/instant.js';
import { Notice } from '../ui/page.js';
import { EmptyRow, TableHead } from '../ui/table.js';
import { useAction } from '../ui/use-action.js';
import { AnswerClock } from './answer-clock.js';

/** Which side of the account the viewer acts for, and whether they may act at all. */
export type BoardRole = 'agency' | 'decision_maker' | 'viewer';

type Step = 'start' | 'deliver' | 'approve' | 'changes';

/** The steps `role` may take on a deliverable in its present state. */
function stepsFor(role: BoardRole, deliverable: AgencyDeliverable): Step[] {
  if (role === 'agency') {
    if (deliverable.state === 'planned') return ['start'];
    if (deliverable.state === 'in_progress' || deliverable.state === 'changes_requested')
      return ['deliver'];
  }
  if (role === 'decision_maker' && deliverable.state === 'delivered') return ['approve', 'changes'];
  return [];
}

/** The client's round of changes: one item per line of the reason. */
function ChangesForm(props: {
  deliverable: AgencyDeliverable;
  busy: boolean;
  onSend(lines: string[]): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const lines = reason
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const id = `changes-${props.deliverable.id}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSend(lines);
  };
  return (
    <form
      className="approval__confirm"
      onSubmit={submit}
      aria-label={t('agency.answer.changesFor', { title: props.deliverable.title })}
    >
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {t('agency.answer.reasonLabel')}
        </label>
        <textarea
          id={id}
          className="input textarea"
          rows={3}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
        <p className="field__hint">{t('agency.answer.reasonHint')}</p>
      </div>
      <span className="inline-actions">
        <button
          type="submit"
          className="button button--small button--primary"
          disabled={props.busy || lines.length === 0}
        >
          {t('agency.answer.sendChanges')}
        </button>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={props.onCancel}
        >
          {t('common.cancel')}
        </button>
      </span>
    </form>
  );
}

/** The deliverables table; the actions column shows only what `role` may do. */
export function Deliverables(props: { board: AgencyBoard; role: BoardRole; onChanged(): void }) {
  const { t } = useI18n();
  const { board, role } = props;
  const action = useAction();
  const [notice, setNotice] = useState<string | null>(null);
  const [asking, setAsking] = useState<string | null>(null);
  const titles = new Map(board.deliverables.map((d) => [d.id, d.title]));
  const columns = ['title', 'state', 'round', 'due', 'answerDue', 'dependsOn'] as const;
  const acts = role !== 'viewer';
  const run = (deliverable: AgencyDeliverable, step: Step, lines: string[] = []) => {
    const contractId = board.account.contractId;
    const call = {
      start: () => agency.start(contractId, deliverable.id),
      deliver: () => agency.deliver(contractId, deliverable.id),
      approve: () => agency.answer(contractId, deliverable.id, { kind: 'approved' }),
      changes: () =>
        agency.answer(contractId, deliverable.id, {
          kind: 'changes',
          items: lines.map((text, index) => ({
            id: `r${deliverable.round + 1}-${index + 1}`,
            text,
          })),
        }),
    }[step];
    void action.run(call, () => {
      setAsking(null);
      setNotice(t(`agency.done.${step}`, { title: deliverable.title }));
      props.onChanged();
    });
  };
  return (
    <>
      <ErrorSummary error={action.error} />
      {notice && <Notice>{notice}</Notice>}
      <table className="table">
        <caption>{t('agency.board.deliverables')}</caption>
        <TableHead
          columns={[
            ...columns.map((c) => t(`agency.board.col.${c}`)),
            ...(acts ? [t('agency.board.col.actions')] : []),
          ]}
        />
        <tbody>
          {board.deliverables.length === 0 && (
            <EmptyRow columns={columns.length + (acts ? 1 : 0)}>
              {t('agency.board.noDeliverables')}
            </EmptyRow>
          )}
          {board.deliverables.map((d) => (
            <tr key={d.id}>
              <td>{d.title}</td>
              <td>{t(`agency.state.${d.state}`)}</td>
              <td>{d.round}</td>
              <td>
                <Instant at={d.due} zone={board.timeZone} />
              </td>
              <td>{d.approval && <Instant at={d.approval.due} zone={board.timeZone} />}</td>
              <td>{d.dependsOn.map((id) => titles.get(id) ?? id).join(', ')}</td>
              {acts && (
                <td>
                  {asking === d.id ? (
                    <ChangesForm
                      deliverable={d}
                      busy={action.busy}
                      onSend={(lines) => run(d, 'changes', lines)}
                      onCancel={() => setAsking(null)}
                    />
                  ) : (
                    <span className="inline-actions">
                      {stepsFor(role, d).map((step) => (
                        <button
                          key={step}
                          type="button"
                          className={`button button--small ${step === 'changes' ? 'button--secondary' : 'button--primary'}`}
                          aria-label={t(`agency.step.${step}For`, { title: d.title })}
                          disabled={action.busy}
                          onClick={() => (step === 'changes' ? setAsking(d.id) : run(d, step))}
                        >
                          {t(`agency.step.${step}`)}
                        </button>
                      ))}
                    </span>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {board.deliverables
        .filter((d) => d.state === 'delivered' && d.approval !== null)
        .map((d) => (
          <AnswerClock key={d.id} deliverable={d} zone={board.timeZone} />
        ))}
    </>
  );
}
