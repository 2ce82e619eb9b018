import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import * as argon2 from 'argon2';
import { addDays, ASHP_MINIMUMS, Role, todayIn } from '@ptp/shared';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { configureApp } from '../src/app.setup';
import { SessionService } from '../src/common/auth/session.service';

process.env.NODE_ENV = 'test';
process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'silent';
// The reminder job is called directly by its test; no pg-boss scheduler in tests.
process.env.JOBS_ENABLED = 'false';
// Uploads go to a throwaway folder.
process.env.PTP_DATA_DIR = process.env.PTP_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'ptp-test-data-'));

export const PASSWORD = 'correct-horse-battery';

/**
 * The zone of the programs `Harness.program` makes. The API counts days from the program's today
 * (docs/design.md), so tests do too: a UTC date is a day ahead in New York every evening.
 * Set TEST_PROGRAM_TIME_ZONE to a zone far from UTC (Pacific/Pago_Pago before 11:00 UTC,
 * Pacific/Kiritimati after 10:00 UTC) to check a change at any hour.
 */
export const HARNESS_TIME_ZONE = process.env.TEST_PROGRAM_TIME_ZONE ?? 'America/New_York';

/** The date `offset` days from today in the harness programs' zone. */
export const programDay = (offset: number): string => addDays(todayIn(HARNESS_TIME_ZONE), offset);
let passwordHash: Promise<string> | undefined;

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; fields?: { field: string; message: string }[] } }[];
}

/** The real AppModule on a random port, with small factories writing straight to the database. */
export class Harness {
  app!: INestApplication;
  ds!: DataSource;
  url!: string;

  static async start(): Promise<Harness> {
    const h = new Harness();
    const moduleRef = await Test.createTestingModule({ imports: [AppModule.forRoot()] }).compile();
    h.app = moduleRef.createNestApplication({ logger: process.env.TEST_LOG_ERRORS ? ['error'] : false });
    configureApp(h.app);
    await h.app.listen(0, '127.0.0.1');
    h.url = `${await h.app.getUrl()}/graphql`.replace('[::1]', '127.0.0.1');
    h.ds = h.app.get(DataSource);
    return h;
  }

  async stop(): Promise<void> {
    await this.app.close();
  }

  /**
   * After changing users or sessions with SQL of its own: waits until the API has heard of the change, as
   * another API copy would (its cached sessions are dropped on the trigger's notice; docs/security.md, Sessions).
   */
  authSettled(): Promise<void> {
    return this.app.get(SessionService).settled();
  }

  /** A signed-out client; `login` turns it into a signed-in one (cookie kept). */
  client(): Client {
    return new Client(this.url);
  }

  async signedIn(email: string, password = PASSWORD): Promise<Client> {
    const c = this.client();
    const r = await c.login(email, password);
    if (r.errors) throw new Error(`login failed for ${email}: ${r.errors[0].message}`);
    return c;
  }

  async user(role: Role, name = `${role.toLowerCase()} ${randomUUID().slice(0, 6)}`): Promise<{ id: string; email: string }> {
    passwordHash ??= argon2.hash(PASSWORD, { type: argon2.argon2id });
    const email = `${role.toLowerCase()}-${randomUUID()}@test.ptp`;
    const [row] = await this.ds.query(
      `INSERT INTO users (email, display_name, role, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`,
      [email, name, role, await passwordHash],
    );
    return { id: row.id as string, email };
  }

  async program(adminId: string, timeZone = HARNESS_TIME_ZONE): Promise<string> {
    const t = ASHP_MINIMUMS.ENTRY;
    const [row] = await this.ds.query(
      `INSERT INTO programs (name, level, time_zone, min_total_hours, min_weeks, min_rotations, min_single_rotation_hours)
       VALUES ($1, 'ENTRY', $6, $2, $3, $4, $5) RETURNING id`,
      [`Program ${randomUUID()}`, t.minTotalHours, t.minWeeks, t.minRotations, t.minSingleRotationHours, timeZone],
    );
    await this.ds.query(`INSERT INTO program_admins (program_id, user_id) VALUES ($1, $2)`, [row.id, adminId]);
    for (const r of t.requirements) {
      await this.ds.query(`INSERT INTO program_requirements (program_id, component, setting, min_hours) VALUES ($1, $2, $3, $4)`, [row.id, r.component, r.setting, r.minHours]);
    }
    return row.id as string;
  }

  async cohort(programId: string, instructorIds: string[] = [], code = `C-${randomUUID().slice(0, 8)}`): Promise<string> {
    const [row] = await this.ds.query(
      `INSERT INTO cohorts (program_id, code, name, start_date, expected_end_date, externship_start_date, externship_end_date)
       VALUES ($1, $2, 'Test cohort', '2026-01-05', '2026-12-18', '2026-09-01', '2026-12-11') RETURNING id`,
      [programId, code],
    );
    for (const u of instructorIds) await this.ds.query(`INSERT INTO cohort_instructors VALUES ($1, $2)`, [row.id, u]);
    return row.id as string;
  }

  /** A student enrolled in `cohortId` through the API's own mutation, optionally with a sign-in. */
  async student(
    staff: Client,
    cohortId: string,
    opts: { firstName?: string; lastName?: string; userId?: string; enrolledOn?: string } = {},
  ): Promise<{ studentId: string; enrollmentId: string }> {
    const tag = randomUUID().slice(0, 8);
    const r = await staff.gql<{ enrollStudent: { id: string; student: { id: string } } }>(
      `mutation($input: EnrollStudentInput!) { enrollStudent(input: $input) { id student { id } } }`,
      {
        input: {
          cohortId, enrolledOn: opts.enrolledOn ?? '2026-01-05', firstName: opts.firstName ?? 'Test', lastName: opts.lastName ?? `Student ${tag}`,
          email: `s-${tag}@test.ptp`, studentNumber: `T-${tag}`,
        },
      },
    );
    if (!r.data) throw new Error(`enrollStudent failed: ${r.errors?.[0].message}`);
    const studentId = r.data.enrollStudent.student.id;
    if (opts.userId) await this.ds.query(`UPDATE students SET user_id = $1 WHERE id = $2`, [opts.userId, studentId]);
    return { studentId, enrollmentId: r.data.enrollStudent.id };
  }

  async count(table: string, where = 'true', params: unknown[] = []): Promise<number> {
    const [row] = await this.ds.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${where}`, params);
    return row.n as number;
  }
}

export class Client {
  cookie: string | undefined;
  lastResponse: Response | undefined;

  constructor(private readonly url: string) {}

  async gql<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GqlResult<T>> {
    const res = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    this.lastResponse = res;
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    return (await res.json()) as GqlResult<T>;
  }

  login(email: string, password: string) {
    return this.gql<{ login: { user: { id: string; role: string } } }>(
      `mutation($input: LoginInput!) { login(input: $input) { user { id role email } } }`,
      { input: { email, password } },
    );
  }
}

export const codeOf = (r: GqlResult) => r.errors?.[0]?.extensions?.code;
