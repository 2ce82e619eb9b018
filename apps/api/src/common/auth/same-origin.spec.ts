import { fromOurSite } from './same-origin';

const PORTAL = 'https://portal.college.edu';

describe('fromOurSite (CSRF check for cookie-authenticated REST routes)', () => {
  it('accepts the portal’s own pages and addresses typed or bookmarked', () => {
    expect(fromOurSite({ secFetchSite: 'same-origin' }, PORTAL)).toBe(true);
    expect(fromOurSite({ secFetchSite: 'none' }, PORTAL)).toBe(true);
    expect(fromOurSite({ origin: 'https://portal.college.edu' }, PORTAL)).toBe(true);
    // Reached under another name than PUBLIC_URL: the Origin matches the host asked for.
    expect(fromOurSite({ origin: 'http://10.0.0.5:8080', host: '10.0.0.5:8080' }, PORTAL)).toBe(true);
  });

  it('refuses requests another site made, and an opaque origin', () => {
    expect(fromOurSite({ secFetchSite: 'cross-site' }, PORTAL)).toBe(false);
    expect(fromOurSite({ secFetchSite: 'same-site' }, PORTAL)).toBe(false);
    expect(fromOurSite({ secFetchSite: 'cross-site', origin: 'https://evil.example', host: 'portal.college.edu' }, PORTAL)).toBe(false);
    expect(fromOurSite({ origin: 'https://evil.example', host: 'portal.college.edu' }, PORTAL)).toBe(false);
    expect(fromOurSite({ origin: 'null', host: 'portal.college.edu' }, PORTAL)).toBe(false);
  });

  it('lets through a request that says nothing about where it comes from (curl, old browsers)', () => {
    expect(fromOurSite({ host: 'portal.college.edu' }, PORTAL)).toBe(true);
  });
});
