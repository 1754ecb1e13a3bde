/**
 * A project's team (seed 003, "Equipo y RACI matrix de los participantes"): people of both
 * sides, each with roles in one of the seed's two schemes — Scrum ("Stakeholder, Product Owner,
 * Scrum Master, Development Team") or the four areas of work ("Estrategia, Creatividad,
 * tecnología y Ejecución") — and the time each reserves ("que se reserve un tiempo de dedicación
 * adecuado"). The product owner, who orders the backlog, is one named member.
 */
import { invalidInput } from '../errors.js';

/** Scrum roles as seed 003 defines them. */
export const scrumRoles = [
  'stakeholder',
  'product_owner',
  'scrum_master',
  'development_team',
] as const;
/** One of {@link scrumRoles}. */
export type ScrumRole = (typeof scrumRoles)[number];

/** The four areas of work of seed 003. */
export const workAreas = ['strategy', 'creativity', 'technology', 'execution'] as const;
/** One of {@link workAreas}. */
export type WorkArea = (typeof workAreas)[number];

/** Which of the two role schemes a team uses. */
export type TeamScheme = 'scrum' | 'areas';

/** A role in either scheme. */
export type TeamRole = ScrumRole | WorkArea;

/** Which side of the contract a member is on. */
export type TeamSide = 'provider' | 'client';

/** A person on the project (a user of Pacta, or a contact without an account). */
export interface TeamMember {
  readonly id: string;
  readonly name: string;
  readonly side: TeamSide;
  /** The Pacta user, when the person has one. */
  readonly userId: string | null;
  readonly roles: readonly TeamRole[];
  /** Share of their time reserved for the project, 1–100 %; null when not agreed yet. */
  readonly dedicationPercent: number | null;
}

/** The team of a project. */
export interface Team {
  readonly scheme: TeamScheme;
  readonly members: readonly TeamMember[];
  /** The member who orders the backlog; null until named. */
  readonly productOwnerId: string | null;
}

const rolesOf: Record<TeamScheme, readonly TeamRole[]> = { scrum: scrumRoles, areas: workAreas };

function checkMember(member: TeamMember, scheme: TeamScheme, at: string): void {
  if (member.id.trim() === '') throw invalidInput(`${at}.id`, 'required');
  if (member.name.trim() === '') throw invalidInput(`${at}.name`, 'required');
  if (member.side !== 'provider' && member.side !== 'client') {
    throw invalidInput(`${at}.side`, 'must be provider or client');
  }
  if (member.roles.length === 0) throw invalidInput(`${at}.roles`, 'a member needs a role');
  const allowed = rolesOf[scheme];
  member.roles.forEach((role, index) => {
    if (!allowed.includes(role)) {
      throw invalidInput(`${at}.roles[${index}]`, `expected one of ${allowed.join(', ')}`);
    }
  });
  if (new Set(member.roles).size !== member.roles.length) {
    throw invalidInput(`${at}.roles`, 'a role is listed twice');
  }
  const dedication = member.dedicationPercent;
  if (
    dedication !== null &&
    (!Number.isSafeInteger(dedication) || dedication < 1 || dedication > 100)
  ) {
    throw invalidInput(`${at}.dedicationPercent`, 'must be a whole percentage from 1 to 100');
  }
}

/**
 * Checks a team: unique members with roles of its scheme; the product owner is a member, and in
 * a Scrum team the one member with the product-owner role.
 */
export function checkTeam(team: Team, path = 'team'): void {
  const ids = new Set<string>();
  team.members.forEach((member, index) => {
    checkMember(member, team.scheme, `${path}.members[${index}]`);
    if (ids.has(member.id)) throw invalidInput(`${path}.members[${index}].id`, 'duplicate member');
    ids.add(member.id);
  });
  const owners = team.members.filter((member) => member.roles.includes('product_owner'));
  if (owners.length > 1) {
    throw invalidInput(`${path}.members`, 'a Scrum team has one product owner');
  }
  if (team.productOwnerId === null) return;
  if (!ids.has(team.productOwnerId)) throw invalidInput(`${path}.productOwnerId`, 'not a member');
  if (team.scheme === 'scrum' && owners[0]?.id !== team.productOwnerId) {
    throw invalidInput(`${path}.productOwnerId`, 'must be the member with the product owner role');
  }
}
