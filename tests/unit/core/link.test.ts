import { describe, expect, it } from 'vitest';
import { linkEntities, type LinkOptions } from '../../../src/core/link';
import { knowledgeBase } from '../../../src/core/knowledge/index';
import type { Entity, Speaker } from '../../../src/core/types';
import { growth } from '../support/cpu-time';

/**
 * The founding interview as the page gives it: ifanr's German rendering of The Verge's interview
 * with Sam Altman and Mira Murati (29 Nov 2023), copied from shared/seed/aifaner-altman-interview.de.txt
 * so the golden test needs nothing outside the repository.
 */
const SEED_DE = `Sam Altmans neuestes Interview: Exposure kehrt zur Insider-Story zurück und reagiert zum ersten Mal auf das Q*-Modell

Sam Altmans neuestes Interview: Exposure kehrt zur Insider-Story zurück und reagiert zum ersten Mal auf das Q*-Modell - Sam Altman keynote OpenAI DevDay

Heute vor einem Jahr veröffentlichte OpenAI ChatGPT und löste damit die kambrische Explosion künstlicher Intelligenz aus.

Das Gefühl der Beschleunigung der technologischen Entwicklung wird immer stärker, und das „Zeugen der Geschichte“ ist zu einer alltäglichen Sache geworden. Zusammen mit Aufregung, Angst, Sorge, Nachdenken … scheint jeder begierig darauf zu sein, eine neue Seite in der Geschichte aufzuschlagen.

Nach einer Reihe jüngster Turbulenzen gab OpenAI heute auch offiziell die Rückkehr von Altman bekannt, und Microsoft, der größte Investor des Unternehmens, wird ebenfalls als nicht stimmberechtigter Beobachter dem Vorstand beitreten.

Gleichzeitig akzeptierte Altman auch ein exklusives Interview mit The Verge , in dem er über einige Insiderinformationen vor der Rückkehr sowie das zuvor enthüllte Q*-Modell sprach – die KI-Technologie, die als Bedrohung für die Menschheit gilt .

Aber in diesem Interview weigerte sich Altman wiederholt, die wichtigste Frage zu beantworten: Warum um alles in der Welt wurde er gefeuert?

Als der OpenAI-Vorstand Sam Altman einen Tag nach seiner Entlassung aufforderte, zurückzukehren, war Altman zunächst widerspenstig, verletzt und wütend. Er sagte Reportern am Telefon:

Es dauerte ein paar Minuten, bis ich da rauskam, über mich selbst und meine Gefühle hinwegkam und dachte: „Ja, natürlich möchte ich das machen.“ „Natürlich liebe ich dieses Unternehmen und habe in den letzten viereinhalb Jahren voll in es investiert, aber tatsächlich hat es viel länger gedauert.“ Wir haben enorme Fortschritte bei einer Mission gemacht, die mir sehr am Herzen liegt: sichere und nützliche künstliche Intelligenz.

Sam Altmans neuestes Interview: Exposure kehrt zur Insider-Story zurück und reagiert zum ersten Mal auf das Q*-Modell - sa

Das Folgende ist das vollständige Interview von The Verge mit OpenAI-CEO Sam Altman und CTO Mira Murati, leicht bearbeitet von Ai Faner:

F: Sam, ich möchte zunächst über das Offensichtliche sprechen: Wir wissen immer noch nicht, warum Sie überhaupt gefeuert wurden. Warum glauben Sie, dass Sie gefeuert wurden?

Altman: Der Vorstand wird hier eine unabhängige Prüfung durchführen. Das begrüße ich sehr. Ich habe im Moment nicht viel zu sagen, aber ich freue mich darauf, mehr zu erfahren.

F: Warum hat der Vorstand Ihrer Meinung nach gesagt, dass er das Vertrauen in Sie verloren hat?

Altman: Das ist für sie eine bessere Antwort.

F: Sie haben gerade zu X gesagt: „Es ist klar, dass es echte Missverständnisse zwischen Ihnen und den Vorstandsmitgliedern gab.“ Was waren diese Missverständnisse?

Altman: Ich bin noch nicht bereit, darüber zu sprechen. Ich denke, es ist wichtig, diesen Überprüfungsprozess stattfinden zu lassen. Ich freue mich über alles, was zukunftsweisend ist. Ich denke, es wird eine Zeit geben, in der ich gerne darüber sprechen würde, was hier passiert ist, aber jetzt ist nicht der richtige Zeitpunkt dafür.

F: Können Sie mir sagen, warum Sie jetzt nicht darüber sprechen können?

Altman: Ich möchte einfach, dass der Prozess ohne Eingreifen abläuft.

F: Sie haben Ilya Sutskever (Chefwissenschaftler von OpenAI) in Ihrem Brief an die Mitarbeiter erwähnt. Können Sie mir sagen, warum er seine Meinung geändert und beschlossen hat, sich auf die Seite der anderen zu stellen?

Mira Murati: Wir wissen es nicht. Da musst du Ilja fragen.

F: Sam, was war im Rückblick die Hauptmotivation, die dich zurückgebracht hat?

Altman: Das ist wirklich interessant. Einige Vorstandsmitglieder riefen mich am Samstagmorgen an und fragten, ob ich über dieses Thema sprechen würde. Meine erste Reaktion war ein wenig defensiv, etwa: „Oh mein Gott, ich bin verletzt, ich bin wütend, ich finde das schlimm.“

Und dann begann ich fast sofort zu denken: Natürlich liebe ich dieses Unternehmen so sehr und habe mich in den letzten viereinhalb Jahren so sehr dafür eingesetzt, aber es hat tatsächlich viel länger gedauert. Wir haben enorme Fortschritte bei einer Mission gemacht, die mir sehr am Herzen liegt: sichere und nützliche künstliche Intelligenz. Aber es sind auch die Menschen hier und alle Partner, die große Erwartungen an uns haben, und Mira und das Führungsteam und alle Menschen hier, die einen unglaublichen Job machen. Es dauerte ein paar Minuten, bis ich da rauskam, über mich selbst und meine Gefühle hinwegkam und dachte: „Ja, natürlich möchte ich das machen.“

F: Der Vorstand hat Sie also gebeten, zurückzukommen?

Altmann: Ja.

F: Waren Sie zunächst zögerlich?

Altman: Nicht mehr lange. Was mir danach widerfuhr, löste in mir viele Gefühle aus.

F: Es ist klar, dass die Mitarbeiter Sie unterstützen. Welchen Einfluss hat das Ihrer Meinung nach?

Altman: Wir gehen aus diesem Prozess definitiv als stärkeres, geeinteres, fokussierteres und engagierteres Team hervor. Ich denke, wir hatten vorher viel Glauben und Konzentration, und ich denke, jetzt haben wir sogar noch mehr. Das ist also mein Lichtblick in all dem.

Während des gesamten Prozesses haben wir keinen einzigen Mitarbeiter oder Kunden verloren. Sie haben nicht nur das Produkt trotz des unkontrollierbaren Wachstums am Laufen gehalten, sondern auch neue Funktionen eingeführt. Der Forschungsfortschritt geht weiter.

F: Möchten Sie in den Vorstand zurückkehren?

Altman: Auch wenn das wie ein PR-Pitch klingt, ist es momentan nicht mein Schwerpunkt. Ich habe eine Menge sehr schwieriger, wichtiger und dringender Aufgaben zu erledigen. Ich möchte meinen Job machen, aber es geht nicht darum, im Vorstand zu sein oder nicht. Jetzt nehme ich mir nicht die Zeit, darüber nachzudenken.

F: Was bedeutet „Verbesserung unserer Governance-Struktur“? Wird sich die Struktur der gemeinnützigen Holdinggesellschaft ändern?

Altman: Das wäre angemessener, wenn ein Vorstandsmitglied antworten würde, aber im Moment nicht. Ehrlich gesagt, sie brauchen Zeit und wir werden sie dabei unterstützen, darüber nachzudenken. Offensichtlich stimmt etwas mit unserer Governance-Struktur nicht. Es wird eine Weile dauern, den besten Weg zur Lösung dieses Problems zu finden. Ich verstehe vollkommen, warum die Leute gerade jetzt eine Antwort wollen. Aber ich halte es auch für völlig unvernünftig, sofortige Antworten zu erwarten.

F: Warum halten Sie das für unvernünftig? Ich denke, die Leute sehen eine große Unklarheit darüber, was vor sich geht. Scheint eine Meinungsverschiedenheit zu sein, kein unangemessenes Verhalten oder ähnliches.

Altman: Oh, nur weil die Gestaltung einer wirklich guten Governance-Struktur, insbesondere für eine so einflussreiche Technologie, keine Frage der Woche ist. Es wird Zeit in Anspruch nehmen, nachzudenken, zu debattieren, Außenperspektiven einzuholen und Stresstests durchzuführen. Das dauert eine Weile.

F: Werden die Ereignisse, die gerade passiert sind, den Sicherheitsansatz von OpenAI ändern?

Murati: Nein. Das hat nichts mit Sicherheit zu tun.

F: Worum geht es in dem Bericht über Ihren jüngsten Durchbruch beim Q*-Modell?

Altman: Ich habe keinen besonderen Kommentar zu diesem unglücklichen Leak. Aber eigentlich haben wir schon früher betont, genau wie wir es vor zwei Wochen gesagt haben, was wir vor einem Jahr gesagt haben und was wir noch früher gesagt haben: Wir gehen davon aus, dass der Fortschritt dieser Technologie weiterhin rasant sein wird, und das erwarten wir auch Arbeiten Sie weiterhin hart daran, es besser zu machen. Erfahren Sie, wie Sie es sicher und nützlich machen können. Deshalb sind wir jeden Tag aufgestanden. Deshalb werden wir in Zukunft jeden Tag aufstehen. Ich denke, wir waren dabei sehr konsequent.

Ohne eine konkrete Sache oder ein bestimmtes Projekt zu kommentieren, glauben wir, dass Fortschritt Forschung ist. Es besteht immer die Möglichkeit, dass Sie auf Hindernisse stoßen, aber wir gehen davon aus, dass die Fortschritte weiterhin erheblich sein werden. Wir wollen mit der Welt in Kontakt treten und herausfinden, wie wir diese Technologie so gut wie möglich machen können.

F: Letzte Frage. Ich bin mir sicher, dass Sie immer noch über all das nachdenken. Ich weiß, das ist alles neu. Was haben Sie aus diesem ganzen Vorfall gelernt?

Ich glaube, ich habe noch keine prägnante und aussagekräftige Antwort. Offensichtlich habe ich viel gelernt, aber ich versuche immer noch, alles zu verstehen. Ich meine, es gibt definitiv viel zu sagen, aber ich glaube, ich bin noch nicht bereit … Ich kann im Moment nur eine lange und weitschweifige Antwort geben.

Altman: Nun, darüber reden wir später.

Nachdem er aufgelegt hatte, rief Altman ein paar Minuten später zurück:

Ich habe gelernt, dass das Unternehmen auch ohne mich funktionieren könnte, was wirklich gut war. Ich bin froh, zurück zu sein, verstehen Sie mich nicht falsch. Aber ich kam ohne den Druck zurück: „Oh, ich muss das tun, sonst braucht die Firma mich oder was auch immer.“

Ich dachte, ich fühle mich gut, weil ich entweder großartige Führungskräfte ausgewählt oder sie gut trainiert habe. Es fühlt sich gut an, dass es dem Unternehmen ohne mich gut geht und dass das Team bereit ist und sich verbessert.

Der Liebesstil macht die Zukunft zum Greifen nah.

# Willkommen beim offiziellen öffentlichen WeChat-Konto von aifaner: aifaner (WeChat-ID: ifanr). Weitere spannende Inhalte werden Ihnen so schnell wie möglich zur Verfügung gestellt.

Ai Faner | Ursprünglicher Link · Kommentare anzeigen · Sina Weibo`;

