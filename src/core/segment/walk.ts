import type { Block } from '../extract';
import { ADDRESS, addresses } from '../lang/address';
import { isHanCode, isLetter, LETTER, UPPER } from '../lang/letters';
import { CUES } from '../lang/cues';
import { asks, speechOf } from '../lang/speech';
import { endsWithQuestion } from '../text';
import type { Lang, Paragraph, SegmentLang, Turn } from '../types';
import type { SegmentOptions } from './index';
import type { ParsedLabel } from './labels';
import { hasMark, isQuestionLike, questionText, type QuestionStyle } from './question-style';
import type { SpeakerDraft, SpeakerRegistry } from './speakers';

/**
 * Pass 2 of segmentation: paragraphs to turns. A label opens a turn; so does a question set
 * apart in the page's question style (its answer, when it stands in the same paragraph, becomes
 * a paragraph of its own). An unlabelled paragraph continues the turn, or after a question opens
 * the answer of the interviewee who answered last; narration ends the turn and hands the floor
 * to the speaker it names. After the last question, the answer ends where the text stops being
 * it: a heading, a credit, a note on the text, a paragraph set apart otherwise.
 */

export interface LabelledBlock {
  parsed: ParsedLabel;
  speaker: SpeakerDraft;
}

interface TurnDraft {
  turn: Turn;
  texts: string[];
}

/** Elements that are never part of a turn (headings, unless they are the questions; captions). */
const NON_TURN_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGCAPTION', 'CAPTION']);

/**
 * A paragraph in a caption's or a footnote's class ("wp-caption-text", "img-desc", "legende",
 * SPIP's "spip_doc_titre", "easy-footnote-single") is no turn.
 */
const CAPTION_CLASS =
  /(?:^|[\s_-])(?:wp-caption-text|caption|credit|bildunterschrift|legende|légende|footnote|footnotes|endnote|endnotes|(?:img|image|pic|photo|picture)[-_]?(?:desc|description|caption|text|note)|doc[-_](?:titre|descriptif))(?:$|[\s_-])/i;

/**
 * A link to related reading inside the text: "Lesen Sie auch: …", "Read more: …", "Lire aussi |
 * …", "关联阅读：…", "Mehr zum Thema Fusion im Oberland"; or to the text's next page ("Weiter auf Seite 2: …").
 */
const RELATED = /^(?:(?:Lesen Sie auch|Mehr zum Thema|Auch interessant|Read more|Related|See also|Also read|Lire aussi|À lire aussi|À écouter aussi|À voir aussi|Leia também|Leia mais|Veja também|Lea también|Lee también|Ver también|Leggi anche|Vedi anche|相关阅读|关联阅读|延伸阅读|推荐阅读|延伸閱讀|相關閱讀)\s*[:：|]|Mehr zum Thema\s|(?:Weiter auf Seite|Fortsetzung auf Seite|Continued on page|Continue reading on page|Suite (?:en )?page|Continúa en la página)\s*\d)/iu;

/** A caption under a picture, pointed at with a triangle or an arrow (WeChat's "▲ 工作室的耳环"). */
const CAPTION_MARK = /^[▲△↑]/u;

/** A caption that ends in its picture's credit, as Chinese captions do: "…（受访者供图）", "…记者 王芳 摄". */
const CAPTION_CREDIT = /(?:供图|摄)[)）]?$/u;

/** The page asking its reader to act: "Want to get involved? Visit …", "Interesse? Schreiben Sie an …". */
const CALL_TO_ACTION =
  /^(?:Want to|Interested|Would you like to|Keen to|Have a (?:question|story)|Lust|Interesse|Möchten Sie|Wollen Sie|Sie möchten)[^?]{0,60}\?\s*(?:Visit|Call|Email|E-mail|Contact|Find|Head|Go to|Sign up|Join|Write|Besuchen|Rufen|Schreiben|Melden|Informieren|Mehr)\b/iu;

