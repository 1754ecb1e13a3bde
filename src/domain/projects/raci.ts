/**
 * The RACI matrix of seed 003: per task or deliverable, who is Responsible ("la persona/s que
 * desarrollarán la tarea"), Accountable ("la persona que tiene la autoridad para tomar una
 * decisión": exactly one), Consulted and Informed. A person holds one letter per task, except
 * that the Accountable may also be Responsible (shown "R/A").
 */
import { invalidInput } from '../errors.js';
import { type CsvColumn, type CsvTable, codedColumn } from './csv.js';
import { ProjectsRuleError } from './errors.js';
import type { PhaseKey } from './roadmap.js';
import type { Team, TeamMember } from './team.js';

/** The four RACI letters, in the order a cell shows them. */
export const raciRoles = ['R', 'A', 'C', 'I'] as const;
/** One of {@link raciRoles}. */
export type RaciRole = (typeof raciRoles)[number];

/** One member's letter on one task. */
export interface RaciAssignment {
  readonly memberId: string;
  readonly role: RaciRole;
}

/** A task or deliverable of the matrix, optionally tied to a roadmap phase. */
export interface RaciItem {
  readonly id: string;
  readonly name: string;
  readonly kind: 'task' | 'deliverable';
  readonly phase: PhaseKey | null;
  readonly assignments: readonly RaciAssignment[];
}

/** The matrix as the UI draws it: members as columns, one row per item, letters per cell. */
export interface RaciMatrix {
  readonly members: readonly Pick<TeamMember, 'id' | 'name' | 'side' | 'roles'>[];
  readonly rows: readonly {
    readonly itemId: string;
    readonly name: string;
    readonly kind: RaciItem['kind'];
    readonly phase: PhaseKey | null;
    /** One cell per member, in `members` order: "R", "R/A", "C", … or "" when none. */
    readonly cells: readonly string[];
  }[];
}

function checkItem(item: RaciItem, memberIds: ReadonlySet<string>, at: string): void {
  if (item.id.trim() === '') throw invalidInput(`${at}.id`, 'required');
  if (item.name.trim() === '') throw invalidInput(`${at}.name`, 'required');
  const held = new Map<string, RaciRole[]>();
  item.assignments.forEach(({ memberId, role }, index) => {
    const field = `${at}.assignments[${index}]`;
    if (!memberIds.has(memberId)) throw invalidInput(`${field}.memberId`, 'not a team member');
    if (!raciRoles.includes(role)) throw invalidInput(`${field}.role`, 'expected R, A, C or I');
    const roles = held.get(memberId) ?? [];
    roles.push(role);
    held.set(memberId, roles);
    const letters = roles.toSorted().join('');
    if (roles.length > 1 && letters !== 'AR') {
      throw invalidInput(
        field,
        'a member holds one letter per task (only the Accountable may also be Responsible)',
      );
    }
  });
  const accountable = item.assignments.filter((a) => a.role === 'A').length;
  if (accountable !== 1) {
    throw new ProjectsRuleError(
      'one_accountable',
      { item: item.name, count: accountable },
      `a task has exactly one Accountable; "${item.name}" has ${accountable}`,
      `${at}.assignments`,
    );
  }
  if (!item.assignments.some((a) => a.role === 'R')) {
    throw new ProjectsRuleError(
      'responsible_required',
      { item: item.name },
      `a task has at least one Responsible; "${item.name}" has none`,
      `${at}.assignments`,
    );
  }
}

/** Checks every item against the team: known members, one Accountable, at least one Responsible. */
export function checkRaci(team: Team, items: readonly RaciItem[], path = 'raci'): void {
  const memberIds = new Set(team.members.map((member) => member.id));
  const itemIds = new Set<string>();
  items.forEach((item, index) => {
    checkItem(item, memberIds, `${path}[${index}]`);
    if (itemIds.has(item.id)) throw invalidInput(`${path}[${index}].id`, 'duplicate item');
    itemIds.add(item.id);
  });
}

function cell(item: RaciItem, memberId: string): string {
  const roles = item.assignments.filter((a) => a.memberId === memberId).map((a) => a.role);
  return raciRoles.filter((role) => roles.includes(role)).join('/');
}

/** The matrix view of a checked team and its items. */
export function raciMatrix(team: Team, items: readonly RaciItem[]): RaciMatrix {
  checkRaci(team, items);
  return {
    members: team.members.map(({ id, name, side, roles }) => ({ id, name, side, roles })),
    rows: items.map((item) => ({
      itemId: item.id,
      name: item.name,
      kind: item.kind,
      phase: item.phase,
      cells: team.members.map((member) => cell(item, member.id)),
    })),
  };
}

/** The matrix as a CSV table: the item, its kind and phase, then one column per member. */
export function raciCsv(team: Team, items: readonly RaciItem[]): CsvTable {
  const matrix = raciMatrix(team, items);
  const columns: CsvColumn[] = [
    codedColumn('projects.raci.csv', 'item', 'text'),
    codedColumn('projects.raci.csv', 'kind', 'code'),
    codedColumn('projects.raci.csv', 'phase', 'code'),
    ...matrix.members.map((member) => ({
      key: `member:${member.id}`,
      header: { name: member.name },
      values: 'text' as const,
    })),
  ];
  return {
    columns,
    rows: matrix.rows.map((row) => [row.name, row.kind, row.phase, ...row.cells]),
  };
}
