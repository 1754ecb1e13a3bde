/** Calendars and plans in memory: named records, names unique, listed by name. */
import type { Repositories } from '../../src/store/index.js';
import type { Tables } from './identity.js';
import { uniqueViolation } from './state.js';

const byName = (a: { name: string }, b: { name: string }) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/** Named calendars in memory. */
export function calendars(tables: Tables): Repositories['calendars'] {
  return {
    async create(input) {
      const state = tables();
      if (state.calendars.some((c) => c.name === input.name))
        throw uniqueViolation('calendars_name_key');
      const row = {
        id: input.id,
        name: input.name,
        spec: input.spec,
        createdAt: input.at,
        updatedAt: input.at,
      };
      state.calendars.push(row);
      return row;
    },
    async update(id, input) {
      const row = tables().calendars.find((c) => c.id === id);
      if (!row) return undefined;
      Object.assign(row, { name: input.name, spec: input.spec, updatedAt: input.at });
      return row;
    },
    findById: async (id) => tables().calendars.find((c) => c.id === id),
    findByName: async (name) => tables().calendars.find((c) => c.name === name),
    list: async () => [...tables().calendars].sort(byName),
  };
}

/** The plan catalogue in memory. */
export function plans(tables: Tables): Repositories['plans'] {
  return {
    async create(input) {
      const state = tables();
      if (state.plans.some((p) => p.name === input.name)) throw uniqueViolation('plans_name_key');
      const row = {
        id: input.id,
        name: input.name,
        presetId: input.presetId,
        params: input.params,
        createdAt: input.at,
        updatedAt: input.at,
      };
      state.plans.push(row);
      return row;
    },
    async update(id, input) {
      const row = tables().plans.find((p) => p.id === id);
      if (!row) return undefined;
      Object.assign(row, { name: input.name, params: input.params, updatedAt: input.at });
      return row;
    },
    findById: async (id) => tables().plans.find((p) => p.id === id),
    findByName: async (name) => tables().plans.find((p) => p.name === name),
    list: async () => [...tables().plans].sort(byName),
  };
}
