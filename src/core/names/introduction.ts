import type { Paragraph, Speaker } from '../types';
import { escapeRegExp } from '../text';

/**
 * The page's own words about a speaker: the first sentence of the introduction (the article's
 * text before the first turn) that names them, for the sidebar's header ("Christian Drosten ist
 * Leiter der Virologie an der Charité"). Pure.
 */

/** The longest line the header shows; a longer sentence is cut at a word. */
const MAX_CHARS = 200;

/** A sentence: up to its end mark (not the dot of an abbreviation such as "Dr." or "z. B."). */
const SENTENCE = /[^.!?。！？]+(?:(?:(?<=\b(?:Dr|Prof|St|Mr|Mrs|Ms|bzw|z\. B|u\. a|ca|vgl|Nr))\.[^.!?。！？]+)*[.!?。！？]+["”“’)]*|$)/gu;

/**
 * The sentence of the introduction that says who the speaker is, or null: the first that opens
 * with their name or says "Name ist/is …", "Name, …" (an apposition); else the first naming them.
 */
export function introductionOf(paragraphs: readonly Pick<Paragraph, 'text' | 'turnId' | 'role'>[], speaker: Speaker): string | null {
  if (speaker.unnamed) return null;
  const words = speaker.name.split(/\s+/);
  const surname = words.length > 1 ? words[words.length - 1] : null;
  const forms = [speaker.name, ...(surname && surname.length >= 3 ? [surname] : [])];
  const sentences: string[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.turnId || paragraph.role === 'question' || paragraph.role === 'answer') break;
    for (const sentence of paragraph.text.match(SENTENCE) ?? []) {
      const line = sentence.replace(/\s+/g, ' ').trim();
      // A sentence that is only the name (a caption, a credit) says nothing about the person.
      if (forms.some((form) => line.includes(form)) && line.length >= speaker.name.length + 12) sentences.push(line);
    }
  }
  const describes = (line: string) => forms.some((form) => line.startsWith(form) || new RegExp(`${escapeRegExp(form)}(?:,|\\s+(?:ist|war|is|was|est|是))`, 'u').test(line));
  const line = sentences.find(describes) ?? sentences[0];
  if (!line) return null;
  return line.length <= MAX_CHARS ? line : `${line.slice(0, line.lastIndexOf(' ', MAX_CHARS - 1)).trimEnd()} …`;
}