const SEED_PARAGRAPHS = SEED_DE.split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter(Boolean);

/** An English version of a few of the same paragraphs, plus two names the base does not know. */
const PARAGRAPHS_EN = [
  "Today OpenAI officially announced Sam Altman's return as CEO, and Microsoft, the company's largest investor, will join the board as a non-voting observer.",
  'Altman spoke to The Verge together with CTO Mira Murati. "The board is going to do an independent review here," he said.',
  'Q: You just posted on X that there were real misunderstandings between you and board members. What were they?',
  'Q: You mentioned Ilya Sutskever in your letter to employees. Why did he change his mind?',
  "Murati: We don't know. You'd have to ask Ilya.",
  'Q: What is the report about the Q* model? Altman: No particular comment on that unfortunate leak.',
  'Q: Will the nonprofit holding company structure change?',
  'Three weeks earlier, at OpenAI DevDay, Altman presented GPT-4 Turbo and GPTs, a year after ChatGPT came out.',
  'A reader, Tomás Ortega, asked whether Satya Nadella had also planned to hire Greg Brockman.',
  'Google is said to be preparing a model called “Gemini Ultra”.',
];

/** A Chinese page on the same story. */
const PARAGRAPHS_ZH = [
  'OpenAI今天正式宣布奥特曼回归，公司最大的投资者微软也将以无投票权观察员身份加入董事会。',
  '在接受The Verge采访时，奥特曼和首席技术官穆拉蒂都没有透露董事会解雇他的原因。',
  '问：你刚在X上说，你和董事会成员之间存在真正的误解。',
  '问：苏茨克维为什么改变了主意？穆拉蒂：我们不知道，你得去问伊利亚。',
  '问：关于Q*模型的报道是怎么回事？山姆·奥特曼：对于这次不幸的泄露，我没有特别的评论。',
  '据报道，OpenAI的研究人员此前曾就Q*致信董事会。图中X轴表示时间。',
];

