import { useState } from 'react';

/**
 * Relay cursors only go forward, so "Previous" needs the cursors of the pages already seen.
 * The stack starts over whenever `resetKey` (filters, sort, page size) changes.
 */
export function useCursorPagination(resetKey: string) {
  const [state, setState] = useState<{ key: string; stack: (string | null)[] }>({
    key: resetKey,
    stack: [null],
  });
  const stack = state.key === resetKey ? state.stack : [null];

  return {
    after: stack[stack.length - 1] ?? null,
    /** 1-based number of the page shown. */
    page: stack.length,
    hasPrevious: stack.length > 1,
    next(endCursor: string | null | undefined) {
      if (!endCursor) return;
      setState({ key: resetKey, stack: [...stack, endCursor] });
    },
    previous() {
      if (stack.length > 1) setState({ key: resetKey, stack: stack.slice(0, -1) });
    },
  };
}
