import { describe, expect, it } from 'vitest';
import { isNameShaped, parseLabel } from '../../../../src/core/segment';
import type { Block } from '../../../../src/core/extract';
import { attribution, page, segmentHtml } from '../../support/html';

const block = (text: string, boldLead = ''): Block => ({ text, tag: 'P', boldLead, allBold: false, allItalic: false, className: '', offset: 0 });

/** Filler sentences so that Readability takes the page for an article. */
const INTRO = '<p>This conversation took place last week in Berlin, over two hours and several cups of coffee; it has been edited for length and clarity, and the speakers have checked their quotes.</p>';

describe('parseLabel', () => {
  it.each([
    ['Sam Altman: The board...', 'Sam Altman', 'name'],
    ['Altman: Ja.', 'Altman', 'name'],
    ['Mira Murati： 我们不知道。', 'Mira Murati', 'name'],
    ['F: Warum?', 'F', 'interviewer'],
    ['Frage 3: Und dann?', 'Frage 3', 'interviewer'],
    ['问：为什么？', '问', 'interviewer'],
    ['记者：你好吗？', '记者', 'interviewer'],
    ['Antwort: Ja.', 'Antwort', 'answer'],
    ['答：是的。', '答', 'answer'],
    ['[00:07:45] Ana Ruiz: Right.', 'Ana Ruiz', 'name'],
    ['ZEIT: Herr Meier?', 'ZEIT', 'name'],
    ['Dana Whitfield (Northwind Labs): We ship in May.', 'Dana Whitfield', 'name'],
    ['王小明（星河科技副总裁）：我们今年很忙。', '王小明', 'name'],
    ['RENEE HOLLOWAY, HOST: This is The Basin Report.', 'RENEE HOLLOWAY', 'name'],
    ['Speaker 2 (00:14): Thanks, Dana.', 'Speaker 2', 'name'],
    ['A.-S. B. : En grande partie, oui.', 'A.-S. B.', 'name'],
    ['华东证券报：公司今年的目标是什么？', '华东证券报', 'name'],
    ['王　芳：小时候家里穷。', '王芳', 'name'],
    ['记 者：您是怎么开始的？', '记者', 'interviewer'],
  ])('reads %s', (text, label, type) => {
    expect(parseLabel(block(text))).toMatchObject({ label, type });
  });

  it.each(['Olive oil (cold-pressed): 2 tbsp', 'Olive oil: 2 tbsp', 'Adresse: Hauptstraße 5', '价格：5999 元', 'Altman told reporters: no.', 'Die Antwort: nein', 'https://example.org', 'At 10:30 we met.'])(
    'finds no speaker label in %s',
    (text) => expect(parseLabel(block(text))).toBeNull(),
  );

  it.each([
    ['Marcus Bell  00:00:04', 'Marcus Bell', 'timestamp'],
    ['Marcus Bell (00:04)', 'Marcus Bell', 'timestamp'],
    ['INTERVIEWER', 'INTERVIEWER', 'capitals'],
    ['Priya Nandakumar:', 'Priya Nandakumar', 'colon'],
  ])('reads %s as a label on a line of its own', (text, label, line) => {
    expect(parseLabel(block(text))).toMatchObject({ label, line, rest: '' });
  });

  it("reads a label on a block's first line, the speech on the lines under it", () => {
    const quist: Block = { ...block('QUIST Because I could afford it.'), firstLine: 'QUIST' };
    expect(parseLabel(quist)).toMatchObject({ label: 'QUIST', line: 'capitals', rest: 'Because I could afford it.' });
    expect(parseLabel({ ...block('At 10:30 we met. Then we left.'), firstLine: 'At 10:30' })).toBeNull();
  });

  it("takes the site's own name for a label in the case it writes it (taz:)", () => {
    expect(parseLabel(block('tageskurier: Warum schließt der Kreißsaal?'), undefined, 'tageskurier')).toMatchObject({ label: 'tageskurier', type: 'name' });
    expect(parseLabel(block('tageskurier: Warum schließt der Kreißsaal?'))).toBeNull();
  });

  it('reads a role letter with a period and a dash (R. – …) without the dash', () => {
    expect(parseLabel(block('R. – Parce que le port ferme.'))).toMatchObject({ label: 'R', type: 'answer', rest: 'Parce que le port ferme.' });
    expect(parseLabel(block('A.-B. Müller sagte das.'))).toBeNull();
  });

  it("reads a radio transcript's role after the name as one who asks, a guest's as not", () => {
    expect(parseLabel(block('RENEE HOLLOWAY, HOST: This is The Basin Report.'))).toMatchObject({ label: 'RENEE HOLLOWAY', asks: true, rest: 'This is The Basin Report.' });
    expect(parseLabel(block('DARNELL PRICE, GUEST: Morning.'))?.asks).toBeUndefined();
  });

  it('knows a bold label from a plain one', () => {
    expect(parseLabel(block('Murati: No.', 'Murati'))?.bold).toBe(true);
    expect(parseLabel(block('Murati: No.'))?.bold).toBe(false);
  });
});

describe('isNameShaped', () => {
  it.each(['Sam Altman', 'Lena Vogt-Hartmann', "Adam D'Angelo", 'Ursula von der Leyen', '李明', '山姆·奥特曼', 'ZEIT'])('%s is', (l) => expect(isNameShaped(l)).toBe(true));
  it.each(['Olive oil', 'My take', 'the board', 'One two three four five'])('%s is not', (l) => expect(isNameShaped(l)).toBe(false));
});

