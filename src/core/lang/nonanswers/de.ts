import type { NonAnswerLanguage } from './types';

/**
 * German: "kein Kommentar", "dazu kann ich nichts sagen", "aus Wettbewerbsgründen", "da müssen
 * Sie X fragen", "noch nicht bereit", "darüber reden wir später", "das reichen wir nach", "weiß
 * ich nicht", "lässt sich nicht beziffern", as word patterns (`src/core/word-pattern.ts`). Both
 * forms of address (Sie/du) are covered; `_` stands for one word, `sprech*` for a word starting
 * so; "ß" is written "ss" (the tokenizer folds it).
 */
export const DE_NON_ANSWERS: NonAnswerLanguage = {
  fragments: {
    // A modal with its first-person subject, in either order: "möchte ich", "wir wollen".
    I_MODAL:
      '((möchte | will | werde | kann | darf | würde | mag) ich | (möchten | wollen | werden | können | dürfen | würden) wir | ich (möchte | will | werde | kann | darf | würde | mag) | wir (möchten | wollen | werden | können | dürfen | würden))',
    SAY: '(kommentieren | äussern | sagen | verraten | preisgeben | spekulieren | eingehen | bekanntgeben | bekannt geben | mitteilen | nennen | offenlegen | beantworten)',
    LATER:
      '(später | ein andermal | ein anderes mal | zu einem späteren zeitpunkt | bei anderer gelegenheit | zu gegebener zeit | demnächst | nächstes mal)',
    TALK: '(rede* | sprech* | sprich* | erzähl* | sag* | bericht* | informier* | unterhalt* | komm*)',
  },
  phrases: [
    // declines
    { id: 'kein-kommentar', reason: 'declines', pattern: '(kein | keinen | keine) _? (kommentar | kommentare)' },
    {
      id: 'moechte-nicht-kommentieren',
      reason: 'declines',
      pattern: '@I_MODAL _{0,3} (nicht | nichts | keine _) _{0,2} @SAY !([,]? (dass | ob | wie | was | wer | wann | warum | wo | welche*))',
    },
    {
      id: 'dazu-aeussern-wir-uns-nicht',
      reason: 'declines',
      pattern:
        '(dazu | darüber | hierzu | dazu im moment | zu diesem thema | zu gerüchten | zu spekulationen | zu laufenden verfahren) (äussere | äussern | sage | sagen | kommentiere | kommentieren | spekuliere | spekulieren) (ich | wir) (mich | uns)? _? (nicht | nichts)',
    },
    {
      id: 'nichts-zu-sagen',
      reason: 'declines',
      pattern:
        '(habe | hätte | haben | hätten) _{0,3} (nichts | nicht viel | wenig | nichts weiter | nichts mehr) _{0,2} (zu sagen | hinzuzufügen | zu ergänzen | mitzuteilen | zu verkünden | zu berichten)',
    },
    {
      id: 'noch-nicht-bereit',
      reason: 'declines',
      pattern:
        '(ich bin | wir sind | bin ich | sind wir) _{0,2} noch? nicht (bereit | so weit | soweit | in der lage) | nicht (bereit | in der lage) [,]? _{0,3} zu? (sprechen | reden | sagen | äussern | kommentieren | beantworten | nennen | verraten)',
    },
    {
      id: 'vorgreifen',
      reason: 'declines',
      pattern: '(nicht | keinesfalls) vorgreifen | vorgreifen (möchte | will | werde | kann | wollen | werden | können) (ich | wir) nicht',
    },
    {
      id: 'laufendes-verfahren',
      reason: 'declines',
      pattern:
        '(der | die | das | den | dem | diese | diesen | diesem | dieser | dieses) (*prozess | verfahren | *untersuchung | *prüfung | ermittlungen) _{0,3} (ohne (jedes | jegliches)? (eingreifen | einmischung | störung) | ungestört | in ruhe | seinen lauf | stattfinden zu lassen) | (laufende | laufenden | laufendem | schwebende | schwebenden | schwebendem) (verfahren | untersuchung | untersuchungen | ermittlungen | prüfung)',
    },
    {
      id: 'keine-angaben',
      reason: 'declines',
      pattern:
        'keine (genauen | näheren | weiteren | konkreten | detaillierten)? (angaben | einzelheiten | details | prognose | prognosen) | (nennen | geben | veröffentlichen | kommunizieren) (wir | ich) _? (nicht | keine) | weisen wir _? nicht (gesondert | separat | einzeln)? aus',
    },
    {
      id: 'keine-stellungnahme',
      reason: 'declines',
      pattern: 'keine (weitere | offizielle | nähere | näheren)? (stellungnahme | auskunft | auskünfte)',
    },
    {
      id: 'grundsaetzlich-nicht',
      reason: 'declines',
      pattern:
        '(grundsätzlich | prinzipiell | aus prinzip | traditionell | üblicherweise | generell) (äussern | kommentieren | nennen | veröffentlichen | geben | sagen | sprechen | spekulieren) (wir | ich) (uns | mich)? _{0,2} (nicht | keine | nichts) | (es ist | ist es) nicht unsere (politik | praxis | gepflogenheit | art) | spekulieren (wir | ich) (grundsätzlich | generell | prinzipiell)? nicht',
    },
    {
      id: 'vertraulich',
      reason: 'declines',
      pattern:
        '(aus | wegen) _? (wettbewerbsgründen | rechtlichen gründen | vertraulichkeitsgründen | geheimhaltungsgründen) | (ist | sind | bleibt | bleiben) _? (vertraulich | geheim | ein betriebsgeheimnis | ein geschäftsgeheimnis) | stillschweigen (vereinbart | verabredet) | (verschwiegenheit | verschwiegenheitspflicht | verschwiegenheitsvereinbarung | verschwiegenheitserklärung) | (halten | halte) (wir | ich)? (uns | mich) _? bedeckt',
    },
    {
      id: 'lieber-nicht',
      reason: 'declines',
      pattern:
        '(möchte | würde | will) (ich | wir) _{0,2} lieber nicht | lieber nicht $ | da? muss ich leider? passen | (halte | halten) (ich | wir) (mich | uns) (da | dazu | lieber)? (raus | zurück)',
    },
    {
      id: 'nicht-naeher',
      reason: 'declines',
      pattern:
        'nicht (näher | weiter | im detail | im einzelnen | ins detail | genauer) _{0,2} (eingehen | ausführen | erläutern | kommentieren | beziffern | spezifizieren | äussern | aus)',
    },
    // redirects
    {
      id: 'da-muessen-sie-fragen',
      reason: 'redirects',
      pattern:
        '(da | das | dazu | darüber | diese frage | die frage) _? (müssen | muss | musst | müsstest | müssten | sollten | solltest | sollte | könnten | können) (sie | du | ihr) _{0,3} (fragen | stellen) | (fragen | wenden) sie sich _{0,3} an | fragen sie _{0,2} (selbst | direkt | lieber) | frag _{0,2} (selbst | direkt | lieber)',
    },
    {
      id: 'bessere-antwort-fuer-andere',
      reason: 'redirects',
      pattern:
        '(für | von) (sie | ihn | ihm | ihr | ihnen | den vorstand | dem vorstand | die kollegen | den aufsichtsrat) _? (eine | die)? (bessere | passendere | angemessenere) (antwort | frage) | (eine | die) (bessere | passendere) (antwort | frage) für (sie | ihn | ihr | den _ | die _) | (wäre | ist | sei) _? (angemessener | besser | sinnvoller | passender) [,]? wenn (ein | eine | der | die | das) _{0,2} (antwortet | antworten | beantwortet | beantworten | äussern | sich äussert) | (kann | könnte | können) (das | diese frage | ihnen das | dir das) _? besser (beantworten | erklären | sagen)',
    },
    {
      id: 'nicht-an-mir',
      reason: 'redirects',
      pattern:
        '(nicht an mir | nicht meine (aufgabe | sache | rolle) | liegt nicht bei mir) [,]? _{0,3} zu? (beantworten | sagen | beurteilen | kommentieren | entscheiden | bewerten) | steht mir nicht zu',
    },
    {
      id: 'verweis-auf-bericht',
      reason: 'redirects',
      pattern:
        '(verweise | verweisen) (ich | wir) (sie | dich)? (gerne | da)? (auf | an) (den | die | das | unseren | unsere | unser) _? (geschäftsbericht | pressemitteilung | bericht | präsentation | unterlagen | website | internetseite | quartalsbericht | halbjahresbericht | folien) | (schauen | sehen) sie _{0,2} in (den | die | das | unseren | unsere | unser) _? (geschäftsbericht | bericht | präsentation | unterlagen | pressemitteilung)',
    },
    {
      id: 'nicht-zustaendig',
      reason: 'redirects',
      pattern:
        '(bin ich | sind wir | ich bin | wir sind) (dafür | hier | da)? nicht (zuständig | der richtige ansprechpartner | die richtige ansprechpartnerin | die richtigen ansprechpartner) | nicht (mein | unser) (bereich | ressort | zuständigkeitsbereich)',
    },
    // postpones
    {
      id: 'spaeter',
      reason: 'postpones',
      pattern:
        '(darüber | dazu | davon | das | darauf) _{0,3} @TALK _{0,2} @LATER | (später | ein andermal | ein anderes mal | zu einem späteren zeitpunkt | bei anderer gelegenheit | zu gegebener zeit) _{0,2} (rede* | sprech* | sag* | erzähl* | bericht* | informier* | mehr)',
    },
    {
      id: 'nicht-der-richtige-zeitpunkt',
      reason: 'postpones',
      pattern:
        'noch? nicht der (richtige | passende | geeignete) (zeitpunkt | moment | ort) | noch? (zu früh | verfrüht) [,]? um? _{0,3} zu? (sagen | beurteilen | sprechen | äussern | kommentieren | bewerten) | noch zu früh',
    },
    {
      id: 'im-moment-nicht',
      reason: 'postpones',
      strength: 'preface',
      pattern: '(im moment | momentan | derzeit | zurzeit | jetzt | heute) noch? nicht ([.] | $) | das? wird sich zeigen | wir werden sehen | abwarten',
    },
    {
      id: 'nachreichen',
      reason: 'postpones',
      pattern:
        '(reichen | liefern) (wir | ich) (ihnen | dir | euch)? _? nach | ((melde | melden) (ich | wir) (mich | uns) | ich melde mich | wir melden uns) _{0,3} (bei ihnen | bei dir | bei euch | dazu) | (komme | kommen) (ich | wir) (gerne | noch | dazu)? (auf sie | auf dich | auf euch) zurück | im anschluss an (die | der | dem | das | unsere | unser) (telefonkonferenz | konferenz | call | gespräch) | bilateral | im nachgang',
    },
    {
      id: 'muesste-nachschauen',
      reason: 'postpones',
      pattern: '(müsste | muss | müssten | müssen) (ich | wir) _{0,2} (nachschauen | nachsehen | nachprüfen | nachschlagen | recherchieren | nachfragen)',
    },
    {
      id: 'noch-nicht-entschieden',
      reason: 'postpones',
      strength: 'preface',
      pattern:
        '(ist | sind) noch? (nicht | nichts) (entschieden | beschlossen | festgelegt | spruchreif | abschliessend geklärt) | (haben | hat) (wir | ich | man) noch? (nicht | keine entscheidung) (entschieden | getroffen | beschlossen | festgelegt) | die? (entscheidung | entscheidungen) (steht | stehen) noch aus | (ist | bleibt | sind) _? noch (völlig | ganz | komplett)? offen | (prüfen | evaluieren | diskutieren | bewerten) (wir | ich) (das | dies)? gerade? noch | wird (noch | gerade)? geprüft',
    },
    {
      id: 'sobald-es-neuigkeiten-gibt',
      reason: 'postpones',
      pattern:
        'sobald (wir | es) _{0,2} (mehr | etwas | neues | neuigkeiten) _? (wissen | gibt | sagen können | zu berichten | zu verkünden | mitteilen können) | wenn es (so weit | soweit) ist | (werden (wir | ich) | wir werden | ich werde) (sie | dich | euch | den markt)? _{0,3} (rechtzeitig | zu gegebener zeit | im nächsten quartal | beim kapitalmarkttag | mit den _) _? (informieren | berichten | unterrichten | mehr sagen) | warten sie _? ab',
    },
    // ignorance
    {
      id: 'weiss-nicht',
      reason: 'ignorance',
      pattern:
        '(ich | wir) _? (weiss | wissen) (es | das)? (wirklich | leider | ehrlich gesagt | auch | selbst | noch)? (nicht | nichts) !(nur | genau | so genau | ganz genau | im detail | [,]? (ob | wie | was | wer | wann | warum | wo | welche* | wieviel* | wie viel*)) | (weiss | wissen) (ich | wir) _? nicht !(nur | genau | so genau | ganz genau | im detail) | keine ahnung | ist mir nicht bekannt | weiss der himmel | wer weiss',
    },
    {
      id: 'weiss-nicht-genau',
      reason: 'ignorance',
      strength: 'hedge',
      pattern:
        '(ich | wir) _? (weiss | wissen) (es | das)? _{0,2} nicht (genau | so genau | ganz genau | im detail | [,]? (ob | wie | was | wer | wann | warum | wo | welche* | wieviel* | wie viel*)) | (weiss | wissen) (ich | wir) _{0,2} nicht (genau | so genau | ganz genau | im detail) | (kann ich | können wir | ich kann | wir können) _{0,2} nicht (sagen | beurteilen | einschätzen) [,]? (ob | wie | was | wer | wann | warum | wo | welche* | wieviel* | wie viel*) | (ob | wie | was | wer | wann | warum | wo | wieviel | wie viel) _{1,15} [,] (weiss | wissen) (ich | wir) _{0,2} nicht',
    },
    {
      id: 'keine-antwort',
      reason: 'ignorance',
      strength: 'unable',
      pattern:
        '(habe | hätte | haben | hab) _{0,2} noch? keine (_ (und _)?)? antwort | keine (zahlen | daten) (zur hand | parat | vorliegen) | habe ich? gerade? nicht (zur hand | parat | im kopf) | (weiss | kenne | habe) (ich | wir) _? nicht auswendig | nicht auf dem schirm',
    },
    {
      id: 'nicht-bezifferbar',
      reason: 'ignorance',
      pattern:
        '(schwer | schwierig | unmöglich) zu? (vorherzusagen | abzuschätzen | einzuschätzen | prognostizieren | vorauszusagen | beziffern | quantifizieren) | (lässt | lassen) sich _{0,3} noch? nicht (seriös | genau | verlässlich)? (beziffern | abschätzen | vorhersagen | quantifizieren | prognostizieren | einschätzen) | (können | kann) (wir | ich) _{0,3} noch? nicht (seriös | genau | verlässlich)? (beziffern | abschätzen | vorhersagen | quantifizieren | prognostizieren) | keine (glaskugel | kristallkugel) | in die (glaskugel | kristallkugel) (schauen | blicken | gucken)',
    },
    {
      id: 'waere-spekulation',
      reason: 'ignorance',
      strength: 'hedge',
      pattern: '(wäre | ist) (reine | pure | nur)? (spekulation | kaffeesatzleserei) | (müsste | müssten) (ich | wir) raten | wäre geraten',
    },
    {
      id: 'schwer-zu-sagen',
      reason: 'ignorance',
      strength: 'hedge',
      pattern:
        '(schwer | schwierig | unmöglich) zu? (sagen | beurteilen) | (ich bin | wir sind) (mir | uns)? _? nicht sicher | kann mich _? nicht mehr? daran? erinnern | erinnere mich _? nicht',
    },
    // clarification
    {
      id: 'wie-meinen-sie-das',
      reason: 'clarification',
      strength: 'hedge',
      pattern:
        'wie (meinen sie | meinst du) das | was (meinen sie | meinst du) (damit | genau) | wie (ist | war) das gemeint | (meinen sie | meinst du) _{0,15} [?] | (können sie | kannst du) (die frage | das)? _? (wiederholen | präzisieren | konkretisieren | genauer (sagen | formulieren)) | (welche | welchen | welcher | welches) _? (meinen sie | meinst du) | was genau (wollen sie | willst du) wissen',
    },
    // sidestep
    {
      id: 'nicht-mein-schwerpunkt',
      reason: 'sidestep',
      pattern:
        'nicht (mein | unser | meine | unsere | meiner | unserer) _? (schwerpunkt | fokus | priorität | thema | sorge) | (darum | um (das | die | den) _) geht es _? nicht | es geht _? nicht darum',
    },
    {
      id: 'ohne-ins-detail-zu-gehen',
      reason: 'sidestep',
      pattern:
        'ohne _{0,8} (zu kommentieren | ins detail zu gehen | auf einzelheiten einzugehen | details zu nennen | namen zu nennen)',
    },
    {
      id: 'nur-so-viel',
      reason: 'sidestep',
      pattern: '(ich | wir) (kann | können) _? nur (so viel)? sagen | so viel (kann | darf) ich sagen | nur so viel',
    },
    {
      id: 'nicht-darueber-nachgedacht',
      reason: 'sidestep',
      pattern:
        'nicht (_ | [,]){0,6} (darüber | daran) (nachzudenken | zu denken) | darüber (habe | hab) ich _? (nicht | noch nicht | nie) nachgedacht',
    },
  ],
  notOwn: [
    // reported: "er sagte, kein Kommentar"
    '(er | sie | es | man | (der | die | das) _ | !(ich | wir | wie) _) (nur | auch | dann | einmal | damals | mal | schon)? (sagte | sagt | sagten | meinte | antwortete | erklärte | schrieb | behauptete | hat gesagt | hat geantwortet | liess ausrichten) [,]? dass?',
    // a negating frame: "nicht, dass ich nichts sagen könnte"
    '(nicht [,]? (dass | weil) | ich sage nicht | ich würde nie sagen | ich habe nie gesagt | statt zu sagen | anstatt zu sagen) _{0,6}',
    // another subject
    '(er | die kunden | die leute | die anleger | die analysten | die konkurrenz | der markt | der vorstand)',
  ],
  question: {
    why: 'warum | weshalb | wieso | weswegen | aus welchem grund | was hat (sie | dich | ihn | euch) dazu? bewogen',
    what:
      '^ (und | also | aber | dann)? (was | welche | welcher | welches | welchen | welchem | wer | wen | wem | wessen | wo | wann | wie | worum | woran | wovon | wozu | womit | wofür | worüber | woher | wohin | inwiefern | inwieweit)',
    yesNo: null,
  },
  answer: {
    yesNo:
      '(nun | also | oh | na ja | naja | ach)? [,]? (ja | nein | jawohl | doch | genau | natürlich | selbstverständlich | sicher | klar | keineswegs | auf keinen fall | nicht wirklich | durchaus | absolut | stimmt | richtig | eben | nö | jein) ($ | _)',
    reason: 'weil | denn | deshalb | deswegen | darum | daher | der grund | aufgrund | wegen | damit | nämlich',
    notAskingBack: 'warum nicht [?] | wieso nicht [?] | wie geht es | wie geht\'s | wie gehts',
  },
  stopWords:
    'der die das den dem des ein eine einen einem einer eines und oder aber doch sondern nicht kein keine ist sind war waren sein wird werden wurde hat haben hatte ich wir sie er es du ihr man mich mir uns ihnen ihm ihn sich mein unser ihr dein sein zu zum zur von vom mit bei nach aus auf an in im für über unter durch um als wie was wer wo wann warum dass ob wenn so auch noch schon nur mal ja nein denn also dann da dazu darüber hier jetzt sehr mehr viel viele alle alles etwas diese dieser dieses diesen',
};
