import { Global, Module } from '@nestjs/common';
import { AuditService } from '../modules/audit/audit.service';
import { SessionService } from './auth/session.service';
import { ScopeService } from './scope/scope.service';

/** Services every feature uses: sessions, row-level scope, the audit trail. */
@Global()
@Module({ providers: [SessionService, ScopeService, AuditService], exports: [SessionService, ScopeService, AuditService] })
export class CommonModule {}
