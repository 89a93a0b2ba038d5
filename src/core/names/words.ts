/**
 * The words the name finder reads around capitalised words, as data: function words that are
 * never part of a name, titles that stand before one, connectors inside names, abbreviations
 * that are words rather than names, and the determiners after which a German capitalised word
 * is a common noun. Lists cover en, de and fr (capitalisation rules of other Latin-script
 * languages are read from their text: see latin.ts).
 */

const words = (...lines: string[]): Set<string> => new Set(lines.join(' ').split(/\s+/).filter(Boolean));

/** Capitalised English function words, pronouns, days, months and sentence adverbs: never part of a name. */
const ENGLISH_STOPWORDS = words(
  'The A An And But Or Nor So Yet If Then Than In On At Of To For From With By As Into Over After',
  'Before Since Until While When Where Why How What Who Whom Whose Which This That These Those It',
  'Its He She We They You Me My Our Your Their His Her Him Them Us Is Are Was Were Be Been Am Do',
  'Does Did Has Have Had Not No Yes Oh Well Now Here There Also Just Only Even Still Last Next First',
  'Many Most Some Any All Every Each Both Such Other Another Thanks Thank Please Okay Ok According However',
  'Meanwhile Later Earlier Today Yesterday Tomorrow Dear Hi Hello Mr Mrs Ms Dr I Like Because Although',
  'Instead Maybe Perhaps Whether Without Through During Between Among About Above Below Under Up Down',
  'Out Off Again Never Always Sometimes Often Very Really Actually Obviously Sure Right Great Good Sorry',
  'God Gosh Alongside Besides Despite Let Can Could Would Should Will Shall May Might Must One Two Three Four Five Ten Part Chapter Photo',
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June',
  'July August September October November December',
  // Scales of temperature after a number of degrees ("minus 25 degrees Celsius").
  'Celsius Fahrenheit',
);

/**
 * German adverbs that open sentences ("Ganz England …", "Nur Angela Merkel …"): capitalised
 * there, before a name, and no part of it.
 */
export const GERMAN_SENTENCE_ADVERBS = words(
  'Nur Ganz Gerade Besonders Schließlich Tatsächlich Offenbar Wahrscheinlich Leider Hoffentlich Übrigens',
  'Ebenso Ebenfalls Insgesamt Jedenfalls Dennoch Stattdessen Anschließend Bisher Bislang Weiterhin Sehr Manchmal Oft',
);

/**
 * German cardinal numbers, capitalised at a sentence's start ("Drei Tage …", "Vierzehn Euro
 * achtzig"): 2 to 99 and the words for larger numbers. Never part of a name.
 */