/** The longest centred line read as a caption where it ends no sentence. */
const CENTRED_CAPTION_MAX = 60;
/** The largest share of a page's blocks centred for a centred line to stand out as a caption. */
const CENTRED_SHARE_MAX = 0.3;
const SENTENCE_END = /[.!?。！？…」』"“”»)）]$/u;

/** A reply's first word: "Ja, …", "No.", "Oui !", "对，…". */
const REPLY_OPENING = /^(?:(?:Ja|Nein|Jein|Yes|No|Yeah|Nope|Oui|Non|Sí)(?![\p{L}])|(?:对|是的|没错|不是|当然)[，,。！!])/u;

/** The dash that opens a turn in dialogue ("— Merci, Lou."). */
const DIALOGUE_DASH = /^[—–]\s*/;

/** The longest quotation set as a heading that is read as a subhead, not as the speaker's words. */
const QUOTED_HEADLINE_MAX = 60;

/** A short line of a fact box after the interview: one word, a colon, the fact. */
const FACT_LINE = /^\p{Lu}[\p{L}-]{1,24}\s*[:：]\s*\S/u;
const FACT_LINE_MAX = 80;

/** A line that marks a cut: "……", "[…]", "(...)". */
const GAP_MARK = /^[[(（]?(?:…+|\.{3,})[\])）]?$/u;

/** A line that says the text ends: "—— END ——", "- Ende -", "（全文完）". */
const END_MARK = /^[\s\-—–_=*·•~（(]*(?:END|THE END|Ende|ENDE|Fin|FIN|全文完|本期完|本文完|完)[\s\-—–_=*·•~）)]*$/u;

/** An address before what is said ("Frau Marquardt, "): a title and up to three words before a comma. */
const ADDRESS_OPENING = new RegExp(`^(?:[${UPPER}][${LETTER}.'’-]*\\s+){0,3}[${UPPER}][${LETTER}'’-]*\\s*,\\s*`);

/**
 * A caption: a paragraph that ends with the photo's credit ("... Foto: Jens Büttner / dpa"),
 * or is one ("Beitragsbild: Lena Ott", a blog's featured image). The German compounds are
 * named one by one: "Vorbild: meine Mutter" ends an answer, not a caption.
 */
const PHOTO_CREDIT =
  /(?:Foto|Fotos|Bild|Photo|Photos|Photograph|Image|Credit|Credits|Quelle|(?:Beitrags|Titel|Aufmacher|Header|Symbol|Vorschau|Teaser)(?:bild|foto)|Bildquelle|Bildnachweis|Fotonachweis|Bildrechte|图片|图|摄影)\s*[:：]\s*[^.!?。]{2,60}$/u;

/** How far into its paragraph a photo credit may start: a longer paragraph is text with a credit at its end. */
const PHOTO_CREDIT_START = 300;

/**
 * A caption under a picture: by its class ("wp-caption-text", "img-desc"), a mark pointing up
 * ("▲ …"), a credit at its end ("…（受访者供图）", "… Foto: Jens Büttner"), or, where centred lines
 * stand out, a short centred line that ends no sentence ("青禾新材董事长周立新").
 */
function isCaption(block: Block, centredStandsOut: boolean): boolean {
  const { text } = block;
  if (CAPTION_CLASS.test(block.className) || CAPTION_MARK.test(text) || CAPTION_CREDIT.test(text) || isPhotoCredit(text)) return true;
  return block.centred === true && centredStandsOut && text.length <= CENTRED_CAPTION_MAX && !SENTENCE_END.test(text);
}

/**
 * A photo credit at the end of a short paragraph (searched for, not tried at every start: the
 * search skips to its first letters). A paragraph without a colon, most of them, has none.
 */
function isPhotoCredit(text: string): boolean {
  if (!text.includes(':') && !text.includes('：')) return false;
  const match = PHOTO_CREDIT.exec(text);
  return match !== null && match.index <= PHOTO_CREDIT_START;
}

/**
 * A statement put to the interviewee: a short sentence of two words or more ("That sounds
 * lonely."), not a subhead; the caller leaves out one that speaks as I or we (an answer set in
 * bold for emphasis).
 */
function isStatement(text: string): boolean {
  // Two words or more; Han text, which has no spaces, four characters ("有人说，房价企稳是…").
  const long = isHanCode(text.charCodeAt(0)) ? text.length >= 4 : text.split(/\s+/).length >= 2;
  return text.length <= STATEMENT_MAX && /[.!…。！]["“”»]?$/.test(text) && long;
}


/** Longest paragraph read as the interviewer's statement between questions. */
const STATEMENT_MAX = 240;

/** Longest paragraph that can be narration introducing a quote ("... rief Altman zurück:"). */
const NARRATION_MAX = 300;

/** Longest unlabelled paragraph read as the interviewer's closing thanks. */
const THANKS_MAX = 200;

/** Longest reply to the closing thanks; after a longer paragraph the interview is over. */
const CLOSING_REPLY_MAX = 80;

/** Longest line ending in a colon that announces what follows the interview ("Weiterführende Links:"). */
const LIST_INTRO_MAX = 80;

/** Share of the answers' paragraphs in italics above which italics are the answers' style, not notes. */
const ITALIC_ANSWERS = 0.5;

/** "I" in a line ending with a colon is a speaker announcing a list, not narration ("we" may be the reporter's). */
const FIRST_PERSON_SINGULAR: Record<Lang, RegExp> = {
  en: /\b(?:I|I'm|I've|I'd|I'll|me|my)\b/,
  de: /\b(?:ich|mich|mir|mein\w*)\b/i,
  zh: /我(?!们)/,
};

/** Pass 2: paragraphs to turns. `style`: the unlabelled questions' mark, or null. */
/**
 * `lines`: the blocks that hold only a speaker's label, which the block under each carries
 * (`attachSpeakerLines`): in no turn.
 */
export function walkTurns(
  blocks: Block[],
  labels: (LabelledBlock | null)[],
  registry: SpeakerRegistry,
  style: QuestionStyle | null,
  options: SegmentOptions,
  lines: ReadonlySet<number> = new Set(),
) {
  const lang = options.lang;
  const speech = speechOf(lang);
  const cues = lang ? CUES[lang] : null;
  const turns: TurnDraft[] = [];
  const paragraphs: Paragraph[] = [];
  const sources: number[] = [];
  const firstInterviewee = labels.find((l) => l?.speaker.role === 'interviewee')?.speaker ?? null;
  const isStyled = (block: Block) => style !== null && !CAPTION_TAGS.has(block.tag) && hasMark(block, style.mark);
  /**
   * Where the last question that asks stands: after its answer the text may stop being the
   * interview, and a paragraph set apart like the questions that asks nothing ("Die SIEGESSÄULE
   * braucht weiterhin Eure Hilfe!") is the page's again, not the interviewer's.
   */
  let lastQuestionAt = -1;
  blocks.forEach((block, i) => {
    if (labels[i]?.speaker.role === 'interviewer' || (style !== null && isStyled(block) && asks(questionText(block, style.mark), lang))) lastQuestionAt = i;
  });
  const italicAnswers = italicShare(blocks, labels, isStyled) > ITALIC_ANSWERS;
  const quotesAnswers = quotedAnswerShare(blocks, labels, isStyled, lastQuestionAt) >= QUOTED_ANSWERS;
  // The labelled questions are wholly bold: a bold question that lost its label ("**Wat verdienen
  // je medewerkers nu?**" among "**V: …**") is still the interviewer's.
  const asked = blocks.filter((_, i) => labels[i]?.speaker.role === 'interviewer');
  const boldLabelledQuestions = asked.length >= 2 && asked.filter((b) => b.allBold).length * 2 > asked.length;
  const lastLabelAt = labels.findLastIndex((l) => l !== null);
  const labelledThroughout = everyParagraphLabelled(blocks, labels, lines, lastLabelAt);

  let current: TurnDraft | null = null;
  let lastQuestion: TurnDraft | null = null;
  let lastInterviewee: SpeakerDraft | null = null;
  let pending: SpeakerDraft | null = null;
  let started = false;
  let ended = false;
  /** The last block was a heading no one says, or a list item under one: a list item now is the box's. */
  let boxList = false;
  /** Centred lines stand out only where most are not centred (some WeChat posts centre every paragraph). */
  const centredStandsOut = blocks.filter((b) => b.centred).length <= blocks.length * CENTRED_SHARE_MAX;
  const speakerOf = (draft: TurnDraft | null) => (draft ? (registry.drafts.find((d) => d.id === draft.turn.speakerId) ?? null) : null);
  /** An unlabelled paragraph that addresses the interviewee by name is said to them (lang/address.ts). */
  const saidTo = (speaker: SpeakerDraft | null, text: string) =>
    speaker !== null && speaker.role === 'interviewee' && lang !== null && lang in ADDRESS && addresses(text, addressNames(speaker), lang as Lang);
  const answerer = () => lastInterviewee ?? firstInterviewee ?? registry.introduced();

  /** A paragraph of the article: block `i`, or the part of it from `start` on. */
  const paragraph = (i: number, text: string, label: string | null, start = 0): number => {
    const offset = blocks[i].offset + start;
    const para: Paragraph = { text, label, role: 'other', turnId: null };
    if (offset > 0) para.offset = offset;
    paragraphs.push(para);
    sources.push(i);
    return paragraphs.length - 1;
  };
  const open = (speaker: SpeakerDraft | null, kind: Turn['kind'], text: string, p: number) => {
    const id = `t${turns.length + 1}`;
    if (kind === 'answer' && speaker) lastInterviewee = speaker;
    const draft: TurnDraft = {
      turn: { id, speakerId: speaker?.id ?? null, kind, text: '', nonAnswer: null, questionId: kind === 'question' ? id : (lastQuestion?.turn.id ?? null), paragraphs: [] },
      texts: [],
    };
    turns.push(draft);
    if (kind === 'question') lastQuestion = draft;
    current = draft;
    add(draft, text, p);
  };
  const add = (draft: TurnDraft, text: string, p: number) => {
    if (text) draft.texts.push(text);
    draft.turn.paragraphs.push(p);
    paragraphs[p].role = draft.turn.kind;
    paragraphs[p].turnId = draft.turn.id;
  };
  const ask = (text: string, p: number) => {
    const cur = current as TurnDraft | null;
    // A question over two paragraphs: the first one did not ask yet.
    if (cur && cur.turn.kind === 'question' && speakerOf(cur)?.role === 'interviewer' && !endsWithQuestion(cur.texts.at(-1) ?? '') && !isThanks(cur.texts.at(-1) ?? '')) add(cur, text, p);
    else open(registry.interviewer(null), 'question', text, p);
  };
  // Thanks may follow an address ("Frau Marquardt, vielen Dank und alles Gute.") or a dialogue dash ("— Merci, Lou.").
  const isThanks = (raw: string) => {
    const text = raw.replace(DIALOGUE_DASH, '');
    return speech !== null && text.length <= THANKS_MAX && (speech.thanks.test(text) || speech.thanks.test(text.replace(ADDRESS_OPENING, '')));
  };

  blocks.forEach((block, i) => {
    const underHeading = boxList && block.tag === 'LI';
    boxList = false;
    const labelled = labels[i];
    if (lines.has(i)) {
      paragraph(i, block.text, null);
      return;
    }
    if (labelled) {
      started = true;
      ended = false;
      pending = null;
      const kind = labelled.speaker.role === 'interviewer' ? 'question' : 'answer';
      open(labelled.speaker, kind, labelled.parsed.rest, paragraph(i, block.text, labelled.parsed.above ? null : (labelled.parsed.written ?? labelled.parsed.label)));
      return;
    }
    if (style && isStyled(block)) {
      const question = questionText(block, style.mark);
      const lead = question.length < block.text.length ? question.length : 0;
      // A question, or a statement put to the interviewee between the questions ("Dann müsste die
      // Schule später anfangen."): after the last question that asks, only a question in a
      // paragraph with its answer, or the interviewer's thanks that close the interview.
      // A centred line is a caption's or a pull quote's, not a statement put to anyone; nor is a
      // scene set like the questions that speaks of the interviewee and not to them ("Hörmann
      // hebt das Fernglas und sagt eine ganze Weile nichts.").
      const statement =
        started &&
        !block.centred &&
        isStatement(question) &&
        !speech?.firstPerson.test(question) &&
        !(speaksOf(question, answerer()) && !speech?.secondPerson.test(question));
      const asking = (isQuestionLike(question, lang) || statement) && (i <= lastQuestionAt || lead > 0);
      if (asking || (started && !ended && isThanks(question))) {
        started = true;
        ended = false;
        pending = null;
        ask(question, paragraph(i, question, null));
        if (lead) {
          const answer = block.text.slice(lead).trim();
          open(answerer(), 'answer', answer, paragraph(i, answer, null, block.text.length - answer.length));
        }
        return;
      }
      // Set apart like the questions, but speaks as I or we inside an answer: the answer, set in
      // bold for emphasis.
      const cur = current as TurnDraft | null;
      if (cur?.turn.kind === 'answer' && !ended && speech?.firstPerson.test(block.text)) {
        add(cur, block.text, paragraph(i, block.text, null));
        return;
      }
      // Set apart like the questions, but asks nothing: a teaser or subhead; after the last
      // question's answer, the end of the interview.
      paragraph(i, block.text, null);
      if (started && i > lastQuestionAt) ended = true;
      const speaking = speakerOf(current as TurnDraft | null);
      pending = speaking?.role === 'interviewee' ? speaking : null;
      current = null;
      return;
    }
    const p = paragraph(i, block.text, null);
    // A sentence in quotation marks set as a heading inside an answer: the speaker's words set
    // apart. A quote as short as a headline is the editors' subhead quoting them (« Ce sont les
    // préfectures qui ont gagné »), in no turn.
    if (HEADING_TAGS.has(block.tag) && block.text.length > QUOTED_HEADLINE_MAX && isQuoted(block.text) && current !== null && !ended) {
      const cur = current as TurnDraft;
      if (cur.turn.kind === 'answer') add(cur, block.text, p);
      else open(answerer(), 'answer', block.text, p);
      return;
    }
    // A horizontal rule after the last question's answer: what follows is the page's.
    if (block.afterRule && started && i > lastQuestionAt) ended = true;
    // A quotation in a blockquote, where the questions are not set so: a pull quote, in no turn
    // (the answer around it goes on after it); so is a link to related reading.
    // Not where the answer introduced it ("Le curé y écrit, en marge de janvier :"): the speaker quotes.
    const introduced = (current as TurnDraft | null)?.turn.kind === 'answer' && /[:：]$/.test((current as TurnDraft | null)?.texts.at(-1) ?? '');
    const pullQuote = block.quoted === true && style?.mark !== 'quote' && isQuoted(block.text) && !introduced;
    // A list of facts between the turns ("Developer: Hollowgate Studio", "Price: $24.99"), or a
    // list right under a heading that no one says ("Gut zu wissen", then its points): a box's.
    const fact = block.tag === 'LI' && block.text.length <= FACT_LINE_MAX && FACT_LINE.test(block.text);
    // A short quotation set wholly in bold where the questions are not bold: the editors' subhead
    // quoting the speaker ("“我这双手，跟不上电子表了”").
    const boldQuote = block.allBold && style?.mark !== 'bold' && block.text.length <= QUOTED_HEADLINE_MAX && isQuoted(block.text);
    if (underHeading || fact || pullQuote || boldQuote || RELATED.test(block.text) || NON_TURN_TAGS.has(block.tag) || isCaption(block, centredStandsOut)) {
      // A heading after the last question's answer ends the interview.
      if (started && i > lastQuestionAt && HEADING_TAGS.has(block.tag)) ended = true;
      boxList = HEADING_TAGS.has(block.tag) || underHeading;
      return;
    }
    // "—— END ——": whatever follows is the page's, not the interview's.
    if (END_MARK.test(block.text)) {
      if (started) ended = true;
      return;
    }
    // "……", "[…]": a cut in a transcript, said by no one.
    if (GAP_MARK.test(block.text)) return;
    if (!started || ended) return;
    if (boldLabelledQuestions && block.allBold && endsWithQuestion(block.text) && i < lastLabelAt) {
      ask(block.text, p);
      return;
    }
    // Where every paragraph of the interview carries its speaker's label (a transcript), an
    // unlabelled one after the last label is the page's ("Seitenweise gibt es auch bei Spotify").
    if (labelledThroughout && i > lastLabelAt) {
      ended = true;
      current = null;
      return;
    }
    const cur = current as TurnDraft | null;
    // The interviewer's unlabelled closing thanks ("Vielen Dank für das Gespräch!").
    if (cur?.turn.kind === 'answer' && isThanks(block.text)) {
      ask(block.text, p);
      return;
    }
    // Where the answers are quotations ("“三十一年。…”"), a paragraph that is none is the
    // writer's narration between them: the floor stays with the one who answered.
    if (quotesAnswers && !QUOTE_OPENING.test(block.text)) {
      paragraphs[p].role = 'narration';
      const speaking = speakerOf(cur);
      pending = speaking?.role === 'interviewee' ? speaking : (pending ?? lastInterviewee);
      current = null;
      return;
    }
    // Narration; the speaker it names is searched for only where it can matter.
    const note = !italicAnswers && isEditorsNote(block);
    const named = note || introducesQuote(block, lang) ? registry.mentionedIn(block.text) : null;
    // Narration hands the floor to an interviewee it names; the interviewer does not answer.
    const mentioned = named?.role === 'interviewee' ? named : null;
    // After the last question, a note that names no one is the page's ("… tour the UK in December:").
    const closingNote = note && mentioned === null && i > lastQuestionAt;
    if (closingNote) {
      ended = true;
      current = null;
      return;
    }
    if (note || mentioned !== null) {
      paragraphs[p].role = 'narration';
      const speaking = speakerOf(cur);
      pending = mentioned ?? (speaking?.role === 'interviewee' ? speaking : lastInterviewee);
      current = null;
      return;
    }
    if (i > lastQuestionAt && isAfterword(block, cues?.afterword ?? null, italicAnswers, style, registry)) {
      ended = true;
      current = null;
      return;
    }
    if (!cur) {
      if (pending) open(pending, 'answer', block.text, p);
      pending = null;
      return;
    }
    if (cur.turn.kind === 'question') {
      const last = cur.texts.at(-1) ?? '';
      // After the closing thanks, only a short reply ("Gerne.", "Thanks for having me.") is still the interview.
      if (i > lastQuestionAt && isThanks(last) && block.text.length > CLOSING_REPLY_MAX) {
        ended = true;
        current = null;
        return;
      }
      const who = answerer();
      // The one who asked goes on: a question over two paragraphs, words said to the
      // interviewee, or words about them ("Darnell Price is the district's general manager"):
      // nobody answers by naming themselves in the third person.
      // A reply ("Ja, und zwar …") or words as I or we to no one answer, whatever they ask in passing.
      const replies = REPLY_OPENING.test(block.text) || (speech !== null && speech.firstPerson.test(block.text) && !speech.secondPerson.test(block.text));
      const continues =
        !last ||
        (!endsWithQuestion(last) && endsWithQuestion(block.text) && !isThanks(last) && !replies) ||
        saidTo(who, block.text) ||
        (who !== null && !who.unnamed && opensWithThirdPerson(block.text, who));
      if (continues) add(cur, block.text, p);
      else open(who, 'answer', block.text, p);
      return;
    }
    // "Herr Drosten, ich sage für heute vielen Dank.": the one who asked speaks again.
    if (saidTo(speakerOf(cur), block.text)) {
      open(speakerOf(lastQuestion) ?? registry.interviewer(null), 'question', block.text, p);
      return;
    }
    // The reply to the closing thanks ("Thank you both.") is the last word: what follows it
    // unlabelled is the page's ("Load Path is produced by …").
    if (i > lastQuestionAt && cur.texts.length > 0 && lastQuestion !== null && isThanks(lastQuestion.texts.at(-1) ?? '')) {
      ended = true;
      current = null;
      return;
    }
    add(cur, block.text, p);
  });

  return {
    turns: turns.map(({ turn, texts }) => {
      const text = texts.join('\n\n');
      // An interviewer's turn that asks nothing ("Aus China.") is a remark, not a question.
      // The draft's turn is finished in place (no copy per turn): `text` keeps its place among the keys.
      turn.text = text;
      if (turn.kind === 'question' && !isQuestionLike(text, lang)) turn.remark = true;
      return turn;
    }),
    paragraphs,
    sources,
  };
}

const HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);

/** An opening quotation mark. */
const QUOTE_OPENING = /^["“„«»‚‘「『]/;

/** Share of the paragraphs between the questions that must open with a quotation mark for the answers to be quotations. */
const QUOTED_ANSWERS = 0.6;

/** Fewest such paragraphs. */
const QUOTED_ANSWERS_MIN = 3;

/**
 * The share of the unlabelled paragraphs from the first question to the last (and the one after
 * it) that open with a quotation mark: a feature that quotes its answers and narrates between
 * them; 0 where fewer than `QUOTED_ANSWERS_MIN` do.
 */
function quotedAnswerShare(blocks: Block[], labels: (LabelledBlock | null)[], isStyled: (b: Block) => boolean, lastQuestionAt: number): number {
  const first = blocks.findIndex((b, i) => labels[i]?.speaker.role === 'interviewer' || isStyled(b));
  if (first < 0) return 0;
  let quoted = 0;
  let all = 0;
  for (let i = first + 1; i <= Math.min(lastQuestionAt + 1, blocks.length - 1); i++) {
    if (labels[i] || isStyled(blocks[i]) || NON_TURN_TAGS.has(blocks[i].tag)) continue;
    all++;
    if (QUOTE_OPENING.test(blocks[i].text)) quoted++;
  }
  return quoted >= QUOTED_ANSWERS_MIN ? quoted / all : 0;
}

/** Fewest labelled paragraphs that make a convention of labelling every paragraph. */
const LABELLED_THROUGHOUT_MIN = 6;

/** A stage note, wholly in brackets: "[Musik]", "(Pause)", "［笑］". */
const STAGE_NOTE = /^[[(（［][^\])）］]*[\])）］]$/u;