const ALTMAN: Speaker = { id: 'altman', name: 'Sam Altman', aliases: ['Altman', 'Altmann'], role: 'interviewee' };
const MURATI: Speaker = { id: 'murati', name: 'Mira Murati', aliases: ['Murati'], role: 'interviewee' };
const INTERVIEWER_DE: Speaker = { id: 'f', name: 'F', aliases: [], role: 'interviewer' };
const HEATH: Speaker = { id: 'heath', name: 'Alex Heath', aliases: ['Q'], role: 'interviewer' };

function link(paragraphs: string[], options: Partial<LinkOptions> = {}): Entity[] {
  return linkEntities(paragraphs, { lang: 'en', pageLang: 'en', speakers: [], knowledge: knowledgeBase, ...options });
}

function byId(entities: Entity[], id: string): Entity {
  const entity = entities.find((e) => e.id === id);
  if (!entity) throw new Error(`no entity ${id} among ${entities.map((e) => e.id).join(', ')}`);
  return entity;
}

function ids(entities: Entity[]): string[] {
  return entities.map((e) => e.id);
}

/** The mentioned text of each position, as the page shows it. */
function texts(paragraphs: string[], entity: Entity): string[] {
  return (entity.positions ?? []).map((p) => paragraphs[p.paragraph].slice(p.start, p.end));
}

