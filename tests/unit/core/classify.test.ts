import { describe, expect, it } from 'vitest';
import { classifyAnswer, classifyTurns, questionType } from '../../../src/core/classify';
import type { Classification, Lang, Turn } from '../../../src/core/types';
import { loadInterviews } from '../../../scripts/lib/nonanswer-data';
import { growth } from '../support/cpu-time';

interface Case {
  question: string | null;
  answer: string;
}

/** Non-answers must say why, with words taken from the answer. */
function expectEvasive(result: Classification, answer: string): void {
  expect(result.verdict).not.toBe('answer');
  expect(result.reason).not.toBeNull();
  expect(result.evidence).not.toBeNull();
  expect(answer).toContain(result.evidence);
}

// The founding interview: The Verge with Sam Altman and Mira Murati, Nov 2023, in the German
// version of ifanr/Ai Faner (shared/seed/aifaner-altman-interview.de.txt), copied verbatim.
const FOUNDING_EVASIVE: Record<string, Case> = {
  'why he was fired': {
    question:
      'Sam, ich möchte zunächst über das Offensichtliche sprechen: Wir wissen immer noch nicht, warum Sie überhaupt gefeuert wurden. Warum glauben Sie, dass Sie gefeuert wurden?',
    answer:
      'Der Vorstand wird hier eine unabhängige Prüfung durchführen. Das begrüße ich sehr. Ich habe im Moment nicht viel zu sagen, aber ich freue mich darauf, mehr zu erfahren.',
  },
  'lost trust': {
    question: 'Warum hat der Vorstand Ihrer Meinung nach gesagt, dass er das Vertrauen in Sie verloren hat?',
    answer: 'Das ist für sie eine bessere Antwort.',
  },
  misunderstandings: {
    question:
      'Sie haben gerade zu X gesagt: „Es ist klar, dass es echte Missverständnisse zwischen Ihnen und den Vorstandsmitgliedern gab.“ Was waren diese Missverständnisse?',
    answer:
      'Ich bin noch nicht bereit, darüber zu sprechen. Ich denke, es ist wichtig, diesen Überprüfungsprozess stattfinden zu lassen. Ich freue mich über alles, was zukunftsweisend ist. Ich denke, es wird eine Zeit geben, in der ich gerne darüber sprechen würde, was hier passiert ist, aber jetzt ist nicht der richtige Zeitpunkt dafür.',
  },
  'why not now': {
    question: 'Können Sie mir sagen, warum Sie jetzt nicht darüber sprechen können?',
    answer: 'Ich möchte einfach, dass der Prozess ohne Eingreifen abläuft.',
  },
  ilya: {
    question:
      'Sie haben Ilya Sutskever (Chefwissenschaftler von OpenAI) in Ihrem Brief an die Mitarbeiter erwähnt. Können Sie mir sagen, warum er seine Meinung geändert und beschlossen hat, sich auf die Seite der anderen zu stellen?',
    answer: 'Wir wissen es nicht. Da musst du Ilja fragen.',
  },
  governance: {
    question:
      'Was bedeutet „Verbesserung unserer Governance-Struktur“? Wird sich die Struktur der gemeinnützigen Holdinggesellschaft ändern?',
    answer:
      'Das wäre angemessener, wenn ein Vorstandsmitglied antworten würde, aber im Moment nicht. Ehrlich gesagt, sie brauchen Zeit und wir werden sie dabei unterstützen, darüber nachzudenken. Offensichtlich stimmt etwas mit unserer Governance-Struktur nicht. Es wird eine Weile dauern, den besten Weg zur Lösung dieses Problems zu finden. Ich verstehe vollkommen, warum die Leute gerade jetzt eine Antwort wollen. Aber ich halte es auch für völlig unvernünftig, sofortige Antworten zu erwarten.',
  },
  'Q*': {
    question: 'Worum geht es in dem Bericht über Ihren jüngsten Durchbruch beim Q*-Modell?',
    answer:
      'Ich habe keinen besonderen Kommentar zu diesem unglücklichen Leak. Aber eigentlich haben wir schon früher betont, genau wie wir es vor zwei Wochen gesagt haben, was wir vor einem Jahr gesagt haben und was wir noch früher gesagt haben: Wir gehen davon aus, dass der Fortschritt dieser Technologie weiterhin rasant sein wird, und das erwarten wir auch Arbeiten Sie weiterhin hart daran, es besser zu machen. Erfahren Sie, wie Sie es sicher und nützlich machen können. Deshalb sind wir jeden Tag aufgestanden. Deshalb werden wir in Zukunft jeden Tag aufstehen. Ich denke, wir waren dabei sehr konsequent.\n\nOhne eine konkrete Sache oder ein bestimmtes Projekt zu kommentieren, glauben wir, dass Fortschritt Forschung ist. Es besteht immer die Möglichkeit, dass Sie auf Hindernisse stoßen, aber wir gehen davon aus, dass die Fortschritte weiterhin erheblich sein werden. Wir wollen mit der Welt in Kontakt treten und herausfinden, wie wir diese Technologie so gut wie möglich machen können.',
  },
  'lessons, first reply': {
    question:
      'Letzte Frage. Ich bin mir sicher, dass Sie immer noch über all das nachdenken. Ich weiß, das ist alles neu. Was haben Sie aus diesem ganzen Vorfall gelernt?',
    answer:
      'Ich glaube, ich habe noch keine prägnante und aussagekräftige Antwort. Offensichtlich habe ich viel gelernt, aber ich versuche immer noch, alles zu verstehen. Ich meine, es gibt definitiv viel zu sagen, aber ich glaube, ich bin noch nicht bereit … Ich kann im Moment nur eine lange und weitschweifige Antwort geben.',
  },
  'lessons, later': {
    question:
      'Letzte Frage. Ich bin mir sicher, dass Sie immer noch über all das nachdenken. Ich weiß, das ist alles neu. Was haben Sie aus diesem ganzen Vorfall gelernt?',
    answer: 'Nun, darüber reden wir später.',
  },
  'back on the board': {
    question: 'Möchten Sie in den Vorstand zurückkehren?',
    answer:
      'Auch wenn das wie ein PR-Pitch klingt, ist es momentan nicht mein Schwerpunkt. Ich habe eine Menge sehr schwieriger, wichtiger und dringender Aufgaben zu erledigen. Ich möchte meinen Job machen, aber es geht nicht darum, im Vorstand zu sein oder nicht. Jetzt nehme ich mir nicht die Zeit, darüber nachzudenken.',
  },
};

