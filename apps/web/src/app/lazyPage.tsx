import { Suspense, lazy, type ComponentType } from 'react';
import { PageLoader } from '../components/Loading';

/**
 * A page loaded on first use (its own chunk), behind a Suspense boundary that shows a loading indicator while a slow
 * phone network fetches it. A failed fetch (e.g. a new release removed the old chunk) rejects into the route's error
 * page, which offers a reload.
 */
export function lazyPage(load: () => Promise<{ default: ComponentType }>): ComponentType {
  const Page = lazy(load);
  function LazyPage() {
    return (
      <Suspense fallback={<PageLoader label="Loading the page" />}>
        <Page />
      </Suspense>
    );
  }
  return LazyPage;
}