export const GERMAN_NUMERALS: ReadonlySet<string> = (() => {
  const ones = ['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
  const tens = ['zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];
  const teens = ['zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'];
  const all = [...ones.slice(1), ...teens, ...tens, ...tens.flatMap((ten) => ones.map((one) => `${one}und${ten}`))];
  all.push('hundert', 'tausend', 'million', 'millionen', 'milliarde', 'milliarden', 'dutzend', 'dutzende');
  return new Set(all.map((n) => n[0].toUpperCase() + n.slice(1)));
})();

/** The same in German. */
const GERMAN_STOPWORDS = words(
  ...GERMAN_NUMERALS,
  ...GERMAN_SENTENCE_ADVERBS,
  'Der Die Das Den Dem Des Ein Eine Einen Einem Einer Eines Kein Keine Ich Du Er Sie Es Wir Ihr',
  'Ihnen Ihre Ihrer Ihren Ihrem Ihres Mein Meine Meiner Meinen Meinem Sein Seine Seiner Seinen Unser Unsere',
  'Dein Deine Deiner Deinen Deinem Euer Eure Eurer Euren Dich Dir Mich Mir Sich Dies Diese Dieser',
  'Dieses Diesen Diesem Jede Jeder Jedes Jeden Jedem Und Oder Aber Als Auch Auf Aus Bei Bis Da Dann Dass Denn Doch Für',
  'Im Ist Sind War Waren Wird Werden Hat Haben Mit Nach Nicht Noch Nun Ob Um Von Vor Was Warum Wie',
  'Wo Wer Wenn Weil Zu Zum Zur Ja Nein Heute Gestern Morgen Jetzt Hier Dort Alle Viele Einige Man',
  'Uns Natürlich Deshalb Also Gleichzeitig Nachdem Während Ohne Gegen Durch Über Unter Zwischen Seit',
  'Trotz Wegen Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonnabend Sonntag Januar Jänner',
  'Februar März Mai Juni Juli Oktober Dezember Laut Gemäß Bereits Schon Erst Dabei Damit Dazu Daher',
  'Darum Danach Zudem Außerdem Trotzdem Inzwischen Zuvor Später Zunächst Vielleicht Immer Sogar Genau',
  'Allerdings Zwar Liebe Lieber Hallo Herzlichen Vielen Dank Danke Bitte Wann Welche Welcher Welches',
  'Am Ans Beim Vom Ins Sowohl Weder Entweder Sondern Obwohl Bevor Sobald Solange Damals Eigentlich',
  'Frage Antwort Foto Bild Quelle Uhr Autor Autorin Interview Text Teil Kapitel Folge Seite',
  'Unterm Überm Hinterm Vorm Aufs Durchs Fürs Ums Übers',
);

/** The same in French. */
const FRENCH_STOPWORDS = words(
  'Le La Les Un Une Des Du De Et Ou Mais Donc Car Ni Je Tu Il Elle Nous Vous Ils Elles On Ce Cette',
  'Ces Mon Ma Mes Ton Ta Tes Son Sa Ses Notre Nos Votre Vos Leur Leurs Qui Que Quoi Dont Où Quand',
  'Comment Pourquoi Dans Sur Sous Avec Sans Pour Par Chez Entre Vers Depuis Pendant Avant Après Oui',
  'Non Mais Alors Aussi Ainsi Puis Encore Déjà Toujours Jamais Peut Être Est Sont Était Ont Avait',
  'Lundi Mardi Mercredi Jeudi Vendredi Samedi Dimanche Janvier Février Mars Avril Mai Juin Juillet',
  'Août Septembre Octobre Novembre Décembre Merci Bonjour Monsieur Madame',
  'Selon Face Grâce Contrairement Comme Lorsque Pourtant Enfin Certes Aujourd’hui Aujourd\'hui Désormais Malgré',
  'Parmi Outre Hormis Sauf Voilà Voici Bref Ensuite Cela Ceci Celui Celle Ceux Celles Tout Tous Toute Toutes',
  'Chaque Plusieurs Certains Certaines Aucun Aucune Rien Même Autre Autres Pas Plus Moins Très Bien Si Ne Y',
  'En Au Aux Lors Dès Auprès Notamment Surtout Également Toutefois Néanmoins Cependant Effectivement',
  'Évidemment Justement Peut-être Quel Quelle Quels Quelles Lequel Laquelle Lesquels Ici Là Or Soit',
);

/** Thanks and greetings of Italian and Spanish, which open a sentence before a name ("Grazie Chiara"). */
const ROMANCE_GREETINGS = words('Grazie Ciao Buongiorno Buonasera Gracias Hola Obrigado Obrigada');

/** Words never part of a name in any of the languages read (a German page may quote English, a Chinese one any). */
export const STOPWORDS: ReadonlySet<string> = new Set([...ENGLISH_STOPWORDS, ...GERMAN_STOPWORDS, ...FRENCH_STOPWORDS, ...ROMANCE_GREETINGS]);

/**
 * Words never part of a name on an English page: its own, not the German and French ones,
 * which are names in English text ("Lord of War", "Masayoshi Son", "Des Moines", "Y Combinator");
 * with interjections that open English sentences.
 */
const ENGLISH_PAGE_STOPWORDS: ReadonlySet<string> = new Set([...ENGLISH_STOPWORDS, ...words('Also Yeah Yep Um Uh Hmm Wow')]);

/** The words never part of a name on a page in `lang` (BCP 47 primary tag). */
export function stopwordsFor(lang: string): ReadonlySet<string> {
  return lang === 'en' ? ENGLISH_PAGE_STOPWORDS : STOPWORDS;
}

/**
 * Days in the plural ("on Mondays", "most autumn Saturdays"): habits, not names, unless a
 * name goes on after them ("Fridays for Future").
 */
export const PLURAL_DAYS = words('Mondays Tuesdays Wednesdays Thursdays Fridays Saturdays Sundays');

/** Titles and roles that precede a name ("Präsident Joe Biden", "Microsoft-Chef ..."): dropped, lowercase. */
export const TITLE_WORDS = words(
  'präsident präsidentin chef chefin gründer gründerin mitgründer mitgründerin forscher forscherin',
  'minister ministerin professor professorin journalist journalistin autor autorin reporter',
  'reporterin investor investorin kanzler kanzlerin herr frau dr prof wissenschaftler',
  'wissenschaftlerin sprecher sprecherin leiter leiterin direktor direktorin vorsitzender vorsitzende',
  'president senator mr mrs ms sir dame founder cofounder co-founder chairman chairwoman chair',
  'director editor secretary chancellor governor judge general captain king queen prince princess',
  'pope saint st virologe virologin epidemiologe epidemiologin experte expertin moderator moderatorin',
  'politiker politikerin kollege kollegin ökonom ökonomin analyst analystin manager managerin',
  'unternehmer unternehmerin abgeordneter abgeordnete frater pater bruder schwester',
  'monsieur madame président présidente ministre docteur',
  // German occupations that stand before a name like a title ("Hydrologe Rainer Kessler",
  // "Bäcker Lucien Faure", "Schlafmedizinerin Ulrike Haverkamp"); also as a compound's end ("Gastwirtin")
  'ologe ologin mediziner medizinerin arzt ärztin hebamme bäcker bäckerin wirt wirtin pfarrer pfarrerin',
  'trainer trainerin künstler künstlerin architekt architektin ingenieur ingenieurin anwalt anwältin',
  'bürgermeister bürgermeisterin landrat landrätin priorin äbtissin',
  // Austrian academic titles before a name ("Bundesminister Mag. Florian Haidlmair")
  'mag mag.a',
);

/** Compound titles ("Vorstandschef", "KI-Forscherin") end in a title word at least this long. */
export const MIN_TITLE_SUFFIX = 4;

/** Lowercase words that may stand inside a name between two capitalised ones ("Fridays for Future", "Ursula von der Leyen"). */
export const CONNECTORS = words('of for von van der den de du des la le di da del y &');

/**
 * All-capital abbreviations that are words of the language rather than names a reader would
 * look up (roles, formats, everyday terms); other abbreviations are taken for names.
 */
export const COMMON_ABBREVIATIONS = words(
  'CEO CTO CFO COO CIO CMO VP HR PR IT AI KI TV PC OK FAQ PDF URL USB DIY PS PPS ID IQ GmbH AG',
  'USD EUR UHR MP3 DVD CD GPS LED SMS BTW FYI ASAP LOL DJ MC TBD PhD MBA BA MA',
  'ZB BZW USW ETC II III IV DNA RNA R&D PPT APP 3D 2D PK WLAN WIFI',
  // Units of data and measure ("5,9 MB"), and German everyday abbreviations (a shared flat, business studies, lorry, car)
  'KB MB GB TB KM KG KWH MWH WG BWL VWL LKW PKW KFZ',
  // An episode ("EP.58"), and French everyday abbreviations (work contracts, a stroke, VAT)
  'EP CDI CDD AVC TVA',
);

/**
 * Companies' legal forms, which end a company's name ("Hanse Stahl AG", "Brenninger Metallbau
 * GmbH", "Acme Inc"): the words before one are a name even where they are common nouns.
 */
export const LEGAL_FORMS = words('AG GmbH SE KG KGaA OHG Inc Ltd LLC PLC SA SAS SARL SpA Srl BV NV');

/**
 * Holidays and feast days, capitalised in every language we read but no names a reader looks
 * up ("New Year’s Eve", "Noël", "Saint-Patrick", "Weihnachten"): no name is read inside one.
 */
export const HOLIDAYS = words(
  'New_Year’s_Eve New_Year’s_Day New_Year Christmas_Eve Christmas_Day Christmas Easter Thanksgiving Halloween Boxing_Day Good_Friday',
  'Valentine’s_Day St_Patrick’s_Day St._Patrick’s_Day Saint_Patrick’s_Day Heiligabend Weihnachten Silvester Neujahr Ostern Pfingsten Karfreitag',
  'Noël Pâques Toussaint Pentecôte Saint-Sylvestre Saint-Valentin Saint-Patrick Nouvel_An Natale Pasqua Capodanno Ferragosto Navidad Nochevieja Semana_Santa',
);

/**
 * German determiners, articles and their contractions: a capitalised word after one is a
 * common noun ("das Thema", "zum Beispiel"), unless something else shows it is a name.
 */
export const GERMAN_DETERMINERS = words(
  'der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner im am',
  'zum zur vom beim ins ans aufs diese dieser dieses diesen diesem jede jeder jedes jeden jedem',
  'mein meine meinen meinem meiner dein deine deinen sein seine seinen seinem seiner ihr ihre ihren',
  'ihrem ihrer unser unsere unseren unserem unserer euer eure welche welcher welches solche solchen',
  'alle allen viele vielen einige einigen mehrere manche wenige wenigen andere anderen beide beiden',
  'jeglicher irgendeine etwas viel mehr wenig kaum',
);

/**
 * Endings of German common nouns: a capitalised word with one (and a stem of `MIN_NOUN_STEM`
 * letters) is a noun, not a name.
 */
export const GERMAN_NOUN_SUFFIXES = [
  'ung', 'ungen', 'heit', 'heiten', 'keit', 'keiten', 'schaft', 'schaften', 'tion', 'tionen', 'tät',
  'täten', 'ismus', 'nis', 'nisse', 'tum', 'ling', 'linge', 'chen', 'lein', 'ment', 'ik', 'ie', 'enz',
  'anz', 'ur', 'ei',
  // Compounds of time and work, always nouns (Bedenkzeit, Freizeit, Aktenarbeit, Zusammenarbeit)
  'zeit', 'zeiten', 'arbeit', 'arbeiten',
];
export const MIN_NOUN_STEM = 4;

/**
 * German nouns of a kind, after which a capitalised word is the name of one ("das Dorf
 * Lützerath", "die Regierung Merkel", "die Zeitschrift Cicero"): dropped from the name, which
 * then stands on its own even as a single word.
 */
export const GERMAN_KIND_NOUNS = words(
  'Dorf Stadt Gemeinde Ort Region Insel Fluss See Berg Regierung Partei Firma Unternehmen Konzern',
  // Kinds of company by what they make or do ("der Windkraftanlagenbauer Nordwerft", "der Hersteller Enercon")
  'Hersteller Anbieter Zulieferer Versorger Betreiber Händler Anlagenbauer Maschinenbauer Autobauer Discounter',
  'Verlag Zeitung Zeitschrift Magazin Sender Band Buch Roman Film Serie App Plattform Marke Verein',
  'Projekt Initiative Bewegung Kampagne Organisation Stiftung Netzwerk Programm Podcast Sendung',
  'Mann Ehemann Ehefrau Partner Partnerin Sohn Tochter Freund Freundin Vater Mutter',
);

/** A compound ending in a word of a kind is one too ("Sporterlebnis-Plattform"); the word is at least this long. */
export const MIN_KIND_SUFFIX = 4;

/**
 * German institutions named after a place or person ("Universität Rotterdam", "Kloster Sankt
 * Michael"): a word of a kind that stays part of the name.
 */
export const GERMAN_INSTITUTION_NOUNS = words('Universität Hochschule Klinik Klinikum Kloster Museum Institut Akademie Schule Gymnasium Bistum Erzbistum');

/**
 * German words after which a capitalised word is a common noun even when another capitalised
 * word follows ("eine Menge Strom", "einen Food Blog"): indefinite articles, and the
 * demonstratives of sameness ("dieselbe Menge Strom"), which names do not take (unlike "das
 * Imperial College", "im Rheinischen Revier", "unserer Plattform Fitfox").
 */
export const GERMAN_INDEFINITES = words(
  'ein eine einen einem einer eines kein keine keinen keinem keiner',
  'derselbe dieselbe dasselbe denselben demselben derselben desselben',
);

/**
 * Endings of German adjectives: capitalised inside a sentence and before a capitalised word, an
 * adjective is part of a name ("Europäischen Union", "Kassenärztliche Vereinigung").
 */
export const GERMAN_ADJECTIVE_ENDING = /(?:isch|lich)(?:e|en|er|es|em)$/u;

/**
 * Endings of German and Central European place names (-dorf, -leben, -rath, ...): a capitalised
 * word with one, never seen after a determiner, is a place.
 */
export const PLACE_ENDINGS = [
  'dorf', 'leben', 'rath', 'burg', 'berg', 'hausen', 'heim', 'stadt', 'ingen', 'feld', 'kirchen', 'rode',
  'hagen', 'stedt', 'büttel', 'bach', 'furt', 'brück', 'hofen', 'weiler', 'walde', 'beck', 'ow', 'itz', 'witz',
  // The ports of the North Sea and the Baltic (Wilhelmshaven, Cuxhaven, Warnemünde, Travemünde)
  'haven', 'münde',
];

/** A place ending needs a stem of at least this many letters before it. */
export const MIN_PLACE_STEM = 3;

/**
 * Words for peoples, nationalities and their languages, capitalised in English (adjectives:
 * "Japanese players", "Black women") and French (nouns: "les Américains"): not names a reader
 * would look up.
 */
export const DEMONYMS = words(
  'American Americans British English French German Germans Italian Spanish Portuguese Dutch Swiss Austrian',
  'Russian Ukrainian Polish Greek Turkish Chinese Japanese Korean Indian Pakistani Arab Arabic Israeli',
  'Iranian African Asian European Europeans Western Eastern Northern Southern Latin Latino Latina Hispanic',
  'Canadian Mexican Brazilian Australian Irish Scottish Welsh Nordic Scandinavian Muslim Muslims',
  'Jewish Jews Catholic Catholics Protestant Black White Indigenous Asian-American African-American',
  // The other nations' adjectives in English
  'Norwegian Swedish Danish Finnish Icelandic Belgian Czech Slovak Hungarian Romanian Bulgarian Serbian Croatian',
  'Slovenian Bosnian Albanian Lithuanian Latvian Estonian Belarusian Moldovan Georgian Armenian Azerbaijani',
  'Nigerian Ghanaian Kenyan Ethiopian Egyptian Moroccan Algerian Tunisian Libyan Sudanese Somali Ugandan',
  'Tanzanian Rwandan Senegalese Cameroonian Congolese Angolan Zimbabwean Zambian Malawian Mozambican Namibian',
  'Salvadoran Guatemalan Honduran Nicaraguan Panamanian Cuban Dominican Haitian Jamaican Colombian Venezuelan',
  'Ecuadorian Peruvian Bolivian Chilean Argentine Argentinian Uruguayan Paraguayan Vietnamese Thai Filipino',
  'Indonesian Malaysian Singaporean Cambodian Burmese Nepali Nepalese Bangladeshi Afghan Iraqi Syrian Lebanese',
  'Jordanian Saudi Emirati Qatari Kuwaiti Yemeni Omani Palestinian Kurdish Kazakh Uzbek Mongolian Taiwanese Tibetan',
  // French: nouns of peoples are capitalised ("les Américains"), their adjectives are not
  'Américain Américains Américaine Américaines Français Française Françaises Allemand Allemands Allemande',
  'Anglais Britannique Britanniques Italiens Espagnol Espagnols Russe Russes Ukrainien Ukrainiens',
  'Chinois Chinoise Japonais Européen Européens Européenne Européennes Africain Africains Africaine Africaines',
  'Arabe Arabes Belge Belges Suisses Turc Turcs Syriens Afghan Afghans',
  'Israélien Israéliens Palestinien Palestiniens Iranien Iraniens Indiens Occidentaux Juif Juifs',
  'Musulman Musulmans Chrétien Chrétiens',
  // English adjectives of an age ("a derelict Victorian laundry")
  'Victorian Edwardian Elizabethan',
);

/**
 * Top-level domains that end a web address in running text ("uoj.ac", "tianchai.org",
 * "fluter.de"): such a word names a site even in lowercase. The generic ones and those of the
 * countries whose pages we read; not ones that are also file endings (.js, .py, .md).
 */
export const WEB_DOMAINS = words('com org net edu gov io ai ac de at ch fr uk cn eu info');

/**
 * Words that cite a section of a law or treaty with its number ("Paragraf 175", "Artikel 13",
 * "Section 230"): the word and the number are a name; so is "§ 218".
 */
export const LAW_SECTION_WORDS = words('Paragraf Paragrafen Paragrafs Paragraph Paragraphen Paragraphs Artikel Article Section');
