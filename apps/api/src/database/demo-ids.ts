/** Fixed ids, so tests, demos and links stay stable across resets. */
export const demoId = (kind: number, n: number): string => `d0000000-0000-4000-8000-${String(kind).padStart(4, '0')}${String(n).padStart(8, '0')}`;
export const DEMO_IDS = {
  user: (n: number) => demoId(1, n),
  program: demoId(2, 1),
  springCohort: demoId(3, 1),
  fallCohort: demoId(3, 2),
  student: (n: number) => demoId(4, n),
  enrollment: (n: number) => demoId(5, n),
  event: (enrollment: number, n: number) => demoId(6, enrollment * 10 + n),
  site: (n: number) => demoId(9, n),
  preceptor: (n: number) => demoId(10, n),
  placement: (n: number) => demoId(11, n),
  hourEntry: (enrollment: number, n: number) => demoId(12, enrollment * 1000 + n),
};
