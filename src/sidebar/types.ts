import type { Analysis, Speaker } from '../core/types';
import type { Strings } from './strings';

/** The only ways the sidebar reaches the page. */
export interface SidebarActions {
  /** Scrolls the article to the turn's paragraphs and highlights them. */
  jumpToTurn(turnId: string): void;
  /** Scrolls to a paragraph (context mentions). */
  jumpToParagraph(index: number): void;
  close(): void;
}

export interface SidebarContext {
  analysis: Analysis;
  actions: SidebarActions;
  t: Strings;
}

/** A speaker's name as the UI shows it (the unnamed interviewer in the UI's language). */
export function speakerName(speaker: Speaker | null | undefined, t: Strings): string {
  if (!speaker) return t.unknownSpeaker;
  return speaker.id === 'interviewer' && speaker.name === 'Interviewer' ? t.interviewer : speaker.name;
}
