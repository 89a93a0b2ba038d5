/**
 * The knowledge base: every entry of the data files, in one array.
 * This is the only module that imports the JSON files, so that the content script can load
 * the whole base lazily with one dynamic `import()` and pages that need no context pay nothing.
 */
import type { KnowledgeEntry } from './schema';
import people from './people.json';
import organisations from './organisations.json';
import terms from './terms.json';
import events from './events.json';

/** All entries: people, organisations, terms, events (in that order). */
export const knowledgeBase: KnowledgeEntry[] = [
  ...(people as KnowledgeEntry[]),
  ...(organisations as KnowledgeEntry[]),
  ...(terms as KnowledgeEntry[]),
  ...(events as KnowledgeEntry[]),
];