const FOUNDING_ANSWERS: Record<string, Case> = {
  motivation: {
    question: 'Sam, was war im Rückblick die Hauptmotivation, die dich zurückgebracht hat?',
    answer:
      'Das ist wirklich interessant. Einige Vorstandsmitglieder riefen mich am Samstagmorgen an und fragten, ob ich über dieses Thema sprechen würde. Meine erste Reaktion war ein wenig defensiv, etwa: „Oh mein Gott, ich bin verletzt, ich bin wütend, ich finde das schlimm.“\n\nUnd dann begann ich fast sofort zu denken: Natürlich liebe ich dieses Unternehmen so sehr und habe mich in den letzten viereinhalb Jahren so sehr dafür eingesetzt, aber es hat tatsächlich viel länger gedauert. Wir haben enorme Fortschritte bei einer Mission gemacht, die mir sehr am Herzen liegt: sichere und nützliche künstliche Intelligenz. Aber es sind auch die Menschen hier und alle Partner, die große Erwartungen an uns haben, und Mira und das Führungsteam und alle Menschen hier, die einen unglaublichen Job machen. Es dauerte ein paar Minuten, bis ich da rauskam, über mich selbst und meine Gefühle hinwegkam und dachte: „Ja, natürlich möchte ich das machen.“',
  },
  'asked back': {
    question: 'Der Vorstand hat Sie also gebeten, zurückzukommen?',
    answer: 'Ja.',
  },
  'employees support': {
    question: 'Es ist klar, dass die Mitarbeiter Sie unterstützen. Welchen Einfluss hat das Ihrer Meinung nach?',
    answer:
      'Wir gehen aus diesem Prozess definitiv als stärkeres, geeinteres, fokussierteres und engagierteres Team hervor. Ich denke, wir hatten vorher viel Glauben und Konzentration, und ich denke, jetzt haben wir sogar noch mehr. Das ist also mein Lichtblick in all dem.\n\nWährend des gesamten Prozesses haben wir keinen einzigen Mitarbeiter oder Kunden verloren. Sie haben nicht nur das Produkt trotz des unkontrollierbaren Wachstums am Laufen gehalten, sondern auch neue Funktionen eingeführt. Der Forschungsfortschritt geht weiter.',
  },
  safety: {
    question: 'Werden die Ereignisse, die gerade passiert sind, den Sicherheitsansatz von OpenAI ändern?',
    answer: 'Nein. Das hat nichts mit Sicherheit zu tun.',
  },
  'governance timeline': {
    question:
      'Warum halten Sie das für unvernünftig? Ich denke, die Leute sehen eine große Unklarheit darüber, was vor sich geht. Scheint eine Meinungsverschiedenheit zu sein, kein unangemessenes Verhalten oder ähnliches.',
    answer:
      'Oh, nur weil die Gestaltung einer wirklich guten Governance-Struktur, insbesondere für eine so einflussreiche Technologie, keine Frage der Woche ist. Es wird Zeit in Anspruch nehmen, nachzudenken, zu debattieren, Außenperspektiven einzuholen und Stresstests durchzuführen. Das dauert eine Weile.',
  },
  'call-back': {
    question:
      'Letzte Frage. Ich bin mir sicher, dass Sie immer noch über all das nachdenken. Ich weiß, das ist alles neu. Was haben Sie aus diesem ganzen Vorfall gelernt?',
    answer:
      'Ich habe gelernt, dass das Unternehmen auch ohne mich funktionieren könnte, was wirklich gut war. Ich bin froh, zurück zu sein, verstehen Sie mich nicht falsch. Aber ich kam ohne den Druck zurück: „Oh, ich muss das tun, sonst braucht die Firma mich oder was auch immer.“\n\nIch dachte, ich fühle mich gut, weil ich entweder großartige Führungskräfte ausgewählt oder sie gut trainiert habe. Es fühlt sich gut an, dass es dem Unternehmen ohne mich gut geht und dass das Team bereit ist und sich verbessert.',
  },
};

