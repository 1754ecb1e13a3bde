/** Typed calls of the projects module; the answers' shapes are the server's response schemas. */
import type { z } from 'zod';
import type {
  fundingBody,
  projectListView,
  projectView,
  storyBody,
} from '../../http/routes/projects/schema.js';
import type { Locale } from '../../i18n/index.js';
import { request } from './client.js';

/** A project as its page shows it. */
export type Project = z.infer<typeof projectView>;
/** A project in a contract's list. */
export type ProjectSummary = z.infer<typeof projectListView>['items'][number];
/** One backlog row. */
export type BacklogRow = Project['backlog'][number];
/** A user story as the editor sends it. */
export type StoryInput = z.input<typeof storyBody>;
/** How the rest of a budget is to be funded. */
export type FundingInput = z.input<typeof fundingBody>;

const base = (contractId: string) =>
  `/api/projects/contracts/${encodeURIComponent(contractId)}/projects`;
const one = (contractId: string, projectId: string, rest = '') =>
  `${base(contractId)}/${encodeURIComponent(projectId)}${rest}`;

/** The projects calls the web app makes. */
export const projects = {
  list: (contractId: string) => request<z.infer<typeof projectListView>>('GET', base(contractId)),
  get: (contractId: string, projectId: string) =>
    request<Project>('GET', one(contractId, projectId)),
  planRoadmap: (contractId: string, projectId: string, startOn: string) =>
    request<Project>('PUT', one(contractId, projectId, '/roadmap'), { body: { startOn } }),
  addStory: (contractId: string, projectId: string, story: StoryInput) =>
    request<Project>('POST', one(contractId, projectId, '/stories'), { body: story }),
  addSamples: (contractId: string, projectId: string) =>
    request<Project>('POST', one(contractId, projectId, '/stories/samples')),
  reorder: (contractId: string, projectId: string, order: readonly string[]) =>
    request<Project>('PUT', one(contractId, projectId, '/backlog'), { body: { order } }),
  fund: (contractId: string, projectId: string, choice: FundingInput) =>
    request<Project>('POST', one(contractId, projectId, '/funding'), { body: choice }),
  /** Where the browser downloads an export in `locale`. */
  exportUrl: (contractId: string, projectId: string, file: string, locale: Locale) =>
    `${one(contractId, projectId, `/${file}`)}?locale=${locale}`,
};
