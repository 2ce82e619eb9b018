// Progress output of the large-data generator: timestamped log lines and durations.
export function log(msg) {
  console.log(`[${new Date().toISOString().slice(11, 19)}] ${msg}`);
}
export const fmt = (ms) => (ms >= 60000 ? `${Math.floor(ms / 60000)}m${((ms % 60000) / 1000).toFixed(1).padStart(4, '0')}s` : `${(ms / 1000).toFixed(1)}s`);
