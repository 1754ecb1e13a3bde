/** The list of named calendars, with their zone and open hours per week. */
import { api } from '../api/endpoints.js';
import { hours } from '../format.js';
import { useI18n } from '../i18n.js';
import { calendarName } from '../plans/names.js';
import { Link } from '../router.js';
import { useMe } from '../session.js';
import { ErrorSummary } from '../ui/errors.js';
import { Instant } from '../ui/instant.js';
import { PageHeader, TableRegion } from '../ui/page.js';
import { EmptyRow, TableHead } from '../ui/table.js';
import { useLoad } from '../ui/use-load.js';
import { weeklyMinutes } from './spec.js';

/** The calendars page (provider staff; administrators may add and edit). */
export function CalendarsPage() {
  const { t, locale } = useI18n();
  const me = useMe();
  const isAdmin = me.user.role === 'provider_admin';
  const calendars = useLoad(() => api.calendars(), []);
  const list = [...(calendars.data ?? [])].sort((a, b) => a.name.localeCompare(b.name, locale));
  return (
    <>
      <PageHeader
        title={t('calendars.title')}
        intro={t('calendars.intro')}
        actions={
          isAdmin && (
            <Link to="/calendars/new" className="button button--primary">
              {t('calendars.new')}
            </Link>
          )
        }
      />
      {!isAdmin && <p className="muted page-note">{t('calendars.readOnly')}</p>}
      <ErrorSummary error={calendars.error} />
      <TableRegion label={t('calendars.title')}>
        <table className="table" aria-busy={calendars.loading}>
          <TableHead
            columns={[
              t('calendars.col.name'),
              t('calendars.col.timeZone'),
              { label: t('calendars.col.weekly'), numeric: true },
              t('calendars.col.updated'),
            ]}
          />
          <tbody>
            {list.map((calendar) => (
              <tr key={calendar.id}>
                <th scope="row" className="table__primary">
                  <Link to={`/calendars/${calendar.id}`}>{calendarName(t, calendar.name)}</Link>
                </th>
                <td>{calendar.spec.timeZone}</td>
                <td className="numeric">
                  {t('calendars.weeklyHours', {
                    hours: hours(locale, weeklyMinutes(calendar.spec)),
                  })}
                </td>
                <td>
                  <Instant at={calendar.updatedAt} />
                </td>
              </tr>
            ))}
            {calendars.data?.length === 0 && (
              <EmptyRow columns={4}>
                {t('calendars.empty')} {isAdmin && t('calendars.emptyAdmin')}
              </EmptyRow>
            )}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}
