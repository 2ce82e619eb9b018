// A TCP port on 127.0.0.1 that nothing listens on right now (the OS picks it), for servers the
// tools start: the embedded test database, the benchmark's API and plain-SQL baseline.
import { createServer } from 'node:net';

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}
