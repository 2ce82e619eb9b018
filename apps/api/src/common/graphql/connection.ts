import { Type } from '@nestjs/common';
import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { LIMITS } from '@ptp/shared';
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { DataSource, type ValueTransformer } from 'typeorm';
import { preparedQuery } from '../database/prepared';
import { badInput, isDataException } from './errors';
import { UUID } from './input-values';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

@ObjectType()
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field() hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}
export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type for `classRef` (FooConnection with FooEdge). */
export function Connection<T>(classRef: Type<T>): Type<ConnectionShape<T>> {
  @ObjectType(`${classRef.name}Edge`)
  class EdgeType {
    @Field(() => classRef) node: T;
    @Field() cursor: string;
  }
  @ObjectType(`${classRef.name}Connection`, { isAbstract: true })
  class ConnectionType {
    @Field(() => [EdgeType]) edges: EdgeType[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    @Field(() => Int) totalCount: number;
  }
  return ConnectionType as Type<ConnectionShape<T>>;
}

/** `(id: ID!)` of single-record queries. */
@ArgsType()
export class IdArgs {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a valid id' })
  id: string;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${LIMITS.pageSizeMax}.` })
  @IsInt()
  @Min(1, { message: 'first: ask for at least 1 row.' })
  @Max(LIMITS.pageSizeMax, { message: `first: at most ${LIMITS.pageSizeMax} rows per page.` })
  first = 20;

  @Field(() => String, { nullable: true, description: 'Cursor of the last row of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}

type SortValue = string | number | null;
const invalidCursor = () => badInput('after: this page cursor is not valid; reload the list from its first page.');

export function encodeCursor(sortValue: SortValue, id: string): string {
  return Buffer.from(JSON.stringify([sortValue, id])).toString('base64url');
}

export function decodeCursor(cursor: string): [SortValue, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) && value.length === 2 && typeof value[1] === 'string' && UUID.test(value[1]) &&
      (value[0] === null || ['string', 'number'].includes(typeof value[0])) && !String(value[0]).includes('\u0000')
    ) {
      return value as [SortValue, string];
    }
  } catch {
    // fall through
  }
  throw invalidCursor();
}

export interface KeysetQuery<T = unknown> {
  /** Alias of the entity's table in `from`. */
  alias: string;
  /** FROM clause body: the entity's table with that alias, plus any joins used by filters. */
  from: string;
  /** Conditions, joined with AND; $n placeholders refer to `params`. */
  where: string[];
  params: unknown[];
  /** Sort expression; must never be NULL (COALESCE it). Ties are broken by the id. */
  sortExpr: string;
  direction: SortDirection;
  /** Joins for the page statement only (the count does not need them), used by `select`. */
  joins?: string;
  /** More select expressions for the same statement (e.g. related rows to prime loaders with). */
  select?: string[];
  /** Called with each row of the page and its node (e.g. to prime loaders with the extra columns). */
  onRow?: (row: Record<string, unknown>, node: T) => void;
  /** Entity properties the page statement leaves out (a large document a list does not show); undefined on the nodes. */
  omit?: string[];
  /**
   * Related rows joined after the LIMIT, so they are built for the page's rows only (a filter that
   * matches hundreds of rows does not pay for their JSON): select expressions and joins that see
   * the page row under `alias`, its columns named by property (e.g. `h."enrollmentId"`).
   */
  related?: { select: string[]; joins: string };
}

/** Selects every column of `entity` under `alias`, named by property (after `prefix`), for `hydrate`. */
export function entityColumns(ds: DataSource, entity: Type<unknown>, alias: string, prefix = ''): string {
  const key = `${alias}|${prefix}`;
  let byKey = columnLists.get(entity);
  let sql = byKey?.get(key);
  if (sql === undefined) {
    sql = ds
      .getMetadata(entity)
      .columns.map((c) => `${alias}."${c.databaseName}" AS "${prefix}${c.propertyName}"`)
      .join(', ');
    if (!byKey) columnLists.set(entity, (byKey = new Map()));
    byKey.set(key, sql);
  }
  return sql;
}
/** entityColumns results (entity metadata does not change once the data source is built). */
const columnLists = new WeakMap<Type<unknown>, Map<string, string>>();

/** `entityColumns` without the `omit` properties (remembered per entity, alias and omission). */
function someColumns(ds: DataSource, entity: Type<unknown>, alias: string, omit: string[]): string {
  const key = `${alias}|-${omit.join(',')}`;
  let byKey = columnLists.get(entity);
  let sql = byKey?.get(key);
  if (sql === undefined) {
    sql = ds
      .getMetadata(entity)
      .columns.filter((c) => !omit.includes(c.propertyName))
      .map((c) => `${alias}."${c.databaseName}" AS "${c.propertyName}"`)
      .join(', ');
    if (!byKey) columnLists.set(entity, (byKey = new Map()));
    byKey.set(key, sql);
  }
  return sql;
}

/**
 * A json_build_object of the columns of `entity` under `alias`, keyed by property, for `hydrate`.
 * Only for entities without timestamp columns (JSON would turn them into strings).
 */
export function jsonColumns(ds: DataSource, entity: Type<unknown>, alias: string): string {
  return `json_build_object(${ds
    .getMetadata(entity)
    .columns.map((c) => `'${c.propertyName}', ${alias}."${c.databaseName}"`)
    .join(', ')})`;
}

/** Turns a row selected with `entityColumns` into an entity instance (getters, transformers). */
export function hydrate<T>(ds: DataSource, entity: Type<T>, row: Record<string, unknown>, prefix = ''): T {
  const out = Object.create(entity.prototype) as Record<string, unknown>;
  for (const c of ds.getMetadata(entity).columns) {
    const raw = row[prefix + c.propertyName];
    const transformer = c.transformer && !Array.isArray(c.transformer) ? c.transformer : undefined;
    out[c.propertyName] = transformer ? transformer.from(raw) : raw;
  }
  return out as T;
}

/**
 * `alias`'s whole row as one JSON text column `as`, read back by `hydrateJson`. A page statement
 * that brings each row's related rows this way hands the driver one value per relation instead of
 * one per column, and a relation shared by many rows (a roster's cohort and program) is parsed once
 * (`pagePrimer`); see docs/performance.md §4. A LEFT JOIN without a match gives NULL.
 */
export const rowJson = (alias: string, as: string): string => `to_json(${alias})::text AS "${as}"`;

/** The row of `table` whose id is `idExpr`, as `rowJson` gives it (a scalar subquery: no join needed), unnamed. */
export const rowJsonByIdExpr = (table: string, idExpr: string): string => `(SELECT to_json(x)::text FROM ${table} x WHERE x.id = ${idExpr})`;

/** `rowJsonByIdExpr` as the column `as`. */
export const rowJsonById = (table: string, idExpr: string, as: string): string => `${rowJsonByIdExpr(table, idExpr)} AS "${as}"`;

/**
 * `expr` on the first row of each `key` in page order, NULL on the others: a relation most rows of a page share (a
 * roster's cohort and program) is built and sent once, and the loaders are primed from that row (`pagePrimer`). For
 * `KeysetQuery.related`, where the page's rows are `alias`, with the page's `direction`. Each key is one more sort of
 * the page: for relations that differ from row to row (a queue's students and placements) it costs more than it saves.
 */
export const oncePerKey = (alias: string, direction: SortDirection, key: string, expr: string): string =>
  `CASE WHEN row_number() OVER (PARTITION BY ${key} ORDER BY ${alias}."__sort" ${direction}, ${alias}.id ${direction}) = 1 THEN ${expr} END`;

/** How each column of an entity is read from `to_json` output (by database name; timestamps are ISO strings there). */
const jsonReaders = new WeakMap<Type<unknown>, { property: string; column: string; time: boolean; transformer?: ValueTransformer }[]>();

/** Turns the JSON of a row (`rowJson`, or that text already parsed) into an entity instance, as `hydrate` does a row of `entityColumns`. */
export function hydrateJson<T>(ds: DataSource, entity: Type<T>, json: unknown): T {
  let readers = jsonReaders.get(entity);
  if (!readers) {
    readers = ds.getMetadata(entity).columns.map((c) => ({
      property: c.propertyName,
      column: c.databaseName,
      time: c.type === 'timestamptz' || c.type === 'timestamp with time zone' || c.type === 'timestamp' || c.type === Date,
      transformer: c.transformer && !Array.isArray(c.transformer) ? c.transformer : undefined,
    }));
    jsonReaders.set(entity, readers);
  }
  const row = (typeof json === 'string' ? JSON.parse(json) : json) as Record<string, unknown>;
  const out = Object.create(entity.prototype) as Record<string, unknown>;
  for (const r of readers) {
    const raw = r.time && typeof row[r.column] === 'string' ? new Date(row[r.column] as string) : row[r.column];
    out[r.property] = r.transformer ? r.transformer.from(raw) : raw;
  }
  return out as T;
}

/**
 * Primes request loaders from a page's rows, each key once per page: later rows with the same
 * relation (a roster's cohort and program) skip building it. One primer per page statement.
 */
export function pagePrimer() {
  const done = new Map<object, Set<string>>();
  return <T>(loader: { prime(key: string, value: T): unknown }, key: string | null | undefined, value: () => T): void => {
    if (!key) return;
    let keys = done.get(loader);
    if (!keys) done.set(loader, (keys = new Set()));
    if (keys.has(key)) return;
    keys.add(key);
    loader.prime(key, value());
  };
}
export type PagePrimer = ReturnType<typeof pagePrimer>;

/**
 * Keyset pagination for a Relay connection: one statement for the page (with one row of
 * look-ahead) and one for the total, whatever the page size.
 */
export async function paginate<T extends { id: string }>(
  ds: DataSource,
  entity: Type<T>,
  q: KeysetQuery<T>,
  args: PageArgs & { withTotalCount?: boolean },
): Promise<ConnectionShape<T>> {
  const where = [...q.where];
  const params = [...q.params];
  if (args.after) {
    const [sortValue, id] = decodeCursor(args.after);
    params.push(sortValue, id);
    const op = q.direction === SortDirection.ASC ? '>' : '<';
    where.push(`(${q.sortExpr}, ${q.alias}.id) ${op} ($${params.length - 1}, $${params.length}::uuid)`);
  }
  params.push(args.first + 1);
  const extra = q.select?.length ? `, ${q.select.join(', ')}` : '';
  const columns = q.omit?.length ? someColumns(ds, entity, q.alias, q.omit) : entityColumns(ds, entity, q.alias);
  const limited = `SELECT ${columns}, ${q.sortExpr} AS "__sort"${extra} FROM ${q.from}${q.joins ? ` ${q.joins}` : ''}
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY ${q.sortExpr} ${q.direction}, ${q.alias}.id ${q.direction} LIMIT $${params.length}`;
  const pageSql = q.related
    ? `SELECT ${q.alias}.*, ${q.related.select.join(', ')} FROM (${limited}) ${q.alias} ${q.related.joins}
        ORDER BY ${q.alias}."__sort" ${q.direction}, ${q.alias}.id ${q.direction}`
    : limited;
  const countSql = `SELECT count(*)::int AS n FROM ${q.from} ${q.where.length ? `WHERE ${q.where.join(' AND ')}` : ''}`;
  const [fetched, count] = await Promise.all([
    // A cursor of another list or order carries a sort value of another type: the cursor's fault.
    preparedQuery(ds, pageSql, params).catch((err: unknown) => {
      throw args.after && isDataException(err) ? invalidCursor() : err;
    }),
    // The count is a second scan: only when the client asked for totalCount.
    args.withTotalCount === false ? Promise.resolve([{ n: -1 }]) : preparedQuery<{ n: number }>(ds, countSql, q.params),
  ]);
  const rows = fetched.slice(0, args.first);
  const edges = rows.map((row) => {
    const node = hydrate(ds, entity, row);
    q.onRow?.(row, node);
    const sort = row.__sort as SortValue;
    // Encoded only when asked for: most pages ask for endCursor alone.
    return {
      node,
      get cursor() {
        return encodeCursor(sort, node.id);
      },
    };
  });
  return {
    edges,
    totalCount: count[0].n,
    pageInfo: {
      hasNextPage: fetched.length > args.first,
      hasPreviousPage: Boolean(args.after),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** `%term%` for ILIKE, with the user's own % and _ taken literally. */
export function containsPattern(search: string): string {
  return `%${search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The names of the fields the query selects at `path` under this field, e.g. ['edges', 'node'] (following fragments;
 * `__typename` left out).
 */
export function selectedFields(info: GraphQLResolveInfo, path: string[]): Set<string> {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined, depth: number): void => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === 'InlineFragment') visit(sel.selectionSet, depth);
      else if (sel.kind === 'FragmentSpread') visit(info.fragments[sel.name.value]?.selectionSet, depth);
      else if (depth === path.length) {
        if (sel.name.value !== '__typename') names.add(sel.name.value);
      } else if (sel.name.value === path[depth]) visit(sel.selectionSet, depth + 1);
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet, 0);
  return names;
}

