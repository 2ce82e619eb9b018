/** The page sizes a list offers (its pager's select); the first is the default. */
export const PAGE_SIZES = [25, 50, 100] as const;

/** The page size a `size` URL parameter asks for, when it is one of PAGE_SIZES; otherwise the default. */
export function pageSizeParam(value: string | null): number {
  const size = Number(value);
  return (PAGE_SIZES as readonly number[]).includes(size) ? size : PAGE_SIZES[0];
}
