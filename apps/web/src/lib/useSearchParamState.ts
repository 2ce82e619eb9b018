import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Filters live in the URL so a page can be bookmarked, shared and restored with Back.
 * Returns a setter that replaces the current history entry (a filter is not a navigation).
 */
export function useUrlParams() {
  const [params, setParams] = useSearchParams();

  function update(changes: Record<string, string | readonly string[] | null | undefined>) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          next.delete(key);
          if (typeof value === 'string') {
            if (value !== '') next.set(key, value);
          } else if (value) {
            for (const v of value) next.append(key, v);
          }
        }
        return next;
      },
      { replace: true },
    );
  }

  return [params, update] as const;
}

/** A text box whose value reaches the URL parameter `key` once the user pauses typing. */
export function useDebouncedSearchParam(key = 'q', delay = 300) {
  const [params, update] = useUrlParams();
  const committed = params.get(key) ?? '';
  const [value, setValue] = useState(committed);
  const [debounced] = useDebouncedValue(value, delay);

  useEffect(() => {
    if (debounced.trim() !== committed) update({ [key]: debounced.trim() });
    // Only a change of the debounced text writes the URL; `update` and `committed` are read fresh.
  }, [debounced]);

  return { value, setValue, committed };
}