describe('linkEntities: the founding interview in German', () => {
  const entities = link(SEED_PARAGRAPHS, { lang: 'de', pageLang: 'de', speakers: [ALTMAN, MURATI, INTERVIEWER_DE] });
  const mentionsOf = (id: string): string[] => texts(SEED_PARAGRAPHS, byId(entities, id));

  it('finds the people, organisations, terms and events a reader needs', () => {
    expect(ids(entities)).toEqual(
      expect.arrayContaining([
        'sam-altman',
        'openai',
        'microsoft',
        'openai-board',
        'q-star',
        'ilya-sutskever',
        'x-twitter',
        'chatgpt',
        'the-verge',
        'mira-murati',
        'independent-review',
        'openai-nonprofit',
        'devday-2023',
        'board-observer',
        'altman-removal',
        'ifanr',
      ]),
    );
  });

  it('counts Altman under every form the page uses, the misspelt speaker label included', () => {
    const altman = byId(entities, 'sam-altman');
    expect(altman.mentions).toBe(26);
    expect(new Set(mentionsOf('sam-altman'))).toEqual(new Set(['Sam Altmans', 'Sam Altman', 'Altman', 'Altmann', 'Sam']));
  });

  it('links Ilya Sutskever through the full name and the German "Ilja"', () => {
    expect(mentionsOf('ilya-sutskever')).toEqual(['Ilya Sutskever', 'Ilja']);
  });

  it('takes "X" for the network only in "Sie haben gerade zu X gesagt"', () => {
    const x = byId(entities, 'x-twitter');
    expect(x.mentions).toBe(1);
    expect(SEED_PARAGRAPHS[x.positions![0].paragraph]).toContain('Sie haben gerade zu X gesagt');
  });

  it('reads "der Vorstand" and its compounds as the OpenAI board', () => {
    const board = byId(entities, 'openai-board');
    expect(board.mentions).toBe(10);
    expect(board.label).toBe('Vorstand von OpenAI');
    expect(new Set(mentionsOf('openai-board'))).toEqual(
      new Set(['Vorstand', 'OpenAI-Vorstand', 'Vorstandsmitgliedern', 'Vorstandsmitglieder', 'Vorstandsmitglied']),
    );
  });

  it('finds the independent review, the nonprofit holding and Microsoft as board observer', () => {
    expect(mentionsOf('independent-review')).toEqual(['unabhängige Prüfung', 'Überprüfungsprozess']);
    expect(mentionsOf('openai-nonprofit')).toEqual(['gemeinnützigen Holdinggesellschaft']);
    expect(mentionsOf('board-observer')).toEqual(['nicht stimmberechtigter Beobachter']);
    expect(byId(entities, 'microsoft').mentions).toBe(1);
  });

  it('counts the other mentions', () => {
    expect(byId(entities, 'q-star').mentions).toBe(5);
    expect(byId(entities, 'mira-murati').mentions).toBe(4);
    expect(mentionsOf('mira-murati')).toEqual(['Mira Murati', 'Mira Murati', 'Mira', 'Murati']);
    expect(byId(entities, 'the-verge').mentions).toBe(2);
    expect(byId(entities, 'chatgpt').mentions).toBe(1);
    expect(mentionsOf('devday-2023')).toEqual(['OpenAI DevDay']);
    expect(mentionsOf('altman-removal')).toEqual(['Entlassung']);
  });

  it('labels in German and links the German Wikipedia, else English, else the covering article', () => {
    expect(byId(entities, 'sam-altman')).toMatchObject({ label: 'Sam Altman', kind: 'person', url: 'https://de.wikipedia.org/wiki/Sam_Altman' });
    expect(byId(entities, 'the-verge').url).toBe('https://de.wikipedia.org/wiki/The_Verge');
    expect(byId(entities, 'q-star').url).toBe('https://en.wikipedia.org/wiki/Removal_of_Sam_Altman_from_OpenAI');
    expect(byId(entities, 'openai-nonprofit')).toMatchObject({ label: 'Gemeinnützige Struktur von OpenAI', url: 'https://de.wikipedia.org/wiki/OpenAI' });
  });

  it('lists the speakers first, then the entities in order of first appearance, with positions that point at the mention', () => {
    expect(ids(entities).slice(0, 2)).toEqual(['sam-altman', 'mira-murati']);
    const firsts = entities.slice(2).map((e) => e.positions![0]);
    const order = firsts.map((p) => p.paragraph * 1e6 + p.start);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(ids(entities)[2]).toEqual('q-star');
    for (const entity of entities) expect(entity.positions).toHaveLength(entity.mentions);
  });

  it('offers no look-up for the German nouns of the page', () => {
    expect(entities.filter((e) => e.lookup)).toEqual([]);
  });
});

