import { placementMinutesSql } from '../hours/progress.sql';

/** What an evaluation's due date and evaluator depend on, per placement. */
export interface PlacementRow {
  id: string;
  program_id: string;
  enrollment_id: string;
  start_date: string;
  end_date: string;
  planned_hours: number;
  time_zone: string;
  hours: number;
  preceptor_user_id: string | null;
  student_user_id: string | null;
  student_name: string;
  site_name: string;
  evaluations: Record<string, { id: string; status: string }> | null;
}

/**
 * The placement facts every slot needs, for the placements `where` selects (alias pl). Hours logged
 * are the placement's approved plus pending minutes (`placementMinutesSql`), as progress counts them.
 */
export const PLACEMENT_SQL = (where: string) => `
  SELECT pl.id, pl.program_id, pl.enrollment_id, pl.start_date::text AS start_date, pl.end_date::text AS end_date,
         pl.planned_hours::float AS planned_hours, p.time_zone, pr.user_id AS preceptor_user_id, st.user_id AS student_user_id,
         st.first_name || ' ' || st.last_name AS student_name, si.name AS site_name,
         (SELECT (m.approved_minutes + m.pending_minutes)::float / 60 FROM (${placementMinutesSql('pl.enrollment_id', 'pl.id')}) m) AS hours,
         (SELECT jsonb_object_agg(ev.kind, jsonb_build_object('id', ev.id, 'status', ev.status)) FROM evaluations ev WHERE ev.placement_id = pl.id) AS evaluations
    FROM placements pl
    JOIN programs p ON p.id = pl.program_id
    JOIN preceptors pr ON pr.id = pl.preceptor_id
    JOIN sites si ON si.id = pl.site_id
    JOIN enrollments en ON en.id = pl.enrollment_id
    JOIN students st ON st.id = en.student_id
   WHERE ${where}
   ORDER BY pl.end_date, pl.id`;
