import { startQuery, type PagePreload } from '../../app/page-preload';
import { graphql } from '../../gql';

// The first query of the student's hours pages (log hours, my hours, my progress): they and their preload
// (`preloadMyHoursPages`, started by the main chunk before a page's own chunk has arrived) share it.

/** The signed-in student's enrollments, with what logging hours needs. */
export const MyEnrollmentsDocument = graphql(`
  query MyEnrollments($studentId: ID!) {
    student(id: $studentId) {
      id
      firstName
      enrollments {
        id
        status
        enrolledOn
        cohort {
          id
          code
          name
          externshipStartDate
          externshipEndDate
        }
        placements {
          ...PlacementSummary
        }
        openClockIn {
          id
          startedAt
          placementId
          placement {
            id
            site {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** The signed-in student's enrollments, once the session check says who they are. */
export const preloadMyHoursPages: PagePreload = ({ client, me }) => {
  void me.then((user) => user?.studentId && startQuery(client, MyEnrollmentsDocument, { studentId: user.studentId }));
};
