import { Global, Module } from '@nestjs/common';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/** The GraphQL resolvers of this feature (schema.ts builds the committed schema from every feature's list). */
export const AUDIT_RESOLVERS = [AuditResolver];

/** The audit trail: one writer every feature uses (global), and the audit log query. */
@Global()
@Module({
  providers: [AuditService, ...AUDIT_RESOLVERS],
  exports: [AuditService],
})
export class AuditModule {}
