import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { CohortOptionsDocument, SiteOptionsDocument } from './operations';

/** Filters shared by the review queue and the placements list; the choice lives in the URL. */
export function CohortFilter({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const { data, loading, error } = useQuery(CohortOptionsDocument);
  return (
    <Select
      label="Cohort"
      placeholder={loading ? 'Loading cohorts…' : 'All cohorts'}
      data={data?.cohorts.edges.map(({ node }) => ({ value: node.id, label: `${node.code} · ${node.name}` })) ?? []}
      value={value}
      onChange={onChange}
      clearable
      searchable
      error={error ? 'Could not load cohorts' : undefined}
      w={{ base: '100%', sm: 240 }}
    />
  );
}

export function SiteFilter({ value, onChange }: { value: string | null; onChange: (id: string | null) => void }) {
  const { data, loading, error } = useQuery(SiteOptionsDocument);
  return (
    <Select
      label="Site"
      placeholder={loading ? 'Loading sites…' : 'All sites'}
      data={data?.sites.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? []}
      value={value}
      onChange={onChange}
      clearable
      searchable
      error={error ? 'Could not load sites' : undefined}
      w={{ base: '100%', sm: 240 }}
    />
  );
}
