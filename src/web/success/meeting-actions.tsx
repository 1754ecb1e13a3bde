/**
 * Moving or cancelling a meeting not yet held: the new date and time typed in the contract's
 * zone, or why it is cancelled; either way its attendees are mailed the change.
 */
import { useState } from 'react';
import { type Meeting, success } from '../api/success.js';
import { useI18n } from '../i18n.js';
import { TextField } from '../ui/field.js';
import { instantAt, type Run } from './inputs.js';

/** The move and cancel buttons of one scheduled meeting. */
export function MeetingActions(props: { contractId: string; meeting: Meeting; run: Run }) {
  const { t } = useI18n();
  const { contractId, meeting } = props;
  const [when, setWhen] = useState('');
  const [reason, setReason] = useState('');
  const zone = meeting.timeZone;
  return (
    <details>
      <summary>{t('success.meetings.change')}</summary>
      <div className="form form--inline">
        <TextField
          path="start"
          type="datetime-local"
          label={t('success.meetings.newStart', { zone })}
          scope={meeting.id}
          error={null}
          value={when}
          onChange={setWhen}
        />
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            void props.run(
              () => success.moveMeeting(contractId, meeting.id, instantAt(when, zone)),
              t('success.meetings.moved'),
            )
          }
        >
          {t('success.meetings.move')}
        </button>
      </div>
      <div className="form form--inline">
        <TextField
          path="reason"
          label={t('success.meetings.cancelReason')}
          scope={meeting.id}
          error={null}
          value={reason}
          onChange={setReason}
        />
        <button
          type="button"
          className="button button--secondary"
          onClick={() =>
            void props.run(
              () => success.cancelMeeting(contractId, meeting.id, reason),
              t('success.meetings.cancelled'),
            )
          }
        >
          {t('success.meetings.cancel')}
        </button>
      </div>
    </details>
  );
}
