import { Injectable, type Type } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { paginate, SortDirection, type ConnectionShape, type PageArgs } from '../../common/graphql/connection';
import { ScopeService } from '../../common/scope/scope.service';
import type { User } from '../../common/auth/user.entity';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  programId?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * The audit payload of a row as SQL: a JSON object of the entity's fields by their property names,
 * timestamps as ISO strings in UTC: what `JSON.stringify(entity)` gives, which `record` stores.
 */
export function entityJsonSql(ds: DataSource, entity: Type<unknown>, alias: string): string {
  return ds
    .getMetadata(entity)
    .columns.map((c) => {
      const col = `${alias}."${c.databaseName}"`;
      const value = c.type === 'timestamptz' ? `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')` : col;
      return `'${c.propertyName}', ${value}`;
    })
    .reduce((sql, pair, i) => (i === 0 ? `jsonb_build_object(${pair}` : `${sql}, ${pair}`), '')
    .concat(')');
}

/** What a statement that changes rows and audits them at once says about its audit rows (SQL expressions). */
export interface AuditSql {
  /** The rows changed (a CTE name, or a FROM list whose rows carry `alias`). */
  from: string;
  alias: string;
  entity: Type<unknown>;
  entityType: string;
  actor: string;
  action: string;
  requestId: string;
  /** The fields before the change, when the statement knows them (a jsonb expression). */
  before?: string;
}

/**
 * The INSERT of audit rows for a statement that writes the change itself (the hour paths that must
 * stay one round trip): the same row and payload shape as `AuditService.record`.
 */
export function auditInsertSql(ds: DataSource, a: AuditSql): string {
  return `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, program_id, before, after, request_id)
           SELECT ${a.actor}, ${a.action}, '${a.entityType}', ${a.alias}.id::text, ${a.alias}.program_id, ${a.before ?? 'NULL::jsonb'},
                  ${entityJsonSql(ds, a.entity, a.alias)}, ${a.requestId}
             FROM ${a.from}`;
}

/** Writes the audit trail. Always called with the transaction's EntityManager, so the audit row
 *  commits or rolls back with the change it describes. */
@Injectable()
export class AuditService {
  constructor(
    private readonly ds: DataSource,
    private readonly scope: ScopeService,
  ) {}

  /** The audit trail of the caller's programs (optionally about one record), newest first. */
  list(user: User, page: PageArgs, entityId?: string | null): Promise<ConnectionShape<AuditEvent>> {
    // Audit rows carry their program id: scoped like any program-owned row.
    const scope = this.scope.condition(user, 'enrollment', 'a', 0);
    const where = [scope.sql];
    const params = [...scope.params];
    if (entityId) {
      params.push(entityId);
      where.push(`a.entity_id = $${params.length}`);
    }
    return paginate(this.ds, AuditEvent, { alias: 'a', from: 'audit_events a', where, params, sortExpr: `to_char(a.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`, direction: SortDirection.DESC }, page);
  }

  /** One audit row, in the transaction of the change it describes (`recordMany`'s statement: one shape for every row). */
  async record(em: EntityManager, actor: Pick<User, 'id'> | null, requestId: string | null, entry: AuditEntry): Promise<void> {
    await this.recordMany(em, actor, requestId, [entry]);
  }

  /** Many audit rows in one statement (bulk changes such as a CSV import), same shape as `record`. */
  async recordMany(em: EntityManager, actor: Pick<User, 'id'> | null, requestId: string | null, entries: AuditEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));
    await em.query(
      `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, program_id, before, after, request_id)
       SELECT $1, a, t, i, p, b, f, $2 FROM unnest($3::varchar[], $4::varchar[], $5::varchar[], $6::uuid[], $7::jsonb[], $8::jsonb[]) AS x(a, t, i, p, b, f)`,
      [
        actor?.id ?? null, requestId,
        entries.map((e) => e.action), entries.map((e) => e.entityType), entries.map((e) => e.entityId), entries.map((e) => e.programId ?? null),
        entries.map((e) => json(e.before)), entries.map((e) => json(e.after)),
      ],
    );
  }
}