describe('classifyAnswer on the founding interview (de)', () => {
  it.each(Object.entries(FOUNDING_EVASIVE))('%s: non-answer or partial', (_name, { question, answer }) => {
    expectEvasive(classifyAnswer(answer, question, 'de'), answer);
  });

  it.each(Object.entries(FOUNDING_ANSWERS))('%s: answer', (_name, { question, answer }) => {
    expect(classifyAnswer(answer, question, "de")).toMatchObject({ verdict: "answer", reason: null, evidence: null });
  });

  it('says why, quoting the clause of the answer that shows it', () => {
    expect(classifyAnswer(FOUNDING_EVASIVE['lost trust'].answer, FOUNDING_EVASIVE['lost trust'].question, 'de')).toMatchObject({
      verdict: 'non-answer',
      reason: 'redirects',
      evidence: 'Das ist für sie eine bessere Antwort',
    });
    // Two phrases ("Wir wissen es nicht", "Da musst du Ilja fragen"): the opening one is quoted.
    expect(classifyAnswer(FOUNDING_EVASIVE.ilya.answer, FOUNDING_EVASIVE.ilya.question, 'de')).toMatchObject({
      verdict: 'non-answer',
      reason: 'ignorance',
      evidence: 'Wir wissen es nicht',
    });
    expect(classifyAnswer(FOUNDING_EVASIVE['why he was fired'].answer, FOUNDING_EVASIVE['why he was fired'].question, 'de')).toMatchObject({
      verdict: 'partial',
      reason: 'declines',
      evidence: 'Ich habe im Moment nicht viel zu sagen, aber ich freue mich darauf, mehr zu erfahren',
    });
    expect(classifyAnswer(FOUNDING_EVASIVE['Q*'].answer, FOUNDING_EVASIVE['Q*'].question, 'de')).toMatchObject({
      verdict: 'non-answer',
      reason: 'declines',
      evidence: 'Ich habe keinen besonderen Kommentar zu diesem unglücklichen Leak',
    });
  });
});

