import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every change to an account or a session is announced on the `ptp_auth` channel at commit: the
 * user's id for a row, `*` for a TRUNCATE. Each API copy keeps resolved session cookies for a few
 * seconds (SESSION_CACHE_SECONDS) and drops a user's on the notice, so a sign-out, deactivation,
 * password reset or role change made anywhere (another copy, psql) holds on every copy
 * (docs/security.md, Sessions). A trigger, so no write path can forget to announce.
 */
export class AuthNotifications1796300900000 implements MigrationInterface {
  name = 'AuthNotifications1796300900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION ptp_auth_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_LEVEL = 'STATEMENT' THEN
          PERFORM pg_notify('ptp_auth', '*');
        ELSIF TG_TABLE_NAME = 'users' THEN
          PERFORM pg_notify('ptp_auth', OLD.id::text);
        ELSE
          PERFORM pg_notify('ptp_auth', OLD.user_id::text);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER users_auth_changed AFTER UPDATE OR DELETE ON users FOR EACH ROW EXECUTE FUNCTION ptp_auth_changed()`);
    await queryRunner.query(`CREATE TRIGGER users_auth_truncated AFTER TRUNCATE ON users FOR EACH STATEMENT EXECUTE FUNCTION ptp_auth_changed()`);
    await queryRunner.query(
      `CREATE TRIGGER sessions_auth_changed AFTER UPDATE OF user_id, revoked_at, expires_at, last_seen_at OR DELETE ON sessions FOR EACH ROW EXECUTE FUNCTION ptp_auth_changed()`,
    );
    await queryRunner.query(`CREATE TRIGGER sessions_auth_truncated AFTER TRUNCATE ON sessions FOR EACH STATEMENT EXECUTE FUNCTION ptp_auth_changed()`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER sessions_auth_truncated ON sessions`);
    await queryRunner.query(`DROP TRIGGER sessions_auth_changed ON sessions`);
    await queryRunner.query(`DROP TRIGGER users_auth_truncated ON users`);
    await queryRunner.query(`DROP TRIGGER users_auth_changed ON users`);
    await queryRunner.query(`DROP FUNCTION ptp_auth_changed()`);
  }
}
