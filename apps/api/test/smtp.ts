import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on a free local port that refuses the first `failFirst` messages with a 451. */
export async function startSmtpServer(failFirst = 0): Promise<{ url: string; received: string[]; close(): Promise<void> }> {
  const received: string[] = [];
  let failNext = failFirst;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      let body = '';
      stream.on('data', (c: Buffer) => (body += c.toString()));
      stream.on('end', () => {
        if (failNext > 0) {
          failNext--;
          return callback(Object.assign(new Error('451 Try again later'), { responseCode: 451 }));
        }
        received.push(body);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
