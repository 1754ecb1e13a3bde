/** What the plans module needs: the plan catalogue, and the calendars its plans name. */
import type { PlanParams } from '../../domain/plans/params.js';
import type { CalendarRepository } from '../calendars/index.js';
import type { ChangeTx, Clock, Ids, Transact } from '../shared/index.js';

/** A plan of the catalogue. */
export interface StoredPlan {
  id: string;
  name: string;
  presetId: string | null;
  params: PlanParams;
  createdAt: Date;
  updatedAt: Date;
}

/** The plan catalogue. */
export interface PlanRepository {
  create(input: {
    id: string;
    name: string;
    presetId: string | null;
    params: PlanParams;
    at: Date;
  }): Promise<StoredPlan>;
  update(
    id: string,
    input: { name: string; params: PlanParams; at: Date },
  ): Promise<StoredPlan | undefined>;
  findById(id: string): Promise<StoredPlan | undefined>;
  findByName(name: string): Promise<StoredPlan | undefined>;
  list(): Promise<StoredPlan[]>;
}

/** The catalogue, read outside a transaction. */
export type PlanReader = Pick<PlanRepository, 'findById' | 'findByName' | 'list'>;

/** What plan use-cases write in one transaction. */
export interface PlansTx extends ChangeTx {
  plans: PlanRepository;
  /** A plan's seed calendars are defined with it (see save-plan.ts). */
  calendars: CalendarRepository;
}

/** Everything the plan use-cases need. */
export interface PlansDeps {
  clock: Clock;
  ids: Ids;
  plans: PlanReader;
  transact: Transact<PlansTx>;
}
