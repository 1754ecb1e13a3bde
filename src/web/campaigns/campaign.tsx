/**
 * One campaign: while a draft, its editor (campaign-editor.tsx); once scheduled, its start;
 * always, its dashboard (sent, delivered, bounced, opened, clicked, unsubscribed, with rates)
 * and cancellation before it is sent.
 */
import { useState } from 'react';
import { type CampaignDashboard, campaigns } from '../api/campaigns.js';
import { type ApiError, asApiError } from '../api/client.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { useOrganisationZone } from '../session.js';
import { ErrorSummary } from '../ui/errors.js';
import { Instant } from '../ui/instant.js';
import { PageHeader } from '../ui/page.js';
import { useLoad } from '../ui/use-load.js';
import { CampaignEditor } from './campaign-editor.js';
import { CampaignState } from './campaigns.js';

function Figures({ figures }: { figures: CampaignDashboard['figures'] }) {
  const { t } = useI18n();
  const rate = (r: { percent: number } | null) => (r === null ? '' : ` (${r.percent} %)`);
  const rows: [string, number, string][] = [
    [t('campaigns.figures.queued'), figures.queued, ''],
    [t('campaigns.figures.sent'), figures.sent, ''],
    [t('campaigns.figures.delivered'), figures.delivered, rate(figures.rates.delivery)],
    [t('campaigns.figures.bounced'), figures.bounced, rate(figures.rates.bounce)],
    [t('campaigns.figures.opened'), figures.opened, rate(figures.rates.open)],
    [t('campaigns.figures.clicked'), figures.clicked, rate(figures.rates.click)],
    [t('campaigns.figures.unsubscribed'), figures.unsubscribed, rate(figures.rates.unsubscribe)],
  ];
  return (
    <section className="card">
      <h2>{t('campaigns.figures.title')}</h2>
      <dl className="facts">
        {rows.map(([label, value, share]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              {value}
              {share}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The campaign page at `/campaigns/:id`. */
export function CampaignPage({ id }: { id: string }) {
  const { t } = useI18n();
  const zone = useOrganisationZone();
  const view = useLoad(() => campaigns.view(id), [id]);
  const [error, setError] = useState<ApiError | null>(null);
  const campaign = view.data?.campaign;
  const cancel = async () => {
    try {
      await campaigns.cancel(id);
      view.reload();
    } catch (caught) {
      setError(asApiError(caught));
    }
  };
  return (
    <>
      <Link to="/campaigns">{t('campaigns.back')}</Link>
      <PageHeader
        title={campaign?.name ?? t('campaigns.list.title')}
        actions={campaign && <CampaignState state={campaign.state} />}
      />
      <ErrorSummary error={error ?? view.error} />
      {view.data && campaign && (
        <>
          {campaign.state === 'draft' && (
            <CampaignEditor key={campaign.updatedAt} campaign={campaign} onSaved={view.reload} />
          )}
          {campaign.startAt && (
            <p>
              {t('campaigns.startsAt')} <Instant at={campaign.startAt} zone={zone} />
            </p>
          )}
          <Figures figures={view.data.figures} />
          {['draft', 'scheduled', 'sending'].includes(campaign.state) && (
            <button type="button" className="button" onClick={() => void cancel()}>
              {t('campaigns.cancel')}
            </button>
          )}
        </>
      )}
    </>
  );
}
