/**
 * Label knowledge: which `Label:` openings name a speaker, which name a role, and which are
 * field names of lists, spec sheets and practical-info boxes. Data, with examples that the
 * tests check entry by entry (tests/unit/core/lang/labels.test.ts).
 */

export interface LabelRule {
  id: string;
  pattern: RegExp;
  examples: string[];
  counterexamples?: string[];
}

/** Labels that mark the interviewer's turns without naming anyone. */
export const INTERVIEWER_LABELS: LabelRule[] = [
  {
    id: 'question-letter',
    // Question, Frage, vraag.
    pattern: /^(?:Q|F|V)\d{0,3}$/,
    examples: ['Q', 'F', 'Q1', 'V'],
    counterexamples: ['A', 'FAQ'],
  },
  {
    id: 'question-word',
    // A radio transcript's host asks too: Moderatorin, Host, Reporter.
    pattern:
      /^(?:Frage|Question|Interviewer|Interviewerin|Interviewer:in|Moderator|Moderatorin|Moderator:in|Moderation|Host|Reporter|Reporterin|Pregunta|Domanda|Pergunta|Vraag|Intervieweur|Entrevistador|Entrevistadora)(?:\s*(?:Nr\.\s*)?\d{1,3})?$/i,
    examples: ['Frage', 'Frage 3', 'Question 12', 'Interviewer', 'Moderatorin', 'Host', 'Pregunta', 'Vraag'],
    counterexamples: ['Fragen', 'Questions asked', 'Preguntas', 'Moderatoren'],
  },
  {
    id: 'question-zh',
    // The audience asks too: 网友 (a live chat's netizens), 观众/听众/读者, 现场提问/现场互动 (from the floor).
    pattern: /^(?:问|問|提问|提問|记者|記者|主持人|采访者|採訪者|编者|編者|爱范儿|网友|網友|观众|觀眾|听众|聽眾|读者|讀者|现场提问|現場提問|现场互动|現場互動)$/,
    examples: ['问', '记者', '主持人', '問', '記者', '网友', '现场提问'],
    counterexamples: ['问题', '李明'],
  },
];

/**
 * The writer's own label, "我：" in a Chinese post's transcript ("我：先介绍一下自己吧。"): the one
 * who asks, where the title says the writer interviewed someone (采访, 专访, 访谈). Not where it
 * only says 对话: a customer's chat log with "客服：" and "我：" says that too.
 */
export const SELF_INTERVIEWER = { label: '我', title: /采访|专访|访谈/u, examples: ['采访了一位做记账 App 七年的独立开发者'], counterexamples: ['记一次退款维权：和客服的三轮对话'] };

/** Labels that mark the interviewee's turns without naming anyone. */
export const ANSWER_LABELS: LabelRule[] = [
  {
    id: 'answer-letter',
    // R: réponse, respuesta (French and Québec Q/R).
    pattern: /^(?:A|R)\d{0,3}$/,
    examples: ['A', 'A1', 'R'],
    counterexamples: ['Ana', 'AI', 'RT'],
  },
  {
    id: 'answer-word',
    // A transcript's guest answers: Gast, Guest, Invité.
    pattern: /^(?:Antwort|Answer|Réponse|Respuesta|Risposta|Resposta|Antwoord|Gast|Gästin|Guest|Invité|Invitée|Interviewee|Interviewte|Interviewter)(?:\s*\d{1,3})?$/i,
    examples: ['Antwort', 'Answer', 'Antwort 3', 'Réponse', 'Respuesta', 'Gast', 'Guest 2'],
    counterexamples: ['Antworten', 'Respuestas', 'Gastgeber', 'Guests'],
  },
  {
    id: 'answer-zh',
    pattern: /^(?:答|回答|嘉宾|嘉賓)$/,
    examples: ['答', '回答', '嘉宾'],
    counterexamples: ['答案'],
  },
];

/**
 * Field names that open lines in recipes, glossaries, practical-info boxes and spec sheets.
 * A label matching one of these is never a speaker, however often it repeats.
 */
