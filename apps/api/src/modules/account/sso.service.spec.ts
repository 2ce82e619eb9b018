import { safeReturnTo } from './sso.service';

describe('safeReturnTo', () => {
  it.each(['/', '/cohorts', '/cohorts/c-1?tab=roster#top', '/students?q=Ana%20Lee'])('keeps the app path %s', (path) => {
    expect(safeReturnTo(path)).toBe(path);
  });

  it.each([
    ['another site', 'https://evil.example/'],
    ['a scheme-relative link', '//evil.example/x'],
    ['a backslash that browsers read as a slash', '/\\evil.example'],
    ['a control character', '/cohorts\n'],
    ['a tab inside the host part', '/\t/evil.example'],
    ['an API route', '/api/auth/sso/start'],
    ['a relative path', 'cohorts'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['something that is not a string', ['/a', '/b']],
    ['nothing', undefined],
  ])('falls back to / for %s', (_what, value) => {
    expect(safeReturnTo(value)).toBe('/');
  });
});
