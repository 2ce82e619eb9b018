import { Global, Module } from '@nestjs/common';
import { ENV } from '../../config/config.module';
import type { Env } from '../../config/env';
import { MailService } from './mail.service';
import { createMailTransport, MailTransport } from './mail.transport';

/** Outgoing email: the outbox service and the transport chosen from the environment. */
@Global()
@Module({
  providers: [{ provide: MailTransport, inject: [ENV], useFactory: (env: Env) => createMailTransport(env) }, MailService],
  exports: [MailService, MailTransport],
})
export class MailModule {}
