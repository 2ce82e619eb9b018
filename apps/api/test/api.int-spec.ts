/*
 * The integration suites, run against the real AppModule over HTTP on a real PostgreSQL.
 * They are loaded from this one file because @nestjs/graphql keeps type metadata in module-level
 * registries: booting the app again from a second Jest module registry in the same process fails
 * schema generation ("Cannot determine a GraphQL output type"). One registry, many apps, works.
 */
import './auth.suite';
import './security.suite';
import './scope.suite';
import './records.suite';
import './roster.suite';
import './hours.suite';
import './hour-paths.suite';
import './progress-rules.suite';
import './statements.suite';
import './outcomes.suite';
import './compliance.suite';
import './compliance-rules.suite';
import './competency.suite';
import './reports.suite';
import './report-exports.suite';
import './status-integrity.suite';
import './accounts.suite';
import './notifications.suite';
import './notification-reminders.suite';
import './import.suite';
import './api-tokens.suite';
import './sso.suite';
import './rules.suite';
import './record.suite';
import './evaluations.suite';
import './integrity.suite';
import './web-operations.suite';
import './bad-input.suite';
import './fuzz.suite';
