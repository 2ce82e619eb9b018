import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  buildSchema, getNamedType, GraphQLArgument, GraphQLEnumType, GraphQLField, GraphQLInputObjectType, GraphQLInputType,
  GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLScalarType, isLeafType, isObjectType,
} from 'graphql';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from '../src/database/seed';
import { Client, GqlResult, Harness } from './harness';

/*
 * Property-based fuzzing of every query and mutation in the committed schema, as every kind of caller
 * (docs/security.md). Inputs are generated from the argument types: mostly plausible values (real ids
 * of the demo data, dates, enum values) so the resolvers and rules run, mixed with hostile ones (wrong
 * types, explicit nulls, NUL bytes, huge and unicode strings, boundary numbers and dates, forged
 * cursors). Asserted for every case: no INTERNAL_SERVER_ERROR, no HTTP 5xx, and a refused mutation
 * leaves every table's row count as it was. Seeded, so a failure replays.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const RUNS_PER_OPERATION = Number(process.env.FUZZ_RUNS ?? 24);
/** Covered by their own suites, and they would end the callers' sessions. */
const SKIPPED = new Set(['logout']);
/** Tables a refused request writes to by design: failed sign-ins are recorded (throttling). */
const WRITTEN_ON_REFUSAL = new Set(['login_attempts']);

const schema = buildSchema(readFileSync(join(__dirname, '../schema.graphql'), 'utf8'));

type Principal = 'ADMIN' | 'INSTRUCTOR' | 'PRECEPTOR' | 'STUDENT' | 'ANONYMOUS';
const PRINCIPALS: Principal[] = ['ADMIN', 'INSTRUCTOR', 'PRECEPTOR', 'STUDENT', 'ANONYMOUS'];

const NUL = '\u0000';
const hostileString = fc.oneof(
  fc.constant(''), fc.constant('   '), fc.constant(`a${NUL}b`), fc.constant(NUL),
  fc.constant('x'.repeat(20_000)), fc.constant("'; DROP TABLE students; --"), fc.constant('%_\\'),
  fc.constant('=HYPERLINK("http://evil.test","x")'), fc.constant('\u202Eevil\uD83D\uDE00\u0301'),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const dates = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('2026-09-15', '2026-01-05', '2026-12-18', '2027-03-01', '2025-06-30', '2026-11-20') },
  fc.constantFrom('1900-01-01', '1949-12-31', '9999-12-31', '0001-01-01', '2026-02-30', '2026-13-01', '26-1-1', 'yesterday'),
  fc.date({ min: new Date('1800-01-01'), max: new Date('3000-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
const timestamps = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('2026-09-15T13:00:00Z', '2026-09-15T21:30:00.000Z', '2026-10-01T08:00:00-05:00', '2026-11-20T15:00:00Z') },
  fc.constantFrom('1900-01-01T00:00:00Z', '9999-12-31T23:59:59Z', '2026-02-30T10:00:00Z', 'now', '1e20', ''),
  fc.date({ min: new Date('1800-01-01'), max: new Date('3000-01-01'), noInvalidDate: true }).map((d) => d.toISOString()),
);
const cursors = fc.oneof(
  fc.constantFrom('garbage', '', 'W10', 'bnVsbA', 'WyJ4Il0'),
  fc.tuple(fc.jsonValue(), fc.oneof(fc.uuid(), fc.string())).map((v) => Buffer.from(JSON.stringify(v)).toString('base64url')),
  fc.jsonValue().map((v) => Buffer.from(JSON.stringify(v)).toString('base64url')),
);
const ints = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 40 }) },
  fc.integer({ min: -3, max: 120 }),
  fc.constantFrom(0, -1, 2_147_483_647, -2_147_483_648, 2_147_483_648, 9_007_199_254_740_991, 1e6),
  fc.integer(),
);
const floats = fc.oneof(fc.double({ min: -2, max: 1000, noNaN: true }), fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 0.5, 1.0000001));

/** Real ids, by table (singular, no underscores: hourentry, cohort, …). */
type IdPool = Map<string, string[]>;

