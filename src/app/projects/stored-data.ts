import type { StoredData } from '../shared/index.js';

/**
 * The projects table. A project's record is the plan both sides agreed (roadmap, stories,
 * backlog, RACI); its team names people by Pacta user id or by the name the provider typed.
 */
export const projectsData: readonly StoredData[] = [
  {
    table: 'projects',
    personal: [],
    notPersonal: [
      {
        column: 'record',
        reason:
          "the project's agreed plan (roadmap, stories, backlog and RACI) both parties keep; team members appear by user id or work name",
      },
    ],
  },
];
