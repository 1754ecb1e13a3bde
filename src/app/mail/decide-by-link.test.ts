import { describe, expect, it } from 'vitest';
import { approvalApp } from '../../../test/fakes/mail-approvals.js';
import { testOrigin } from '../../../test/support/origin.js';
import { linkSignature } from './approval-link.js';
import { decideByLink, readApprovalLink } from './decide-by-link.js';

async function linkApp() {
  const app = await approvalApp();
  const request = app.request;
  const link = (
    decision: 'approved' | 'rejected',
    signature = linkSignature(request, decision),
  ) => ({
    token: request.token,
    decision,
    signature,
  });
  const open = (l: ReturnType<typeof link>) => readApprovalLink({ ...app.mail, link: l });
  const use = (l: ReturnType<typeof link>) =>
    decideByLink({ ...app.mail, link: l, origin: testOrigin, reason: null });
  return { ...app, link, open, use };
}

describe('approvals by mail: a one-time signed link decides once', () => {
  it('GET shows what the link would decide and changes nothing; POST decides as the person asked', async () => {
    const app = await linkApp();
    expect(await app.open(app.link('rejected'))).toMatchObject({
      state: 'open',
      decision: 'rejected',
      summary: { kind: 'consumption', minutes: 90, contract: 'Soporte Salesforce' },
    });
    expect(app.decisions()).toEqual([]);
    expect(await app.use(app.link('rejected'))).toMatchObject({ state: 'rejected', refused: null });
    expect(app.decisions().map((d) => d.entry)).toMatchObject([
      { type: 'approval', consumeId: app.consumeId, decision: 'rejected' },
    ]);
    expect(app.store.tables.mailApprovals[0]).toMatchObject({
      status: 'rejected',
      decidedVia: 'link',
      decidedMessageId: null,
    });
    expect(app.store.tables.audit.at(-1)).toMatchObject({
      resourceType: 'mail_approvals',
      actorUserId: app.seeded.users.client_decision_maker.id,
    });
  });

  it('single use: a second use of either link answers where it stands and changes nothing', async () => {
    const app = await linkApp();
    await app.use(app.link('approved'));
    expect(await app.use(app.link('approved'))).toMatchObject({ state: 'approved' });
    expect(await app.use(app.link('rejected'))).toMatchObject({ state: 'approved' });
    expect(app.decisions()).toHaveLength(1);
  });

  it('signed: a tampered signature, or one decision’s signature on the other, finds nothing', async () => {
    const app = await linkApp();
    const approve = app.link('approved').signature;
    await expect(app.use(app.link('rejected', approve))).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      app.open(app.link('approved', `${approve.startsWith('x') ? 'y' : 'x'}${approve.slice(1)}`)),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(app.decisions()).toEqual([]);
  });

  it('expiring: after 14 days the link decides nothing', async () => {
    const app = await linkApp();
    app.clock.advance(14 * 24 * 60 * 60 * 1000);
    expect(await app.use(app.link('approved'))).toMatchObject({ state: 'expired' });
    expect(app.decisions()).toEqual([]);
  });
});
