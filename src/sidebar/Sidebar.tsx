import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Analysis, DetectionEvidence, Turn } from '../core/types';
import { MIN_WIDTH, type Side } from '../settings/settings';
import { AssumedNote } from './AssumedNote';
import { ContextList } from './ContextList';
import { ExportBar } from './ExportBar';
import { commandForKey, isEditable, type Command } from './keymap';
import { LiveRegion } from './LiveRegion';
import { isJump, jumpTarget } from './navigation';
import { NoInterview } from './NoInterview';
import { Outline } from './Outline';
import { ResizeHandle } from './ResizeHandle';
import { scrollIntoContainer } from './scroll-into-container';
import { searchHits, searchPattern, type SearchHit } from './search';
import { SearchBar } from './SearchBar';
import { ShortcutSheet } from './ShortcutSheet';
import { Interviewees } from './Interviewees';
import { SidebarHeader } from './SidebarHeader';
import { SpeakerChips } from './SpeakerChips';
import { outlineEntries, questionGroups, turnKind, type Filter } from './state';
import type { Strings } from './strings';
import { Summary } from './Summary';
import { TurnList } from './TurnList';
import { speakerName, type CommandSource, type IntervieweeLine, type SidebarActions } from './types';
import type { SummaryPort } from '../page/summary-port';

/** Props of {@link Sidebar}. */
export interface SidebarProps {
  analysis: Analysis;
  /** Set when the reader asked to read the page as an interview anyway: the page's own verdict. */
  declined: DetectionEvidence | null;
  actions: SidebarActions;
  t: Strings;
  side: Side;
  width: number;
  /** The widest the window allows now (the resize handle's end). */
  maxWidth: number;
  /** The window is wide and the page makes room: the sidebar sits beside it, not over it. */
  docked: boolean;
  /** Overlaying, it stepped aside for a paragraph the reader jumped to (its launcher stands in). */
  tucked: boolean;
  /** Single-key shortcuts on (the options page switches them). */
  shortcuts: boolean;
  /** The turn the reader is at: the last jumped to, or the one at the reading line. */
  currentTurnId: string | null;
  /** The jump keys heard in the page while the sidebar is open. */
  commands: CommandSource;
  /** Take the focus when shown (the reader opened it); never on page load. */
  focusOnMount: boolean;
  /** The reader's speaker filter and search, kept by the owner so they outlast closing the sidebar. */
  filter: Filter;
  onFilter: (filter: Filter) => void;
  /** Who is interviewed, named in the header with a line each. */
  interviewees: IntervieweeLine[];
  /** Wikipedia summaries for an interviewee the page does not describe; null offers none. */
  summaries: SummaryPort | null;
}

/** How long a copy's confirmation stays next to the buttons. */
const STATUS_MS = 2500;

/**
 * The sidebar: header, search and export, summary of non-answers, speaker filters, outline,
 * the turns, the context. Everything it does to the page goes through `actions`. On a page
 * not taken for an interview: why, and the offer to read it as one anyway.
 */
