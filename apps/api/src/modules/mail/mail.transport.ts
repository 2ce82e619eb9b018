import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Env } from '../../config/env';

export interface Mail {
  id: string;
  to: string;
  subject: string;
  text: string;
  kind: string;
}

/** Sends one email; returns where it went (SMTP message id, or the .eml file's path). */
export abstract class MailTransport {
  abstract readonly description: string;
  abstract send(mail: Mail): Promise<string>;
}

/** The dev mail folder: <data dir>/mail (the data dir is <repo>/.data unless PTP_DATA_DIR is set). */
export function mailDir(dataDir: string | undefined): string {
  return resolve(dataDir ?? resolve(__dirname, '../../../../../.data'), 'mail');
}

class SmtpTransport extends MailTransport {
  readonly description: string;
  private readonly transporter: Transporter;

  constructor(private readonly env: Env) {
    super();
    this.transporter = env.SMTP_URL
      ? nodemailer.createTransport(env.SMTP_URL)
      : nodemailer.createTransport({
          host: env.SMTP_HOST,
          port: env.SMTP_PORT ?? (env.SMTP_SECURE ? 465 : 587),
          secure: env.SMTP_SECURE,
          auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD } : undefined,
        });
    this.description = `SMTP ${env.SMTP_URL ? new URL(env.SMTP_URL).host : `${env.SMTP_HOST}:${env.SMTP_PORT ?? ''}`}`;
  }

  async send(mail: Mail): Promise<string> {
    const info = await this.transporter.sendMail({ from: this.env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text, messageId: `<${mail.id}@ptp>` });
    return info.messageId;
  }
}

/** No SMTP configured: each email becomes an .eml file a person can open with any mail program. */
class FolderTransport extends MailTransport {
  readonly description: string;
  private readonly composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

  constructor(
    private readonly env: Env,
    private readonly dir: string,
  ) {
    super();
    this.description = `the folder ${dir}`;
  }

  async send(mail: Mail): Promise<string> {
    const info = await this.composer.sendMail({ from: this.env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text, messageId: `<${mail.id}@ptp>` });
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const file = join(this.dir, `${stamp}-${mail.kind}-${mail.id.slice(0, 8)}.eml`);
    await writeFile(file, info.message as Buffer, { mode: 0o600, flag: 'wx' });
    return file;
  }
}

export function createMailTransport(env: Env): MailTransport {
  return env.SMTP_URL || env.SMTP_HOST ? new SmtpTransport(env) : new FolderTransport(env, mailDir(env.PTP_DATA_DIR));
}