// The same exchanges in English and Chinese, translated for these tests.
const TRANSLATED_EVASIVE: Record<'en' | 'zh', Case[]> = {
  en: [
    {
      question: 'Why do you think you were fired?',
      answer:
        "The board is going to do an independent review here. I very much welcome that. I don't have much to say right now, but I'm looking forward to learning more.",
    },
    { question: 'Why do you think the board said it lost confidence in you?', answer: "That's a better answer for them." },
    {
      question: 'What were those misunderstandings?',
      answer:
        "I'm not ready to talk about that yet. I think it's important to let this review process happen. There will be a time when I'd love to talk about what happened here, but now is not the right time.",
    },
    { question: "Can you tell me why you can't talk about it now?", answer: 'I just want the process to run without interference.' },
    { question: 'Why did he change his mind?', answer: "We don't know. You'd have to ask Ilya." },
    { question: 'What did you learn from all this?', answer: "Well, we'll talk about that later." },
    {
      question: 'What is the Q* model?',
      answer:
        "I have no particular comment on that unfortunate leak. But what we have been saying for a long time is that we expect progress in this technology to continue to be rapid.",
    },
  ],
  zh: [
    { question: '你认为你为什么被解雇？', answer: '董事会将在这里进行独立审查。我对此非常欢迎。我现在没有太多可说的，但我期待了解更多。' },
    { question: '董事会为什么说对你失去了信任？', answer: '这个问题由他们来回答更合适。' },
    { question: '这些误解是什么？', answer: '我还没准备好谈论这个。我认为让这个审查程序走完很重要。以后会有机会谈，但现在还不是时候。' },
    { question: '你能告诉我为什么现在不能谈吗？', answer: '我只是希望这个过程不受干扰地进行。' },
    { question: '他为什么改变了主意？', answer: '我们不知道。你得去问伊利亚。' },
    { question: '你从这件事中学到了什么？', answer: '好吧，这个我们以后再谈。' },
    { question: '关于Q*模型的报道是怎么回事？', answer: '我对这次不幸的泄露没有特别的评论。但我们一直说，这项技术会继续快速进步。' },
  ],
};

const TRANSLATED_ANSWERS: Record<'en' | 'zh', Case[]> = {
  en: [
    { question: 'So the board asked you to come back?', answer: 'Yes.' },
    { question: "Will the events that just happened change OpenAI's approach to safety?", answer: 'No. This has nothing to do with safety.' },
    {
      question: 'Why do you think that is unreasonable?',
      answer:
        "Oh, just because designing a really good governance structure, especially for such an impactful technology, is not a one-week question. It's going to take time to think, to debate, to get outside perspectives, to pressure test. That takes a while.",
    },
    {
      question: 'What did you learn from all this?',
      answer:
        "I learned that the company can totally function without me, which was really good. I'm so happy to be back, don't get me wrong. But I come back without any of the pressure of, 'Oh, I have to do this, or the company needs me.'",
    },
  ],
  zh: [
    { question: '所以是董事会请你回来的？', answer: '是的。' },
    { question: '刚刚发生的事件会改变OpenAI的安全方法吗？', answer: '不。这与安全无关。' },
    { question: '你为什么认为这不合理？', answer: '哦，只是因为设计一个真正好的治理结构，尤其是对于如此有影响力的技术来说，不是一周就能解决的问题。这需要时间思考、辩论、听取外部观点和进行压力测试。' },
    { question: '你从这件事中学到了什么？', answer: '我了解到公司没有我也能运转，这真的很好。我很高兴能回来，别误会我的意思。' },
  ],
};

describe.each(['en', 'zh'] as const)('classifyAnswer on the translated interview (%s)', (lang) => {
  it.each(TRANSLATED_EVASIVE[lang])('evasive: $answer', ({ question, answer }) => {
    expectEvasive(classifyAnswer(answer, question, lang), answer);
  });

  it.each(TRANSLATED_ANSWERS[lang])('answer: $answer', ({ question, answer }) => {
    expect(classifyAnswer(answer, question, lang).verdict).toBe('answer');
  });
});

