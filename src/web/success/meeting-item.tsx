/**
 * One customer-success meeting as a card: when, in the contract's zone; its agenda, attendees,
 * forecast, minutes and moves (who, when, from which time, why); and, for the staff who manage the account, moving or cancelling it and
 * recording its minutes.
 */
import { useState } from 'react';
import { type Meeting, success } from '../api/success.js';
import { hoursText } from '../desk/words.js';
import { useI18n } from '../i18n.js';
import { TextField } from '../ui/field.js';
import { Instant } from '../ui/instant.js';
import { lines, type Run } from './inputs.js';
import { MeetingActions } from './meeting-actions.js';

/** One meeting: when (in the contract's zone), agenda, attendees, forecast, minutes, and staff's changes. */
export function MeetingItem(props: {
  contractId: string;
  meeting: Meeting;
  manages: boolean;
  run: Run;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const { meeting } = props;
  const [notes, setNotes] = useState('');
  const [decisions, setDecisions] = useState('');
  const hours = (minutes: number) => hoursText(i18n, minutes);
  return (
    <li className="card card--flat">
      <p>
        <strong>{t(`customerSuccess.meeting.${meeting.kind}`)}</strong> ·{' '}
        <Instant at={meeting.start} zone={meeting.timeZone} /> ·{' '}
        {t(`success.meetingStatus.${meeting.status}`)}
      </p>
      <ol>
        {meeting.agenda.map((item, n) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: agenda items have no id and never move
          <li key={n}>{'key' in item ? t(item.key as 'success.title') : item.text}</li>
        ))}
      </ol>
      {meeting.attendees.length > 0 && (
        <p className="muted">
          {t('success.meetings.attendees')}:{' '}
          {meeting.attendees.map((a) => a.name ?? a.email).join(', ')}
        </p>
      )}
      {meeting.forecast && (
        <p>
          {t('success.meetings.forecast', {
            forecast: hours(meeting.forecast.forecastMinutes),
            available: hours(meeting.forecast.availableMinutes),
            shortfall: hours(meeting.forecast.shortfallMinutes),
            idle: hours(meeting.forecast.idleMinutes),
          })}
        </p>
      )}
      {meeting.minutes && (
        <div>
          <p>{meeting.minutes.notes}</p>
          <ul>
            {meeting.minutes.decisions.map((decision) => (
              <li key={decision}>{decision}</li>
            ))}
          </ul>
        </div>
      )}
      {meeting.moves.map((move) => (
        <p key={move.at} className="muted">
          {t('success.meetings.movedBy', { name: move.byName })}{' '}
          <Instant at={move.at} zone={meeting.timeZone} /> · {t('success.meetings.movedFrom')}{' '}
          <Instant at={move.previousStart} zone={meeting.timeZone} />
          {move.reason && ` · ${t('success.meetings.movedBecause', { reason: move.reason })}`}
        </p>
      ))}
      {meeting.cancellationReason && (
        <p className="muted">
          {t('success.meetings.cancelledBecause', { reason: meeting.cancellationReason })}
        </p>
      )}
      {props.manages && meeting.status === 'scheduled' && (
        <MeetingActions contractId={props.contractId} meeting={meeting} run={props.run} />
      )}
      {props.manages && meeting.status === 'scheduled' && (
        <form
          className="form"
          onSubmit={(event) => {
            event.preventDefault();
            void props.run(
              () => success.recordMinutes(props.contractId, meeting.id, notes, lines(decisions)),
              t('success.meetings.minutesRecorded'),
            );
          }}
        >
          <TextField
            path="notes"
            label={t('success.meetings.notes')}
            error={null}
            value={notes}
            onChange={setNotes}
          />
          <TextField
            path="decisions"
            label={t('success.meetings.decisions')}
            error={null}
            value={decisions}
            onChange={setDecisions}
          />
          <button type="submit" className="button button--secondary">
            {t('success.meetings.recordMinutes')}
          </button>
        </form>
      )}
    </li>
  );
}
