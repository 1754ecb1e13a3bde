/**
 * A project's page (seeds 002 §4 and 003), for the provider and the client alike: the budget
 * and the hours used of it, the roadmap timeline, the team and RACI matrix, and the product
 * backlog. The provider's managers plan the roadmap and write stories; the product owner orders
 * the backlog.
 */
import { type Project, projects } from '../api/projects.js';
import { formatMoney, hours } from '../format.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { useMe } from '../session.js';
import { ErrorSummary } from '../ui/errors.js';
import { PageHeader } from '../ui/page.js';
import { useLoad } from '../ui/use-load.js';
import { Backlog } from './backlog.js';
import { Funding } from './funding.js';
import { RaciMatrix } from './raci.js';
import { Roadmap } from './roadmap.js';
import { NewStory } from './story-form.js';

const managers = ['provider_admin', 'account_manager'];

/** The budget bar: hours used against the hours the quote bought, and its price. */
function Budget({ project }: { project: Project }) {
  const { t, locale } = useI18n();
  const { budget } = project;
  const usedShare =
    budget.minutes === 0 ? 0 : Math.min(100, (100 * budget.usedMinutes) / budget.minutes);
  return (
    <section className="card card--stack" aria-labelledby="budget-title">
      <h2 id="budget-title">{t('projects.budget.title')}</h2>
      <div className="balance__bar" aria-hidden="true">
        <span className="balance__seg balance__seg--used" style={{ width: `${usedShare}%` }} />
        <span
          className="balance__seg balance__seg--usable"
          style={{ width: `${100 - usedShare}%` }}
        />
      </div>
      <p data-testid="project-budget">
        {t('projects.budget.line', {
          used: hours(locale, budget.usedMinutes),
          budget: hours(locale, budget.minutes),
          remaining: hours(locale, budget.remainingMinutes),
          amount: formatMoney(locale, budget.amount) ?? '',
        })}
      </p>
    </section>
  );
}

/** `/projects/:contractId/:projectId` (under `base`, `/portal/projects` in the portal). */
export function ProjectPage(props: { contractId: string; projectId: string; base: string }) {
  const { t, locale } = useI18n();
  const me = useMe();
  const { contractId, projectId } = props;
  const page = useLoad(() => projects.get(contractId, projectId), [contractId, projectId]);
  const project = page.data;
  const manage = managers.includes(me.user.role);
  const owner = project?.team.members.find((m) => m.id === project.team.productOwnerId);
  const url = (file: string) => projects.exportUrl(contractId, projectId, file, locale);
  return (
    <>
      <PageHeader
        title={project?.name ?? t('projects.pageTitle')}
        actions={
          <Link
            to={`${props.base}?contract=${encodeURIComponent(contractId)}`}
            className="button button--secondary"
          >
            {t('projects.back')}
          </Link>
        }
      />
      <ErrorSummary error={page.error} />
      {project && (
        <>
          <Budget project={project} />
          <Funding project={project} contractId={contractId} manage={manage} onChanged={page.set} />
          <Roadmap
            project={project}
            contractId={contractId}
            manage={manage}
            pdfUrl={url('roadmap.pdf')}
            onChanged={page.set}
          />
          <RaciMatrix project={project} csvUrl={url('raci.csv')} />
          <Backlog
            project={project}
            contractId={contractId}
            canOrder={owner !== undefined && owner.userId === me.user.id}
            csvUrl={url('backlog.csv')}
            onChanged={page.set}
          />
          {manage && <NewStory project={project} contractId={contractId} onChanged={page.set} />}
        </>
      )}
    </>
  );
}