/**
 * Every paragraph between the first label and the last carries one (headings, captions, stage
 * notes and label lines aside): the page labels each paragraph, so a paragraph without one is not speech.
 */
function everyParagraphLabelled(blocks: Block[], labels: (LabelledBlock | null)[], lines: ReadonlySet<number>, last: number): boolean {
  let count = 0;
  const first = labels.findIndex((l) => l !== null);
  for (let i = first; i >= 0 && i <= last; i++) {
    if (labels[i]) count++;
    else if (!lines.has(i) && !NON_TURN_TAGS.has(blocks[i].tag) && !STAGE_NOTE.test(blocks[i].text)) return false;
  }
  return count >= LABELLED_THROUGHOUT_MIN;
}

/** Wrapped in quotation marks. */
function isQuoted(text: string): boolean {
  return QUOTE_OPENING.test(text) && /["“”«»‘’」』]$/.test(text);
}

/** The title and captions: never a turn, whatever the style, and they end nothing. */
const CAPTION_TAGS = new Set(['H1', 'FIGCAPTION', 'CAPTION']);

/** Fewest paragraphs in italics that make italics the answers' setting (two are an editor's notes). */
const ITALIC_ANSWERS_MIN = 3;

/** Share of the unlabelled, plain paragraphs between the questions that are in italics. */
function italicShare(blocks: Block[], labels: (LabelledBlock | null)[], isStyled: (b: Block) => boolean): number {
  let plain = 0;
  let italic = 0;
  // From the first turn on: an introduction in italics says nothing of how the answers are set.
  const first = blocks.findIndex((block, i) => labels[i] !== null || isStyled(block));
  blocks.forEach((block, i) => {
    if (i <= first || labels[i] || isStyled(block) || NON_TURN_TAGS.has(block.tag)) return;
    plain++;
    if (block.allItalic) italic++;
  });
  return plain && italic >= ITALIC_ANSWERS_MIN ? italic / plain : 0;
}

/**
 * A paragraph after the last question that is not the answer: a credit or note on the text
 * ("*Interview: ...", "Das Interview wurde ... geführt"), a line that announces a list of links
 * ("Weiterführende Links:"), a speaker introduced in the third person ("Jan Kegelberg am
 * 21. Mai ..."), or a paragraph set apart where the answers are plain (italic, bold).
 */
function isAfterword(block: Block, afterword: RegExp | null, italicAnswers: boolean, style: QuestionStyle | null, registry: SpeakerRegistry): boolean {
  const text = block.text;
  if (/^[*†]/.test(text) || afterword?.test(text)) return true;
  if (/[:：]$/.test(text) && text.length < LIST_INTRO_MAX) return true;
  // A fact box's line: "Gründung: 2023 in Köln", "Team: 48 Mitarbeitende".
  if (text.length <= FACT_LINE_MAX && FACT_LINE.test(text)) return true;
  if (CALL_TO_ACTION.test(text)) return true;
  if (block.allItalic && !italicAnswers) return true;
  if (block.allBold && style?.mark !== 'bold') return true;
  // A speaker introduced in the third person: the interviewee's bio, the interviewer's ("Daniel Ferris covers the waterfront").
  return registry.drafts.some((d) => !d.unnamed && opensWithThirdPerson(text, d));
}

/** The text names the speaker, not as an address ("Hörmann hebt das Fernglas", not "Herr Hörmann, …"). */
function speaksOf(text: string, speaker: SpeakerDraft | null): boolean {
  if (!speaker || speaker.unnamed) return false;
  // A plain search, not a pattern per name: a pattern with Unicode classes costs much to compile.
  return addressNames(speaker).some((name) => {
    if (name.length < MIN_MENTION_CHARS) return false;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (!isLetter(text[at - 1]) && !isLetter(text[end]) && !/^\s*,/.test(text.slice(end))) return true;
    }
    return false;
  });
}

