import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { User } from '../user/user.entity';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  programId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Writes the audit trail. Always called with the transaction's EntityManager, so the audit row
 *  commits or rolls back with the change it describes. */
@Injectable()
export class AuditService {
  async record(em: EntityManager, actor: Pick<User, 'id'> | null, requestId: string | null, entry: AuditEntry): Promise<void> {
    await em.query(
      `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, program_id, before, after, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        actor?.id ?? null,
        entry.action,
        entry.entityType,
        entry.entityId,
        entry.programId ?? null,
        entry.before === undefined ? null : JSON.stringify(entry.before),
        entry.after === undefined ? null : JSON.stringify(entry.after),
        requestId,
      ],
    );
  }
}
