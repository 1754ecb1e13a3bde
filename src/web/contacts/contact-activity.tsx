/**
 * The 360° view's lists: the contact's tickets, messages, hour-bank approvals, meetings, consents, campaigns
 * received and history (every access and change, with the old value of a correction).
 */
import type { ReactNode } from 'react';
import type { TicketStatus } from '../../domain/tickets/status.js';
import type { ReceivedCampaign } from '../api/campaigns.js';
import type { ConsentEvent, ContactDetail, TraceEntry } from '../api/contacts.js';
import { calendarDate } from '../format.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { Instant } from '../ui/instant.js';
import { TableRegion } from '../ui/page.js';
import { EmptyRow, TableHead } from '../ui/table.js';

/** A card with a titled table of rows, or a "none" row. */
export function Section(props: { title: string; columns: string[]; rows: ReactNode[] }) {
  const { t } = useI18n();
  return (
    <section className="card">
      <h2>{props.title}</h2>
      <TableRegion label={props.title}>
        <table className="table">
          <TableHead columns={props.columns} />
          <tbody>
            {props.rows}
            {props.rows.length === 0 && (
              <EmptyRow columns={props.columns.length}>{t('contacts.view.none')}</EmptyRow>
            )}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}

/** Tickets, messages, approvals and meetings of the contact. */
export function ContactActivity({ view }: { view: ContactDetail }) {
  const { t, locale } = useI18n();
  const numberOf = new Map(view.tickets.map((ticket) => [ticket.id, ticket.number]));
  return (
    <>
      <Section
        title={t('contacts.view.tickets')}
        columns={[
          t('contacts.col.number'),
          t('contacts.col.subject'),
          t('contacts.col.status'),
          t('contacts.col.opened'),
        ]}
        rows={view.tickets.map((ticket) => (
          <tr key={ticket.id}>
            <th scope="row">
              <Link to={`/tickets/${ticket.id}`}>{ticket.number}</Link>
            </th>
            <td>{ticket.subject}</td>
            <td>{t(`status.${ticket.status as TicketStatus}`)}</td>
            <td>
              <Instant at={ticket.openedAt} />
            </td>
          </tr>
        ))}
      />
      <Section
        title={t('contacts.view.messages')}
        columns={[t('contacts.col.number'), t('contacts.col.at'), t('contacts.col.message')]}
        rows={view.messages.map((message) => (
          <tr key={`${message.ticketId}|${message.at}`}>
            <th scope="row">
              <Link to={`/tickets/${message.ticketId}`}>
                {numberOf.get(message.ticketId) ?? message.ticketId}
              </Link>
            </th>
            <td>
              <Instant at={message.at} />
            </td>
            <td className="mail-text">{message.body}</td>
          </tr>
        ))}
      />
      <Section
        title={t('contacts.view.approvals')}
        columns={[t('contacts.col.contract'), t('contacts.col.date')]}
        rows={view.approvals.map((approval) => (
          <tr key={`${approval.contractId}|${approval.onDate}`}>
            <th scope="row">
              <Link to={`/contracts/${approval.contractId}`}>{t('contacts.col.contract')}</Link>
            </th>
            <td>{calendarDate(locale, approval.onDate)}</td>
          </tr>
        ))}
      />
      <Section
        title={t('contacts.view.meetings')}
        columns={[t('contacts.col.meeting'), t('contacts.col.at'), t('contacts.col.status')]}
        rows={view.meetings.map((meeting) => (
          <tr key={meeting.meetingId}>
            <th scope="row">
              <Link to={`/contracts/${meeting.contractId}`}>
                {t(`customerSuccess.meeting.${meeting.kind}`)}
              </Link>
            </th>
            <td>
              <Instant at={meeting.start} />
            </td>
            <td>{t(`success.meetingStatus.${meeting.status}`)}</td>
          </tr>
        ))}
      />
    </>
  );
}

/** The contact's consents, oldest first. */
export function ConsentList({ consents }: { consents: readonly ConsentEvent[] }) {
  const { t } = useI18n();
  return (
    <Section
      title={t('contacts.view.consents')}
      columns={[
        t('contacts.col.channel'),
        t('contacts.col.purpose'),
        t('contacts.col.consent'),
        t('contacts.col.source'),
        t('contacts.col.at'),
      ]}
      rows={consents.map((consent) => (
        <tr key={`${consent.at}|${consent.channel}|${consent.purpose}|${consent.state}`}>
          <td>{t(`communications.channel.${consent.channel}`)}</td>
          <td>{t(`communications.purpose.${consent.purpose}`)}</td>
          <td>{t(`contacts.consent.${consent.state}`)}</td>
          <td>{t(`contacts.source.${consent.source}`)}</td>
          <td>
            <Instant at={consent.at} />
          </td>
        </tr>
      ))}
    />
  );
}

function changeText(t: ReturnType<typeof useI18n>['t'], entry: TraceEntry): string {
  if (entry.oldValue === null && entry.newValue === null) return '';
  const empty = t('contacts.trace.empty');
  return t('contacts.trace.change', {
    old: entry.oldValue ?? empty,
    new: entry.newValue ?? empty,
  });
}

/** The contact's history: every access and change. */
export function TraceList({ trace }: { trace: readonly TraceEntry[] }) {
  const { t } = useI18n();
  return (
    <Section
      title={t('contacts.view.history')}
      columns={[
        t('contacts.col.at'),
        t('contacts.col.action'),
        t('contacts.col.change'),
        t('contacts.col.reason'),
      ]}
      rows={trace.map((entry) => (
        <tr key={`${entry.at}|${entry.action}|${entry.field}|${entry.newValue}`}>
          <td>
            <Instant at={entry.at} />
          </td>
          <td>{t(`contacts.trace.${entry.action}`, { field: entry.field ?? '' })}</td>
          <td>{changeText(t, entry)}</td>
          <td>{entry.reason ?? ''}</td>
        </tr>
      ))}
    />
  );
}

/** The campaigns the contact was sent, and whether each was delivered, opened, clicked. */
export function ReceivedCampaigns({ received }: { received: readonly ReceivedCampaign[] }) {
  const { t } = useI18n();
  const yesNo = (value: boolean) => t(value ? 'campaigns.yes' : 'campaigns.no');
  return (
    <Section
      title={t('campaigns.received.title')}
      columns={[
        t('campaigns.col.name'),
        t('campaigns.col.received'),
        t('campaigns.col.delivery'),
        t('campaigns.col.opened'),
        t('campaigns.col.clicked'),
      ]}
      rows={received.map((campaign) => (
        <tr key={campaign.campaignId}>
          <th scope="row">
            <Link to={`/campaigns/${campaign.campaignId}`}>{campaign.name}</Link>
          </th>
          <td>
            <Instant at={campaign.queuedAt} />
          </td>
          <td>{t(`mail.outgoing.status.${campaign.status}`)}</td>
          <td>{yesNo(campaign.opened)}</td>
          <td>{yesNo(campaign.clicked)}</td>
        </tr>
      ))}
    />
  );
}