describe('linkEntities: the same story in English', () => {
  const entities = link(PARAGRAPHS_EN, { speakers: [ALTMAN, MURATI, HEATH] });
  const mentionsOf = (id: string): string[] => texts(PARAGRAPHS_EN, byId(entities, id));

  it('finds the same entities under their English names', () => {
    expect(mentionsOf('sam-altman')).toEqual(["Sam Altman's", 'Altman', 'Altman', 'Altman']);
    expect(mentionsOf('microsoft')).toEqual(['Microsoft']);
    expect(mentionsOf('openai-board')).toEqual(['board', 'board', 'board']);
    expect(mentionsOf('board-observer')).toEqual(['non-voting observer']);
    expect(mentionsOf('independent-review')).toEqual(['independent review']);
    expect(mentionsOf('x-twitter')).toEqual(['X']);
    expect(mentionsOf('ilya-sutskever')).toEqual(['Ilya Sutskever', 'Ilya']);
    expect(mentionsOf('mira-murati')).toEqual(['Mira Murati', 'Murati']);
    expect(mentionsOf('q-star')).toEqual(['Q*']);
    expect(mentionsOf('openai-nonprofit')).toEqual(['nonprofit holding company']);
    expect(mentionsOf('devday-2023')).toEqual(['OpenAI DevDay']);
    expect(mentionsOf('gpt-4-turbo')).toEqual(['GPT-4 Turbo']);
    expect(mentionsOf('gpts')).toEqual(['GPTs']);
    expect(mentionsOf('chatgpt')).toEqual(['ChatGPT']);
    expect(mentionsOf('satya-nadella')).toEqual(['Satya Nadella']);
    expect(mentionsOf('greg-brockman')).toEqual(['Greg Brockman']);
    expect(mentionsOf('the-verge')).toEqual(['The Verge']);
  });

  it('labels in English and links the English Wikipedia', () => {
    expect(byId(entities, 'ilya-sutskever')).toMatchObject({ label: 'Ilya Sutskever', url: 'https://en.wikipedia.org/wiki/Ilya_Sutskever' });
    expect(byId(entities, 'openai-board').label).toBe('OpenAI board of directors');
  });

  it('offers a Wikipedia search for names the base does not know', () => {
    const lookups = entities.filter((e) => e.lookup);
    expect(lookups.map((e) => e.label)).toEqual(['Tomás Ortega', 'Gemini Ultra']);
    expect(lookups[0]).toMatchObject({ mentions: 1, url: 'https://en.wikipedia.org/w/index.php?search=Tom%C3%A1s%20Ortega' });
    expect(lookups[1].url).toBe('https://en.wikipedia.org/w/index.php?search=Gemini%20Ultra');
    expect(texts(PARAGRAPHS_EN, lookups[1])).toEqual(['Gemini Ultra']);
  });
});