describe('negation and scope', () => {
  const answers: Array<[Lang, string]> = [
    ['en', "I'm happy to talk about that. We grew revenue by 20% and hired 300 people."],
    ['en', "I can't wait to tell you about it: we launch in May."],
    ['en', 'He said no comment, but I can tell you that we signed the deal last week.'],
    ['en', 'The regulator told reporters "no comment", and we have since filed the papers.'],
    ['en', "It's not that I can't talk about it; the answer is simply that we sold the unit."],
    ['en', "I'd never say no comment to you. We lost money in Europe because of the strike."],
    ['en', "They don't know what they are missing. Our margin was 12%."],
    ['de', 'Er sagte, kein Kommentar, aber ich kann Ihnen sagen, dass wir den Vertrag unterschrieben haben.'],
    ['de', 'Sie sagte: „Dazu kann ich nichts sagen.“ Ich sehe das anders: Wir haben den Vertrag unterschrieben.'],
    ['de', 'Darüber spreche ich gerne. Wir haben 300 Leute eingestellt.'],
    ['de', 'Ich würde nicht sagen, dass das falsch war. Wir haben daraus gelernt.'],
    ['zh', '他说无可奉告，但我可以告诉你，我们上周签了合同。'],
    ['zh', '我很乐意谈这个。我们的收入增长了百分之二十。'],
    ['zh', '我迫不及待地想告诉你：我们五月发布。'],
  ];
  it.each(answers)('%s: %s is an answer', (lang, answer) => {
    expect(classifyAnswer(answer, null, lang).verdict).toBe('answer');
  });

  it('the speaker’s own refusal still counts after a quoted one', () => {
    const answer = 'He said "no comment" back then. We are not going to comment either.';
    const result = classifyAnswer(answer, null, 'en');
    expect(result.verdict).not.toBe('answer');
    expect(result).toMatchObject({ reason: 'declines', evidence: 'We are not going to comment either' });
  });
});

describe('precision first: the answer as a whole decides', () => {
  const substance =
    'Revenue grew 12% in the quarter, driven by the new plant in Ohio, which ran at full capacity from the second week. ' +
    'Margins improved by two points because raw material costs fell and we renegotiated the freight contracts. ' +
    'We hired 140 engineers, most of them in the battery group, and we opened the Austin office in March. ' +
    'Cash flow was positive for the third quarter in a row, and we paid down 40 million dollars of debt. ';
  const erklaerung =
    'Daran sieht man schon, solche Schätzungen sind mutig, und sie können am Ende einer Modellrechnung große Auswirkungen haben. ' +
    'Bei einem Modell muss man an einigen Stellen schätzen, und wenn man sich verschätzt, verschiebt sich das ganze Ergebnis. ' +
    'Die Autoren rechnen deshalb mehrere Szenarien durch und vergleichen sie mit den Zahlen aus den Krankenhäusern. ';

  it('a limit stated inside a long real answer leaves it an answer, wherever it stands', () => {
    expect(classifyAnswer(`${substance}Beyond next year, I don't know.`, 'How did the quarter go?', 'en').verdict).toBe('answer');
    const answer = `Richtig, das ist ein wichtiger Faktor. Aber ob es wirklich ein Drittel ist, wissen wir nicht, das ist hier eine Schätzung. ${erklaerung}`;
    expect(classifyAnswer(answer, 'Die unbemerkt Infizierten sind ein wichtiger Faktor.', 'de').verdict).toBe('answer');
    const expert = `Ich kann jetzt nicht sagen, wie meine Kollegen die Studie beurteilen, sie ist sehr neu. Aber ich halte sie für wichtig. ${erklaerung}`;
    expect(classifyAnswer(expert, 'Wie beurteilen Sie und Ihre Kollegen diese Rechnung?', 'de').verdict).toBe('answer');
  });

  it('the same limit as the whole answer is a non-answer', () => {
    expect(classifyAnswer("We don't know.", 'What did the board decide?', 'en')).toMatchObject({ verdict: 'non-answer', reason: 'ignorance' });
    expect(classifyAnswer('Ich weiß es nicht.', 'Was hat der Vorstand beschlossen?', 'de')).toMatchObject({ verdict: 'non-answer', reason: 'ignorance' });
  });

  it('a refusal opening a long answer makes it a non-answer', () => {
    const answer = `We're not going to comment on the deal. ${substance}`;
    expect(classifyAnswer(answer, 'What did you pay?', 'en')).toMatchObject({ verdict: 'non-answer', reason: 'declines' });
  });

  it('a firm refusal later in a long answer makes it partial, and says which part it refused', () => {
    const answer = `${substance}We don't break out the regional numbers.`;
    expect(classifyAnswer(answer, 'How did each region do?', 'en')).toMatchObject({
      verdict: 'partial',
      reason: 'declines',
      evidence: "We don't break out the regional numbers",
    });
  });

  it('a preface or a question back before a real reply is answering', () => {
    expect(classifyAnswer(`It's too early to say for next year, but here is where we stand. ${substance}`, 'How will next year go?', 'en').verdict).toBe('answer');
    expect(classifyAnswer(`Could you repeat the last part? Okay. ${substance}`, 'How did the quarter go?', 'en').verdict).toBe('answer');
  });

  it('quotes the whole sentence, or clause, so that no softening word is cut off', () => {
    expect(classifyAnswer("I don't know exactly.", 'When did it start?', 'en').evidence).toBe("I don't know exactly");
    expect(classifyAnswer('Wie das in Deutschland läge, weiß ich gar nicht genau.', 'Und in Deutschland?', 'de').evidence).toBe(
      'Wie das in Deutschland läge, weiß ich gar nicht genau',
    );
    const long = `Dazu kann ich leider nichts sagen, ${'und das hat Gründe, die mit dem Vertrag zu tun haben, '.repeat(4)}tut mir leid.`;
    expect(classifyAnswer(long, 'Was hat der Vertrag gekostet?', 'de').evidence).toBe('Dazu kann ich leider nichts sagen');
  });

  it('gives the model’s confidence in each verdict', () => {
    for (const [answer, lang] of [["We don't break out the regional numbers.", 'en'], [substance, 'en'], ['是的。', 'zh']] as const) {
      const { confidence } = classifyAnswer(answer, null, lang);
      expect(confidence).toBeGreaterThanOrEqual(0.5);
      expect(confidence).toBeLessThanOrEqual(1);
    }
  });
});