/** The ids a field probably takes: `cohortId` a cohort's, `id` in UpdateCohortInput or cohort(id) a cohort's. */
function idsFor(pool: IdPool, name: string, context: string): string[] {
  const hint = name.replace(/Ids?$/, '').toLowerCase();
  const tables = [...pool.keys()].filter((t) => (hint === 'id' || hint === '' ? context.toLowerCase().includes(t) : t.endsWith(hint)));
  const ids = tables.flatMap((t) => pool.get(t)!);
  return ids.length ? ids : [...pool.values()].flat();
}

/** A plausible value for a named argument or field, from its name and type. */
function plausibleLeaf(type: GraphQLScalarType | GraphQLEnumType, name: string, context: string, pool: IdPool): fc.Arbitrary<unknown> {
  if (type instanceof GraphQLEnumType) return fc.constantFrom(...type.getValues().map((v) => v.name));
  const lower = name.toLowerCase();
  switch (type.name) {
    case 'ID':
      return fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...idsFor(pool, name, context)) },
        { weight: 2, arbitrary: fc.constantFrom(...[...pool.values()].flat()) },
        fc.uuid(),
        fc.constantFrom('not-an-id', '', `${randomUUID()}x`, NUL),
      );
    case 'Int':
      return ints;
    case 'Float':
      return floats;
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return timestamps;
    default:
      if (/(^|[a-z])(date|on|from|to|since|until)$/i.test(name) || /date/.test(lower)) return dates;
      if (/at$/.test(lower)) return timestamps;
      if (/email/.test(lower)) return fc.oneof({ weight: 4, arbitrary: fc.uuid().map((u) => `fuzz-${u.slice(0, 8)}@example.test`) }, fc.emailAddress(), fc.constantFrom(DEMO_ACCOUNTS.student, 'not-an-email'));
      if (/after|before|cursor/.test(lower)) return cursors;
      if (/timezone/.test(lower)) return fc.constantFrom('America/Chicago', 'Mars/Olympus', 'UTC', '');
      if (/password/.test(lower)) return fc.constantFrom('short', 'a much longer passphrase, unlikely!');
      if (/code/.test(lower)) return fc.oneof({ weight: 4, arbitrary: fc.stringMatching(/^[A-Z][A-Z0-9_]{2,10}$/) }, fc.string({ maxLength: 12 }));
      return fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom('Sterile compounding lab practice', 'Riverside Pharmacy', 'Alex Morgan', 'Checked inventory and filled prescriptions') },
        { weight: 2, arbitrary: fc.string({ minLength: 3, maxLength: 30 }) },
        fc.string({ unit: 'grapheme', maxLength: 30 }),
      );
  }
}

/** What replaces one value of a plausible input: null, a value of another type, hostile text, extreme numbers. */
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 3, arbitrary: hostileString },
  fc.integer(), fc.constantFrom(2_147_483_648, -1, 1e308), fc.boolean(), fc.constant({ x: 1 }), fc.constant([1, 'a']), fc.constant([]),
);

/** A plausible value of an input type: every field of the right type, optional ones absent, given or null. */
function valueFor(type: GraphQLInputType, name: string, context: string, pool: IdPool, depth = 0): fc.Arbitrary<unknown> {
  if (type instanceof GraphQLNonNull) return valueFor(type.ofType, name, context, pool, depth);
  if (type instanceof GraphQLList) {
    const item = valueFor(type.ofType, name, context, pool, depth + 1);
    return fc.oneof({ weight: 8, arbitrary: fc.array(item, { maxLength: 4 }) }, fc.array(item, { minLength: 150, maxLength: 300 }));
  }
  if (type instanceof GraphQLInputObjectType) {
    if (depth > 3) return fc.constant({});
    const fields = Object.values(type.getFields());
    const shape = Object.fromEntries(
      fields.map((f) => {
        const value = valueFor(f.type, f.name, type.name, pool, depth + 1);
        return [f.name, f.type instanceof GraphQLNonNull ? value : fc.oneof({ weight: 4, arbitrary: value }, fc.constant(null))];
      }),
    );
    return fc.record(shape, { requiredKeys: fields.filter((f) => f.type instanceof GraphQLNonNull).map((f) => f.name) });
  }
  return plausibleLeaf(type as GraphQLScalarType | GraphQLEnumType, name, context, pool);
}

