/**
 * Deliverable dependencies (seed 004 §3.3: "uno deba ser aprobado antes de proceder con el
 * siguiente") as a directed graph: every edge points at a known deliverable, and a cycle is
 * refused with the path that closes it, since no deliverable on it could ever start.
 */
import { AgencyRuleError } from './errors.js';

/** A node of the graph: a deliverable and the ones it depends on. */
export interface DependencyNode {
  readonly id: string;
  readonly dependsOn: readonly string[];
}

/** Fails with `dependency_unknown` or `dependency_cycle` (params: the cycle, first id repeated last). */
export function checkDependencies(nodes: readonly DependencyNode[]): void {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  for (const node of nodes) {
    for (const dependency of node.dependsOn) {
      if (!byId.has(dependency)) {
        throw new AgencyRuleError(
          'dependency_unknown',
          { deliverableId: node.id, dependencyId: dependency },
          `${node.id} depends on an unknown deliverable ${dependency}`,
          'dependsOn',
        );
      }
    }
  }
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (id: string): void => {
    const open = path.indexOf(id);
    if (open >= 0) {
      const cycle = [...path.slice(open), id];
      throw new AgencyRuleError(
        'dependency_cycle',
        { cycle },
        `dependencies form a cycle: ${cycle.join(' → ')}`,
        'dependsOn',
      );
    }
    if (done.has(id)) return;
    path.push(id);
    for (const next of byId.get(id)?.dependsOn ?? []) visit(next);
    path.pop();
    done.add(id);
  };
  for (const node of nodes) visit(node.id);
}

/** Every deliverable that depends on `id`, directly or through others (not `id` itself). */
export function downstreamOf(nodes: readonly DependencyNode[], id: string): Set<string> {
  const found = new Set<string>();
  const queue = [id];
  for (let current = queue.shift(); current !== undefined; current = queue.shift()) {
    for (const node of nodes) {
      if (node.dependsOn.includes(current) && !found.has(node.id) && node.id !== id) {
        found.add(node.id);
        queue.push(node.id);
      }
    }
  }
  return found;
}
