/** The lower-cased text that the public search matches words against. */
export function searchTextOf(o: {
  title: string;
  summary: string;
  description: string;
  skills: readonly string[];
  careerCluster?: string | null;
  partnerName: string | null;
}): string {
  return [o.title, o.summary, o.description, o.skills.join(' '), o.careerCluster ?? '', o.partnerName ?? '']
    .join('\n')
    .toLowerCase();
}