describe('segment', () => {
  it('reads labels split across tags, colons outside bold, timestamps and zero-width characters', () => {
    const seg = segmentHtml(
      page(`${INTRO}
      <p><b>Q:</b> What happened on Friday?</p>
      <p><b>Mu</b><b>rati:</b> We don't know yet, and we will find out.</p>
      <p><b>Q:</b> And on Saturday?</p>
      <p><strong>Murati</strong>: The board called.</p>
      <p>[00:07:45] <b>Q:</b> Who called first?</p>
      <p>[00:07:52] <b>\u200bMurati\u200e:</b> Some members of the board did.</p>`),
    );
    expect(attribution(seg)).toEqual([
      'question Interviewer: What happened on Friday?',
      "answer Murati: We don't know yet, and w",
      'question Interviewer: And on Saturday?',
      'answer Murati: The board called.',
      'question Interviewer: Who called first?',
      'answer Murati: Some members of the boar',
    ]);
  });

  it('merges the forms of one name and takes the fullest', () => {
    const seg = segmentHtml(
      page(`${INTRO}
      <p><b>ZEIT:</b> Frau Vogt-Hartmann, Herr Meier, warum jetzt?</p>
      <p><b>Lena Vogt-Hartmann:</b> Weil wir endlich so weit sind.</p>
      <p><b>Jonas Albrecht Meier:</b> Und weil es sich lohnt.</p>
      <p><b>ZEIT:</b> Wirklich?</p>
      <p><b>Vogt-Hartmann:</b> Ja.</p>
      <p><b>Jonas:</b> Ja, wirklich.</p>`, { lang: 'de' }),
    );
    expect(seg.speakers.map((s) => [s.name, s.role])).toEqual([
      ['ZEIT', 'interviewer'],
      ['Lena Vogt-Hartmann', 'interviewee'],
      ['Jonas Albrecht Meier', 'interviewee'],
    ]);
    expect(seg.speakers[1].aliases).toContain('Vogt-Hartmann');
    expect(seg.speakers[2].aliases).toContain('Jonas');
  });

  it('takes a misspelt label for the known speaker and a new name for a new speaker', () => {
    const seg = segmentHtml(
      page(`<p>OpenAI-CEO Sam Altman und CTO Mira Murati sprachen mit uns über die vergangene Woche, über den Vorstand und über die Zukunft des Unternehmens.</p>
      <p><b>F:</b> Warum?</p><p><b>Altman:</b> Das ist für sie eine bessere Antwort.</p>
      <p><b>F:</b> Hat der Vorstand Sie gebeten?</p><p><b>Altmann:</b> Ja.</p>
      <p><b>F:</b> Und die Sicherheit?</p><p><b>Murati:</b> Nein. Das hat nichts mit Sicherheit zu tun.</p>`, { lang: 'de' }),
    );
    expect(seg.speakers.map((s) => s.name)).toEqual(['Interviewer', 'Sam Altman', 'Mira Murati']);
    expect(seg.speakers[1].aliases).toEqual(expect.arrayContaining(['Altman', 'Altmann']));
  });

  it('gives an unlabelled answer to the interviewee who answered last, and continues turns', () => {
    const seg = segmentHtml(
      page(`${INTRO}
      <p><b>Q:</b> First question?</p><p><b>Ana Ruiz:</b> First answer.</p><p>It goes on here.</p>
      <p><b>Q:</b> Second question?</p><p>An unlabelled answer.</p>`),
    );
    expect(attribution(seg)).toEqual([
      'question Interviewer: First question?',
      'answer Ana Ruiz: First answer.',
      'answer Ana Ruiz: It goes on here.',
      'question Interviewer: Second question?',
      'answer Ana Ruiz: An unlabelled answer.',
    ]);
    expect(seg.turns.map((t) => t.kind)).toEqual(['question', 'answer', 'question', 'answer']);
  });

  it('keeps narration out of the turns and gives the quote after it to the speaker it names', () => {
    const seg = segmentHtml(
      page(`${INTRO}
      <p><b>Q:</b> What did you learn?</p><p><b>Ana Ruiz:</b> Let's talk about it later.</p>
      <p>After we hung up, Ruiz called back a few minutes later:</p>
      <p>I learned that the team can work without me.</p>`),
    );
    expect(seg.paragraphs.find((p) => p.text.startsWith('After we hung up'))?.role).toBe('narration');
    expect(attribution(seg).at(-1)).toMatch(/^answer Ana Ruiz: I learned that the team/);
    expect(seg.turns).toHaveLength(3);
  });

  it('reads The Verge house style: bold questions, names only when the speaker changes', () => {
    const seg = segmentHtml(
      page(`${INTRO}
      <p><strong>Why were you fired?</strong></p><p><strong>Sam Altman:</strong> The board will review it.</p>
      <p><strong>Why did the board lose trust?</strong></p><p>That's a better question for them.</p>
      <p><strong>Will safety change?</strong></p><p><strong>Mira Murati:</strong> No.</p>
      <p><strong>Was it Q*?</strong></p><p><strong>Sam Altman:</strong> No comment.</p>`),
      'https://www.theverge.com/2023/11/29/x',
    );
    expect(seg.convention).toBe('bold-questions+name-labels');
    expect(attribution(seg)).toEqual([
      'question Interviewer: Why were you fired?',
      'answer Sam Altman: The board will review it',
      'question Interviewer: Why did the board lose t',
      "answer Sam Altman: That's a better question",
      'question Interviewer: Will safety change?',
      'answer Mira Murati: No.',
      'question Interviewer: Was it Q*?',
      'answer Sam Altman: No comment.',
    ]);
  });

  it('tells the interviewer from the guest when both are named', () => {
    const seg = segmentHtml(
      page(`${INTRO}
      <p>Korinna Hennig: Herr Drosten, wie geht es weiter?</p><p>Christian Drosten: Das wissen wir noch nicht.</p>
      <p>Korinna Hennig: Und die Schulen?</p><p>Christian Drosten: Die bleiben vorerst offen.</p>
      <p>Korinna Hennig: Danke. Was raten Sie?</p><p>Christian Drosten: Abstand halten.</p>`, { lang: 'de' }),
    );
    expect(seg.speakers.map((s) => [s.name, s.role])).toEqual([
      ['Korinna Hennig', 'interviewer'],
      ['Christian Drosten', 'interviewee'],
    ]);
  });
});