/** The value with its `n`-th node (depth first, the root excluded) replaced by `by`. */
function mutateOne(value: unknown, n: number, by: unknown): unknown {
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    if (path.length) paths.push(path);
    if (v && typeof v === 'object') for (const [k, child] of Object.entries(v)) walk(child, [...path, Array.isArray(v) ? Number(k) : k]);
  };
  walk(value, []);
  if (!paths.length) return value;
  const path = paths[n % paths.length];
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1]] = by;
  return copy;
}

/** `{ __typename scalar fields… }` for an output type: enough to run the field's own resolver and its leaves. */
function selection(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const leaves = Object.values((named as GraphQLObjectType).getFields())
    .filter((f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !(a.type instanceof GraphQLNonNull)))
    .map((f) => f.name);
  return `{ __typename ${leaves.join(' ')} }`;
}

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a: GraphQLArgument) => `$${a.name}: ${a.type.toString()}`);
  const args = field.args.map((a) => `${a.name}: $${a.name}`);
  return `${kind} Fuzz${vars.length ? `(${vars.join(', ')})` : ''} { ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selection(field)} }`;
}

interface Failure {
  operation: string;
  principal: Principal;
  variables: string;
  problem: string;
}

describe('fuzz: every query and mutation, as every caller, with generated input', () => {
  let h: Harness;
  let clients: Record<Principal, Client>;
  let pool: IdPool;
  let countSql: string;
  const started = new Date();

  const rowCounts = async (): Promise<Record<string, number>> => (await h.ds.query(countSql))[0].counts;

  beforeAll(async () => {
    h = await Harness.start();
    await seedDemo(h.ds);
    const signIn = (email: string) => h.signedIn(email, DEMO_PASSWORD);
    clients = {
      ADMIN: await signIn(DEMO_ACCOUNTS.admin),
      INSTRUCTOR: await signIn(DEMO_ACCOUNTS.instructor),
      PRECEPTOR: await signIn(DEMO_ACCOUNTS.preceptor),
      STUDENT: await signIn(DEMO_ACCOUNTS.student),
      ANONYMOUS: h.client(),
    };
    const actingUsers = (await h.ds.query(`SELECT id FROM users WHERE email = ANY($1)`, [Object.values(DEMO_ACCOUNTS)])).map((r: { id: string }) => r.id);
    // Real ids of every kind of record (the callers' own accounts left out, so a generated
    // deactivateUser cannot end the run's sessions).
    const tables: { table_name: string }[] = await h.ds.query(
      `SELECT c.table_name FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND c.column_name = 'id' AND c.data_type = 'uuid' ORDER BY 1`,
    );
    pool = new Map();
    for (const { table_name: table } of tables) {
      const rows: { id: string }[] = await h.ds.query(`SELECT id FROM "${table}" WHERE NOT (id = ANY($1)) ORDER BY id LIMIT 8`, [actingUsers]);
      if (rows.length) pool.set(table.replace(/_/g, '').replace(/ies$/, 'y').replace(/s$/, ''), rows.map((r) => r.id));
    }
    // And the demo student's own records, so the student's cases reach past the scope check.
    const own: { enrollment: string; entries: string[] | null; placements: string[] | null }[] = await h.ds.query(
      `SELECT e.id AS enrollment,
              (SELECT array_agg(id) FROM (SELECT id FROM hour_entries WHERE enrollment_id = e.id ORDER BY id LIMIT 6) x) AS entries,
              (SELECT array_agg(id) FROM placements WHERE enrollment_id = e.id) AS placements
         FROM enrollments e JOIN students s ON s.id = e.student_id JOIN users u ON u.id = s.user_id WHERE u.email = $1`,
      [DEMO_ACCOUNTS.student],
    );
    for (const o of own) {
      pool.get('enrollment')?.push(o.enrollment);
      pool.get('hourentry')?.push(...(o.entries ?? []));
      pool.get('placement')?.push(...(o.placements ?? []));
    }
    const all: { table_name: string }[] = await h.ds.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations' ORDER BY 1`,
    );
    const counted = all.map((t) => t.table_name).filter((t) => !WRITTEN_ON_REFUSAL.has(t));
    countSql = `SELECT json_build_object(${counted.map((t) => `'${t}', (SELECT count(*) FROM "${t}")`).join(', ')}) AS counts`;
  });

  afterAll(async () => {
    // Thousands of generated sign-ins must not throttle whoever uses this database next.
    await h.ds.query(`DELETE FROM login_attempts WHERE attempted_at >= $1`, [started]);
    await h.stop();
  });

  const fuzz = (kind: 'query' | 'mutation') => async () => {
    const root = kind === 'query' ? schema.getQueryType()! : schema.getMutationType()!;
    const failures: Failure[] = [];
    const outcomes = new Map<string, number>();
    const operations = Object.values(root.getFields()).filter((f) => !SKIPPED.has(f.name));
    let cases = 0;
    for (const field of operations) {
      const query = operation(kind, field);
      // Half the cases plausible throughout (to reach the rules), half with one value made hostile.
      const plausible = fc.record(Object.fromEntries(field.args.map((a) => [a.name, valueFor(a.type, a.name, field.name, pool)])));
      const variables = fc
        .tuple(plausible, fc.option(fc.tuple(fc.nat(), hostile), { freq: 2 }))
        .map(([vars, mutation]) => (mutation ? mutateOne(vars, mutation[0], mutation[1]) : vars));
      const result = await fc.check(
        fc.asyncProperty(fc.constantFrom(...PRINCIPALS), variables, async (principal, vars) => {
          cases++;
          const before = kind === 'mutation' ? await rowCounts() : undefined;
          const client = clients[principal];
          const r: GqlResult = await client.gql(query, vars as Record<string, unknown>);
          const status = client.lastResponse!.status;
          const outcome = r.errors?.length ? String(r.errors[0].extensions?.code) + (process.env.FUZZ_DEBUG ? ` ${field.name}: ${r.errors[0].message.slice(0, 70)}` : '') : 'OK';
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
          const internal = r.errors?.find((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR' || !e.extensions?.code);
          let problem: string | undefined;
          if (status >= 500) problem = `HTTP ${status}: ${r.errors?.[0]?.message}`;
          else if (internal) problem = `${internal.extensions?.code ?? 'no code'}: ${internal.message}`;
          else if (before && r.errors?.length && !r.data?.[field.name]) {
            const after = await rowCounts();
            const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
            if (changed.length) problem = `refused (${r.errors[0].extensions?.code}: ${r.errors[0].message}) but changed rows in ${changed.join(', ')}`;
          }
          if (problem) {
            failures.push({ operation: field.name, principal, variables: JSON.stringify(vars).slice(0, 400), problem });
            return false;
          }
          return true;
        }),
        { seed: SEED, numRuns: RUNS_PER_OPERATION, endOnFailure: true },
      );
      if (result.failed && !failures.some((f) => f.operation === field.name)) failures.push({ operation: field.name, principal: 'ANONYMOUS', variables: '', problem: String(result.errorInstance) });
    }
    // One line per failing case: operation, caller, the input (replay with FUZZ_SEED) and what went wrong.
    expect(failures.map((f) => `${f.operation} as ${f.principal}: ${f.problem} — ${f.variables}`)).toEqual([]);
    expect(cases).toBe(operations.length * RUNS_PER_OPERATION);
    // The generated input must get past validation often enough to exercise the rules and writes.
    // (Queries that only one role may use, such as evaluationToFill, are mostly refused by design.)
    console.log(`fuzz ${kind}: ${cases} cases, seed ${SEED}: ${[...outcomes].map(([k, n]) => `${k} ${n}`).join(', ')}`);
    expect((outcomes.get('OK') ?? 0) / cases).toBeGreaterThan(kind === 'query' ? 0.17 : 0.03);
  };

  it('queries: no internal error, no 5xx', fuzz('query'), 600_000);
  it('mutations: no internal error, no 5xx, refusals write nothing', fuzz('mutation'), 600_000);
});
