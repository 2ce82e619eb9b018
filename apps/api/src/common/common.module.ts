import { Global, Module } from '@nestjs/common';
import { AuditService } from '../modules/audit/audit.service';
import { SessionService } from './auth/session.service';
import { JobQueue } from './jobs/job-queue.service';
import { ScopeService } from './scope/scope.service';

/** Services every feature uses: sessions, row-level scope, the audit trail, background jobs. */
@Global()
@Module({ providers: [SessionService, ScopeService, AuditService, JobQueue], exports: [SessionService, ScopeService, AuditService, JobQueue] })
export class CommonModule {}