/** Shortest name form looked for in a scene line. */
const MIN_MENTION_CHARS = 3;

/** The text opens with the speaker's name, not as an address ("Jan Kegelberg am 21. Mai ..."). */
function opensWithThirdPerson(text: string, speaker: SpeakerDraft): boolean {
  const opening = text.slice(0, speaker.name.length + 2);
  return opening.startsWith(speaker.name) && !/^[,:：]/.test(text.slice(speaker.name.length).trimStart());
}

/*
 * Narration inside the interview: an editor's note in italics or brackets, or a short line
 * that names a speaker in the third person and introduces a quote ("Nachdem er aufgelegt
 * hatte, rief Altman ein paar Minuten später zurück:"). Two tests, so that `walkTurns` looks
 * for the speaker named only in lines that can introduce a quote.
 */

/** An editor's note: in italics (and not a question), or in brackets. */
function isEditorsNote(block: Block): boolean {
  if (block.allItalic && !endsWithQuestion(block.text)) return true;
  return /^[[(（【].*[\])）】]$/.test(block.text) && block.text.length < NARRATION_MAX;
}

/** A short line that ends in a colon and does not say "I": narration if it names a speaker. */
function introducesQuote(block: Block, lang: SegmentLang | null): boolean {
  const singular = lang && lang in FIRST_PERSON_SINGULAR ? FIRST_PERSON_SINGULAR[lang as Lang] : null;
  return block.text.length <= NARRATION_MAX && /[:：]$/.test(block.text) && !(singular?.test(block.text) ?? false);
}

/** The names a speaker may be addressed by: the full name, every label form, first and last name. */
export function addressNames(speaker: SpeakerDraft): string[] {
  const parts = speaker.name.split(/[\s·•・]+/).filter(Boolean);
  return [speaker.name, ...speaker.forms, ...(parts.length > 1 ? [parts[0], parts[parts.length - 1]] : [])];
}
