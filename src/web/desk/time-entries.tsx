/** The time logged on a ticket: date, who, the note, the hours worked and what each charged, and why. */
import type { TimeEntry } from '../api/desk.js';
import { longDate } from '../format.js';
import { useI18n } from '../i18n.js';
import { TableRegion } from '../ui/page.js';
import { EmptyRow, TableHead } from '../ui/table.js';
import { hoursText } from './words.js';

/** The table of a ticket's time entries, newest first. */
export function TimeEntries(props: {
  entries: readonly TimeEntry[];
  names: ReadonlyMap<string, string>;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section className="card" aria-labelledby="time-entries-title">
      <h2 id="time-entries-title">{t('timeEntries.title')}</h2>
      <TableRegion label={t('timeEntries.title')}>
        <table className="table table--dense time-entries">
          <TableHead
            columns={[
              t('timeEntries.on'),
              t('timeEntries.by'),
              t('timeEntries.note'),
              { label: t('timeEntries.worked'), numeric: true },
              { label: t('timeEntries.charged'), numeric: true },
            ]}
          />
          <tbody>
            {props.entries.map((entry) => (
              <tr key={entry.id}>
                <td className="nowrap">
                  {longDate(i18n.locale, Date.parse(`${entry.on}T12:00:00Z`))}
                </td>
                <td>
                  {(entry.createdBy && props.names.get(entry.createdBy)) ?? t('ticket.someone')}
                </td>
                <td>{entry.note ?? t('common.none')}</td>
                <td className="numeric">{hoursText(i18n, entry.workedMinutes)}</td>
                <td className="numeric">
                  {hoursText(i18n, entry.chargedMinutes)}
                  {entry.reasons.length > 0 && (
                    <span className="table__sub">{entry.reasons.join(' · ')}</span>
                  )}
                </td>
              </tr>
            ))}
            {props.entries.length === 0 && <EmptyRow columns={5}>{t('timeEntries.none')}</EmptyRow>}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}
