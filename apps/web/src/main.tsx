import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './styles.css';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './app/apollo';
import { AppProviders } from './app/providers';
import { createRouter, preloadRoute } from './app/router';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const client = createApolloClient();
const router = createRouter();

// The opened page's chunks, its first queries and, behind sign-in, the session check start now and together (they do
// not wait for the styles or for each other).
preloadRoute(window.location, client);

/**
 * The built page loads its stylesheets without blocking the loading shell (vite.config.mts, nonBlockingStyles): switch
 * them on and wait until they are in, so the first render is styled. A stylesheet that never loads (offline) stops
 * holding the page after a few seconds.
 */
function stylesReady(): Promise<unknown> {
  const links = [...document.querySelectorAll<HTMLLinkElement>('link[data-deferred-style]')];
  const loaded = links.map((link) => {
    const ready = link.sheet
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          link.addEventListener('load', () => resolve(), { once: true });
          link.addEventListener('error', () => resolve(), { once: true });
        });
    link.media = 'all';
    return ready;
  });
  return Promise.race([Promise.all(loaded), new Promise((resolve) => setTimeout(resolve, 8000))]);
}

// The first render is a transition: React yields to the browser every few milliseconds while it builds the shell and
// the page, instead of one long task that a phone's taps and paints wait behind (docs/performance.md §6).
void stylesReady().then(() =>
  startTransition(() =>
    createRoot(root).render(
      <StrictMode>
        <AppProviders client={client}>
          <RouterProvider router={router} />
        </AppProviders>
      </StrictMode>,
    ),
  ),
);
