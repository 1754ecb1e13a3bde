/** The seeded in-memory Pacta with one help-centre section, and the provider agent's options. */
import { saveCategory } from '../../src/app/knowledge/index.js';
import { buildCategoryInput } from '../factories/knowledge.js';
import { testOrigin } from '../support/origin.js';
import { seededApp } from './app.js';

/** {@link seededApp} plus a category, with `staff` the deps, actor and origin of its agent. */
export async function knowledgeApp() {
  const app = await seededApp();
  const staff = { ...app.modules.knowledge, actor: app.seeded.actors.agent, origin: testOrigin };
  const category = await saveCategory({ ...staff, category: buildCategoryInput() });
  return { ...app, staff, category };
}
