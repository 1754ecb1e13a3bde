/**
 * The team and the RACI matrix of a project (seed 003): one row per task or deliverable, one
 * column per team member (either side) with their letters — exactly one Accountable and at
 * least one Responsible per row, as the server keeps it — and the matrix as CSV.
 */
import { scrumRoles, workAreas } from '../../domain/projects/index.js';
import type { Project } from '../api/projects.js';
import { type I18n, useI18n } from '../i18n.js';
import { TableRegion } from '../ui/page.js';
import { EmptyRow } from '../ui/table.js';

const roles = [...scrumRoles, ...workAreas];

/** A member's role (Scrum) or area (seed 003's four) in words; an unknown one as it is. */
function roleText(t: I18n['t'], role: string): string {
  const known = roles.find((one) => one === role);
  return known ? t(`projects.role.${known}`) : role;
}

/** The team: who, on which side, with which roles. */
function Team({ project }: { project: Project }) {
  const { t } = useI18n();
  const { team } = project;
  if (team.members.length === 0) return <p className="muted">{t('projects.team.none')}</p>;
  return (
    <ul className="team-list">
      {team.members.map((m) => (
        <li key={m.id}>
          {m.name} · {t(`projects.side.${m.side}`)} ·{' '}
          {m.roles.map((role) => roleText(t, role)).join(', ')}
          {team.productOwnerId === m.id &&
            !m.roles.includes('product_owner') &&
            ` · ${t('projects.team.productOwner')}`}
        </li>
      ))}
    </ul>
  );
}

/** The RACI section with its CSV link. */
export function RaciMatrix({ project, csvUrl }: { project: Project; csvUrl: string }) {
  const { t } = useI18n();
  const { raci } = project;
  return (
    <section className="card card--stack" aria-labelledby="raci-title">
      <h2 id="raci-title">{t('projects.raci.title')}</h2>
      <Team project={project} />
      <p className="muted">{t('projects.raci.legend')}</p>
      <TableRegion label={t('projects.raci.title')}>
        <table className="table table--dense raci">
          <thead>
            <tr>
              <th scope="col">{t('projects.raci.csv.item')}</th>
              {raci.members.map((m) => (
                <th key={m.id} scope="col" className="raci__member">
                  {m.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {raci.rows.length === 0 && (
              <EmptyRow columns={raci.members.length + 1}>{t('projects.raci.none')}</EmptyRow>
            )}
            {raci.rows.map((row) => (
              <tr key={row.itemId}>
                <th scope="row">
                  {row.name}{' '}
                  <span className="muted">
                    {t(`projects.code.${row.kind}`)}
                    {row.phase && ` · ${t(`projects.phase.${row.phase}`)}`}
                  </span>
                </th>
                {row.cells.map((cell, index) => (
                  <td key={raci.members[index]?.id ?? index} className="raci__cell">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <a className="button button--secondary" href={csvUrl}>
        {t('projects.raci.download')}
      </a>
    </section>
  );
}