describe('linkEntities: a Chinese page', () => {
  const entities = link(PARAGRAPHS_ZH, { lang: 'zh', pageLang: 'zh-CN' });
  const mentionsOf = (id: string): string[] => texts(PARAGRAPHS_ZH, byId(entities, id));

  it('matches the Chinese names without word boundaries, longest first', () => {
    expect(mentionsOf('sam-altman')).toEqual(['奥特曼', '奥特曼', '山姆·奥特曼']);
    expect(mentionsOf('mira-murati')).toEqual(['穆拉蒂', '穆拉蒂']);
    expect(mentionsOf('ilya-sutskever')).toEqual(['苏茨克维', '伊利亚']);
    expect(mentionsOf('microsoft')).toEqual(['微软']);
    expect(mentionsOf('openai')).toEqual(['OpenAI', 'OpenAI']);
    expect(mentionsOf('q-star')).toEqual(['Q*', 'Q*']);
    expect(mentionsOf('board-observer')).toEqual(['无投票权观察员']);
    expect(mentionsOf('the-verge')).toEqual(['The Verge']);
  });

  it('reads 董事会 as the OpenAI board and "在X上" as the network, but not "X轴"', () => {
    expect(byId(entities, 'openai-board').mentions).toBe(4);
    expect(mentionsOf('x-twitter')).toEqual(['X']);
    expect(byId(entities, 'x-twitter').positions![0].paragraph).toBe(2);
  });

  it('labels in Chinese and links the Chinese Wikipedia, else English', () => {
    expect(byId(entities, 'sam-altman')).toMatchObject({ label: '萨姆·奥尔特曼', url: 'https://en.wikipedia.org/wiki/Sam_Altman' });
    expect(byId(entities, 'microsoft')).toMatchObject({ label: '微软', url: 'https://zh.wikipedia.org/wiki/%E5%BE%AE%E8%BD%AF' });
  });
});