describe('interviews as the web writes them', () => {
  const INTRO_EN = '<p>We spoke with the bander Rosemary Achterberg on a bench behind the hut, between two net rounds, about birds, dates and the long Saturdays of autumn on the cape.</p>';

  it('parts a bold question from its answer in one paragraph, the answer pointing into the element', () => {
    const seg = segmentHtml(
      page(`${INTRO_EN}
      <p><b>How did you get into banding?</b> Through a very bad first date.</p>
      <p><b>What happens at a station?</b> We put up nets before sunrise.</p>
      <p><b>Does it stress the birds?</b> A little, and I won’t pretend otherwise.</p>`),
    );
    expect(attribution(seg)).toEqual([
      'question Interviewer: How did you get into ban',
      'answer Rosemary Achterberg: Through a very bad first',
      'question Interviewer: What happens at a statio',
      'answer Rosemary Achterberg: We put up nets before su',
      'question Interviewer: Does it stress the birds',
      'answer Rosemary Achterberg: A little, and I won’t pr',
    ]);
    const answer = seg.paragraphs.findIndex((p) => p.text.startsWith('Through'));
    expect(seg.paragraphs[answer].offset).toBe('How did you get into banding? '.length);
    expect(seg.sources[answer]).toBe(seg.sources[answer - 1]);
  });

  it('takes a statement between the questions for the interviewer’s, and marks a turn that asks nothing as a remark', () => {
    const seg = segmentHtml(
      page(`${INTRO_EN}
      <p><b>Why birds?</b></p><p>Because of a date.</p>
      <p><b>That sounds lonely.</b></p><p>It is, and I like it.</p>
      <p><b>What next?</b></p><p>More nets.</p>
      <p><b>And after that?</b></p><p>Sleep.</p>`),
    );
    const questions = seg.turns.filter((t) => t.kind === 'question');
    expect(questions.map((t) => [t.text, Boolean(t.remark)])).toEqual([
      ['Why birds?', false],
      ['That sounds lonely.', true],
      ['What next?', false],
      ['And after that?', false],
    ]);
  });

  it('ends the interview after the last answer where the text stops being it: a credit, a link list, a promotion', () => {
    const seg = segmentHtml(
      page(`${INTRO_EN}
      <p><b>Why birds?</b></p><p>Because of a date.</p>
      <p><b>What next?</b></p><p>More nets.</p>
      <p><b>And then?</b></p><p>Sleep, I think.</p>
      <p>*Interview: Gwen Talbot</p><p><b>Related stories:</b></p><p>Ten birds to know this autumn</p>`),
    );
    expect(attribution(seg).at(-1)).toBe('answer Rosemary Achterberg: Sleep, I think.');
    expect(seg.speakers.find((s) => s.role === 'interviewer')?.name).toBe('Gwen Talbot');
  });

  it("reads questions set in blockquotes (a newsletter's Q&A), the answers plain under them", () => {
    const seg = segmentHtml(
      page(`<p>Gwen Harrow founded the Barnfield festival in 1998; I asked her about barns, bands and neighbours as it turns thirty this summer.</p>
      <blockquote><p>How did it begin?</p></blockquote><p>In a barn, with three bands.</p>
      <blockquote><p>What has changed?</p></blockquote><p>We have toilets now.</p>
      <blockquote><p>Will you ever stop?</p></blockquote><p>When the barn falls down.</p>`),
    );
    expect(seg.turns.map((t) => [t.kind, t.text])).toEqual([
      ['question', 'How did it begin?'],
      ['answer', 'In a barn, with three bands.'],
      ['question', 'What has changed?'],
      ['answer', 'We have toilets now.'],
      ['question', 'Will you ever stop?'],
      ['answer', 'When the barn falls down.'],
    ]);
  });

  it('reads a cut ("……") as no one\'s words and a fact box after the last answer as the page\'s', () => {
    const seg = segmentHtml(
      page(`<p>Die Imkerin Lena Ott betreut seit zwanzig Jahren Bienenvölker am Stadtrand und bildet Nachwuchs aus; wir haben mit ihr über den Sommer gesprochen.</p>
      <p><b>Frau Ott, wie war der Sommer?</b></p><p>Trocken, aber gut.</p><p>……</p><p>Die Völker sind stark.</p>
      <p><b>Und der Winter?</b></p><p>Ruhig.</p><p><b>Was kommt als Nächstes?</b></p><p>Der Frühling.</p>
      <p>Gründung: 2009 in Kassel</p><p>Völker: 40</p>`, { lang: 'de' }),
    );
    expect(seg.turns.filter((t) => t.kind === 'answer').map((t) => t.text)).toEqual(['Trocken, aber gut.\n\nDie Völker sind stark.', 'Ruhig.', 'Der Frühling.']);
  });

  it("reads a list under a heading between the turns as the box's, and a list after a question as the answer", () => {
    const seg = segmentHtml(
      page(`<p>Die Imkerin Lena Ott betreut seit zwanzig Jahren Bienenvölker am Stadtrand und bildet Nachwuchs aus; wir haben mit ihr über den Sommer gesprochen.</p>
      <p><b>Frau Ott, wie war der Sommer?</b></p><p>Trocken, aber gut.</p>
      <div class="info"><h3>Gut zu wissen</h3><ul><li>Die Stadt zahlt Zuschüsse für Bienenhotels.</li><li>Kurse gibt es im Frühjahr.</li></ul></div>
      <p><b>Was braucht ein Volk?</b></p><ul><li>Ich sage immer: Platz.</li><li>Und Ruhe.</li></ul>
      <p><b>Was kommt als Nächstes?</b></p><p>Der Winter.</p>`, { lang: 'de' }),
    );
    expect(seg.turns.filter((t) => t.kind === 'answer').map((t) => t.text)).toEqual(['Trocken, aber gut.', 'Ich sage immer: Platz.\n\nUnd Ruhe.', 'Der Winter.']);
  });

  it("reads the page's call to its readers after the last answer as the page's, and an info box between the turns as no one's", () => {
    const seg = segmentHtml(
      page(`<p>Coral Nguyen has led the Mullaway Creek Landcare group for fifteen years; we asked her about platypus, blackberries and volunteers for this month's bulletin.</p>
      <p><b>How did it start?</b></p><p>With a working bee and a sausage sizzle.</p>
      <div class="callout callout--info"><h3>Upcoming working bees</h3><p>BYO gloves, a hat and water.</p></div>
      <p><b>What has been hardest?</b></p><p>Blackberries.</p><p><b>And your favourite spot?</b></p><p>The footbridge at dusk.</p>
      <p>Want to get involved? Visit our website or call Council on (02) 6600 1234.</p>`),
    );
    expect(seg.turns.filter((t) => t.kind === 'answer').map((t) => t.text)).toEqual(['With a working bee and a sausage sizzle.', 'Blackberries.', 'The footbridge at dusk.']);
  });

  it('names numbered speakers ("Speaker 1 (00:00):") after the host and the guest the introduction names', () => {
    const seg = segmentHtml(
      page(`<p>In this episode, host Dana Whitfield talks with Rafael Ibarra about prescribed burns, smoke and the people who live downwind of them.</p>
      <p><b>Speaker 1 (00:00):</b> Welcome to the show. I’m Dana Whitfield. What is a prescribed burn?</p>
      <p><b>Speaker 2 (00:14):</b> It’s a fire we plan, sometimes for years.</p>
      <p><b>Speaker 1 (00:40):</b> Who decides when to burn?</p>
      <p><b>Speaker 2 (00:52):</b> I do, with the weather service.</p>
      <p><b>Speaker 1 (01:10):</b> Does it ever go wrong?</p>
      <p><b>Speaker 2 (01:15):</b> Rarely, and we learn every time.</p>`),
    );
    const name = new Map(seg.speakers.map((s) => [s.id, s.name]));
    expect(seg.turns.slice(0, 2).map((t) => [name.get(t.speakerId ?? ''), t.kind])).toEqual([
      ['Dana Whitfield', 'question'],
      ['Rafael Ibarra', 'answer'],
    ]);
  });

  it('names speakers labelled by nickname after the names the introduction gives beside them', () => {
    const seg = segmentHtml(
      page(`<p>这期我们请来了在博物馆做了九年纸质文物修复的宁宁，聊聊浆糊和显微镜。</p><p>周以宁（宁宁），博物馆文物保护中心副研究馆员。</p><p>Kevin（陈凯文），电台主理人。</p>
      <p><b>Kevin：</b>宁宁你好，修一张纸要多久？</p><p><b>宁宁：</b>我修过最久的一张，修了七个月。</p>
      <p><b>Kevin：</b>为什么这么久？</p><p><b>宁宁：</b>因为每一步都要等浆糊干。</p>
      <p><b>Kevin：</b>你会觉得枯燥吗？</p><p><b>宁宁：</b>不会，我喜欢这种安静。</p>`, { lang: 'zh' }),
    );
    expect(seg.speakers.map((s) => [s.name, s.role])).toEqual([
      ['陈凯文', 'interviewer'],
      ['周以宁', 'interviewee'],
    ]);
  });

  it('reads a reply that asks in passing ("Ja, und zwar … ?") as the answer to a statement, not as the question going on', () => {
    const seg = segmentHtml(
      page(`<p>Cornelia Vahrenholt leitet den Verein seit 2019; im Jahresbericht spricht sie über ein Jahr mit Kürzungen, neuen Camps und vielen Freiwilligen.</p>
      <p><b>Frau Vahrenholt, wie war das Jahr?</b></p><p>Anstrengend, aber gut.</p>
      <p><b>Gleichzeitig hat das Land die Förderung für Ihre Sprachcamps gestrichen.</b></p>
      <p>Ja, und zwar sehr kurzfristig. Wir mussten entscheiden: Sagen wir die Camps ab oder zahlen wir selbst?</p>
      <p><b>Wer hat geholfen?</b></p><p>Unsere Freiwilligen.</p><p><b>Was kommt 2026?</b></p><p>Mehr Camps.</p>`, { lang: 'de' }),
    );
    expect(seg.turns.filter((t) => t.kind === 'answer').map((t) => t.text)[1]).toMatch(/^Ja, und zwar/);
  });

  it('takes dotted initials for the names the first labels give, a double given name included ("A.-S. B." for Anne-Sophie Bréhat)', () => {
    const seg = segmentHtml(
      page(`<p>Les ostréiculteurs du bassin ont perdu une partie de leurs jeunes huîtres cet été. Thomas Lefèvre a reçu sur notre plateau Anne-Sophie Bréhat, ostréicultrice.</p>
      <p><b>Thomas Lefèvre :</b> Anne-Sophie Bréhat, bonsoir. Vous avez perdu combien d’huîtres ?</p>
      <p><b>Anne-Sophie Bréhat :</b> Bonsoir. Près de la moitié des jeunes huîtres.</p>
      <p><b>T. L. :</b> C’est la chaleur de l’eau qui est en cause ?</p>
      <p><b>A.-S. B. :</b> En grande partie, oui.</p>
      <p><b>T. L. :</b> Les prix vont augmenter ?</p>
      <p><b>A.-S. B. :</b> Un peu, c’est inévitable.</p>`, { lang: 'fr' }),
    );
    expect(seg.speakers.map((s) => [s.name, s.role])).toEqual([
      ['Thomas Lefèvre', 'interviewer'],
      ['Anne-Sophie Bréhat', 'interviewee'],
    ]);
    expect(seg.turns).toHaveLength(6);
  });

  it('reads "Mehr zum Thema …:" between the turns as related reading', () => {
    const seg = segmentHtml(
      page(`<p>Die Imkerin Lena Ott betreut seit zwanzig Jahren Bienenvölker am Stadtrand und bildet Nachwuchs aus; wir haben mit ihr über den Sommer gesprochen.</p>
      <p><b>Frau Ott, wie war der Sommer?</b></p><p>Trocken, aber gut.</p><p>Mehr zum Thema Bienen in der Stadt:</p>
      <p><b>Und der Honig?</b></p><p>Wenig, aber fein.</p><p><b>Was kommt als Nächstes?</b></p><p>Der Winter.</p>`, { lang: 'de' }),
    );
    expect(seg.turns.filter((t) => t.kind === 'answer').map((t) => t.text)).toEqual(['Trocken, aber gut.', 'Wenig, aber fein.', 'Der Winter.']);
  });

  it("reads an office's abbreviation before a surname ('BM Haidlmair:') as the person the introduction names, not the office", () => {
    const seg = segmentHtml(
      page(`<p>Das folgende Interview mit Bundesminister Mag. Florian Haidlmair ist am 7. Februar in der Rundschau erschienen. Die Fragen stellte Sabine Gruber-Wallner.</p>
      <p><b>Herr Minister, warum stehen so viele Wohnungen leer?</b></p><p><b>BM Haidlmair:</b> Weil das Instrument bei den Ländern liegt.</p>
      <p><b>Was kostet das?</b></p><p><b>BM Haidlmair:</b> Heuer 240 Millionen Euro.</p>
      <p><b>Wer profitiert?</b></p><p><b>BM Haidlmair:</b> Vor allem Mieterinnen und Mieter.</p>`, { lang: 'de' }),
    );
    expect(seg.speakers.map((s) => [s.name, s.role])).toEqual([
      ['Sabine Gruber-Wallner', 'interviewer'],
      ['Florian Haidlmair', 'interviewee'],
    ]);
  });

  it('reads a short centred line that ends no sentence as a caption, not as the answer', () => {
    const seg = segmentHtml(
      page(`<p>青禾新材董事长周立新近日接受本报专访，谈及业绩、新品和分红，以下为专访内容，经受访者审阅。</p>
      <p><b>华东证券报：</b>去年营收仍保持增长，主要靠什么？</p><p><b>周立新：</b>主要是产品结构的变化。</p>
      <p style="text-align:center">青禾新材董事长兼总经理周立新</p>
      <p><b>华东证券报：</b>固态电池隔膜进展到哪一步了？</p><p><b>周立新：</b>中试线已经稳定运行半年。</p>
      <p><b>华东证券报：</b>今年分红会更积极吗？</p><p><b>周立新：</b>分红比例超过35%。</p>`, { lang: 'zh' }),
    );
    expect(seg.turns.filter((t) => t.kind === 'answer').map((t) => t.text)[0]).toBe('主要是产品结构的变化。');
    expect(seg.speakers.find((s) => s.role === 'interviewer')?.name).toBe('华东证券报');
  });

  it('keeps short answers on a page that centres every paragraph (a WeChat post)', () => {
    const c = (text: string, bold = false) => `<p style="text-align:center">${bold ? `<b>${text}</b>` : text}</p>`;
    const seg = segmentHtml(
      page(
        c('阿青在这条街上开了八年咖啡店，我们在打烊后和她聊了聊这条街的变化，以及她为什么还留在这里。') +
          c('还记得第一天开店吗？', true) + c('记得，那天下雨') + c('后来为什么留下来？', true) + c('因为这条街的人') + c('以后还会开下去吗？', true) + c('会的'),
        { lang: 'zh' },
      ),
    );
    expect(seg.turns.filter((t) => t.kind === 'answer').map((t) => t.text)).toEqual(['记得，那天下雨', '因为这条街的人', '会的']);
  });

  it("reads a Chinese caption by its picture's credit at its end, not as the answer", () => {
    const seg = segmentHtml(
      page(`<p>周蕴是化学系2009届校友，现任研究员，带领团队攻关固态电解质；母校校庆前夕，我们和她聊了聊求学和科研。</p>
      <p><b>您当初为什么选择化学专业？</b></p><p>其实是被调剂的，我一开始并不喜欢。</p>
      <p>周蕴（右二）与课题组成员在实验室（受访者供图）</p><p>后来我慢慢发现了乐趣。</p>
      <p><b>最难的是什么？</b></p><p>带团队。</p><p><b>最后，想对母校说些什么？</b></p><p>生日快乐。</p>`, { lang: 'zh' }),
    );
    expect(seg.turns.filter((t) => t.kind === 'answer').map((t) => t.text)[0]).toBe('其实是被调剂的，我一开始并不喜欢。\n\n后来我慢慢发现了乐趣。');
  });

  it('takes no centred line set like the questions for a statement put to the interviewee (a pull quote)', () => {
    const seg = segmentHtml(
      page(`<p>Die Imkerin Lena Ott betreut seit zwanzig Jahren Bienenvölker am Stadtrand und bildet Nachwuchs aus; wir haben mit ihr über den Sommer gesprochen.</p>
      <p><b>Frau Ott, wie war der Sommer?</b></p><p>Trocken, aber gut.</p>
      <p style="text-align: center"><b>Der Honig war dieses Jahr wenig, aber fein.</b></p>
      <p><b>Und der Winter?</b></p><p>Ruhig.</p><p><b>Was kommt als Nächstes?</b></p><p>Der Frühling.</p>`, { lang: 'de' }),
    );
    expect(seg.turns.filter((t) => t.kind === 'question').map((t) => t.text)).toEqual(['Frau Ott, wie war der Sommer?', 'Und der Winter?', 'Was kommt als Nächstes?']);
  });

  it("ends it at a note on where the text appeared, and takes a featured image's credit for a caption, not for an answer", () => {
    const seg = segmentHtml(
      page(`<p>Die Imkerin Lena Ott betreut seit zwanzig Jahren Bienenvölker am Stadtrand und bildet Nachwuchs aus; wir haben mit ihr über den Sommer gesprochen.</p>
      <p><b>Frau Ott, wie war der Sommer?</b></p><p>Trocken, aber gut. Mein Vorbild: meine Mutter</p>
      <p><b>Und der Honig?</b></p><p>Wenig, aber fein.</p>
      <p><b>Was kommt als Nächstes?</b></p><p>Der Winter.</p>
      <p>Beitragsbild: Jonas Reiter</p><p>Dieser Text wurde zuerst im Magazin Nordlicht veröffentlicht.</p>`, { lang: 'de' }),
    );
    expect(seg.turns.filter((t) => t.kind === 'answer').map((t) => t.text)).toEqual(['Trocken, aber gut. Mein Vorbild: meine Mutter', 'Wenig, aber fein.', 'Der Winter.']);
  });

  it('gives unlabelled answers to an unnamed interviewee where the page names nobody', () => {
    const seg = segmentHtml(page(`<p>Seven questions, seven answers.</p><p><b>Why?</b></p><p>I like it.</p><p><b>How?</b></p><p>We just do.</p><p><b>When?</b></p><p>I started in May.</p>`));
    expect(seg.speakers.map((s) => [s.name, s.role, s.unnamed])).toEqual([
      ['Interviewer', 'interviewer', true],
      ['Interviewee', 'interviewee', true],
    ]);
  });

  it('reads an interview in a language whose speech it does not know by its structure', () => {
    const seg = segmentHtml(page(`<p>Una conversación larga.</p><p><b>¿Por qué?</b></p><p>Porque sí.</p><p><b>¿Cómo?</b></p><p>Así.</p><p><b>¿Cuándo?</b></p><p>Ahora.</p>`, { lang: 'xx' }));
    expect(seg.turns.map((t) => t.kind)).toEqual(['question', 'answer', 'question', 'answer', 'question', 'answer']);
  });
});

