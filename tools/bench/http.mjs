// HTTP for the benchmark: one keep-alive agent, a JSON POST with the session cookie, and the
// reading of a GraphQL or plain-SQL answer into { data, stmts } or { error }.
import http from 'node:http';

const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
/** POST JSON with the session cookie; resolves with status, headers and the parsed body. */
export function post(port, path, body, cookie) {
  return new Promise((resolveP, reject) => {
    const data = JSON.stringify(body);
    const req = http.request(
      { host: '127.0.0.1', port, path, method: 'POST', agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), ...(cookie ? { cookie } : {}) } },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          let json = null;
          try {
            json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            /* not JSON */
          }
          resolveP({ status: res.statusCode, headers: res.headers, json });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

export function gqlResult(r, field) {
  if (r.status !== 200 || !r.json) return { error: `HTTP ${r.status}${r.json?.errors ? `: ${r.json.errors[0].message}` : ''}` };
  if (r.json.errors?.length) return { error: r.json.errors[0].message };
  if (!r.json.data?.[field]) return { error: `no data.${field}` };
  const h = r.headers['x-sql-statements'];
  return { stmts: h === undefined ? undefined : Number(h), data: r.json.data[field] };
}
export function sqlResult(r, field) {
  if (r.status !== 200 || !r.json?.data?.[field]) return { error: `HTTP ${r.status}${r.json?.errors ? `: ${r.json.errors[0].message}` : ''}` };
  return { data: r.json.data[field] };
}