describe('the question has its say', () => {
  it('a yes/no particle answers a yes/no question, whatever follows', () => {
    expect(classifyAnswer('Yes, and I would do it again.', 'Did you sign it?', 'en').verdict).toBe('answer');
    expect(classifyAnswer('Nein. Das hat nichts mit Sicherheit zu tun.', 'Hat das mit Sicherheit zu tun?', 'de').verdict).toBe('answer');
    expect(classifyAnswer('不会。我们的方法不变。', '这会改变你们的方法吗？', 'zh').verdict).toBe('answer');
  });

  it('but not when the particle is part of the phrase', () => {
    expect(classifyAnswer('No comment.', 'Did you sign it?', 'en')).toMatchObject({ verdict: 'non-answer', reason: 'declines' });
    expect(classifyAnswer('不知道。', '他会回来吗？', 'zh')).toMatchObject({ verdict: 'non-answer', reason: 'ignorance' });
  });

  it('a hedge followed by a reason answers a why-question', () => {
    const answer = "It's hard to say exactly, but mostly because demand in Europe collapsed.";
    expect(classifyAnswer(answer, 'Why did sales fall?', 'en').verdict).toBe('answer');
    expect(classifyAnswer('Das ist schwer zu sagen, weil die Zahlen fehlen.', 'Warum sind die Verkäufe gefallen?', 'de').verdict).toBe('answer');
    expect(classifyAnswer('很难说，因为数据还没出来。', '销量为什么下降？', 'zh').verdict).toBe('answer');
  });

  it('a short reply that asks is not taken for a question back when it answers or greets', () => {
    expect(classifyAnswer('Why not?', 'Would you do it again?', 'en').verdict).toBe('answer');
    expect(classifyAnswer('Hi Carl, how are you?', null, 'en').verdict).toBe('answer');
  });
});

describe('questionType', () => {
  it.each([
    ['Warum glauben Sie, dass Sie gefeuert wurden?', 'de', 'why'],
    ['Können Sie mir sagen, warum Sie jetzt nicht darüber sprechen können?', 'de', 'why'],
    ['Was waren diese Missverständnisse?', 'de', 'what'],
    ['Sam, was war im Rückblick die Hauptmotivation, die dich zurückgebracht hat?', 'de', 'what'],
    ['Der Vorstand hat Sie also gebeten, zurückzukommen?', 'de', 'yesno'],
    ['Möchten Sie in den Vorstand zurückkehren?', 'de', 'yesno'],
    ['Werden die Ereignisse, die gerade passiert sind, den Sicherheitsansatz von OpenAI ändern?', 'de', 'yesno'],
    ['Why do you think you were fired?', 'en', 'why'],
    ['Do you know what happened?', 'en', 'what'],
    ['Is that what you wanted?', 'en', 'yesno'],
    ['So the board asked you to come back?', 'en', 'yesno'],
    ['Tell me about the plant.', 'en', 'other'],
    ['你为什么被解雇？', 'zh', 'why'],
    ['这些误解是什么？', 'zh', 'what'],
    ['你想回到董事会吗？', 'zh', 'yesno'],
    ['所以是董事会请你回来的？', 'zh', 'yesno'],
  ] as const)('%s -> %s', (question, lang, expected) => {
    expect(questionType(question, lang)).toBe(expected);
  });
});