describe('linkEntities: no false mentions', () => {
  it('does not take every capital X for the network', () => {
    const de = ['Das Modell X ist schneller als der Vorgänger.', 'Auf der X-Achse steht die Zeit, Faktor X bleibt offen.', 'Die Werte liegen auf X-Achse und Y-Achse.'];
    const en = ['The X axis shows time.', 'Let X be the number of users.'];
    expect(ids(link(de, { lang: 'de', pageLang: 'de' }))).not.toContain('x-twitter');
    expect(ids(link(en))).not.toContain('x-twitter');
  });

  it('does take X for the network in its frames', () => {
    const de = ['Er schrieb auf X, dass er OpenAI liebe.', 'In einem X-Post kündigte er es an.'];
    const en = ['Altman posted on X late on Tuesday.', 'OpenAI said in an X post that it had reached an agreement.'];
    expect(byId(link(de, { lang: 'de', pageLang: 'de' }), 'x-twitter').mentions).toBe(2);
    expect(byId(link(en), 'x-twitter').mentions).toBe(2);
  });

  it('takes X for the network in Chinese frames with or without spaces', () => {
    const paragraphs = ['问：你刚刚在 X 上说，很明显存在误解。', '他随后在X发文。', '图中X轴表示时间。'];
    const x = byId(link(paragraphs, { lang: 'zh', pageLang: 'zh' }), 'x-twitter');
    expect(x.positions!.map((p) => p.paragraph)).toEqual([0, 1]);
  });

  it('takes no English contraction for a name', () => {
    const entities = link(['Obviously I’ve learned a lot, but I’m still trying to understand it all.']);
    expect(entities).toEqual([]);
  });

  it('does not take another Sam for Altman', () => {
    const sbf = link(['Sam Bankman-Fried was convicted in November 2023.']);
    expect(ids(sbf)).not.toContain('sam-altman');
    expect(sbf.find((e) => e.lookup)?.label).toBe('Sam Bankman-Fried');

    const others: Speaker[] = [
      { id: 'a', name: 'Lena Fischer', aliases: [], role: 'interviewer' },
      { id: 'b', name: 'Tom Becker', aliases: [], role: 'interviewee' },
    ];
    expect(ids(link(['Sam said he would call back after lunch.'], { speakers: others }))).not.toContain('sam-altman');
  });

  it('takes "Sam" for Altman when he is a speaker', () => {
    expect(byId(link(['Sam said he would call back after lunch.'], { speakers: [ALTMAN] }), 'sam-altman').mentions).toBe(1);
  });

  it('reads "Vorstand" and "the board" as OpenAI\'s only where OpenAI is named', () => {
    expect(ids(link(['Der Vorstand von Siemens tagte am Montag.'], { lang: 'de', pageLang: 'de' }))).not.toContain('openai-board');
    expect(ids(link(['The board met on Monday.', 'We played a board game.']))).not.toContain('openai-board');
    expect(byId(link(['OpenAI is a lab.', 'The board met on Monday.', 'We played a board game.']), 'openai-board').mentions).toBe(1);
  });

  it('respects word boundaries', () => {
    const entities = link(['Samsung and Xbox sold well; the Altmanstraße is in Berlin; Muratin is no name.']);
    expect(entities.filter((e) => !e.lookup)).toEqual([]);
  });
});

