import { describe, expect, it } from 'vitest';
import { checkRaci, type RaciAssignment, type RaciItem, raciCsv, raciMatrix } from './raci.js';
import { checkTeam, type Team, type TeamMember } from './team.js';

const member = (
  id: string,
  side: TeamMember['side'],
  ...roles: TeamMember['roles']
): TeamMember => ({
  id,
  name: id.toUpperCase(),
  side,
  userId: null,
  roles,
  dedicationPercent: 50,
});

/** Seed 003's four areas of work, people of both sides. */
const areas: Team = {
  scheme: 'areas',
  members: [
    member('ana', 'provider', 'strategy'),
    member('bruno', 'provider', 'technology', 'execution'),
    member('carla', 'client', 'execution'),
    member('diego', 'client', 'creativity'),
  ],
  productOwnerId: 'carla',
};

const item = (assignments: RaciAssignment[]): RaciItem => ({
  id: 'segmentation',
  name: 'Segmentación',
  kind: 'deliverable',
  phase: 'roll_out',
  assignments,
});
const a = (memberId: string, role: RaciAssignment['role']): RaciAssignment => ({ memberId, role });

describe('the RACI matrix', () => {
  it('a task has exactly one Accountable and at least one Responsible', () => {
    const cases: [RaciAssignment[], outcome: string][] = [
      [[a('ana', 'A'), a('bruno', 'R')], 'ok'],
      [[a('ana', 'A'), a('ana', 'R')], 'ok'], // the Accountable may do the work
      [
        [a('ana', 'A'), a('bruno', 'R'), a('carla', 'R'), a('diego', 'C'), a('carla', 'I')],
        'invalid_input',
      ],
      [[a('ana', 'A'), a('bruno', 'R'), a('carla', 'R'), a('diego', 'C')], 'ok'],
      [[a('ana', 'A'), a('bruno', 'R'), a('carla', 'I'), a('diego', 'I')], 'ok'],
      [[a('bruno', 'R')], 'rule_violation'], // no Accountable
      [[a('ana', 'A'), a('carla', 'A'), a('bruno', 'R')], 'rule_violation'], // two
      [[a('ana', 'A'), a('diego', 'C'), a('carla', 'I')], 'rule_violation'], // no Responsible
      [[], 'rule_violation'],
      [[a('ana', 'A'), a('bruno', 'R'), a('bruno', 'R')], 'invalid_input'], // listed twice
      [[a('ana', 'A'), a('ana', 'C'), a('bruno', 'R')], 'invalid_input'], // one letter each
      [[a('ana', 'A'), a('zoe', 'R')], 'invalid_input'], // not on the team
    ];
    for (const [assignments, outcome] of cases) {
      const result = (() => {
        try {
          checkRaci(areas, [item(assignments)]);
          return 'ok';
        } catch (error) {
          return (error as { code: string }).code;
        }
      })();
      expect(result, JSON.stringify(assignments)).toBe(outcome);
    }
    expect(() => checkRaci(areas, [item([a('bruno', 'R')])])).toThrow(
      expect.objectContaining({
        path: 'raci[0].assignments',
        message: expect.stringMatching(/exactly one Accountable/),
      }),
    );
  });

  it('shows one row per task and one column per member, and exports it as CSV', () => {
    const items: RaciItem[] = [
      item([a('ana', 'A'), a('bruno', 'R'), a('carla', 'C'), a('diego', 'I')]),
      {
        id: 'plan',
        name: 'Planificación envíos',
        kind: 'task',
        phase: null,
        assignments: [a('carla', 'R'), a('carla', 'A')],
      },
    ];
    const matrix = raciMatrix(areas, items);
    expect(matrix.members.map((m) => m.id)).toEqual(['ana', 'bruno', 'carla', 'diego']);
    expect(matrix.rows.map((row) => row.cells)).toEqual([
      ['A', 'R', 'C', 'I'],
      ['', '', 'R/A', ''],
    ]);
    const csv = raciCsv(areas, items);
    expect(csv.columns.map((c) => ('code' in c.header ? c.header.code : c.header.name))).toEqual([
      'projects.raci.csv.item',
      'projects.raci.csv.kind',
      'projects.raci.csv.phase',
      'ANA',
      'BRUNO',
      'CARLA',
      'DIEGO',
    ]);
    expect(csv.rows).toEqual([
      ['Segmentación', 'deliverable', 'roll_out', 'A', 'R', 'C', 'I'],
      ['Planificación envíos', 'task', null, '', '', 'R/A', ''],
    ]);
    expect(() => raciCsv(areas, [items[0] as RaciItem, items[0] as RaciItem])).toThrow(
      expect.objectContaining({ path: 'raci[1].id' }),
    );
  });
});

describe('the team', () => {
  const scrum: Team = {
    scheme: 'scrum',
    members: [
      member('sofia', 'client', 'stakeholder'),
      member('pablo', 'client', 'product_owner'),
      member('marta', 'provider', 'scrum_master'),
      member('dev', 'provider', 'development_team'),
    ],
    productOwnerId: 'pablo',
  };

  it('has roles of its scheme and, in Scrum, one product owner who orders the backlog', () => {
    expect(() => checkTeam(scrum)).not.toThrow();
    expect(() => checkTeam(areas)).not.toThrow();
    const cases: [Team, path: string][] = [
      [
        { ...scrum, members: [...scrum.members, member('otro', 'client', 'product_owner')] },
        'team.members',
      ],
      [{ ...scrum, productOwnerId: 'marta' }, 'team.productOwnerId'],
      [{ ...scrum, productOwnerId: 'nadie' }, 'team.productOwnerId'],
      [{ ...scrum, members: [member('x', 'client', 'strategy')] }, 'team.members[0].roles[0]'],
      [{ ...areas, members: [member('x', 'client', 'scrum_master')] }, 'team.members[0].roles[0]'],
      [{ ...areas, members: [member('x', 'client')] }, 'team.members[0].roles'],
      [
        { ...areas, members: [member('x', 'client', 'strategy', 'strategy')] },
        'team.members[0].roles',
      ],
      [
        {
          ...areas,
          members: [member('x', 'client', 'strategy'), member('x', 'client', 'strategy')],
        },
        'team.members[1].id',
      ],
      [
        { ...areas, members: [{ ...member('x', 'client', 'strategy'), dedicationPercent: 0 }] },
        'team.members[0].dedicationPercent',
      ],
      [
        { ...areas, members: [{ ...member('x', 'client', 'strategy'), dedicationPercent: 101 }] },
        'team.members[0].dedicationPercent',
      ],
      [
        { ...areas, members: [{ ...member('x', 'client', 'strategy'), name: ' ' }] },
        'team.members[0].name',
      ],
    ];
    for (const [team, path] of cases) {
      expect(() => checkTeam(team), path).toThrow(
        expect.objectContaining({ code: 'invalid_input', path }),
      );
    }
  });
});
