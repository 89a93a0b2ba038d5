import type { Analysis, Speaker } from '../core/types';
import type { TextSpan } from '../page/text-range';
import type { Side } from '../settings/settings';
import type { Command } from './keymap';
import type { SearchHit } from './search';
import type { Strings } from './strings';

/**
 * What the sidebar needs of the live page, and nothing more. The content script passes its
 * page bridge (src/page/page-bridge.ts), which has these methods; the sidebar never touches
 * the page's DOM itself.
 */
export interface PagePort {
  /** Scrolls the article to the paragraphs and highlights them briefly; says where they stand across the window. */
  showParagraphs(indices: number[]): Extent | null;
  /** Highlights the search's matches; an empty list clears them (and the current one). */
  markMatches(spans: readonly TextSpan[]): void;
  /** Scrolls one match to the middle of the view and highlights it as the current one; null clears. */
  showMatch(span: TextSpan | null): void;
  /**
   * Reports the paragraph at the reader's reading line as they scroll (-1 above the article),
   * not the ones a jump scrolls past; returns the stop function.
   */
  watchReading(onParagraph: (index: number) => void): () => void;
  /** Pushes the page's content aside to make room for the sidebar; width 0 gives the room back. */
  reserveRoom(side: Side, width: number): void;
  /**
   * Shows what the lens marks in the article while the sidebar is open (the context underlines,
   * a jump's highlight), or takes it all away while it is closed.
   */
  showMarks(shown: boolean): void;
}

/** An interviewee as the header names them: with a one-line description, and where it is from. */
export interface IntervieweeLine {
  name: string;
  /** From the knowledge base or the page's introduction; null when neither says (Wikipedia may, when asked). */
  description: string | null;
  source: 'knowledge' | 'page' | null;
}

/** Where something stands across the window: viewport px from its left edge. */
export interface Extent {
  left: number;
  right: number;
}

/** The only ways the sidebar components reach outside themselves. */
export interface SidebarActions {
  /** Scrolls the article to the turn's paragraphs and highlights them. */
  jumpToTurn(turnId: string): void;
  /** Scrolls to a paragraph (context mentions). */
  jumpToParagraph(index: number): void;
  /** Highlights the search's matches in the article; an empty list clears them. */
  markMatches(hits: readonly SearchHit[]): void;
  /** Makes a match of the search the current place: its turn the current turn, the match scrolled into view. */
  showMatch(hit: SearchHit): void;
  /** Collapses the sidebar to the launcher. */
  close(): void;
  /** Moves the sidebar to the other edge of the window. */
  switchSide(): void;
  /** Resizes the sidebar; `done` when the drag or key press is over (then it is remembered). */
  resize(width: number, done: boolean): void;
  /** Copies the interview as Markdown; false when the clipboard refused. */
  copyMarkdown(): Promise<boolean>;
  /** Copies the analysis as JSON; false when the clipboard refused. */
  copyJson(): Promise<boolean>;
  /** Copies a link that opens the original article at the turn; false when refused. */
  copyTurnLink(turnId: string): Promise<boolean>;
  /** The reader's call on a page not taken for an interview: the lens reads it as one anyway. */
  readAsInterview(): void;
}

/** Commands heard outside the sidebar's own tree (the jump keys pressed in the page). */
export interface CommandSource {
  /** Calls back with each command until the returned function is called. */
  subscribe(run: (command: Command) => void): () => void;
}

/** What every component of the sidebar reads. */
export interface SidebarContext {
  analysis: Analysis;
  actions: SidebarActions;
  t: Strings;
}

/**
 * A speaker's name as the UI shows it: the page's name, or for a speaker the page never names
 * their role in the UI's language ("Interviewpartner" in German where the core says "Interviewee").
 */
export function speakerName(speaker: Speaker | null | undefined, t: Strings): string {
  if (!speaker) return t('unknownSpeaker');
  if (speaker.unnamed) return t(speaker.role === 'interviewer' ? 'interviewer' : 'interviewee');
  return speaker.name;
}
