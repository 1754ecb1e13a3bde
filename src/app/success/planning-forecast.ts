import type { PlanningReport } from '../../domain/reports/index.js';
import type { PlanningForecast } from './ports.js';

/** What a planning meeting shows of the monthly planning report of its day. */
export function planningForecast(report: PlanningReport): PlanningForecast {
  return {
    forecastMinutes: report.forecastMinutes,
    availableMinutes: report.next.availableMinutes,
    shortfallMinutes: report.next.shortfallMinutes,
    idleMinutes: report.idle.idleMinutes,
  };
}
