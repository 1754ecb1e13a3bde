/**
 * The campaigns list for provider staff: name, state, start and rate, each opening its editor
 * and dashboard; "New campaign" starts a draft in both languages for everyone who consents.
 */
import { useState } from 'react';
import { type Campaign, type CampaignBody, campaigns } from '../api/campaigns.js';
import type { ApiError } from '../api/client.js';
import { asApiError } from '../api/client.js';
import { useI18n } from '../i18n.js';
import { Link, navigate } from '../router.js';
import { useOrganisationZone } from '../session.js';
import { ErrorSummary } from '../ui/errors.js';
import { Instant } from '../ui/instant.js';
import { PageHeader, TableRegion } from '../ui/page.js';
import { EmptyRow, TableHead } from '../ui/table.js';
import { useLoad } from '../ui/use-load.js';

/** A version for `segmentId` in `language`, with the salutation, signature and unsubscribe link. */
export function starterVersion(
  segmentId: string,
  language: 'es' | 'en',
  t: ReturnType<typeof useI18n>['t'],
): CampaignBody['versions'][number] {
  return {
    key: `${segmentId}-${language}`,
    segmentId,
    language,
    subject: '{{name}}',
    html: `<p>{{salutation}}</p>\n<p></p>\n<p>{{csm.signature}}</p>\n<p><a href="{{unsubscribeUrl}}">${t('campaigns.starter.unsubscribe')}</a></p>`,
    text: `{{salutation}}\n\n{{csm.signature}}\n\n${t('campaigns.starter.unsubscribe')}: {{unsubscribeUrl}}`,
  };
}

/** A first draft: one segment (every person), a Spanish and an English version. */
function starter(name: string, t: ReturnType<typeof useI18n>['t']): CampaignBody {
  return {
    name,
    defaultLanguage: 'es',
    segments: [
      { id: 'all', name: t('campaigns.starter.segment'), rule: { field: 'kind', in: ['person'] } },
    ],
    versions: [starterVersion('all', 'es', t), starterVersion('all', 'en', t)],
    perMinute: 100,
  };
}

/** The state of a campaign as a badge. */
export function CampaignState({ state }: { state: Campaign['state'] }) {
  const { t } = useI18n();
  return <span className={`badge badge--${state}`}>{t(`campaigns.state.${state}`)}</span>;
}

/** The staff's list of campaigns. */
export function CampaignsPage() {
  const { t } = useI18n();
  const zone = useOrganisationZone();
  const list = useLoad(() => campaigns.list(), []);
  const [error, setError] = useState<ApiError | null>(null);
  const create = async () => {
    try {
      const created = await campaigns.create(starter(t('campaigns.starter.name'), t));
      navigate(`/campaigns/${created.id}`);
    } catch (caught) {
      setError(asApiError(caught));
    }
  };
  const columns = [
    t('campaigns.col.name'),
    t('campaigns.col.state'),
    t('campaigns.col.start'),
    t('campaigns.col.rate'),
  ];
  return (
    <>
      <PageHeader
        title={t('campaigns.list.title')}
        intro={t('campaigns.list.intro')}
        actions={
          <button type="button" className="button button--primary" onClick={() => void create()}>
            {t('campaigns.list.new')}
          </button>
        }
      />
      <ErrorSummary error={error ?? list.error} />
      <TableRegion label={t('campaigns.list.title')}>
        <table className="table">
          <TableHead columns={columns} />
          <tbody>
            {(list.data ?? []).map((campaign) => (
              <tr key={campaign.id}>
                <th scope="row">
                  <Link to={`/campaigns/${campaign.id}`}>{campaign.name}</Link>
                </th>
                <td>
                  <CampaignState state={campaign.state} />
                </td>
                <td>{campaign.startAt ? <Instant at={campaign.startAt} zone={zone} /> : ''}</td>
                <td>{t('campaigns.perMinute', { count: campaign.perMinute })}</td>
              </tr>
            ))}
            {list.data?.length === 0 && (
              <EmptyRow columns={columns.length}>{t('campaigns.list.none')}</EmptyRow>
            )}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}
