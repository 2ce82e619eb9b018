import { codeOf, Harness, PASSWORD } from './harness';

describe('sign-in and sessions', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await Harness.start();
  });
  afterAll(() => h.stop());

  it('signs in with the right password and sets an httpOnly, SameSite session cookie', async () => {
    const u = await h.user('INSTRUCTOR', 'Ines Teacher');
    const c = h.client();
    const r = await c.login(u.email.toUpperCase(), PASSWORD);
    expect(r.errors).toBeUndefined();
    expect(r.data?.login.user.id).toBe(u.id);
    const cookie = c.lastResponse!.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^ptp_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const me = await c.gql(`{ me { id displayName role permissions } }`);
    expect(me.data?.me).toMatchObject({ id: u.id, displayName: 'Ines Teacher', role: 'INSTRUCTOR' });
    expect(me.data?.me.permissions).toContain('ENROLLMENT_STATUS_CHANGE');
    expect(me.data?.me.permissions).not.toContain('PROGRAM_MANAGE');
  });

  it('refuses a wrong password with UNAUTHENTICATED and no cookie, and never reveals whether the email exists', async () => {
    const u = await h.user('STUDENT');
    const c = h.client();
    const wrong = await c.login(u.email, 'not-the-password');
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.data).toBeNull();
    expect(c.lastResponse!.headers.get('set-cookie')).toBeNull();
    const unknown = await h.client().login('nobody@test.ptp', 'whatever-password');
    expect(unknown.errors?.[0].message).toBe(wrong.errors?.[0].message);
  });

  it('answers me with null and refuses protected queries when signed out', async () => {
    const c = h.client();
    expect((await c.gql(`{ me { id } }`)).data?.me).toBeNull();
    const r = await c.gql(`{ cohorts { totalCount } }`);
    expect(codeOf(r)).toBe('UNAUTHENTICATED');
    expect(r.data).toBeNull();
  });

  it('revokes the session on logout: the old cookie no longer works', async () => {
    const u = await h.user('ADMIN');
    const c = await h.signedIn(u.email);
    const stolen = c.cookie;
    expect((await c.gql(`mutation { logout }`)).data?.logout).toBe(true);
    const replay = h.client();
    replay.cookie = stolen;
    expect((await replay.gql(`{ me { id } }`)).data?.me).toBeNull();
    expect(codeOf(await replay.gql(`{ programs { totalCount } }`))).toBe('UNAUTHENTICATED');
  });

  it('throttles an account after repeated failures, even for the right password', async () => {
    const u = await h.user('INSTRUCTOR');
    for (let i = 0; i < 5; i++) expect(codeOf(await h.client().login(u.email, 'wrong-password'))).toBe('UNAUTHENTICATED');
    const r = await h.client().login(u.email, PASSWORD);
    expect(codeOf(r)).toBe('TOO_MANY_REQUESTS');
    expect(r.errors?.[0].message).toMatch(/Too many failed sign-in attempts/);
  });

  it('rejects a malformed email with a message naming the field', async () => {
    const r = await h.client().login('not-an-email', 'x');
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].message).toMatch(/email/);
  });
});
