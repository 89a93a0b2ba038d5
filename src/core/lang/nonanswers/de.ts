import { lazyPattern, type PatternSpec } from './lazy-pattern';
import type { NonAnswerPhrase } from './types';

/**
 * JavaScript's `\b` knows only ASCII letters, so it fails next to ä, ö, ü and ß ("weiß\b").
 * The German patterns are written with `\b`; `german` swaps each `\b` once, at module load,
 * for a Unicode-aware edge: a word start where a word follows (a letter or a group), a word end
 * elsewhere. One-sided look-arounds keep the scan fast.
 */
const WORD_START = String.raw`(?<![\p{L}\p{N}])`;
const WORD_END = String.raw`(?![\p{L}\p{N}])`;
/** A `\b` in a pattern's source; group 1 is set when a word follows it. */
const BOUNDARY = /\\b(?=(\p{L}|\\p|\((?!\?[=!<])))|\\b/gu;

/**
 * A German pattern from its source, written as in a regex literal (backslashes as they are):
 * case-insensitive, Unicode-aware, with `\b` swapped as above. A template rather than a regex
 * literal: a literal with `\p{L}` is parsed when the module loads, which with all the
 * `\p{L}` of these patterns took longer than any page should wait for it; the entries build
 * their patterns on first use instead (`lazyPattern`).
 */
function german(strings: TemplateStringsArray): PatternSpec {
  const source = String.raw({ raw: strings.raw }).replace(BOUNDARY, (_edge, wordFollows: string | undefined) =>
    wordFollows === undefined ? WORD_END : WORD_START,
  );
  return { source, flags: 'iu' };
}

/** A German entry as written: its pattern as `german` gives it. */
type GermanPhrase = Omit<NonAnswerPhrase, 'pattern'> & { pattern: PatternSpec };

/**
 * German non-answer phrases ("kein Kommentar", "dazu kann ich nichts sagen", "aus
 * Wettbewerbsgründen", "da müssen Sie X fragen", "noch nicht bereit", "darüber reden wir
 * später", "das reichen wir nach", "weiß ich nicht", "lässt sich nicht beziffern"). Both forms
 * of address (Sie/du) are covered; `\p{L}+ ` stands for one word.
 */
export const DE_NON_ANSWER_PHRASES: readonly NonAnswerPhrase[] = ([
  // declines
  {
    id: 'kein-kommentar',
    reason: 'declines',
    pattern: german`\bkein(?:en|e)? (?:\p{L}+ )?Kommentare?\b`,
  },
  {
    id: 'moechte-nicht-kommentieren',
    reason: 'declines',
    pattern: german`\b(?:(?:möchte|will|werde|kann|darf|würde|mag) ich|(?:möchten|wollen|werden|können|dürfen|würden) wir|ich (?:möchte|will|werde|kann|darf|würde|mag)|wir (?:möchten|wollen|werden|können|dürfen|würden))(?: \p{L}+){0,3}? (?:nicht|nichts|keine \p{L}+)(?: \p{L}+){0,2}? (?:kommentieren|äußern|sagen|verraten|preisgeben|spekulieren|eingehen|bekanntgeben|bekannt geben|mitteilen|nennen|offenlegen|beantworten)\b(?!\s*,?\s*(?:dass|ob)\b)`,
  },
  {
    id: 'dazu-aeussern-wir-uns-nicht',
    reason: 'declines',
    pattern: german`\b(?:dazu|darüber|hierzu|dazu im Moment|zu diesem Thema|zu Gerüchten|zu Spekulationen|zu laufenden Verfahren) (?:äußere|äußern|sage|sagen|kommentiere|kommentieren|spekuliere|spekulieren) (?:ich|wir) (?:mich |uns )?(?:\p{L}+ )?(?:nicht|nichts)\b`,
  },
  {
    id: 'nichts-zu-sagen',
    reason: 'declines',
    pattern: german`\b(?:habe|hätte|haben|hätten)(?: \p{L}+){0,3}? (?:nichts|nicht viel|wenig|nichts weiter|nichts mehr) (?:\p{L}+ ){0,2}?(?:zu sagen|hinzuzufügen|zu ergänzen|mitzuteilen|zu verkünden|zu berichten)\b`,
  },
  {
    id: 'noch-nicht-bereit',
    reason: 'declines',
    pattern: german`\b(?:ich bin|wir sind|bin ich|sind wir)(?: \p{L}+){0,2}? (?:noch )?nicht (?:bereit|so weit|soweit|in der Lage)\b|\bnicht (?:bereit|in der Lage),? (?:\p{L}+ ){0,3}?(?:zu )?(?:sprechen|reden|sagen|äußern|kommentieren|beantworten|nennen|verraten)\b`,
  },
  {
    id: 'vorgreifen',
    reason: 'declines',
    pattern: german`\b(?:nicht|keinesfalls) vorgreifen\b|\bvorgreifen (?:möchte|will|werde|kann|wollen|werden|können) (?:ich|wir) nicht\b`,
  },
  {
    id: 'laufendes-verfahren',
    reason: 'declines',
    pattern: german`\b(?:der|die|das|den|dem|diese[nmrs]?) (?:\p{L}*prozess|Verfahren|\p{L}*untersuchung|\p{L}*prüfung|Ermittlungen)(?: \p{L}+){0,3}? (?:ohne (?:jedes |jegliches )?(?:Eingreifen|Einmischung|Störung)|ungestört|in Ruhe|seinen Lauf|stattfinden zu lassen)\b|\b(?:laufende[nm]?|schwebende[nm]?) (?:Verfahren|Untersuchung|Untersuchungen|Ermittlungen|Prüfung)\b`,
  },
  {
    id: 'keine-angaben',
    reason: 'declines',
    pattern: german`\bkeine (?:genauen |näheren |weiteren |konkreten |detaillierten )?(?:Angaben|Einzelheiten|Details|Prognosen?)\b|\b(?:nennen|geben|veröffentlichen|kommunizieren) (?:wir|ich) (?:\p{L}+ )?(?:nicht|keine)\b|\bweisen wir (?:\p{L}+ )?nicht (?:gesondert |separat |einzeln )?aus\b`,
  },
  {
    id: 'keine-stellungnahme',
    reason: 'declines',
    pattern: german`\bkeine (?:weitere |offizielle |näheren? )?(?:Stellungnahme|Auskunft|Auskünfte)\b`,
  },
  {
    id: 'grundsaetzlich-nicht',
    reason: 'declines',
    pattern: german`\b(?:grundsätzlich|prinzipiell|aus Prinzip|traditionell|üblicherweise|generell) (?:äußern|kommentieren|nennen|veröffentlichen|geben|sagen|sprechen|spekulieren) (?:wir|ich) (?:uns |mich )?(?:\p{L}+ ){0,2}?(?:nicht|keine|nichts)\b|\b(?:es ist|ist es) nicht unsere (?:Politik|Praxis|Gepflogenheit|Art)\b|\bspekulieren (?:wir|ich) (?:grundsätzlich |generell |prinzipiell )?nicht\b`,
  },
  {
    id: 'vertraulich',
    reason: 'declines',
    pattern: german`\b(?:aus|wegen) (?:\p{L}+ )?(?:Wettbewerbsgründen|rechtlichen Gründen|Vertraulichkeitsgründen|Geheimhaltungsgründen)\b|\b(?:ist|sind|bleibt|bleiben) (?:\p{L}+ )?(?:vertraulich|geheim|ein Betriebsgeheimnis|ein Geschäftsgeheimnis)\b|\bStillschweigen (?:vereinbart|verabredet)\b|\bVerschwiegenheit\p{L}*\b|\b(?:halten|halte) (?:wir |ich )?(?:uns|mich) (?:\p{L}+ )?bedeckt\b`,
  },
  {
    id: 'lieber-nicht',
    reason: 'declines',
    pattern: german`\b(?:möchte|würde|will) (?:ich|wir) (?:\p{L}+ ){0,2}?lieber nicht\b|\blieber nicht\b(?=\s*[.!…,]|\s*$)|\b(?:da )?muss ich (?:leider )?passen\b|\b(?:halte|halten) (?:ich|wir) (?:mich|uns) (?:da |dazu |lieber )?(?:raus|zurück)\b`,
  },
  {
    id: 'nicht-naeher',
    reason: 'declines',
    pattern: german`\bnicht (?:näher|weiter|im Detail|im Einzelnen|ins Detail|genauer) (?:\p{L}+ ){0,2}?(?:eingehen|ausführen|erläutern|kommentieren|beziffern|spezifizieren|äußern|aus)\b`,
  },
  // redirects
  {
    id: 'da-muessen-sie-fragen',
    reason: 'redirects',
    pattern: german`\b(?:da|das|dazu|darüber|diese Frage|die Frage)(?: \p{L}+)? (?:müssen|muss|musst|müsstest|müssten|sollten|solltest|sollte|könnten|können) (?:Sie|du|ihr)(?: \p{L}+){0,3}? (?:fragen|stellen)\b|\b(?:fragen|wenden) Sie sich (?:\p{L}+ ){0,3}?an\b|\bfragen Sie (?:\p{L}+ ){0,2}?(?:selbst|direkt|lieber)\b|\bfrag (?:\p{L}+ ){0,2}?(?:selbst|direkt|lieber)\b`,
  },
  {
    id: 'bessere-antwort-fuer-andere',
    reason: 'redirects',
    pattern: german`\b(?:für|von) (?:sie|ihn|ihm|ihr|ihnen|den Vorstand|dem Vorstand|die Kollegen|den Aufsichtsrat)(?: \p{L}+)? (?:eine |die )?(?:bessere|passendere|angemessenere) (?:Antwort|Frage)\b|\b(?:eine|die) (?:bessere|passendere) (?:Antwort|Frage) für (?:sie|ihn|ihr|den \p{L}+|die \p{L}+)\b|\b(?:wäre|ist|sei) (?:\p{L}+ )?(?:angemessener|besser|sinnvoller|passender),? wenn (?:ein|eine|der|die|das) (?:\p{L}+ ){0,2}?(?:antwortet|antworten|antworten würde|beantwortet|beantworten würde|sich äußert|äußern würde)\b|\b(?:kann|könnte|können) (?:das|diese Frage|Ihnen das|dir das) (?:\p{L}+ )?besser (?:beantworten|erklären|sagen)\b`,
  },
  {
    id: 'nicht-an-mir',
    reason: 'redirects',
    pattern: german`\b(?:nicht an mir|nicht meine (?:Aufgabe|Sache|Rolle)|liegt nicht bei mir),? (?:\p{L}+ ){0,3}?(?:zu )?(?:beantworten|sagen|beurteilen|kommentieren|entscheiden|bewerten)\b|\bsteht mir nicht zu\b`,
  },
  {
    id: 'verweis-auf-bericht',
    reason: 'redirects',
    pattern: german`\b(?:verweise|verweisen) (?:ich|wir) (?:Sie |dich )?(?:gerne |da )?(?:auf|an) (?:den|die|das|unseren|unsere|unser) (?:\p{L}+ )?(?:Geschäftsbericht|Pressemitteilung|Bericht|Präsentation|Unterlagen|Website|Internetseite|Quartalsbericht|Halbjahresbericht|Folien)\b|\b(?:schauen|sehen) Sie (?:\p{L}+ ){0,2}?in (?:den|die|das|unseren|unsere|unser) (?:\p{L}+ )?(?:Geschäftsbericht|Bericht|Präsentation|Unterlagen|Pressemitteilung)\b`,
  },
  {
    id: 'nicht-zustaendig',
    reason: 'redirects',
    pattern: german`\b(?:bin ich|sind wir|ich bin|wir sind) (?:dafür |hier |da )?nicht (?:zuständig|der richtige Ansprechpartner|die richtige Ansprechpartnerin|die richtigen Ansprechpartner)\b|\bnicht (?:mein|unser) (?:Bereich|Ressort|Zuständigkeitsbereich)\b`,
  },
  // postpones
  {
    id: 'spaeter',
    reason: 'postpones',
    pattern: german`\b(?:darüber|dazu|davon|das|darauf)(?: \p{L}+){0,3}? (?:rede\p{L}*|sprech\p{L}*|sprich\p{L}*|erzähl\p{L}*|sag\p{L}*|bericht\p{L}*|informier\p{L}*|unterhalt\p{L}*|komm\p{L}*)(?: \p{L}+){0,2}? (?:später|ein andermal|ein anderes Mal|zu einem späteren Zeitpunkt|bei anderer Gelegenheit|zu gegebener Zeit|demnächst|nächstes Mal)\b|\b(?:später|ein andermal|ein anderes Mal|zu einem späteren Zeitpunkt|bei anderer Gelegenheit|zu gegebener Zeit) (?:\p{L}+ ){0,2}?(?:rede\p{L}*|sprech\p{L}*|sag\p{L}*|erzähl\p{L}*|bericht\p{L}*|informier\p{L}*|mehr)\b`,
  },
  {
    id: 'nicht-der-richtige-zeitpunkt',
    reason: 'postpones',
    pattern: german`\b(?:noch )?nicht der (?:richtige|passende|geeignete) (?:Zeitpunkt|Moment|Ort)\b|\b(?:noch )?(?:zu früh|verfrüht),? (?:um )?(?:\p{L}+ ){0,3}?(?:zu )?(?:sagen|beurteilen|sprechen|äußern|kommentieren|bewerten)\b|\bnoch zu früh\b`,
  },
  {
    id: 'im-moment-nicht',
    reason: 'postpones',
    strength: 'preface',
    pattern: german`\b(?:im Moment|momentan|derzeit|zurzeit|jetzt|heute) (?:noch )?nicht\b(?=\s*[.!…]|\s*$)|\b(?:das )?wird sich zeigen\b|\bwir werden sehen\b|\babwarten\b`,
  },
  {
    id: 'nachreichen',
    reason: 'postpones',
    pattern: german`\b(?:reichen|liefern) (?:wir|ich) (?:Ihnen |dir |euch )?(?:\p{L}+ )?nach\b|\b(?:(?:melde|melden) (?:ich|wir) (?:mich|uns)|ich melde mich|wir melden uns) (?:\p{L}+ ){0,3}?(?:bei Ihnen|bei dir|bei euch|dazu)\b|\bkommen? (?:ich|wir) (?:gerne |noch |dazu )?(?:auf Sie|auf dich|auf euch) zurück\b|\bim Anschluss an (?:die|der|dem|das|unsere|unser) (?:Telefonkonferenz|Konferenz|Call|Gespräch)\b|\bbilateral\b|\bim Nachgang\b`,
  },
  {
    id: 'muesste-nachschauen',
    reason: 'postpones',
    pattern: german`\b(?:müsste|muss|müssten|müssen) (?:ich|wir) (?:\p{L}+ ){0,2}?(?:nachschauen|nachsehen|nachprüfen|nachschlagen|recherchieren|nachfragen)\b`,
  },
  {
    id: 'noch-nicht-entschieden',
    reason: 'postpones',
    strength: 'preface',
    pattern: german`\b(?:ist|sind) (?:noch )?(?:nicht|nichts) (?:entschieden|beschlossen|festgelegt|spruchreif|abschließend geklärt)\b|\b(?:haben|hat) (?:wir|ich|man) (?:noch )?(?:nicht|keine Entscheidung) (?:entschieden|getroffen|beschlossen|festgelegt)\b|\b(?:die )?Entscheidung(?:en)? (?:steht|stehen) noch aus\b|\b(?:ist|bleibt|sind) (?:\p{L}+ )?noch (?:völlig |ganz |komplett )?offen\b|\b(?:prüfen|evaluieren|diskutieren|bewerten) (?:wir|ich) (?:das |dies )?(?:gerade )?noch\b|\bwird (?:noch |gerade )?geprüft\b`,
  },
  {
    id: 'sobald-es-neuigkeiten-gibt',
    reason: 'postpones',
    pattern: german`\bsobald (?:wir|es) (?:\p{L}+ ){0,2}?(?:mehr|etwas|Neues|Neuigkeiten) (?:\p{L}+ )?(?:wissen|gibt|sagen können|zu berichten|zu verkünden|mitteilen können)\b|\bwenn es (?:so weit|soweit) ist\b|\b(?:werden (?:wir|ich)|wir werden|ich werde) (?:Sie |dich |euch |den Markt )?(?:\p{L}+ ){0,3}?(?:rechtzeitig|zu gegebener Zeit|im nächsten Quartal|beim Kapitalmarkttag|mit den \p{L}*zahlen) (?:\p{L}+ )?(?:informieren|berichten|unterrichten|mehr sagen)\b|\bwarten Sie (?:\p{L}+ )?ab\b`,
  },
  // ignorance
  {
    id: 'weiss-nicht',
    reason: 'ignorance',
    pattern: german`\b(?:ich|wir) (?:\p{L}+ )?(?:weiß|weiss|wissen) (?:es |das )?(?:(?:wirklich|leider|ehrlich gesagt|auch|selbst|noch)\s+)?(?:nicht|nichts)\b(?! nur\b)|\b(?:weiß|weiss|wissen) (?:ich|wir) (?:\p{L}+ )?nicht\b(?! nur\b)|\bkeine Ahnung\b|\bist mir nicht bekannt\b|\bweiß der Himmel\b|\bwer weiß\b`,
  },
  {
    id: 'keine-antwort',
    reason: 'ignorance',
    pattern: german`\b(?:habe|hätte|haben|hab)(?: \p{L}+){0,2}? (?:noch )?keine (?:(?:\p{L}+ )(?:und \p{L}+ )?)?Antwort\b|\bkeine (?:Zahlen|Daten) (?:zur Hand|parat|vorliegen)\b|\bhabe (?:ich )?(?:gerade )?nicht (?:zur Hand|parat|im Kopf)\b|\b(?:weiß|weiss|kenne|habe) (?:ich|wir) (?:\p{L}+ )?nicht auswendig\b|\bnicht auf dem Schirm\b`,
  },
  {
    id: 'nicht-bezifferbar',
    reason: 'ignorance',
    pattern: german`\b(?:schwer|schwierig|unmöglich) (?:zu )?(?:vorherzusagen|abzuschätzen|einzuschätzen|prognostizieren|vorauszusagen|beziffern|quantifizieren)\b|\b(?:lässt|lassen) sich (?:\p{L}+ ){0,3}?(?:noch )?nicht (?:seriös |genau |verlässlich )?(?:beziffern|abschätzen|vorhersagen|quantifizieren|prognostizieren|einschätzen)\b|\b(?:können|kann) (?:wir|ich) (?:\p{L}+ ){0,3}?(?:noch )?nicht (?:seriös |genau |verlässlich )?(?:beziffern|abschätzen|vorhersagen|quantifizieren|prognostizieren)\b|\bkeine (?:Glaskugel|Kristallkugel)\b|\bin die (?:Glaskugel|Kristallkugel) (?:schauen|blicken|gucken)\b`,
  },
  {
    id: 'waere-spekulation',
    reason: 'ignorance',
    strength: 'hedge',
    pattern: german`\b(?:wäre|ist) (?:reine |pure |nur )?(?:Spekulation|Kaffeesatzleserei)\b|\b(?:müsste|müssten) (?:ich|wir) raten\b|\bwäre geraten\b`,
  },
  {
    id: 'schwer-zu-sagen',
    reason: 'ignorance',
    strength: 'hedge',
    pattern: german`\b(?:schwer|schwierig|unmöglich) (?:zu )?(?:sagen|beurteilen)\b|\b(?:ich bin|wir sind) (?:mir |uns )?(?:\p{L}+ )?nicht sicher\b|\bkann mich (?:\p{L}+ )?nicht (?:mehr )?(?:daran )?erinnern\b|\berinnere mich (?:\p{L}+ )?nicht\b`,
  },
  // clarification
  {
    id: 'wie-meinen-sie-das',
    reason: 'clarification',
    strength: 'hedge',
    pattern: german`\bwie (?:meinen Sie|meinst du) das\b|\bwas (?:meinen Sie|meinst du) (?:damit|genau)\b|\bwie (?:ist|war) das gemeint\b|\b(?:meinen Sie|meinst du)\b[^.?!]{0,80}\?|\b(?:können Sie|kannst du) (?:die Frage |das )?(?:\p{L}+ )?(?:wiederholen|präzisieren|konkretisieren|genauer (?:sagen|formulieren))\b|\bwelche[nrs]? (?:\p{L}+ )?(?:meinen Sie|meinst du)\b|\bwas genau (?:wollen Sie|willst du) wissen\b`,
  },
  // sidestep
  {
    id: 'nicht-mein-schwerpunkt',
    reason: 'sidestep',
    pattern: german`\bnicht (?:mein|unser)e?r? (?:\p{L}+ )?(?:Schwerpunkt|Fokus|Priorität|Thema|Sorge)\b|\b(?:darum|um (?:das|die|den) \p{L}+) geht es (?:\p{L}+ )?nicht\b|\bes geht (?:\p{L}+ )?nicht darum\b`,
  },
  {
    id: 'ohne-ins-detail-zu-gehen',
    reason: 'sidestep',
    pattern: german`\bohne (?:\p{L}+ ){0,8}?(?:zu kommentieren|ins Detail zu gehen|auf Einzelheiten einzugehen|Details zu nennen|Namen zu nennen)\b`,
  },
  {
    id: 'nur-so-viel',
    reason: 'sidestep',
    pattern: german`\b(?:ich|wir) (?:kann|können) (?:\p{L}+ )?nur (?:so viel )?sagen\b|\bso viel (?:kann|darf) ich sagen\b|\bnur so viel\b`,
  },
  {
    id: 'nicht-darueber-nachgedacht',
    reason: 'sidestep',
    pattern: german`\bnicht\b[^.!?]{0,30}?\b(?:darüber|daran) (?:nachzudenken|zu denken)\b|\bdarüber (?:habe|hab) ich (?:\p{L}+ )?(?:nicht|noch nicht|nie) nachgedacht\b`,
  },
] satisfies GermanPhrase[]).map(({ pattern, ...entry }) => lazyPattern(entry, pattern));
