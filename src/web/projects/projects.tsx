/**
 * A contract's implementation projects (seed 002 §4), for the provider's staff and the client
 * alike: each with its budget and the hours used of it, linked to its page.
 */
import { type ProjectSummary, projects } from '../api/projects.js';
import { hours } from '../format.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { ContractSelect, useContractPick } from '../ui/contract-pick.js';
import { ErrorSummary } from '../ui/errors.js';
import { PageHeader, TableRegion } from '../ui/page.js';
import { EmptyRow, TableHead } from '../ui/table.js';
import { useLoad } from '../ui/use-load.js';

function ProjectRow({ project, to }: { project: ProjectSummary; to: string }) {
  const { locale } = useI18n();
  const { budget } = project;
  return (
    <tr>
      <td>
        <Link to={to}>{project.name}</Link>
      </td>
      <td className="numeric">{hours(locale, budget.minutes)}</td>
      <td className="numeric">{hours(locale, budget.usedMinutes)}</td>
      <td className="numeric">{hours(locale, budget.remainingMinutes)}</td>
    </tr>
  );
}

/** `/projects` (or `/portal/projects`, `base`): the projects of the picked contract. */
export function ProjectsPage({ base }: { base: string }) {
  const { t } = useI18n();
  const { contracts, picked } = useContractPick();
  const list = useLoad(
    () => (picked ? projects.list(picked.id) : Promise.resolve({ items: [] })),
    [picked?.id],
  );
  return (
    <>
      <PageHeader title={t('projects.pageTitle')} intro={t('projects.intro')} />
      <ContractSelect contracts={contracts} picked={picked} />
      <ErrorSummary error={list.error} />
      {list.data && picked && (
        <TableRegion label={t('projects.pageTitle')}>
          <table className="table">
            <TableHead
              columns={[
                t('projects.col.name'),
                { label: t('projects.col.budget'), numeric: true },
                { label: t('projects.col.used'), numeric: true },
                { label: t('projects.col.remaining'), numeric: true },
              ]}
            />
            <tbody>
              {list.data.items.length === 0 && (
                <EmptyRow columns={4}>{t('projects.none')}</EmptyRow>
              )}
              {list.data.items.map((project) => (
                <ProjectRow
                  key={project.id}
                  project={project}
                  to={`${base}/${picked.id}/${project.id}`}
                />
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </>
  );
}
