import type { WorkshopModel } from './model';
import { bestRouteComparison, comparisonText, decidedByText, groupRoute, votesText } from './route';
import type { WorkshopSession } from './session';
import { optionLetter } from './votes';
import { formatDateTime, isoDay } from '../text/dates';
import { countOf } from '../text/plural';

const RATING = { best: 'beste uitkomst', goed: 'goede uitkomst', matig: 'matige uitkomst', zwak: 'zwakke uitkomst' } as const;

/** Escapes the characters Markdown would read as markup in content text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/([\\`*_[\]<>#|])/g, '\\$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The session summary as Markdown: the route the group took with the votes at
 * every decision, the outcome, the best route for comparison and the notes the
 * trainer typed. `date` is when the summary is made.
 */
export function summaryMarkdown(model: WorkshopModel, session: WorkshopSession, date: Date): string {
  const { plan } = model;
  const { module, scenario } = plan;
  const when = formatDateTime(date);
  const lines: string[] = [
    `# Workshop ${module.code}: ${escapeMarkdown(module.title)}`,
    '',
    `Samenvatting van de sessie, gemaakt op ${when}.`,
    '',
    `**Leervraag:** ${escapeMarkdown(module.learningQuestion)}`,
    '',
    `## Scenario: ${escapeMarkdown(scenario.title)}`,
    '',
  ];

  const route = groupRoute(model, session);
  const end = model.positionAfter(session.path, session.path.length);
  const ending = end.phase === 'ending' ? model.node(end.nodeId)?.ending : undefined;
  lines.push(
    ending
      ? `**Uitkomst:** ${escapeMarkdown(ending.title)} (${RATING[ending.rating]}).`
      : `Het scenario is niet afgemaakt. De groep nam ${countOf(route.length, 'beslissing', 'beslissingen')}.`,
    '',
    '### De route van de groep',
    '',
  );
  if (route.length === 0) lines.push('De groep heeft nog geen beslissing genomen.', '');
  for (const record of route) {
    lines.push(`${record.index + 1}. **${escapeMarkdown(record.node.title)}**`);
    record.options.forEach((option, i) => {
      const count = record.tally.rows[i]?.count ?? 0;
      const text = `${optionLetter(i)}. ${escapeMarkdown(option.label)}: ${votesText(count)}`;
      lines.push(option.id === record.choice.id ? `   - **${text} (gevolgd)**` : `   - ${text}`);
    });
    lines.push(`   - ${decidedByText(record)} Totaal: ${votesText(record.tally.total)}.`);
  }
  if (route.length) lines.push('');

  const comparison = bestRouteComparison(model, session);
  lines.push('### Vergelijking met de beste route', '', comparisonText(comparison.divergeAt, comparison.reachedBest), '');
  for (const row of comparison.rows) {
    lines.push(
      `${row.index + 1}. ${escapeMarkdown(row.node.title)}: ${escapeMarkdown(row.choice.label)} (${row.same ? 'zelfde keuze als de groep' : 'anders dan de groep'})`,
    );
  }
  lines.push('', '## Notities van de trainer', '');

  const written = plan.sections.filter((s) => (session.notes[s.id] ?? '').trim());
  if (written.length === 0) lines.push('Er zijn geen notities gemaakt.', '');
  for (const section of written) {
    // The trainer's own words stay as typed: they may contain their own Markdown.
    lines.push(`### ${escapeMarkdown(section.title)}`, '', session.notes[section.id]!.trim(), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The file name for a downloaded summary, e.g. "workshop-a1-2027-03-12.md". */
export function summaryFileName(model: WorkshopModel, date: Date): string {
  return `workshop-${model.plan.module.code.toLowerCase()}-${isoDay(date)}.md`;
}
