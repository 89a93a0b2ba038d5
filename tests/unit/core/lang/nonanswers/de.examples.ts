import type { PhraseExamples } from './phrase-examples';

/** Examples and near misses of each entry of `DE_NON_ANSWER_PHRASES` (German), by entry id. */
export const DE_PHRASE_EXAMPLES: Record<string, PhraseExamples> = {
  'kein-kommentar': {
    examples: ['Kein Kommentar.', 'Ich habe keinen besonderen Kommentar zu diesem unglücklichen Leak.', 'Dazu gibt es keine Kommentare.'],
    counterexamples: ['Der Kommentar in der Zeitung war scharf.', 'Wir haben keine Kommentarspalte.'],
  },
  'moechte-nicht-kommentieren': {
    examples: [
      'Das möchte ich nicht kommentieren.',
      'Dazu kann ich nichts sagen.',
      'Ich werde mich dazu nicht äußern.',
      'Zu Zahlen können wir nichts sagen.',
      'Auf Einzelheiten möchte ich nicht eingehen.',
    ],
    counterexamples: [
      'Ich kann nur sagen, dass wir zufrieden sind.',
      'Ich möchte nichts unversucht lassen.',
      'Darüber spreche ich gerne.',
      'Ich würde nicht sagen, dass das falsch war.',
    ],
  },
  'dazu-aeussern-wir-uns-nicht': {
    examples: ['Dazu äußern wir uns nicht.', 'Zu Spekulationen äußere ich mich nicht.', 'Darüber sage ich nichts.'],
    counterexamples: ['Dazu sage ich gerne etwas.'],
  },
  'nichts-zu-sagen': {
    examples: ['Ich habe im Moment nicht viel zu sagen, aber ich freue mich darauf, mehr zu erfahren.', 'Dazu habe ich nichts hinzuzufügen.'],
    counterexamples: ['Ich habe viel zu sagen.', 'Wir haben nichts zu verbergen.'],
  },
  'noch-nicht-bereit': {
    examples: ['Ich bin noch nicht bereit, darüber zu sprechen.', 'Ich glaube, ich bin noch nicht bereit …', 'Wir sind nicht in der Lage, Zahlen zu nennen.'],
    counterexamples: ['Das Produkt ist noch nicht bereit für den Markt.', 'Ich bin bereit, darüber zu sprechen.'],
  },
  'vorgreifen': {
    examples: ['Ich möchte dem Ergebnis der Prüfung nicht vorgreifen.'],
    counterexamples: ['Wir greifen auf alte Daten zurück.'],
  },
  'laufendes-verfahren': {
    examples: [
      'Ich möchte einfach, dass der Prozess ohne Eingreifen abläuft.',
      'Ich denke, es ist wichtig, diesen Überprüfungsprozess stattfinden zu lassen.',
      'Zu laufenden Verfahren sagen wir grundsätzlich nichts.',
    ],
    counterexamples: ['Wir gehen aus diesem Prozess definitiv als stärkeres Team hervor.'],
  },
  'keine-angaben': {
    examples: ['Dazu machen wir keine Angaben.', 'Zahlen nennen wir nicht.', 'Das weisen wir nicht gesondert aus.'],
    counterexamples: ['Wir schreiben keine roten Zahlen.', 'Die Angaben finden Sie im Bericht.'],
  },
  'da-muessen-sie-fragen': {
    examples: ['Da musst du Ilja fragen.', 'Da müssen Sie den Vorstand fragen.', 'Diese Frage müssen Sie dem Vorstand stellen.', 'Fragen Sie ihn selbst.'],
    counterexamples: ['Da müssen Sie keine Angst haben.', 'Da muss man fragen, ob sich das lohnt.'],
  },
  'bessere-antwort-fuer-andere': {
    examples: [
      'Das ist für sie eine bessere Antwort.',
      'Das wäre angemessener, wenn ein Vorstandsmitglied antworten würde, aber im Moment nicht.',
      'Der Aufsichtsrat kann das besser beantworten.',
    ],
    counterexamples: ['Das ist eine bessere Lösung für alle.'],
  },
  'nicht-an-mir': {
    examples: ['Es ist nicht an mir, das zu beurteilen.', 'Das steht mir nicht zu.'],
    counterexamples: ['Es liegt an mir, das zu entscheiden.'],
  },
  'spaeter': {
    examples: ['Nun, darüber reden wir später.', 'Dazu sagen wir zu gegebener Zeit mehr.', 'Darauf komme ich später zurück.', 'Das erzähle ich Ihnen ein andermal.'],
    counterexamples: ['Später habe ich dann Physik studiert.', 'Wir haben später darüber gesprochen.'],
  },
  'nicht-der-richtige-zeitpunkt': {
    examples: ['Aber jetzt ist nicht der richtige Zeitpunkt dafür.', 'Dafür ist es noch zu früh.', 'Es ist zu früh, um das zu beurteilen.'],
    counterexamples: ['Wir sind früh aufgestanden.', 'Jetzt ist der richtige Zeitpunkt.'],
  },
  'im-moment-nicht': {
    examples: ['Im Moment nicht.', 'Das wird sich zeigen.', 'Wir werden sehen.'],
    counterexamples: ['Es ist momentan nicht mein Schwerpunkt.'],
  },
  'weiss-nicht': {
    examples: ['Wir wissen es nicht.', 'Das weiß ich nicht.', 'Keine Ahnung.', 'Das ist mir nicht bekannt.'],
    counterexamples: ['Ich weiß nicht nur, dass es klappt, ich habe es gesehen.', 'Sie wissen es nicht.', 'Ich weiß, dass es klappt.'],
  },
  'weiss-nicht-genau': {
    examples: [
      'Wie das in Deutschland läge, weiß ich gar nicht genau.',
      'Ich weiß nicht genau, wann das war.',
      'Wir wissen nicht, ob das so bleibt.',
      'Aber ob das wirklich ein Drittel sind, wissen wir nicht, das ist hier wirklich eine Schätzung.',
      'Ich kann jetzt nicht sagen, wie meine Kollegen die beurteilen.',
    ],
    counterexamples: ['Wir wissen genau, was wir tun.', 'Ich weiß, wie das geht.'],
  },
  'keine-antwort': {
    examples: ['Ich glaube, ich habe noch keine prägnante und aussagekräftige Antwort.', 'Die Zahl habe ich gerade nicht zur Hand.', 'Das weiß ich nicht auswendig.'],
    counterexamples: ['Ich habe eine klare Antwort: ja.'],
  },
  'schwer-zu-sagen': {
    examples: ['Das ist schwer zu sagen.', 'Ich bin mir nicht sicher.', 'Ich kann mich nicht erinnern.'],
    counterexamples: ['Es war schwere Arbeit.', 'Ich bin mir sicher.'],
  },
  'wie-meinen-sie-das': {
    examples: ['Wie meinen Sie das?', 'Was meinst du damit?', 'Meinen Sie den Vorstand oder das Team?', 'Können Sie die Frage wiederholen?'],
    counterexamples: ['Ich meine, das war richtig.'],
  },
  'nicht-mein-schwerpunkt': {
    examples: ['Auch wenn das wie ein PR-Pitch klingt, ist es momentan nicht mein Schwerpunkt.', 'Darum geht es nicht.', 'Aber es geht nicht darum, im Vorstand zu sein oder nicht.'],
    counterexamples: ['Unser Schwerpunkt ist die Sicherheit.'],
  },
  'ohne-ins-detail-zu-gehen': {
    examples: ['Ohne eine konkrete Sache oder ein bestimmtes Projekt zu kommentieren, glauben wir, dass Fortschritt Forschung ist.', 'Ohne ins Detail zu gehen: es läuft gut.'],
    counterexamples: ['Ohne Fleiß kein Preis.'],
  },
  'nur-so-viel': {
    examples: ['Ich kann Ihnen nur so viel sagen: Es läuft.', 'Nur so viel: Wir sind zufrieden.'],
    counterexamples: ['Ich kann Ihnen viel sagen.'],
  },
  'nicht-darueber-nachgedacht': {
    examples: ['Jetzt nehme ich mir nicht die Zeit, darüber nachzudenken.', 'Darüber habe ich noch nicht nachgedacht.'],
    counterexamples: ['Ich habe lange darüber nachgedacht.'],
  },
  'keine-stellungnahme': {
    examples: ['Dazu gibt es keine Stellungnahme.', 'Wir geben dazu keine Auskunft.', 'Keine weitere Stellungnahme.'],
    counterexamples: ['Die Stellungnahme des Vorstands kam gestern.', 'Die Auskunft war hilfreich.'],
  },
  'grundsaetzlich-nicht': {
    examples: [
      'Grundsätzlich äußern wir uns nicht zu Gerüchten.',
      'Über Übernahmen spekulieren wir nicht.',
      'Es ist nicht unsere Praxis, Zwischenstände zu nennen.',
    ],
    counterexamples: ['Grundsätzlich sind wir zufrieden.', 'Wir äußern uns gern dazu.'],
  },
  vertraulich: {
    examples: [
      'Aus Wettbewerbsgründen nennen wir keine Preise.',
      'Die Konditionen sind vertraulich.',
      'Wir haben Stillschweigen vereinbart.',
      'Da halten wir uns bedeckt.',
    ],
    counterexamples: ['Vertrauliche Gespräche sind wichtig für gute Führung.', 'Der Himmel ist bedeckt.'],
  },
  'lieber-nicht': {
    examples: ['Das möchte ich lieber nicht sagen.', 'Lieber nicht.', 'Da muss ich passen.', 'Da halte ich mich raus.'],
    counterexamples: ['Ich fahre lieber nicht mit dem Auto, sondern mit dem Zug, und das täglich.', 'Das Kleid passt.'],
  },
  'nicht-naeher': {
    examples: ['Darauf will ich nicht näher eingehen.', 'Das führe ich nicht weiter aus.', 'Das können wir nicht genauer beziffern.'],
    counterexamples: ['Wir sind der Lösung näher gekommen.'],
  },
  'verweis-auf-bericht': {
    examples: ['Dazu verweise ich auf den Geschäftsbericht.', 'Schauen Sie bitte in unsere Präsentation.'],
    counterexamples: ['Der Geschäftsbericht erscheint im März.'],
  },
  'nicht-zustaendig': {
    examples: ['Dafür bin ich nicht zuständig.', 'Da bin ich nicht der richtige Ansprechpartner.', 'Das ist nicht mein Ressort.'],
    counterexamples: ['Ich bin zuständig für den Vertrieb.'],
  },
  nachreichen: {
    examples: [
      'Die Zahl reichen wir nach.',
      'Ich melde mich dazu bei Ihnen.',
      'Darauf komme ich gerne auf Sie zurück.',
      'Das besprechen wir am besten bilateral.',
      'Das klären wir im Anschluss an die Telefonkonferenz.',
    ],
    counterexamples: ['Wir haben bilaterale Abkommen geschlossen.', 'Nach dem Gespräch stieg der Kurs.'],
  },
  'muesste-nachschauen': {
    examples: ['Das müsste ich nachschauen.', 'Da muss ich erst nachfragen.'],
    counterexamples: ['Wir schauen nach vorn.'],
  },
  'noch-nicht-entschieden': {
    examples: ['Das ist noch nicht entschieden.', 'Die Entscheidung steht noch aus.', 'Das ist noch völlig offen.', 'Das prüfen wir noch.'],
    counterexamples: ['Die Sache ist entschieden.', 'Wir haben entschieden, das Werk zu schließen.'],
  },
  'sobald-es-neuigkeiten-gibt': {
    examples: [
      'Sobald wir mehr wissen, informieren wir Sie.',
      'Wenn es so weit ist, sagen wir es.',
      'Wir werden Sie rechtzeitig informieren.',
      'Warten Sie es ab.',
    ],
    counterexamples: ['Sobald der Zug kam, stiegen wir ein.'],
  },
  'nicht-bezifferbar': {
    examples: [
      'Das ist schwer vorherzusagen.',
      'Das lässt sich noch nicht seriös beziffern.',
      'Das können wir noch nicht abschätzen.',
      'Ich habe keine Glaskugel.',
    ],
    counterexamples: ['Wir beziffern den Schaden auf zehn Millionen.', 'Das lässt sich gut vorhersagen.'],
  },
  'waere-spekulation': {
    examples: ['Das wäre reine Spekulation.', 'Da müsste ich raten.'],
    counterexamples: ['Die Spekulation an der Börse nahm zu.'],
  },
};
