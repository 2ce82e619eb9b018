import { Suspense, lazy, useEffect, useRef, useState, type ComponentType, type ReactNode } from 'react';
import { DialogLoader, PageLoader } from '../components/Loading';

/** A page component from `lazyPage`: `preload` starts fetching its chunk before it renders (see `preloadRoute`). */
export type LazyPageComponent = ComponentType & { preload: () => Promise<unknown> };

/**
 * A page loaded on first use (its own chunk), behind a Suspense boundary that shows a loading indicator while a slow
 * phone network fetches it. A failed fetch (e.g. a new release removed the old chunk) rejects into the route's error
 * page, which offers a reload. `preload()` starts the same fetch early (once): the router starts the opened address's
 * chunks while the session is being checked, instead of one after the other.
 */
export function lazyPage(load: () => Promise<{ default: ComponentType }>): LazyPageComponent {
  let loading: Promise<{ default: ComponentType }> | undefined;
  const loadOnce = () => (loading ??= load());
  const Page = lazy(loadOnce);
  function LazyPage() {
    return (
      <Suspense fallback={<PageLoader label="Loading the page" />}>
        <Page />
      </Suspense>
    );
  }
  return Object.assign(LazyPage, { preload: loadOnce });
}

/**
 * Part of a page that is not needed for its first paint (another tab, a chart, a section shown later) as a chunk of
 * its own, fetched when first shown, with `fallback` (a loading indicator) meanwhile; like `lazyPage`.
 */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>, fallback: ReactNode = <PageLoader />): ComponentType<P> {
  const Part = lazy(() => load().then((component) => ({ default: component })));
  function LazyPart(props: P) {
    return (
      <Suspense fallback={fallback}>
        <Part {...props} />
      </Suspense>
    );
  }
  return LazyPart;
}

/**
 * A dialog that is a chunk of its own: fetched once the page around it has rendered (or at once when it is opened
 * before that: `opened`, or what `isOpen` says, e.g. "a program is being edited"), so it is not part of the page's
 * first download. From then on it is mounted, closed, like any dialog; opened before it has arrived, a loading
 * indicator shows meanwhile, and focus goes back to what opened it when it closes.
 */
export function lazyDialog<P extends object>(
  load: () => Promise<ComponentType<P>>,
  isOpen: (props: P) => boolean = (props) => Boolean((props as { opened?: boolean }).opened),
): ComponentType<P> {
  let loading: Promise<ComponentType<P>> | undefined;
  const loadOnce = () => (loading ??= load());
  const Dialog = lazy(() => loadOnce().then((component) => ({ default: component })));
  function LazyDialog(props: P) {
    const open = isOpen(props);
    const [ready, setReady] = useState(false);
    const [wanted, setWanted] = useState(open);
    if (open && !wanted) setWanted(true);
    // Mantine returns focus on close only for a dialog that was mounted closed; this one may mount open.
    const opener = useRef<Element | null>(null);
    useEffect(() => {
      let live = true;
      loadOnce().then(
        () => live && setReady(true),
        () => undefined, // rendering it then rejects into the route's error page, like a page that failed to load
      );
      return () => {
        live = false;
      };
    }, []);
    useEffect(() => {
      if (open && !ready) opener.current ??= document.activeElement;
      if (!open && opener.current) {
        const target = opener.current;
        opener.current = null;
        const timeout = window.setTimeout(() => target instanceof HTMLElement && target.focus({ preventScroll: true }), 10);
        return () => window.clearTimeout(timeout);
      }
      return undefined;
    }, [open, ready]);
    if (!ready && !wanted) return null;
    return (
      <Suspense fallback={open ? <DialogLoader /> : null}>
        <Dialog {...props} />
      </Suspense>
    );
  }
  return LazyDialog;
}
