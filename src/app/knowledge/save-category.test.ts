import { describe, expect, it } from 'vitest';
import { buildCategoryInput } from '../../../test/factories/knowledge.js';
import { fixedId } from '../../../test/fakes/ids.js';
import { knowledgeApp } from '../../../test/fakes/knowledge-app.js';
import { saveCategory } from './save-category.js';

describe('saveCategory', () => {
  it('adds and renames sections; a slug is unique; an unknown id is not found; clients may not', async () => {
    const { store, staff, category, modules, seeded } = await knowledgeApp();
    const other = await saveCategory({
      ...staff,
      category: buildCategoryInput({ slug: 'integraciones', position: 1 }),
    });
    await saveCategory({
      ...staff,
      id: other.id,
      category: buildCategoryInput({ slug: 'conectores', position: 1 }),
    });
    expect(store.tables.categories.map((c) => c.slug)).toEqual(['catalogo', 'conectores']);
    await expect(
      saveCategory({
        ...staff,
        id: other.id,
        category: buildCategoryInput({ slug: category.slug }),
      }),
    ).rejects.toMatchObject({ code: 'conflict', path: 'slug' });
    await expect(
      saveCategory({ ...staff, id: fixedId(99), category: buildCategoryInput({ slug: 'x' }) }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      saveCategory({
        ...modules.knowledge,
        actor: seeded.actors.client_decision_maker,
        origin: staff.origin,
        category: buildCategoryInput({ slug: 'y' }),
      }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