export const FIELD_LABELS: LabelRule[] = [
  {
    id: 'practical-info-de',
    pattern:
      /^(?:Adresse|Anschrift|Preis|Preise|Kosten|Eintritt|Öffnungszeiten|Geöffnet|Telefon|Tel|Fax|E-Mail|Web|Website|Internet|Anfahrt|Anreise|Lage|Ort|Tipp|Hinweis|Achtung|Fazit|Update|Quelle|Foto|Fotos|Bild|Bilder|Reservierung|Küche|Termin|Termine|Datum|Zeit|Dauer|Info|Infos|Kontakt|Mehr|Zutaten|Zubereitung|Hinweise|Anmerkung|Korrektur|Transparenzhinweis|Offenlegung|Lesen Sie auch|Auch interessant|Mehr zum Thema)$/,
    examples: ['Adresse', 'Preis', 'Öffnungszeiten', 'Lesen Sie auch'],
    counterexamples: ['Korinna Hennig', 'ZEIT'],
  },
  {
    id: 'practical-info-en',
    pattern:
      /^(?:Address|Price|Prices|Cost|Hours|Opening hours|Phone|Tel|Email|Website|Web|Location|Where|When|Tip|Note|Notes|Update|Updated|Source|Photo|Photos|Image|Credit|Credits|Correction|Disclosure|Editor's note|Editor’s note|Ingredients|Instructions|Directions|Method|Yield|Serves|Servings|Prep time|Cook time|Total time|Summary|Verdict|Pros|Cons|Rating|Score|Specs|Read more|Related|See also|Also read|Watch|Listen)$/i,
    examples: ['Address', 'Price', 'Opening hours', "Editor's note", 'Ingredients'],
    counterexamples: ['Sam Altman', 'Mira Murati'],
  },
  {
    id: 'spec-sheet-zh',
    // Simplified, then the traditional forms where they differ (Taiwan, Hong Kong: 編按, 延伸閱讀).
    pattern:
      /^(?:\p{Script=Han}{0,4}(?:简介|介绍)|价格|售价|续航|屏幕|处理器|芯片|相机|摄像头|电池|充电|重量|尺寸|厚度|内存|存储|系统|颜色|配色|接口|网络|地址|电话|营业时间|时间|地点|门票|来源|图片|图片来自|图片来源|头图|头图来源|图源|题图|编者按|注|备注|责编|编辑|作者|摄影|延伸阅读|相关阅读|优点|缺点|总结|结论|编按|\p{Script=Han}{0,4}(?:簡介|介紹)|價格|售價|續航|螢幕|處理器|晶片|相機|電池|記憶體|系統|顏色|介面|網路|電話|營業時間|時間|地點|門票|來源|圖片|圖片來源|頭圖|題圖|編者按|編按|註|備註|責編|編輯|攝影|延伸閱讀|相關閱讀|優點|缺點|總結|結論)$/u,
    examples: ['价格', '续航', '屏幕', '处理器', '编者按', '作者简介', '个人简介', '編按', '編輯', '延伸閱讀', '作者簡介'],
    counterexamples: ['奥特曼', '李明'],
  },
];

/** Lower-case particles that may stand inside a personal name ("Ursula von der Leyen"). */
export const NAME_PARTICLES = new Set([
  'von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'la', 'le', 'bin', 'al',
  'el', 'y', 'zu', 'ten', 'ter', 'do', 'dos', 'das', 'af',
]);

/**
 * Capitalised words that open a `Label:` but never a name: determiners, pronouns and
 * sentence openers ("Die Antwort:", "My take:", "Sein Fazit:").
 */
export const NOT_NAME_WORDS = new Set([
  'the', 'a', 'an', 'my', 'our', 'his', 'her', 'its', 'their', 'your', 'this', 'that', 'these',
  'those', 'one', 'some', 'what', 'why', 'how', 'when', 'where', 'who', 'and', 'but', 'so',
  'der', 'die', 'das', 'ein', 'eine', 'einer', 'mein', 'meine', 'sein', 'seine', 'ihr', 'ihre',
  'unser', 'unsere', 'dieser', 'diese', 'dieses', 'was', 'warum', 'wie', 'wann', 'wo', 'wer',
  'und', 'aber', 'also', 'doch', 'denn', 'er', 'sie', 'es', 'wir', 'ich', 'man', 'kurz',
  'fazit', 'beispiel', 'zum', 'zur', 'im', 'am', 'in', 'mit', 'für', 'bei', 'nach', 'vor',
  // What a headline in Title Case capitalises ("Guiding Ships Into Port").
  'into', 'onto', 'after', 'before', 'over', 'under', 'from', 'about', 'with', 'without', 'for',
  'of', 'on', 'at', 'to', 'by', 'as', 'is', 'are', 'was', 'were', 'not', 'all',
  // What a headline says of the text itself ("Common Interview Questions").
  'interview', 'interviews', 'question', 'questions', 'answer', 'answers', 'fragen', 'antworten',
]);

/** True when the label matches one of the rules. */
export function matchesAny(rules: LabelRule[], label: string): boolean {
  return rules.some((rule) => rule.pattern.test(label));
}
