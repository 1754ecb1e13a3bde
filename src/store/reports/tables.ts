/** The reports module's tables added after 0019 (see the migrations that create them). */

/** The account manager's recommendations for a monitoring window (0026), one text per window. */
export interface MonitoringRecommendationsTable {
  contract_id: string;
  window_start: string;
  text: string;
  set_at: Date;
  set_by: string | null;
}
