/** What `ftbench tasks` prints: every task, group, tag and preset with what it is and how it is scored. */
import { markdownTable } from 'markdown-table';
import type { CatalogEntry } from './tasks/registry.js';
import type { MissingMember } from './tasks/types.js';

type Kind<K extends CatalogEntry['kind']> = Extract<CatalogEntry, { kind: K }>;

function missingText(missing: readonly MissingMember[]): string {
  return missing.map((m) => `${m.name} (${m.reason})`).join('; ');
}

export function renderTaskCatalog(entries: readonly CatalogEntry[]): string {
  const of = <K extends CatalogEntry['kind']>(kind: K) => entries.filter((e): e is Kind<K> => e.kind === kind);
  const sections: string[] = [];
  const tasks = of('task');
  if (tasks.length > 0) {
    const rows = tasks.map((t) => [
      t.name,
      String(t.numFewshot),
      t.metrics.join(', '),
      [t.dataset.path, t.dataset.name].filter(Boolean).join(' '),
      t.dataset.split ?? '-',
      t.dataset.fewshotSplit ?? '-',
      t.about,
    ]);
    sections.push(markdownTable([['Task', 'n-shot', 'Metrics', 'Dataset', 'Split', 'Few-shot from', 'Description'], ...rows]));
  }
  const groups = of('group');
  if (groups.length > 0) {
    const rows = groups.map((g) => [g.name, String(g.tasks), g.weightBySize ? 'by size' : 'mean of members', g.members.join(', '), g.about]);
    sections.push(markdownTable([['Group', 'Tasks', 'Aggregate', 'Members', 'Description'], ...rows]));
  }
  const tags = of('tag');
  const presets = of('preset');
  if (tags.length + presets.length > 0) {
    const rows = [
      ...tags.map((t) => [t.name, 'tag', t.members.join(', '), missingText(t.missing) || '-', t.about]),
      ...presets.map((p) => [
        p.name,
        'preset',
        p.members.map((m) => `${m.name} ${m.numFewshot}-shot${m.fewshotSplit ? ` (few-shot from ${m.fewshotSplit})` : ''}`).join(', '),
        missingText(p.missing) || '-',
        p.about,
      ]),
    ];
    sections.push(markdownTable([['Name', 'Kind', 'Members', 'Not in ftbench', 'Description'], ...rows]));
  }
  return `${sections.join('\n\n')}\n\nTags and presets are lm-eval's names for several tasks; their tasks are reported one by one. ftbench tasks --json gives all of this for tools.`;
}
