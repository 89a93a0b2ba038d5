import type { Turn } from '../core/types';
import type { Command } from './keymap';

/**
 * Where a jump key leads, pure: from the current turn to the next or previous listed turn of
 * the kind the key asks for. The current turn is the last one jumped to or the one at the
 * reader's position in the article; it need not be listed itself.
 */

/** The jump commands. */
export type JumpCommand = Extract<Command, `${'next' | 'prev'}-${string}`>;

/** True for the commands that move through the turns. */
export function isJump(command: Command): command is JumpCommand {
  return command.startsWith('next-') || command.startsWith('prev-');
}

/**
 * The turn a jump leads to, or null when there is none in that direction.
 * `turns` are all turns in reading order, `listed` the ids the filter lets through.
 * j/k go from answer to answer (from question to question when only questions are listed),
 * J/K stay with the current turn's speaker, n/N go to answers that are not (fully) answers.
 */
export function jumpTarget(command: JumpCommand, turns: Turn[], listed: ReadonlySet<string>, currentId: string | null): Turn | null {
  const direction = command.startsWith('next-') ? 1 : -1;
  const current = turns.find((t) => t.id === currentId) ?? null;
  let accept: (t: Turn) => boolean;
  if (command.endsWith('non-answer')) accept = (t) => t.kind === 'answer' && t.nonAnswer !== null;
  else if (command.endsWith('same-speaker') && current) accept = (t) => t.speakerId === current.speakerId;
  else if (turns.some((t) => listed.has(t.id) && t.kind === 'answer')) accept = (t) => t.kind === 'answer';
  else accept = () => true;
  return stepTo(turns, listed, currentId, direction, accept);
}

/**
 * The next (1) or previous (-1) listed turn from the current one that the predicate accepts;
 * without a current turn, forward starts at the first turn and backward finds nothing.
 */
export function stepTo(
  turns: Turn[],
  listed: ReadonlySet<string>,
  currentId: string | null,
  direction: 1 | -1,
  accept: (t: Turn) => boolean = () => true,
): Turn | null {
  const at = currentId === null ? -1 : turns.findIndex((t) => t.id === currentId);
  if (direction === -1 && at < 0) return null;
  for (let i = at + direction; i >= 0 && i < turns.length; i += direction) {
    if (listed.has(turns[i].id) && accept(turns[i])) return turns[i];
  }
  return null;
}
