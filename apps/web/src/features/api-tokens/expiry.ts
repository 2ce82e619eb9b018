/** Token expiry days as the API counts them: UTC calendar days, from tomorrow to one year from today. */
const utcDay = (date: Date) => date.toISOString().slice(0, 10);

export function expiryBounds(now: Date = new Date()) {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  const d = now.getUTCDate();
  return {
    min: utcDay(new Date(Date.UTC(y, m, d + 1))),
    max: utcDay(new Date(Date.UTC(y + 1, m, d))),
    /** What the form suggests: 90 days. */
    suggested: utcDay(new Date(Date.UTC(y, m, d + 90))),
  };
}
