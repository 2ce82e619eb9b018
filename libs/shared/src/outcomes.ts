/** Employment outcomes and the markers COE and ABHES count (docs/design.md §3.8, §4.1). */
export const EmploymentRelation = { IN_FIELD: 'IN_FIELD', RELATED: 'RELATED', UNRELATED: 'UNRELATED' } as const;
export type EmploymentRelation = (typeof EmploymentRelation)[keyof typeof EmploymentRelation];

export const EMPLOYMENT_RELATION_LABELS: Record<EmploymentRelation, string> = {
  IN_FIELD: 'In field (pharmacy technician)',
  RELATED: 'Related field',
  UNRELATED: 'Unrelated field',
};

export const OutcomeMarkerKind = {
  WAITING_FOR_EXAM: 'WAITING_FOR_EXAM',
  REFUSED_EMPLOYMENT: 'REFUSED_EMPLOYMENT',
  UNAVAILABLE: 'UNAVAILABLE',
} as const;
export type OutcomeMarkerKind = (typeof OutcomeMarkerKind)[keyof typeof OutcomeMarkerKind];

export const OUTCOME_MARKER_LABELS: Record<OutcomeMarkerKind, string> = {
  WAITING_FOR_EXAM: 'Waiting to take a credentialing exam',
  REFUSED_EMPLOYMENT: 'Refused employment',
  UNAVAILABLE: 'Documented unavailable for employment',
};

/** The only reasons a graduate counts as unavailable for employment (docs/design.md §3.8). */
export const UnavailabilityReason = {
  HEALTH: 'HEALTH',
  MILITARY: 'MILITARY',
  INCARCERATION: 'INCARCERATION',
  CONTINUING_EDUCATION: 'CONTINUING_EDUCATION',
  DEATH: 'DEATH',
  PREGNANCY: 'PREGNANCY',
  FAMILY_CARE: 'FAMILY_CARE',
} as const;
export type UnavailabilityReason = (typeof UnavailabilityReason)[keyof typeof UnavailabilityReason];

export const UNAVAILABILITY_REASON_LABELS: Record<UnavailabilityReason, string> = {
  HEALTH: 'Health',
  MILITARY: 'Military service',
  INCARCERATION: 'Incarceration',
  CONTINUING_EDUCATION: 'Continuing education',
  DEATH: 'Death',
  PREGNANCY: 'Pregnancy',
  FAMILY_CARE: 'Family care',
};
