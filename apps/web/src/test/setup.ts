import '@testing-library/jest-dom/vitest';
import { notifications } from '@mantine/notifications';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Mantine reads media queries and observes element sizes; jsdom has neither. The tests' user prefers reduced
// motion: with the theme's respectReducedMotion (test/render.tsx) no transition schedules a timer, so none can
// fire after a test file's window is gone (CI once failed on a Mantine transition timeout after teardown).
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string): MediaQueryList => ({
    matches: query.includes('prefers-reduced-motion: reduce'),
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub implements ResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
window.ResizeObserver = ResizeObserverStub;

// Mantine's combobox scrolls the selected option into view.
Element.prototype.scrollIntoView = function scrollIntoView() {};

// Page tests drive several comboboxes and wait on mocked requests; a loaded CI runner needs more than 1 s.
configure({ asyncUtilTimeout: 4000 });

afterEach(() => {
  cleanup();
  // Toasts live in a module-level store that outlives the component tree: without this a toast from one test
  // is still on screen in the next, and a `findByText` of the same message finds two (or the stale one).
  notifications.clean();
  notifications.cleanQueue();
});