/**
 * The properties of `entity` a page statement can leave out (`KeysetQuery.omit`) because no selected field reads
 * them: a property stays when a selected field has its name, or lists it in `reads` (a field resolved from other
 * columns, e.g. `reviewedBy` from `reviewedById`), or when the statement itself needs it (`keep`: the id, the sort
 * key, what the related joins use). A selected field that is neither keeps every column. A page of hour entries then
 * brings the 9 columns the review queue shows, not all 22 (docs/performance.md §4).
 */
export function unreadProperties(
  ds: DataSource,
  entity: Type<unknown>,
  selected: Set<string>,
  reads: Record<string, readonly string[]>,
  keep: readonly string[],
): string[] {
  const properties = ds.getMetadata(entity).columns.map((c) => c.propertyName);
  const needed = new Set(keep);
  for (const field of selected) {
    const from = reads[field] ?? (properties.includes(field) ? [field] : undefined);
    if (!from) return [];
    for (const property of from) needed.add(property);
  }
  return properties.filter((property) => !needed.has(property));
}

/** Whether the query selects `field` directly under this field (following fragments). */
export function selectsField(info: GraphQLResolveInfo, field: string): boolean {
  return selectsPath(info, [field]);
}

/** Whether the query selects the nested `path` under this field, e.g. ['edges', 'node', 'progress'] (following fragments). */
export function selectsPath(info: GraphQLResolveInfo, path: string[]): boolean {
  const visit = (set: SelectionSetNode | undefined, depth: number): boolean =>
    !!set?.selections.some((sel) => {
      if (sel.kind === 'Field') return sel.name.value === path[depth] && (depth === path.length - 1 || visit(sel.selectionSet, depth + 1));
      if (sel.kind === 'InlineFragment') return visit(sel.selectionSet, depth);
      return visit(info.fragments[sel.name.value]?.selectionSet, depth);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet, 0));
}
