import { createHash, randomUUID } from 'node:crypto';
import { codeOf, GqlResult, Harness, PASSWORD } from './harness';

const CREATE = `mutation($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { token apiToken { id name prefix expiresAt revokedAt lastUsedAt createdAt status } }
}`;

/** A UTC calendar day `days` from today, as the API counts them. */
const dayFromToday = (days: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days)).toISOString().slice(0, 10);
};

describe('personal API tokens', () => {
  let h: Harness;
  let admin: { id: string; email: string };
  let programA: string, programB: string;

  /** What a script does: one GraphQL POST with the token and nothing else (no cookie). */
  async function asScript<T = Record<string, any>>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
    const res = await fetch(h.url, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResult<T>;
  }

  async function createToken(email = admin.email, name = `script ${randomUUID().slice(0, 6)}`) {
    const c = await h.signedIn(email);
    const r = await c.gql(CREATE, { input: { name, expiresOn: dayFromToday(30) } });
    if (!r.data) throw new Error(`createApiToken failed: ${r.errors?.[0].message}`);
    return { client: c, token: r.data.createApiToken.token as string, apiToken: r.data.createApiToken.apiToken };
  }

  beforeAll(async () => {
    h = await Harness.start();
    admin = await h.user('ADMIN', 'Ada Director');
    const other = await h.user('ADMIN');
    programA = await h.program(admin.id);
    programB = await h.program(other.id);
  });
  afterAll(() => h.stop());

  it("creates a token shown once, stores only its hash, and the token then acts as its owner with the owner's scope", async () => {
    const { client, token, apiToken } = await createToken(admin.email, 'Nightly roster export');
    expect(token).toMatch(/^ptp_[A-Za-z0-9_-]{40,}$/);
    expect(apiToken).toMatchObject({ name: 'Nightly roster export', prefix: token.slice(0, 12), status: 'ACTIVE', revokedAt: null, lastUsedAt: null });
    const [row] = await h.ds.query(`SELECT token_hash FROM api_tokens WHERE id = $1`, [apiToken.id]);
    expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    const [audit] = await h.ds.query(`SELECT actor_id, after::text AS after FROM audit_events WHERE action = 'api-token.create' AND entity_id = $1`, [apiToken.id]);
    expect(audit.actor_id).toBe(admin.id);
    expect(audit.after).toContain('Nightly roster export');
    expect(audit.after).not.toContain(token.slice(12));

    const me = await asScript(token, `{ me { email role } }`);
    expect(me.data?.me).toEqual({ email: admin.email, role: 'ADMIN' });
    const programs = await asScript(token, `{ programs { edges { node { id } } } }`);
    expect(programs.data?.programs.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([programA]);
    expect(codeOf(await asScript(token, `query($id: ID!) { program(id: $id) { id } }`, { id: programB }))).toBe('FORBIDDEN');

    const listed = await client.gql(`{ apiTokens { id lastUsedAt status } }`);
    const mine = listed.data?.apiTokens.find((t: { id: string }) => t.id === apiToken.id);
    expect(mine.lastUsedAt).not.toBeNull();
    expect(mine.status).toBe('ACTIVE');
  });

  it('notes the last use at most once a minute, not on every request', async () => {
    const { token, apiToken } = await createToken();
    await asScript(token, `{ me { id } }`);
    const [first] = await h.ds.query(`SELECT last_used_at FROM api_tokens WHERE id = $1`, [apiToken.id]);
    await asScript(token, `{ me { id } }`);
    const [second] = await h.ds.query(`SELECT last_used_at FROM api_tokens WHERE id = $1`, [apiToken.id]);
    expect(second.last_used_at).toEqual(first.last_used_at);
    await h.ds.query(`UPDATE api_tokens SET last_used_at = now() - interval '2 minutes' WHERE id = $1`, [apiToken.id]);
    await asScript(token, `{ me { id } }`);
    const [third] = await h.ds.query(`SELECT last_used_at > now() - interval '10 seconds' AS fresh FROM api_tokens WHERE id = $1`, [apiToken.id]);
    expect(third.fresh).toBe(true);
  });

  it('refuses a revoked token with UNAUTHENTICATED, even on public queries, and audits the revocation', async () => {
    const { client, token, apiToken } = await createToken();
    expect((await asScript(token, `{ me { id } }`)).data?.me.id).toBe(admin.id);
    const revoked = await client.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { id status revokedAt } }`, { id: apiToken.id });
    expect(revoked.data?.revokeApiToken).toMatchObject({ id: apiToken.id, status: 'REVOKED' });
    expect(revoked.data?.revokeApiToken.revokedAt).not.toBeNull();
    const r = await asScript(token, `{ me { id } }`);
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    expect(r.errors?.[0].message).toMatch(/API token/);
    expect(codeOf(await asScript(token, `{ programs { totalCount } }`))).toBe('UNAUTHENTICATED');
    expect(await h.count('audit_events', `action = 'api-token.revoke' AND entity_id = $1`, [apiToken.id])).toBe(1);
    // Revoking again changes nothing.
    await client.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: apiToken.id });
    expect(await h.count('audit_events', `action = 'api-token.revoke' AND entity_id = $1`, [apiToken.id])).toBe(1);
  });

  it('refuses an expired token, an unknown token, and a token whose owner is deactivated', async () => {
    const expired = await createToken();
    await h.ds.query(`UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`, [expired.apiToken.id]);
    expect(codeOf(await asScript(expired.token, `{ me { id } }`))).toBe('UNAUTHENTICATED');
    const listed = await expired.client.gql(`{ apiTokens { id status } }`);
    expect(listed.data?.apiTokens.find((t: { id: string }) => t.id === expired.apiToken.id).status).toBe('EXPIRED');

    expect(codeOf(await asScript(`ptp_${'x'.repeat(43)}`, `{ me { id } }`))).toBe('UNAUTHENTICATED');
    expect(codeOf(await asScript('not-a-portal-token', `{ me { id } }`))).toBe('UNAUTHENTICATED');

    const owner = await h.user('ADMIN');
    await h.program(owner.id);
    const { token } = await createToken(owner.email);
    expect((await asScript(token, `{ me { id } }`)).data?.me.id).toBe(owner.id);
    await h.ds.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [owner.id]);
    await h.authSettled();
    expect(codeOf(await asScript(token, `{ me { id } }`))).toBe('UNAUTHENTICATED');
  });

  it('works on the REST routes too', async () => {
    const { token } = await createToken();
    const doc = `${h.url.replace(/\/graphql$/, '')}/api/documents/${randomUUID()}`;
    expect((await fetch(doc, { headers: { authorization: `Bearer ${token}` } })).status).toBe(404); // signed in: the document does not exist
    expect((await fetch(doc)).status).toBe(401);
    expect((await fetch(doc, { headers: { authorization: 'Bearer ptp_revoked-or-unknown' } })).status).toBe(401);
  });

  it('does not let a token create tokens or change the password', async () => {
    const { token } = await createToken();
    const r = await asScript(token, CREATE, { input: { name: 'another', expiresOn: dayFromToday(10) } });
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(r.errors?.[0].message).toMatch(/API tokens cannot/);
    const pw = await asScript(token, `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`, {
      input: { currentPassword: PASSWORD, newPassword: 'a-much-longer-new-passphrase-42' },
    });
    expect(codeOf(pw)).toBe('FORBIDDEN');
  });

  it('is for admins: other roles get FORBIDDEN', async () => {
    const teacher = await h.user('INSTRUCTOR');
    const c = await h.signedIn(teacher.email);
    expect(codeOf(await c.gql(CREATE, { input: { name: 'mine', expiresOn: dayFromToday(30) } }))).toBe('FORBIDDEN');
    expect(codeOf(await c.gql(`{ apiTokens { id } }`))).toBe('FORBIDDEN');
    expect(await h.count('api_tokens', 'user_id = $1', [teacher.id])).toBe(0);
  });

  it('takes an expiry from tomorrow to one year ahead, and lets nobody else see or revoke a token', async () => {
    const c = await h.signedIn(admin.email);
    for (const expiresOn of [dayFromToday(0), dayFromToday(367), '2026-02-30']) {
      const r = await c.gql(CREATE, { input: { name: 'bad expiry', expiresOn } });
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0].extensions?.fields?.[0].field).toBe('expiresOn');
    }
    const ok = await c.gql(CREATE, { input: { name: '  spaced  ', expiresOn: dayFromToday(1) } });
    expect(ok.data?.createApiToken.apiToken.name).toBe('spaced');
    expect(new Date(ok.data?.createApiToken.apiToken.expiresAt).toISOString()).toBe(`${dayFromToday(2)}T00:00:00.000Z`);

    const stranger = await h.user('ADMIN');
    const s = await h.signedIn(stranger.email);
    expect((await s.gql(`{ apiTokens { id } }`)).data?.apiTokens).toEqual([]);
    const id = ok.data?.createApiToken.apiToken.id;
    expect(codeOf(await s.gql(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id }))).toBe('NOT_FOUND');
  });
});
