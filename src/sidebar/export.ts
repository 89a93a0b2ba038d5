import type { Analysis } from '../core/types';
import { reasonKey, type Strings } from './strings';
import { speakerName } from './types';

/**
 * The interview to take away, pure: Markdown for reading and notes, JSON for tools (the
 * CLI's contract: the Analysis object as `interview-lens analyze` prints it).
 */

/** What the page says about itself beyond the analysis. */
export interface ExportSource {
  /** The page's address, without the fragment. */
  url: string;
  /** The publication date (YYYY-MM-DD) when the page states one. */
  date: string | null;
}

/** The analysis as the CLI prints it. */
export function toJson(analysis: Analysis): string {
  return `${JSON.stringify(analysis, null, 2)}\n`;
}

/**
 * The interview as Markdown: title, source link and date, then every turn with its speaker's
 * label, each non-answer noted under its answer with the reason and the quote.
 */
export function toMarkdown(analysis: Analysis, source: ExportSource, t: Strings): string {
  const speakers = new Map(analysis.speakers.map((s) => [s.id, s]));
  const lines: string[] = [`# ${escapeMarkdown(analysis.title || source.url)}`, ''];
  lines.push(`${t('exportSource')}: <${source.url.replace(/>/g, '%3E')}>  `);
  if (source.date) lines.push(`${t('exportPublished')}: ${source.date}  `);
  lines.push('');
  for (const turn of analysis.turns) {
    const label = speakerName(speakers.get(turn.speakerId ?? ''), t);
    const paragraphs = turn.text.split(/\n\s*\n/).map((p) => escapeMarkdown(p.replace(/\s+/g, ' ').trim()));
    lines.push(`**${escapeMarkdown(label)}:** ${paragraphs[0] ?? ''}`, '');
    for (const paragraph of paragraphs.slice(1)) lines.push(paragraph, '');
    if (turn.nonAnswer) {
      lines.push(`> *${t('exportNonAnswer')} (${t(reasonKey(turn.nonAnswer.reason))}):* “${escapeMarkdown(turn.nonAnswer.evidence)}”`, '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * Page text made inert in Markdown: the characters that format inline are escaped, and so
 * are the markers that would open a heading, quote, list or rule at the start of a line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|]/g, '\\$&')
    .replace(/^(\s*)([#>+-])(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');
}