describe('classifyAnswer edge cases', () => {
  it('an empty answer is a non-answer without evidence', () => {
    expect(classifyAnswer('   ', 'Why?', 'en')).toMatchObject({ verdict: 'non-answer', reason: 'declines', evidence: null });
  });

  it('stays linear on a long answer', () => {
    const answer = (times: number) => "We don't know. ".repeat(2000 * times) + 'Revenue grew. '.repeat(20000 * times);
    const [long, longer] = [answer(1), answer(4)];
    // Linear: about 4x in CPU time (measured 1.7x-5x); a quadratic scan would be about 16x.
    expect(growth(() => classifyAnswer(long, 'Why?', 'en'), () => classifyAnswer(longer, 'Why?', 'en'))).toBeLessThan(10);
  });
});

describe('classifyTurns', () => {
  const turns: Turn[] = [
    { id: 'q1', speakerId: 'host', kind: 'question', text: 'Why were you fired?', nonAnswer: null, questionId: 'q1', paragraphs: [0] },
    { id: 'a1', speakerId: 'guest', kind: 'answer', text: 'No comment.', nonAnswer: null, questionId: 'q1', paragraphs: [1] },
  ];

  it('gives verdicts in the languages it has phrases for, region tags included', () => {
    const { turns: classified, analysed } = classifyTurns(turns, 'en-GB');
    expect(analysed).toBe(true);
    expect(classified[1]).toMatchObject({ verdict: 'non-answer', nonAnswer: { reason: 'declines', evidence: 'No comment' } });
    expect(classified[1].confidence).toBeGreaterThan(0.5);
  });

  it('gives none in another language (a French interview), and says so', () => {
    const { turns: classified, analysed } = classifyTurns(turns, 'fr');
    expect(analysed).toBe(false);
    expect(classified[1].verdict).toBeUndefined();
    expect(classified[1].nonAnswer).toBeNull();
  });
});

// The real interviews' labelled answers (tests/corpus/*.json over ../shared/corpus), the parts
// the model was fitted on: none that answers may be reported. The held-aside pages are never
// read here (scoring them is counted: scripts/eval-nonanswers.ts).
const interviews = loadInterviews();
if (typeof interviews === 'string') console.warn(`real interview answers skipped: ${interviews}`);
describe.skipIf(typeof interviews === 'string')('on the labelled answers of real interviews', () => {
  const answers = typeof interviews === 'string' ? [] : interviews.answers.filter((a) => !a.heldAside);

  it('accuses nobody who answered (the NDR transcript’s careful expert included)', () => {
    const accused = answers
      .filter((a) => !a.positive)
      .map((a) => ({ id: a.id, result: classifyAnswer(a.answer, a.question, a.lang) }))
      .filter(({ result }) => result.verdict !== 'answer');
    expect(accused).toEqual([]);
    expect(answers.filter((a) => a.id.startsWith('ndr-coronavirus-update-140.de#')).length).toBeGreaterThan(10);
  });
});

it('leaves a reply to a remark unjudged: it answers no question', () => {
  const turn = (id: string, kind: Turn['kind'], text: string, extra: Partial<Turn> = {}): Turn => ({ id, speakerId: kind === 'question' ? 'interviewer' : 'sam', kind, text, nonAnswer: null, paragraphs: [], ...extra });
  const { turns } = classifyTurns(
    [turn('t1', 'question', 'Aus China.', { remark: true }), turn('t2', 'answer', 'Dazu sage ich nichts.', { questionId: 't1' }), turn('t3', 'question', 'Und jetzt?'), turn('t4', 'answer', 'Dazu sage ich nichts.', { questionId: 't3' })],
    'de',
  );
  expect(turns.map((t) => t.verdict)).toEqual([undefined, undefined, undefined, 'non-answer']);
});
