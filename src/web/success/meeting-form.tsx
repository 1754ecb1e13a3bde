/**
 * Scheduling a meeting: its kind, the agreed date and time typed in the contract's zone, its
 * length and agenda, and who attends — picked among the client's contacts and users and the
 * provider's staff, never typed.
 */
import { type FormEvent, useState } from 'react';
import { type Invitee, success } from '../api/success.js';
import { useI18n } from '../i18n.js';
import { SelectField, TextField } from '../ui/field.js';
import { useLoad } from '../ui/use-load.js';
import { instantAt, lines, type Run } from './inputs.js';

/** The attendee picker: one checkbox per person, the client's and our team apart. */
function AttendeePicker(props: {
  invitees: readonly Invitee[];
  picked: ReadonlySet<string>;
  onToggle(id: string): void;
}) {
  const { t } = useI18n();
  const sides = [
    ['client', 'success.meetings.inviteClient'],
    ['staff', 'success.meetings.inviteStaff'],
  ] as const;
  return (
    <fieldset className="field">
      <legend className="field__label">{t('success.meetings.invite')}</legend>
      {sides.map(([side, label]) => (
        <div key={side}>
          <p className="muted">{t(label)}</p>
          {props.invitees
            .filter((invitee) => invitee.side === side)
            .map((invitee) => (
              <label key={invitee.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={props.picked.has(invitee.id)}
                  onChange={() => props.onToggle(invitee.id)}
                />
                {invitee.name} &lt;{invitee.email}&gt;
              </label>
            ))}
        </div>
      ))}
    </fieldset>
  );
}

/** The form staff schedule a meeting with. */
export function MeetingForm({
  contractId,
  zone,
  run,
}: {
  contractId: string;
  zone: string;
  run: Run;
}) {
  const { t } = useI18n();
  const invitees = useLoad(() => success.invitees(contractId), [contractId]);
  const [kind, setKind] = useState<'quarterly_review' | 'monthly_planning'>('monthly_planning');
  const [start, setStart] = useState('');
  const [minutes, setMinutes] = useState('120');
  const [agenda, setAgenda] = useState('');
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) => {
    const next = new Set(picked);
    if (!next.delete(id)) next.add(id);
    setPicked(next);
  };
  const chosen = (invitees.data?.items ?? []).filter((invitee) => picked.has(invitee.id));
  const idsOf = (kind: Invitee['kind']) => chosen.filter((i) => i.kind === kind).map((i) => i.id);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(
      () =>
        success.schedule(contractId, {
          kind,
          start: instantAt(start, zone),
          minutes: Number(minutes),
          agenda: lines(agenda),
          contactIds: idsOf('contact'),
          userIds: idsOf('user'),
        }),
      t('success.meetings.scheduled'),
    );
  };
  return (
    <form className="form" onSubmit={submit} aria-label={t('success.meetings.new')}>
      <SelectField
        path="kind"
        label={t('success.meetings.kind')}
        error={null}
        value={kind}
        onChange={(value) => setKind(value as typeof kind)}
        choices={(['monthly_planning', 'quarterly_review'] as const).map((value) => ({
          value,
          label: t(`customerSuccess.meeting.${value}`),
        }))}
      />
      <TextField
        path="start"
        type="datetime-local"
        label={t('success.meetings.start', { zone })}
        error={null}
        value={start}
        onChange={setStart}
      />
      <TextField
        path="minutes"
        label={t('success.meetings.minutes')}
        error={null}
        value={minutes}
        onChange={setMinutes}
      />
      <TextField
        path="agenda"
        label={t('success.meetings.agenda')}
        error={null}
        value={agenda}
        onChange={setAgenda}
      />
      <AttendeePicker invitees={invitees.data?.items ?? []} picked={picked} onToggle={toggle} />
      <button type="submit" className="button">
        {t('success.meetings.new')}
      </button>
    </form>
  );
}