describe('linkEntities: forms of names', () => {
  it('matches possessives and German genitives, and typographic apostrophes', () => {
    const paragraphs = ['Altmans Rückkehr, Altman’s return and Altman\'s team; Sutskevers Brief; OpenAIs Vorstand.'];
    const entities = link(paragraphs, { lang: 'de', pageLang: 'de' });
    expect(texts(paragraphs, byId(entities, 'sam-altman'))).toEqual(['Altmans', 'Altman’s', "Altman's"]);
    expect(texts(paragraphs, byId(entities, 'ilya-sutskever'))).toEqual(['Sutskevers']);
    expect(texts(paragraphs, byId(entities, 'openai'))).toEqual(['OpenAIs']);
    expect(texts(paragraphs, byId(entities, 'openai-board'))).toEqual(['Vorstand']);
  });

  it('reads through zero-width and bidi control characters (ifanr feed text carries them)', () => {
    const paragraphs = ['Alt\u200bman sagte zu \u202aOpenAI\u202c nichts.'];
    const entities = link(paragraphs, { lang: 'de', pageLang: 'de' });
    expect(texts(paragraphs, byId(entities, 'sam-altman'))).toEqual(['Alt\u200bman']);
    expect(texts(paragraphs, byId(entities, 'openai'))).toEqual(['OpenAI']);
  });

  it('reads fullwidth and typographic variants as their plain forms', () => {
    const paragraphs = ['ＯｐｅｎＡＩ的山姆・奥特曼说。'];
    const entities = link(paragraphs, { lang: 'zh', pageLang: 'zh' });
    expect(texts(paragraphs, byId(entities, 'openai'))).toEqual(['ＯｐｅｎＡＩ']);
    expect(texts(paragraphs, byId(entities, 'sam-altman'))).toEqual(['山姆・奥特曼']);
  });

  it('adds the page\'s own spelling of a speaker that is in the base', () => {
    const paragraphs = ['Altmann: Ja.'];
    expect(ids(link(paragraphs, { lang: 'de', pageLang: 'de' }))).not.toContain('sam-altman');
    expect(byId(link(paragraphs, { lang: 'de', pageLang: 'de', speakers: [ALTMAN] }), 'sam-altman').mentions).toBe(1);
  });

  it('falls back to English Wikipedia where the page language has no article', () => {
    const entities = link(['Greg Brockman kündigte noch am selben Tag.'], { lang: 'de', pageLang: 'de-DE' });
    expect(byId(entities, 'greg-brockman').url).toBe('https://en.wikipedia.org/wiki/Greg_Brockman');
  });

  it('searches the page language for look-ups, and works without the knowledge base', () => {
    const entities = link(['Laut Reporterin Anna Tong sei das Projekt weit.'], { lang: 'de', pageLang: 'de-DE', knowledge: null });
    expect(entities).toEqual([
      { id: 'lookup:anna-tong', label: 'Anna Tong', mentions: 1, url: 'https://de.wikipedia.org/w/index.php?search=Anna%20Tong', lookup: true, positions: [{ paragraph: 0, start: 16, end: 25 }] },
    ]);
  });
});

describe('linkEntities: speakers', () => {
  it('offers two interviewers credited together as one speaker as two people', () => {
    const pair: Speaker = { id: 'interviewer', name: 'Jana Lindqvist & Matthias Görres', aliases: [], role: 'interviewer' };
    const labels = link(['Jana Lindqvist und Matthias Görres sprachen mit der Richterin in Karlsruhe.'], { lang: 'de', pageLang: 'de', speakers: [pair] }).map((e) => e.label);
    expect(labels.slice(0, 2)).toEqual(['Jana Lindqvist', 'Matthias Görres']);
    expect(labels).not.toContain('Jana Lindqvist & Matthias Görres');
  });
});

describe('linkEntities: growth', () => {
  it('takes about 20 times as long on the founding interview repeated 20 times, not 400 times', () => {
    const options = { lang: 'de' as const, pageLang: 'de', speakers: [ALTMAN, MURATI] };
    const big = Array.from({ length: 20 }, () => SEED_PARAGRAPHS).flat();
    // Against the page linked 20 times over, so that both sides are long enough to time: linear
    // is about 1x in CPU time, a quadratic step about 20x.
    const twentyTimes = () => {
      for (let i = 0; i < 20; i++) link(SEED_PARAGRAPHS, options);
    };
    expect(growth(twentyTimes, () => link(big, options))).toBeLessThan(3);
  });
});
