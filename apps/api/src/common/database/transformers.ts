import { ValueTransformer } from 'typeorm';

/** PostgreSQL returns numeric as a string (to keep precision); hours fit a JS number. */
export const numericTransformer: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v === null ? null : Number(v)),
};