export function Sidebar(props: SidebarProps) {
  const { analysis, actions, t, currentTurnId, filter, onFilter: setFilter } = props;
  const [helpOpen, setHelpOpen] = useState(false);
  const [message, setMessage] = useState('');
  const [status, setStatus] = useState('');
  /** The match Enter stepped to last; it stops counting once the search or filter no longer finds it. */
  const [stepped, setStepped] = useState<SearchHit | null>(null);
  const asideRef = useRef<HTMLElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  /** Set by a jump: bring the current turn into the list's view (and the focus along, if it was on a turn). */
  const follow = useRef<{ focus: boolean } | null>(null);

  const ctx = useMemo(() => ({ analysis, actions, t }), [analysis, actions, t]);
  const pattern = useMemo(() => searchPattern(filter.query), [filter.query]);
  const groups = useMemo(() => questionGroups(analysis, filter), [analysis, filter]);
  const listed = useMemo(() => groups.flatMap((g) => (g.question ? [g.question, ...g.answers] : g.answers)), [groups]);
  const hits = useMemo(() => searchHits(analysis, listed, pattern), [analysis, listed, pattern]);
  const currentHit = stepped ? hits.findIndex((h) => h.paragraph === stepped.paragraph && h.start === stepped.start) : -1;
  const outline = useMemo(() => outlineEntries(analysis.turns), [analysis]);
  const current = analysis.turns.find((turn) => turn.id === currentTurnId) ?? null;
  const currentQuestionId = current ? (current.kind === 'question' ? current.id : (current.questionId ?? null)) : null;
  const count = pattern ? { matches: hits.length, current: currentHit } : null;

  /** Says it to screen readers, even when it is the same as last time. */
  const announce = (text: string) => setMessage((previous) => (previous === text ? `${text}\u00a0` : text));

  const jump = (turn: Turn) => {
    const active = (asideRef.current?.getRootNode() as ShadowRoot | null)?.activeElement;
    follow.current = { focus: !!active?.matches('[data-testid=turn]') };
    actions.jumpToTurn(turn.id);
    const sameKind = listed.some((l) => l.id === turn.id) ? listed : analysis.turns;
    const kind = turnKind(turn);
    const ofKind = sameKind.filter((l) => turnKind(l) === kind);
    const speaker = analysis.speakers.find((s) => s.id === turn.speakerId);
    announce(t('announceTurn', speakerName(speaker, t), t(`kind_${kind}`), ofKind.indexOf(turn) + 1, ofKind.length));
  };
  const jumpTo = (turnId: string) => {
    const turn = analysis.turns.find((x) => x.id === turnId);
    if (turn) jump(turn);
  };

  const copy = async (run: () => Promise<boolean>, done: string) => {
    const text = (await run()) ? done : t('copyFailed');
    setStatus(text);
    announce(text);
  };

  /**
   * Enter and Shift+Enter: the next or previous match, round the end. The first step goes from
   * the reader's place: to the first match in or after the current turn, or the last before it.
   */
  const stepSearch = (direction: 1 | -1) => {
    if (hits.length === 0) return;
    let next = currentHit;
    if (next >= 0) next = (next + direction + hits.length) % hits.length;
    else {
      const order = new Map(analysis.turns.map((turn, i) => [turn.id, i]));
      const here = order.get(currentTurnId ?? '') ?? -1;
      const at = (hit: SearchHit) => order.get(hit.turnId) ?? -1;
      next = direction === 1 ? hits.findIndex((hit) => at(hit) >= here) : hits.findLastIndex((hit) => at(hit) < here);
      if (next < 0) next = direction === 1 ? 0 : hits.length - 1;
    }
    follow.current = { focus: false };
    setStepped(hits[next]);
    actions.showMatch(hits[next]);
  };

  const closeHelp = () => {
    setHelpOpen(false);
    asideRef.current?.querySelector<HTMLElement>('[data-testid=help]')?.focus();
  };

  const run = (command: Command) => {
    if (isJump(command)) {
      const target = jumpTarget(command, analysis.turns, new Set(listed.map((turn) => turn.id)), currentTurnId);
      if (target) jump(target);
      else announce(t('noFurther'));
      return;
    }
    if (command === 'search') {
      searchRef.current?.focus();
      searchRef.current?.select();
    } else if (command === 'help') {
      if (helpOpen) closeHelp();
      else setHelpOpen(true);
    } else if (command === 'copy-link') {
      const turnId = currentTurnId ?? listed[0]?.id;
      if (turnId) void copy(() => actions.copyTurnLink(turnId), t('linkCopied'));
    } else if (command === 'escape') {
      if (helpOpen) closeHelp();
      else actions.close();
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    const target = event.composedPath()[0] as Element | undefined;
    if (event.key !== 'Escape' && isEditable(target)) return;
    const command = commandForKey(event, 'sidebar', props.shortcuts);
    if (!command) return;
    event.preventDefault();
    run(command);
  };

  const runRef = useRef(run);
  runRef.current = run;
  useEffect(() => props.commands.subscribe((command) => runRef.current(command)), [props.commands]);

  useEffect(() => {
    if (props.focusOnMount) asideRef.current?.focus();
  }, []);

  useEffect(() => {
    const body = bodyRef.current;
    const wanted = follow.current;
    if (!wanted || !body || !currentTurnId) return;
    follow.current = null;
    const button = body.querySelector<HTMLElement>(`[data-turn="${CSS.escape(currentTurnId)}"]`);
    if (!button) return;
    scrollIntoContainer(body, button);
    // Aside, the focus stays on the launcher; the turn gets it when the sidebar comes back.
    if (wanted.focus && !props.tucked) button.focus();
  }, [currentTurnId]);

  useEffect(() => actions.markMatches(hits), [actions, hits]);
  useEffect(() => () => actions.markMatches([]), [actions]);

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(''), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);

  return (
    <aside
      ref={asideRef}
      class={`il-sidebar il-sidebar--${props.side}${props.docked ? ' il-sidebar--docked' : ''}${props.tucked ? ' il-sidebar--tucked' : ''}`}
      style={{ width: `${props.width}px` }}
      aria-label={t('appName')}
      tabIndex={-1}
      data-testid="sidebar"
      onKeyDown={onKeyDown}
    >
      <ResizeHandle label={t('resize')} side={props.side} width={props.width} min={MIN_WIDTH} max={props.maxWidth} onResize={actions.resize} />
      <SidebarHeader t={t} side={props.side} onSwitchSide={actions.switchSide} onHelp={() => run('help')} onClose={actions.close}>
        {analysis.isInterview && props.interviewees.length > 0 && <Interviewees t={t} people={props.interviewees} summaries={props.summaries} />}
      </SidebarHeader>
      {analysis.isInterview && (
        <div class="il-tools">
          <SearchBar t={t} query={filter.query} count={count} inputRef={searchRef} onQuery={(query) => setFilter({ ...filter, query })} onStep={stepSearch} />
          <ExportBar
            t={t}
            status={status}
            onCopyMarkdown={() => void copy(actions.copyMarkdown, t('copied'))}
            onCopyJson={() => void copy(actions.copyJson, t('copied'))}
          />
        </div>
      )}
      <div class="il-body" ref={bodyRef}>
        {analysis.title && <h1 class="il-title">{analysis.title}</h1>}
        {analysis.detection.kind === 'assumed' && <AssumedNote t={t} declined={props.declined} />}
        {analysis.isInterview ? (
          <>
            <Summary ctx={ctx} filter={filter} onJump={jumpTo} />
            <SpeakerChips ctx={ctx} filter={filter} onChange={setFilter} />
            <Outline t={t} entries={outline} currentId={currentQuestionId} onJump={jumpTo} />
            <TurnList
              ctx={ctx}
              groups={groups}
              pattern={pattern}
              currentHit={currentHit >= 0 ? hits[currentHit] : null}
              currentId={currentTurnId}
              onJump={jumpTo}
              onCopyLink={(turnId) => void copy(() => actions.copyTurnLink(turnId), t('linkCopied'))}
            />
            {analysis.entities.length > 0 && <ContextList ctx={ctx} />}
          </>
        ) : (
          <NoInterview t={t} detection={analysis.detection} asked={props.declined !== null} onReadAnyway={actions.readAsInterview} />
        )}
      </div>
      {helpOpen && <ShortcutSheet t={t} enabled={props.shortcuts} onClose={closeHelp} />}
      <LiveRegion message={message} />
    </aside>
  );
}
