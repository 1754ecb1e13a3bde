/**
 * Moving or cancelling a meeting not yet held: the new date and time typed in the contract's
 * zone (and why, if wished), or why it is cancelled; either way its attendees are mailed the change.
 */
import { useState } from 'react';
import { type Meeting, success } from '../api/success.js';
import { useI18n } from '../i18n.js';
import { TextField } from '../ui/field.js';
import { instantAt, type Run } from './inputs.js';

/** One field (and optionally a second, free text) and the button that sends them. */
function ActionRow(props: {
  path: string;
  type?: 'datetime-local';
  label: string;
  second?: { path: string; label: string };
  scope: string;
  button: string;
  send(value: string, second: string): void;
}) {
  const [value, setValue] = useState('');
  const [second, setSecond] = useState('');
  return (
    <div className="form form--inline">
      <TextField
        path={props.path}
        {...(props.type ? { type: props.type } : {})}
        label={props.label}
        scope={props.scope}
        error={null}
        value={value}
        onChange={setValue}
      />
      {props.second && (
        <TextField
          path={props.second.path}
          label={props.second.label}
          scope={props.scope}
          error={null}
          value={second}
          onChange={setSecond}
        />
      )}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => props.send(value, second)}
      >
        {props.button}
      </button>
    </div>
  );
}

/** The move and cancel buttons of one scheduled meeting. */
export function MeetingActions(props: { contractId: string; meeting: Meeting; run: Run }) {
  const { t } = useI18n();
  const { contractId, meeting, run } = props;
  const zone = meeting.timeZone;
  return (
    <details>
      <summary>{t('success.meetings.change')}</summary>
      <ActionRow
        path="start"
        type="datetime-local"
        label={t('success.meetings.newStart', { zone })}
        second={{ path: 'reason', label: t('success.meetings.moveReason') }}
        scope={`${meeting.id}-move`}
        button={t('success.meetings.move')}
        send={(when, reason) =>
          void run(
            () => success.moveMeeting(contractId, meeting.id, instantAt(when, zone), reason),
            t('success.meetings.moved'),
          )
        }
      />
      <ActionRow
        path="reason"
        label={t('success.meetings.cancelReason')}
        scope={meeting.id}
        button={t('success.meetings.cancel')}
        send={(reason) =>
          void run(
            () => success.cancelMeeting(contractId, meeting.id, reason),
            t('success.meetings.cancelled'),
          )
        }
      />
    </details>
  );
}