describe('labels of other conventions', () => {
  it('reads role letters with a period where both kinds recur (El País: P. and R.), not an initial', () => {
    const seg = segmentHtml(
      page(`<p>La autora Ana Ruiz habla de su nuevo libro y de los años en Lima, en una conversación larga en su casa de Madrid.</p>
      <p>P. ¿Por qué escribió este libro?</p><p>R. Porque lo necesitaba.</p><p>P. ¿Y ahora?</p><p>R. Ahora descanso.</p>`, { lang: 'es' }),
    );
    expect(seg.turns.map((t) => [t.kind, t.text])).toEqual([
      ['question', '¿Por qué escribió este libro?'],
      ['answer', 'Porque lo necesitaba.'],
      ['question', '¿Y ahora?'],
      ['answer', 'Ahora descanso.'],
    ]);
    const spelled = segmentHtml(
      page(`<p>La autora Ana Ruiz habla de su nuevo libro y de los años en Lima, en una conversación larga en su casa de Madrid.</p>
      <p><b>Pregunta. ¿Por qué escribió este libro?</b></p><p><b>Respuesta.</b> Porque lo necesitaba.</p><p><b>P. ¿Y ahora?</b></p><p><b>R.</b> Ahora descanso.</p>`, { lang: 'es' }),
    );
    expect(spelled.turns.map((t) => t.kind)).toEqual(['question', 'answer', 'question', 'answer']);
    const initials = segmentHtml(page(`<p>A. Merkel sagte am Montag, sie bleibe.</p><p>Q. Ramos widersprach ihr.</p><p>Danach ging es weiter.</p>`, { lang: 'de' }));
    expect(initials.turns).toEqual([]);
  });

  it('reads a transcript’s timestamp before the colon, and two words in capitals as a person, written as a name', () => {
    const seg = segmentHtml(
      page(`${INTRO}<p>NILAY PATEL (00:00:12): Why now?</p><p>SAM ALTMAN (00:00:15): Because we were ready.</p><p>NILAY PATEL (00:01:02): And the board?</p><p>SAM ALTMAN (00:01:05): I won’t comment.</p>`),
    );
    expect(seg.speakers.map((s) => [s.name, s.role])).toEqual([
      ['Nilay Patel', 'interviewer'],
      ['Sam Altman', 'interviewee'],
    ]);
  });

  const TRANSCRIPT_TURNS = [
    ['Nora Vance', 'Welcome to the show. Why parking?'],
    ['Ian Holt', 'Because it eats our cities.'],
    ['Nora Vance', 'How much of them?'],
    ['Ian Holt', 'A third of downtown, easily.'],
    ['Nora Vance', 'And the fix?'],
    ['Ian Holt', 'Drop the minimums.'],
  ];
  const TRANSCRIPT_ATTRIBUTION = TRANSCRIPT_TURNS.map(([name, text], i) => `${i % 2 ? 'answer' : 'question'} ${name}: ${text.slice(0, 24)}`);

  it('reads a speaker set in an element of its own with no colon: a speaker span, glued to the speech or by its class', () => {
    const glued = segmentHtml(page(`${INTRO}${TRANSCRIPT_TURNS.map(([name, text]) => `<p><span>${name}</span>${text}</p>`).join('')}`));
    expect(attribution(glued)).toEqual(TRANSCRIPT_ATTRIBUTION);
    const classed = segmentHtml(page(`${INTRO}${TRANSCRIPT_TURNS.map(([name, text]) => `<p><span class="speaker-name">${name}</span> ${text}</p>`).join('')}`));
    expect(attribution(classed)).toEqual(TRANSCRIPT_ATTRIBUTION);
    // A word set apart and then a space is emphasis, not a speaker.
    const emphasis = segmentHtml(page(`${INTRO}${TRANSCRIPT_TURNS.map(([name, text]) => `<p><span>${name}</span> ${text}</p>`).join('')}`));
    expect(emphasis.turns).toEqual([]);
  });

  it('reads surnames alone as the labels of a Chinese dialogue, as the full names the introduction gives, and one such speaker as none', () => {
    const intro = '<p>返鄉接手茶園的林靜宜，和建築師陳冠廷，在坪林的老茶廠裡坐下來。對談由副總編輯吳佩芸主持。</p>';
    const turns = '<p>吳：妳家的茶廠是什麼時候停下來的？</p><p>林：2006年，我阿公過世以後。</p><p>陳：那些機器其實是寶。</p><p>吳：老茶廠要靠什麼活下去？</p><p>林：靠還在做茶。</p><p>陳：靠那個味道。</p>';
    const seg = segmentHtml(page(`${intro}${turns}`, { lang: 'zh' }));
    expect(seg.speakers.map((s) => [s.name, s.role])).toEqual([
      ['吳佩芸', 'interviewer'],
      ['林靜宜', 'interviewee'],
      ['陳冠廷', 'interviewee'],
    ]);
    const one = segmentHtml(page(`${intro}<p>林：2006年。</p><p>後來呢？</p><p>林：就停了。</p>`, { lang: 'zh' }));
    expect(one.turns).toEqual([]);
  });

  it('reads the writer’s narration between quoted answers as narration, and a bold quoted subhead as none', () => {
    const seg = segmentHtml(
      page(
        `<p>南门老街拐角有一个修表摊，摊主叫郑国华，今年六十三岁。</p>
        <blockquote><p>这个摊子摆了多少年了？</p></blockquote><p>“三十一年。1995年我下岗了，就在这儿摆了个摊。”</p><p>说这话的时候，老郑手上没停。</p>
        <blockquote><p>现在还有多少人修机械表？</p></blockquote><p>“比你想的多。”</p><p><strong>“我这双手，跟不上电子表了”</strong></p>
        <blockquote><p>有没有想过不干了？</p></blockquote><p>他沉默了一会儿。</p><p>“想过。我去了三天，又回来了。”</p>`,
        { lang: 'zh' },
      ),
    );
    expect(seg.speakers.find((s) => s.role === 'interviewee')?.name).toBe('郑国华');
    const role = (start: string) => seg.paragraphs.find((p) => p.text.startsWith(start))?.role;
    expect([role('“三十一年'), role('说这话'), role('“比你想'), role('“我这双手'), role('他沉默'), role('“想过')]).toEqual(['answer', 'narration', 'answer', 'other', 'narration', 'answer']);
  });

  it('reads bold labels closed by a dash, the publication’s short form as the publication, and the full name given beside the one a person goes by', () => {
    const seg = segmentHtml(
      page(
        `<p>Aos 71 anos, Maria José Albuquerque, a Mestra Zezé, comanda a banda de pífanos fundada pelo pai em Caruaru.</p>
        <p><strong>Gazeta do Agreste –</strong> Como a senhora aprendeu a tocar?</p><p><strong>Mestra Zezé –</strong> Escondida.</p>
        <p><strong>GA -</strong> E o que ele fez?</p><p><strong>Zezé –</strong> Ficou calado.</p>
        <p><strong>LEIA TAMBÉM: <a href="/x">São João de Caruaru terá palco</a></strong></p>
        <p><strong>GA –</strong> O que mudou?</p><p><strong>Zezé –</strong> Quase tudo.</p>`,
        { lang: 'pt', title: 'ENTREVISTA | Mestra Zezé' },
      ),
    );
    expect(seg.speakers.map((s) => [s.name, s.role])).toEqual([
      ['Gazeta do Agreste', 'interviewer'],
      ['Maria José Albuquerque', 'interviewee'],
    ]);
    expect(seg.turns.map((t) => t.kind)).toEqual(['question', 'answer', 'question', 'answer', 'question', 'answer']);
    // One bold dateline is no convention.
    expect(segmentHtml(page(`<p><strong>Berlin –</strong> Die Regierung hat am Montag beschlossen, was sie lange angekündigt hatte.</p><p>Mehr dazu morgen.</p>`, { lang: 'de' })).turns).toEqual([]);
  });

  it('reads a scene set in italics like the questions, which speaks of the interviewee and not to them, as none', () => {
    const seg = segmentHtml(
      page(
        `<p>Förster Georg Hörmann zeigt uns seinen Wald, vom Hochsitz aus, an einem kalten Morgen im März.</p>
        <p><em>Herr Hörmann, wie lange sind Sie schon hier oben?</em></p><p>Seit fünf Uhr. Ich mag die Stille.</p>
        <p><em>Die Jäger hören das nicht gern.</em></p><p>Nein. Aber es gibt auch welche, die mitziehen.</p>
        <p><em>Unten am Waldrand tritt ein Reh aus dem Schatten. Hörmann hebt das Fernglas und sagt nichts.</em></p>
        <p><em>Wie viele Rehe leben in Ihrem Revier?</em></p><p>Das weiß niemand genau.</p>
        <p><em>Und was zählen Sie stattdessen?</em></p><p>Den Verbiss an den jungen Eichen.</p>
        <p><em>Wann kommen Sie wieder herunter?</em></p><p>Wenn es hell ist.</p>`,
        { lang: 'de' },
      ),
    );
    const role = (start: string) => seg.paragraphs.find((p) => p.text.startsWith(start))?.role;
    expect([role('Die Jäger'), role('Unten am Waldrand'), role('Das weiß')]).toEqual(['question', 'other', 'answer']);
  });

  it('reads questions in an accordion’s summary and in a question box beside its answer box', () => {
    const intro = '<p>Rosa Delgado-Finch started the Eastside Tool Library in 2017 with forty drills and a borrowed garage; we asked her about it.</p>';
    const qa = [
      ['What does a tool library lend?', 'Anything you use twice a year. I keep a list of what people ask for.'],
      ['You started with forty drills?', 'Forty-one, if you count the one that never worked. We still have it.'],
      ['What is the hardest part for you?', 'Saying no. I hate it, but a chainsaw needs training first.'],
    ];
    const accordion = segmentHtml(page(`${intro}${qa.map(([q, a]) => `<details open><summary><h3>${q}</h3><span aria-hidden="true"></span></summary><div class="body"><p>${a}</p></div></details>`).join('')}`));
    expect(accordion.turns.map((t) => t.kind)).toEqual(['question', 'answer', 'question', 'answer', 'question', 'answer']);
    const grid = segmentHtml(page(`${intro}${qa.map(([q, a]) => `<div class="qa"><div class="qa__question"><span class="visually-hidden">Question: </span>${q}</div><div class="qa__answer"><p>${a}</p></div></div>`).join('')}`));
    expect(grid.turns.map((t) => t.kind)).toEqual(['question', 'answer', 'question', 'answer', 'question', 'answer']);
  });

  it('reads a bold question that lost its label among bold labelled ones as a question, and the byline’s person with a particle as the one who asks', () => {
    const seg = segmentHtml(
      page(
        `<div class="meta"><span class="article__author">Tekst: Ruud van Bemmel</span></div>
        <p>Femke Hoogendoorn runs the bakery her father founded; Ruud van Bemmel spoke with her about staff, prices and angry customers.</p>
        <p><strong>V: Waarom vier dagen?</strong></p><p>A: Omdat we het niet meer rond kregen.</p>
        <p><strong>V: En de omzet?</strong></p><p>A: Die is gestegen.</p>
        <p><strong>Wat verdienen je medewerkers nu?</strong></p><p>A: Hetzelfde als bij vijf dagen.</p>
        <p><strong>V: Gaan er collega’s volgen?</strong></p><p>A: Drie hebben er al gebeld.</p>`,
        { lang: 'nl', title: 'Femke Hoogendoorn: vier dagen open' },
      ),
    );
    expect(seg.turns.map((t) => t.kind)).toEqual(['question', 'answer', 'question', 'answer', 'question', 'answer', 'question', 'answer']);
    expect(seg.speakers.find((s) => s.role === 'interviewer')?.name).toBe('Ruud van Bemmel');
  });

  it('reads the interviewee’s surname in capitals as theirs, not a publication’s, and a role compound before the name as no part of it', () => {
    const seg = segmentHtml(
      page(
        `<p>Dr. Henning Grabowski (61) führt den Klinikverbund seit 2019. Wir haben ihn in Meschede getroffen.</p>
        <p><strong>SONNTAGSBOTE: Herr Grabowski, beeindrucken Sie 14.000 Unterschriften gar nicht?</strong></p><p>GRABOWSKI: Doch, natürlich. Ich lese jeden Kommentar.</p>
        <p><strong>Haben Sie denn richtig gesucht?</strong></p><p>Wir haben alles versucht.</p>
        <p><strong>Kritiker sagen, es gehe ums Geld.</strong></p><p>GRABOWSKI: Es geht auch ums Geld, das bestreite ich nicht.</p>
        <p><strong>Was wird aus dem Haus?</strong></p><p>Es bleibt ein Krankenhaus.</p>
        <p>Weiter auf Seite 2: „Ich würde heute anders entscheiden“</p>`,
        { lang: 'de', title: 'Klinikchef Grabowski: „Unterschriften machen keine Hebammen“' },
      ),
    );
    expect(seg.speakers.filter((s) => s.role === 'interviewee').map((s) => s.name)).toEqual(['Henning Grabowski']);
    expect(seg.turns.map((t) => t.kind)).toEqual(['question', 'answer', 'question', 'answer', 'question', 'answer', 'question', 'answer']);
    expect(seg.paragraphs.find((p) => p.text.startsWith('Weiter auf Seite'))?.role).toBe('other');
  });

  it('gives an outlet’s Han label that opens with no surname to the credited interviewer, and a person’s to that person', () => {
    const turns = (label: string) =>
      `<p>采访、撰文｜林晓　编辑｜周岩</p><p>澜屿储能创始人贺一舟在深圳接受了我们的专访，谈储能的下一步。</p>
      <p><strong>${label}：出货量大概是多少？</strong></p><p><strong>贺一舟：</strong>去年大概两个GWh。</p>
      <p><strong>${label}：所以你们卖的不是电池？</strong></p><p>对，我们卖的是调度。</p>
      <p><strong>${label}：最焦虑的是什么？</strong></p><p>现金流。</p>`;
    const outlet = segmentHtml(page(turns('硬壳'), { lang: 'zh', title: '对话澜屿储能贺一舟：储能不是卖电池' }));
    expect(outlet.speakers.find((s) => s.role === 'interviewer')?.name).toBe('林晓');
    const person = segmentHtml(page(turns('王芳'), { lang: 'zh', title: '对话澜屿储能贺一舟：储能不是卖电池' }));
    expect(person.speakers.find((s) => s.role === 'interviewer')?.name).toBe('王芳');
  });

  it('keeps a quotation the answer introduces in the answer, reads two notes in italics as notes, and a SPIP document title as a caption', () => {
    const seg = segmentHtml(
      page(
        `<p><em>Élise Ferrandi, historienne, a étudié le grand hiver de 1709. Trois questions à l’autrice.</em></p>
        <h3>1. Pourquoi 1709 ?</h3><p>Parce que tout y gèle. Je l’ai découvert par hasard.</p>
        <h3>2. Sur quelles sources vous êtes-vous appuyée ?</h3><p>Sur les registres. Le curé y écrit, en marge de janvier :</p>
        <blockquote><p>« Le vin a gelé dans le calice pendant la messe. »</p></blockquote><p>On a longtemps pris ces notes pour des exagérations.</p>
        <p><em>[Elle montre le registre, que nous ne reproduisons pas.]</em></p>
        <dl><dt><img src="r.jpg" alt=""></dt><dt class="spip_doc_titre"><strong>Registre paroissial de Sainte-Foy</strong></dt></dl>
        <h3>3. Que peut nous apprendre 1709 ?</h3><p>Que les catastrophes sont rarement seulement climatiques.</p>
        <p><em>Le livre paraît en mars aux éditions du Seuil.</em></p>`,
        { lang: 'fr' },
      ),
    );
    const role = (start: string) => seg.paragraphs.find((p) => p.text.startsWith(start))?.role;
    expect([role('« Le vin'), role('On a longtemps'), role('[Elle montre'), role('Registre paroissial'), role('Le livre paraît')]).toEqual(['answer', 'answer', 'narration', 'other', 'other']);
  });

  it('reads a transcript set as a table (time, speaker, speech), and a schedule in a table as none', () => {
    const rows = TRANSCRIPT_TURNS.map(([name, text], i) => `<tr><td>00:0${i}:10</td><td>${name}</td><td>${text}</td></tr>`).join('');
    const seg = segmentHtml(page(`${INTRO}<table><thead><tr><th>Time</th><th>Speaker</th><th>Text</th></tr></thead><tbody><tr><td>00:00:00</td><td></td><td>[Musik]</td></tr>${rows}</tbody></table><p>Find the show on every podcast app.</p>`));
    expect(attribution(seg)).toEqual(TRANSCRIPT_ATTRIBUTION);
    // Every paragraph of the transcript is labelled: the unlabelled line after it is the page's.
    expect(seg.paragraphs.find((p) => p.text.startsWith('Find the show'))?.role).toBe('other');
    const schedule = segmentHtml(page(`${INTRO}<table><tr><td>Europe</td><td>April 4th to 6th</td></tr><tr><td>Asia</td><td>May 9th to 11th</td></tr><tr><td>Oceania</td><td>May 10th to 11th</td></tr><tr><td>North America</td><td>June 1st</td></tr></table>`));
    expect(schedule.turns).toEqual([]);
    // The speaker in a row's header cell.
    const headed = segmentHtml(page(`${INTRO}<table>${TRANSCRIPT_TURNS.map(([name, text]) => `<tr><th scope="row">${name}</th><td>${text}</td></tr>`).join('')}</table>`));
    expect(attribution(headed)).toEqual(TRANSCRIPT_ATTRIBUTION);
  });
});

it('keeps a paragraph of an answer set in bold for emphasis in the answer, where it speaks as I or we', () => {
  const seg = segmentHtml(
    page(`<p>We spoke with the bander Rosemary Achterberg on a bench behind the hut, between two net rounds, about birds, dates and autumn.</p>
    <p><b>Why birds?</b></p><p>Because of a date.</p><p><b>We never regretted it, not for one day.</b></p>
    <p><b>What next?</b></p><p>More nets.</p><p><b>And after that?</b></p><p>Sleep.</p>`),
  );
  const bold = seg.paragraphs.find((p) => p.text.startsWith('We never'));
  expect(seg.turns.find((t) => t.id === bold?.turnId)?.kind).toBe('answer');
});
