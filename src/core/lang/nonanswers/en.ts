import type { NonAnswerPhrase } from './types';

/**
 * Builds a case-insensitive pattern from raw source (backslashes kept as written) with the
 * sources of named fragments spliced in. Runs once per entry, at module load.
 */
function words(strings: TemplateStringsArray, ...fragments: RegExp[]): RegExp {
  return new RegExp(String.raw({ raw: strings.raw }, ...fragments.map((fragment) => fragment.source)), 'i');
}

/** A negation, including the ones inside their word ("don't", "can't") and the polite ones ("I'd rather not"). */
const NEG = /(?:\bnot(?! to mention\b)|n['’]t|\bnever|\bcannot|\bunable to|\brather not|\bprefer (?:just )?not to|\bno longer|\blet me not|\blet['’]s not)/;
/** Up to three adverbs or modal phrases between a negation and its verb: "not really going to", "don't generally". */
const SOFTENERS =
  /(?:(?:really|actually|specifically|publicly|necessarily|typically|normally|usually|generally|historically|traditionally|ever|yet|just|even|further|directly|officially|separately|currently|obviously|particularly|exactly|precisely|explicitly|going to|gonna|able to|want to|wanna|like to|intend to|plan to|in a position to|at liberty to|prepared to|willing to|allowed to|permitted to|free to|try to|trying to|looking to|planning to|expecting to|ready to|need to|have to|care to|be|feel|comfortable|to)\s+){0,3}/;
/** Verbs that refuse by themselves after a negation: "we don't comment", "I won't speculate", "we don't guide". */
const REFUSE_VERB =
  /(?:comment(?:ing)?|speculat(?:e|ing)|elaborat(?:e|ing)|disclos(?:e|ed|ing)|divulg(?:e|ed|ing)|reveal(?:ed|ing)?|quantif(?:y|ied|ying)|guid(?:e|ed|ing)(?! (?:by|through|us|you|them|the (?:team|company|business|process))\b)|specify(?:ing)?|go(?:ing)? there|go(?:ing)? down that (?:path|road)|get(?:ting)? ahead of|pre-?empt(?:ing)?|front-?run(?:ning)?|go(?:ing)? on (?:the )?record|(?:be|get)(?:ting)? (?:drawn|pinned down)|name names|answer (?:that|this|it|the question|your question|specifically))\b/;
/** Verbs of giving information, which refuse only with an object like INFO_OBJECT or IT_OBJECT: "we don't give that out". */
const SHARE_VERB =
  /(?:giv(?:e|en|ing)(?: out)?|gave|provid(?:e|ed|ing)|shar(?:e|ed|ing)|offer(?:ed|ing)?|releas(?:e|ed|ing)|publish(?:ed|ing)?|report(?:ed|ing)?|talk(?:ed|ing)? (?:\w+ly )?about|discuss(?:ed|ing)?|get(?:ting)? into|go(?:ing)? into|got into|gotten into|went into|gone into|speak(?:ing)? (?:\w+ly )?(?:to|about|on|of)|mention(?:ed|ing)?|nam(?:e|ed|ing)|announc(?:e|ed|ing)|detail(?:ed|ing)?|go(?:ing)? through|updat(?:e|ed|ing)|confirm(?:ed|ing)?|forecast(?:ing)?|predict(?:ing)?|project(?:ing)?|put out|put)/;
/** What a speaker declines to give or says they lack: numbers, details, guidance, names. */
const INFO =
  /(?:specifics|details?|particulars|numbers?|figures?|breakdowns?|break-?outs?|splits?|granularity|colou?r|guidance|forecasts?|projections?|outlook|targets?|estimates?|metrics?|data|statistics|stats|names?|customers?|clients?|terms|pricing|dates?|timelines?|time ?frames?|percentages?|ranges?|information|answers?|updates?|level of detail|quantification)\b/;
/** An object that makes SHARE_VERB a refusal: a few determiners or adjectives, perhaps two other words, then INFO. */
const INFO_OBJECT = words`(?:(?:you|us|them|out|any|a|an|the|that|those|these|this|our|their|its|more|much|further|additional|such|exact|precise|specific|individual|particular|detailed|hard|firm|real|good|explicit|formal|quarterly|monthly|annual|yearly|separate|granular|too much|a lot of)\s+){0,3}(?:[\w-]+\s+){0,2}?${INFO}`;
/** A specific or periodic something, whatever the noun: "individual customers", "monthly rates", "geographic areas". */
const SPECIFIC_OBJECT =
  /(?:(?:any|the|our|their|those|these)\s+)?(?:individual|specific|particular|single|monthly|weekly|quarterly|regional|geographic|country-by-country|customer-specific|intra-?quarter)\s+[\w-]+/;
/** A question word as the object of a refusal: "we don't disclose what we pay", "I can't say which customer". */
const WH_OBJECT = /(?:what|which|who|whom|where|how much|how many)\b/;
/** "that"/"it" as the object of a refusal, where the clause ends or goes on with a time, a reason or a conjunction. */
const IT_OBJECT =
  /(?:that|this|it|those|them|these)(?:\s+(?:out|down|separately|publicly|externally))?(?=\s*[.,;:!?—–)-]|\s*$|\s+(?:now|today|here|yet|either|anymore|any more|at (?:this|the|that)|right now|on (?:this|the|a) call|in (?:this|that|the|any) (?:forum|setting|call|context|detail|way)|until|before|in advance|publicly|because|but|and|so|since|as|for (?:competitive|obvious|now)|by \w+|individually|specifically|beyond)\b)/;
/** The end of a clause right after a verb: "we're not at liberty to discuss." */
const CLAUSE_END = /(?=\s*[.!;]|\s*$|\s+(?:at this (?:time|point|stage)|right now|today|yet|publicly)\b)/;
/** When a speaker promises to say more: "next quarter", "at our investor day", "in due course". */
const LATER =
  /(?:later|at a later (?:date|stage|point|time)|another time|some other time|next time|in due course|in due time|when the time (?:is right|comes)|down the road|at (?:our|the) (?:upcoming |next )?(?:investor|capital markets|analyst|strategy) (?:day|meeting|event)|on (?:the|our) (?:next|upcoming|year-end|Q\d|(?:first|second|third|fourth)[- ]quarter) (?:quarterly |earnings )?call|(?:on|at|with) (?:our|the) (?:next|year-end|fourth[- ]quarter) (?:call|results|report)|next quarter|in the coming (?:weeks|months|quarters)|when we (?:report|announce|release|have (?:more|something)|get (?:there|closer)|finali[sz]e)|as we get (?:closer|further into|more visibility)|over time|at the (?:appropriate|right) time|when (?:it['’]s |it is )?appropriate|once the (?:deal|transaction|acquisition|review) (?:closes|is (?:closed|completed|complete)))\b/;
/** Not after a comparative: "the most difficult to predict" ranks things, it does not decline. */
const NOT_COMPARED = /(?<!\b(?:more|most|less|least|as) )/;
/** A first-person subject, with an optional contracted or full auxiliary. */
const I_WE = /\b(?:I|we)(?:['’](?:ll|d|ve|re|m)| will| would| have| are| am| can| could| should| shall)?/;

/**
 * English non-answer phrases, from interviews and from earnings calls. Most are built from the
 * fragments above, so each covers a way of speaking rather than a sentence: a negation, a few
 * softeners, a verb of telling ("comment", "disclose", "give ... the numbers"); a promise to say
 * more later; a missing number ("I don't have that in front of me"). Apostrophes may be
 * straight or curly; `n't` is matched without a leading `\b` because it sits inside its word.
 */
export const EN_NON_ANSWER_PHRASES: readonly NonAnswerPhrase[] = [
  // declines: won't or can't talk about it
  {
    id: 'no-comment',
    reason: 'declines',
    pattern: /\bno (?:further |additional |specific |particular |real |other |more )?comments?\b(?! (?:from|by|section|box)\b)/i,
  },
  {
    id: 'will-not-comment',
    reason: 'declines',
    pattern: words`${NEG}\s+${SOFTENERS}${REFUSE_VERB}|\b(?:I|we) (?:haven['’]t|have not) (?:\w+ )?(?:said|talked about|commented on|spoken about) (?:that|it|this|anything) (?:publicly|externally|yet)\b`,
  },
  {
    id: 'will-not-give-details',
    reason: 'declines',
    pattern: words`${NEG}\s+${SOFTENERS}${SHARE_VERB}(?:\s+(?:(?:you|us)\s+)?(?:${INFO_OBJECT}|${SPECIFIC_OBJECT}|${WH_OBJECT}|${IT_OBJECT})|${CLAUSE_END})|(?:\bnot going to|\bnot gonna|n['’]t (?:want|like|care) to|\bwon['’]t|\brather not|\bprefer (?:just )?not to)\s+(?:(?:really|specifically|publicly|further|too much|necessarily)\s+)?(?:(?:get|go)(?:ing)? into|talk(?:ing)? (?:\w+ly )?about|discuss(?:ing)?|speak(?:ing)? (?:\w+ly )?(?:to|about))\b`,
  },
  {
    id: 'do-not-think-i-can-comment',
    reason: 'declines',
    pattern: words`\b(?:I|we) (?:don['’]t|do not) think\b[^.!?]{0,30}?\b(?:I|we)(?:['’]d)? (?:can|could|should|want to|would like to|would want to|will be able to|are able to|am able to|would|will|need to) (?:really )?(?:${REFUSE_VERB}|${SHARE_VERB}\s+(?:${INFO_OBJECT}|${SPECIFIC_OBJECT}|${WH_OBJECT}|${IT_OBJECT})|say|give|provide|share)`,
  },
  {
    id: 'do-not-break-out',
    reason: 'declines',
    pattern: words`${NEG}\s+${SOFTENERS}(?:break(?:s|ing)?|broke|broken|split(?:s|ting)?|carv(?:e|es|ed|ing)|singl(?:e|es|ed|ing)|call(?:s|ed|ing)?)\s+(?:[\w-]+\s+){0,2}?(?:out|down)\b|${NEG}\s+${SOFTENERS}(?:be|get|go)\s+(?:any |much |too |overly )?(?:more|too|overly|very) (?:specific|granular|precise|detailed|explicit)\b`,
  },
  {
    id: 'not-something-we-disclose',
    reason: 'declines',
    pattern: words`\bnot (?:something|a number|a figure|a metric|information|data|an area|a topic|a subject|one|the kind of thing|the type of thing|a level of detail|a practice) (?:that )?(?:we|I)(?:['’]\w+)? (?:\w+ ){0,3}?(?:disclos(?:e|ed)|discuss(?:ed)?|talk(?:ed)? about|comment(?:ed)? on|get into|go into|giv(?:e|en) out|giv(?:e|en)|break out|broken out|provid(?:e|ed)|shar(?:e|ed)|report(?:ed)?|publish(?:ed)?|releas(?:e|ed)|guide(?:d)? (?:to|on)|quantif(?:y|ied)|speculate (?:on|about)|track(?:ed)?|measure(?:d)?)\b`,
  },
  {
    id: 'policy-not-to',
    reason: 'declines',
    pattern: words`\b(?:policy|practice|custom|tradition|habit) (?:is )?(?:not to|never to|to not|of not)\b|\bas a (?:matter of )?(?:policy|practice|rule),? ${I_WE}\s+(?:don['’]t|do not|never|won['’]t|can['’]t|not)\b|\bnot in the business of (?:giving|providing|making|forecasting|predicting|guessing|speculating|projecting)\b|\bno (?:formal |specific |official |explicit |updated |further )?guidance (?:for|on|yet|at this)\b`,
  },
  {
    id: 'rather-not',
    reason: 'declines',
    pattern: words`\b(?:I|we)(?:['’]d| would) (?:rather|prefer) not\b(?:\s+to)?(?=\s*[.,;!—–-]|\s*$|\s+(?:say|get|go|comment|speculate|talk|discuss|answer|share|disclose|give|put|guess)\b)|\b(?:(?:hesitant|reluctant|loath|loathe|wary|hesitate|declin(?:e|ed|ing)|(?:['’]d|would) hate) to|refrain(?:ed|ing)? from|(?:stay|steer|shy)(?:ing)? (?:away|clear) (?:from|of))\s+(?:giv(?:e|ing)|put(?:ting)?|provid(?:e|ing)|comment(?:ing)?|speculat(?:e|ing)|(?:get|go)(?:ting|ing)?(?: into)?|talk(?:ing)?|shar(?:e|ing)|disclos(?:e|ing)|quantif(?:y|ying)|guess(?:ing)?|predict(?:ing)?|forecast(?:ing)?|commit(?:ting)? to|discuss(?:ing)?|answer(?:ing)?|guidance|specifics|details|numbers|that|this|it)\b|\bkeep (?:that|it|those|them|this|our cards|things) (?:close to (?:the|our) (?:vest|chest)|to ourselves|private|confidential|internal)\b|\bclose to the (?:vest|chest)\b|\b(?:take a )?pass on (?:that|this|the question|answering)\b|\bbe (?:a (?:bit|little) )?guarded\b`,
  },
  {
    id: 'inappropriate-to-say',
    reason: 'declines',
    pattern: words`(?:(?:\bnot|n['’]t) (?:be )?(?:appropriate|prudent|wise|fair|proper|helpful|productive|useful|responsible)|\birresponsible|\binappropriate|\bimprudent|\bunwise) (?:for (?:me|us|anyone) )?(?:at this (?:time|point|stage|juncture) |right now |today |yet )?to (?:comment|speculate|say|give|provide|discuss|get into|go into|talk|share|disclose|guess|predict|forecast|quantify|put|offer|project|estimate|answer|update|speak|address)\b`,
  },
  {
    id: 'confidential',
    reason: 'declines',
    pattern: words`\bfor (?:obvious )?(?:competitive|commercial|confidentiality|legal) reasons\b|\b(?:due to|because of) (?:\w+ )?(?:competitive|confidentiality) (?:reasons|concerns|agreements?)\b|\b(?:that|this|it|those|these|the terms|the details|the price|the amount)(?:['’]s| is| are| remain| remains)? (?:\w+ )?(?:confidential|proprietary|commercially sensitive|competitively sensitive)\b|\b(?:confidentiality|non-disclosure) (?:agreements?|obligations|reasons|clauses?)\b|\bunder (?:an? )?(?:NDA|non-disclosure)\b|\bout of respect for (?:our|the|their) (?:customers?|clients?|partners?|process|counterpart(?:y|ies))\b|\b(?:we['’]re|we are|I['’]m|I am) in (?:a|the|our) quiet period\b|\b(?:restricted|limited|constrained) (?:in|on|as to) (?:what|how much) (?:we|I) can (?:say|disclose|share|tell you|talk about|comment on)\b`,
  },
  {
    id: 'cannot-say',
    reason: 'declines',
    pattern: words`\b(?:can['’]t|cannot|can not|couldn['’]t|could not|unable to|not able to|not in a position to|not at liberty to|won['’]t|will not|not going to)\s+(?:(?:really|just|honestly|yet|necessarily)\s+)?(?:say|tell (?:you|us)|confirm|share)(?:\s+(?:more|much|anything|(?<=(?:tell (?:you|us)|confirm)\s+)(?:that|it|this)|any more|which|who|what|when|where|whether|if|how many|exactly|specifically|precisely|for (?:sure|certain)|at this (?:time|point|stage)|right now|today|yet|on (?:that|this)|about (?:that|this))\b|\s*[.,;!?—–-]|\s*$)|\b(?:(?:really|just|simply|unfortunately,?\s+(?:I|we)|I['’]?m afraid (?:I|we))\s+(?:can['’]t|cannot)(?:\s+(?:right now|(?:right )?at this (?:time|point|stage)))?|(?:can['’]t|cannot)\s+(?:right now|(?:right )?at this (?:time|point|stage)))(?=\s*[,.!;—–-]|\s*$|\s+(?:say|comment|answer|tell|share|give|but)\b)|\b(?:can['’]t|cannot) help you (?:there|with that|on that)\b|\bneither confirm nor deny\b|\b(?:can['’]t|cannot) (?:really )?speak (?:to|for|on|about) (?:that|this|it|what|how|them|him|her|others|competitors|other companies)\b|\bI wish I (?:could (?:tell|say|answer|give)|knew)\b`,
  },
  {
    id: 'not-ready-to-say',
    reason: 'declines',
    pattern: words`\b(?:not (?:yet |quite |really )?(?:ready|prepared|comfortable|in a position)|(?:a (?:little |bit )?)?uncomfortable|not (?:yet )?at (?:a|the) (?:point|stage) (?:where|that) (?:we|I)(?: would)? (?:want|can|could|are able|am able))\s+(?:(?:yet|at this (?:point|time|stage)|right now)\s+)?(?:to\s+)?(?:(?:really|publicly|fully)\s+)?(?:talk(?:ing)?|say(?:ing)?|comment(?:ing)?|discuss(?:ing)?|shar(?:e|ing)|disclos(?:e|ing)|announc(?:e|ing)|giv(?:e|ing)|(?:go|get)(?:ing|ting)? into|speak(?:ing)?|answer(?:ing)?|reveal(?:ing)?|nam(?:e|ing)|quantif(?:y|ying)|provid(?:e|ing)|commit(?:ting)?|put(?:ting)?)\b`,
  },
  {
    id: 'nothing-to-say',
    reason: 'declines',
    pattern: words`\b(?:I|we)(?:['’]ve| have)? (?:got )?(?:nothing|not much|little|nothing more|nothing further|nothing else)(?: more| further| else| new)? to (?:say|add|share|report|tell you|announce)\b|\b(?:I|we) (?:do not|don['’]t) have (?:much|anything|a lot|any more|anything more|anything further|anything new) (?:\w+ )?to (?:say|add|share|report|tell you|announce)\b|\b(?:have )?no (?:update|news|new information|further information)(?: for you| to share| to report| at this (?:time|point))\b|\bthere['’]?s nothing (?:more |new |else |further )?(?:to (?:report|add|say|announce)|(?:I|we) can (?:add|say))\b`,
  },
  {
    id: 'leave-it-there',
    reason: 'declines',
    pattern: words`\bleave it (?:there|(?:at|with) (?:that|what (?:we|I)(?:['’]ve| have)? (?:already )?(?:said|disclosed|announced|put out|given)))\b|\b(?:as far as|(?:that['’]?s|that is) (?:about |really |pretty much )?(?:all|as far as|as much as)|(?:anything|not much|little|nothing)(?: more| else| further)?(?: that)?) (?:I|we)(?:['’]d|['’]ll|['’]m|['’]re| would| can| will| am| are)?(?: (?:going to|gonna|want to|able to|would like to|like to))? (?:go|say|share|tell you|disclose|comment|(?<=can )add)\b(?! (?:back|into|to)\b)|(?:\bnot|n['’]t) (?:going to |gonna |want to )?go (?:any )?(?:further|beyond (?:that|this))\b|\bdodge (?:that|this) (?:one|question)\b`,
  },
  {
    id: 'beyond-what-we-said',
    reason: 'declines',
    pattern: words`\bbeyond (?:that|this|what (?:we|I)(?:['’]ve| have)? (?:already |previously )?(?:said|disclosed|announced|guided(?: to)?|provided|shared|put out|given|stated|published)),? (?:I|we)(?:['’]m| am|['’]re| are)? (?:can['’]t|cannot|won['’]t|wouldn['’]t|don['’]t|do not|not)\b|(?:\bnot|n['’]t) (?:going to |gonna |want to |able to )?(?:say|add|share|give|go|comment) (?:anything |much |any ?)?(?:more |further )?(?:than|beyond) what (?:we|I)(?:['’]ve| have)? (?:already |previously )?(?:said|disclosed|announced|guided|provided|shared|stated|published|given)\b`,
  },
  {
    id: 'process-deference',
    reason: 'declines',
    pattern: words`\blet (?:the|that|this) (?:\w+ )?(?:process|review|investigation|inquiry|audit|litigation) (?:play out|run its course|take its course|unfold|proceed|happen|run|work)\b|\b(?:while|as long as|until) (?:the|that|this) (?:\w+ )?(?:review|investigation|inquiry|process|litigation|audit|case) is (?:still )?(?:ongoing|pending|under way|underway|going on|running|in progress|not (?:finished|complete|completed|concluded|over))\b|\bwithout (?:any )?(?:interference|interfering)\b`,
  },
  // redirects: ask someone else
  {
    id: 'ask-someone-else',
    reason: 'redirects',
    pattern:
      /\b(?:[Yy]ou(?:['’]d| would| will|['’]ll| should| might| may| could| must)? (?:have to|need to|want to|better|might want to|really need to|probably need to)|[Yy]ou(?:['’]d| would| should| might| must| better)|[Bb]etter) (?:(?:really|probably|just|go)\s+)?(?:ask|check with|talk to|speak to|speak with|direct (?:that|this|the question|your question) to|put (?:that|this|the question) to) (?!me\b|us\b)(?:him|her|them|the|a|an|his|their|[A-Z][\w.'’-]*)\b/,
  },
  {
    id: 'question-for-someone-else',
    reason: 'redirects',
    pattern: words`\b(?:that|this|it)(?:['’]s| is| would be|['’]d be| will be)? (?:really |probably |more )?(?:a |an )?(?:question|one|topic) (?:better )?(?:for|to ask|(?:directed|addressed|put) (?:to|at)) (?!(?:me|us|you|later|sure|now|today|example|instance|all|everyone|everybody|anyone|another (?:day|time)|the (?:future|record|ages|long term))\b)(?:him|her|them|the \w+|a \w+|[A-Z][\w.'’-]*)\b|\bbetter (?:answer|question) for (?:them|him|her|the \w+)\b|\b(?:better|best) (?:answered|addressed|asked|directed|placed to answer|positioned to answer) (?:by|to|of)\b|\b(?:more appropriate|better|best) (?:for|if) (?:them|him|her|the board|the company|a board member|someone else|(?:a|the) \w+ (?:member|members)) (?:to )?(?:answer|say|address|comment|explain|answered)\b|\b(?:for|up to) (?:them|him|her|the board|the company|the regulators?) to (?:answer|say|comment|explain)\b`,
  },
  {
    id: 'not-for-me-to-say',
    reason: 'redirects',
    pattern: words`\bnot (?:for me|my place|up to me|for us|up to us) to (?:say|answer|comment|judge|speculate|decide)\b|\b(?:outside|beyond|not in|not within) (?:my|our) (?:remit|purview|area of responsibility|competence|lane)\b|\bnot the (?:right|best) person to (?:ask|answer|say|comment)\b|\babove my pay ?grade\b|\bthat['’]?s not my (?:area|department|call|decision|business)\b`,
  },
  {
    id: 'refer-to-documents',
    reason: 'redirects',
    pattern: words`\b(?:I|we|let me)(?:['’]d| would|['’]ll| will)? (?:(?:just|simply|again)\s+)?(?:refer|direct|point|urge|encourage) you (?:back )?to (?:(?:look at|see|read|review|check|go back to)\s+)?(?:the|our|those|that|this)\s+(?:[\w-]+ ){0,2}?(?:press release|release|filings?|10-?K|10-?Q|8-?K|website|presentation|slides?|deck|supplement|proxy|annual report|disclosures?|prospectus|transcript|materials)\b`,
  },
  // postpones: later, another time, after the call
  {
    id: 'talk-later',
    reason: 'postpones',
    pattern: words`(?:${I_WE}|\blet['’]s)\s+(?:(?:(?:be )?(?:able|happy|glad|pleased) to|certainly|definitely|probably|hopefully|happily|also|obviously|then|have to|try to|need to|going to|like to|want to|prefer to)\s+){0,2}(?:(?:talk|speak|chat) (?:more )?(?:(?:about|on) (?:that|this|it|those|these)|(?=(?:at |with you )?(?:another|some other|later)\b))|say (?:more|something)|share (?:more|that|it|those|details|the details)|get into (?:that|it|this|more)|go into (?:that|it|this|more)|(?:come|get) back (?:to|on) (?:that|this|it)|return to (?:that|this|it)|cover (?:that|this|it)|update (?:you|everyone|the market|investors|that)|give (?:you )?(?:more |further |additional )?(?:details|an update|updates|colou?r|guidance|specifics)|announce (?:that|more|it)|discuss (?:that|this|it)|address (?:that|this|it)|provide (?:more|an update|updates|guidance|details|colou?r|further|additional)|disclose (?:more|that|it)|report (?:on )?(?:that|it|more)|have more (?:to say|detail|details|colou?r|information|on that))\b[^.!?]{0,40}?\b${LATER}|\b(?:more (?:on|about) (?:that|this)|more details?|details|more) (?:to come|later|in due course)\b|\b(?:I|we)(?:['’]ll| will|['’]d| would)? (?:have to |like to |prefer to )?defer (?:on )?(?:that|this|the question|answering|commenting)\b`,
  },
  {
    id: 'follow-up-offline',
    reason: 'postpones',
    pattern: words`(?<!\bonline (?:and|or|to|vs\.?|versus) )\boff-?line\b(?! (?:stores?|sales|retail|channels?|business(?:es)?|world|marketing|shops?|media|mode|version|customers?|players?|merchants?|payments?)\b)|\b(?:after|following|outside (?:of )?) (?:the|this|today['’]s) call\b|\bget back to you\b|\b(?:I|we|let me|let us|let['’]s)(?:['’]ll| will| can| could| would| should| may| might)?\s+(?:(?:have to|need to|want to|try to|be happy to|be glad to|certainly|definitely|probably|just)\s+)?(?:come|circle) back (?:to you )?(?:on|with|about)\b|\b(?:have to|will|['’]ll|need to|can) (?:come|circle) back to you\b|\b(?:we|I)(?:['’]ll| will| can| could| would be happy to| would be glad to|['’]d be happy to|['’]d be glad to) (?:follow up|touch base|connect) (?:with you|on that|on this|separately|later|offline|after)\b|\btake (?:that|this|it)(?: question)? away\b|\b(?:have|get) (?:someone|somebody|him|her|\w+) (?:get back to|follow up with|call|contact|reach out to) you\b|\b(?:discuss|talk about|go through|cover|walk you through) (?:that|it|this|the details) (?:one-on-one|one on one|individually|separately)\b|\b(?:chat|talk|speak|catch up|connect) (?:\w+ )?(?:separately|(?:at )?another time|some other time|afterwards)\b`,
  },
  {
    id: 'when-there-is-news',
    reason: 'postpones',
    pattern: words`\bwhen (?:there is|there['’]s|we have) (?:something|anything|more|news) (?:\w+ )?to (?:announce|say|report|share|tell)\b|\bstay tuned\b|\byou['’]ll (?:just )?(?:have to|need to) wait (?:for|until|and see)\b|${I_WE} (?:have more to (?:say|share|report|tell you)|let (?:you|everyone|the market) know (?:when|as soon as|once|if|in))\b|\b(?:we|you)['’]ll (?:know|hear|learn) (?:more|better) (?:\w+ ){0,3}?(?:later|next|soon|when|once|after|in)\b`,
  },
  {
    id: 'too-early',
    reason: 'postpones',
    strength: 'preface',
    pattern: words`\b(?:too |a (?:little )?bit |a little |still |very )?(?:early|soon) to (?:say|tell|comment|speculate|know|judge|call|talk|quantify|predict|estimate|give)\b|\b(?:too early|too soon|premature|early days)\b|\bnot the right (?:time|moment)\b|^\s*not (?:at this (?:time|point|stage)|right now|yet)\s*[.!]?\s*$`,
  },
  {
    id: 'time-will-tell',
    reason: 'postpones',
    strength: 'preface',
    pattern: words`\btime will tell\b|\b(?:we['’]re|we are|I['’]m|I am) (?:still )?(?:waiting|awaiting) (?:for|on)\b|\b(?:we['’]d|I['’]d|we would|I would) (?:rather|prefer to) wait\b|\blet['’]s wait\b|\b(?:still|very) early stages?\b|\bwe['’]ll (?:just )?have to (?:wait and see|see|let it play out)\b|\bremains to be seen\b|\bjury(?:['’]s| is) (?:still )?out\b|\bwe['’]ll see\b`,
  },
  {
    id: 'not-decided-yet',
    reason: 'postpones',
    strength: 'preface',
    pattern: words`\b(?:I|we)(?: haven['’]t| have not|['’]ve not| have yet to) (?:yet )?(?:made (?:a|any|that|the) (?:final )?decisions?|decided|determined|finali[sz]ed|settled on|concluded)\b|\bno (?:final )?decisions? (?:has|have) (?:yet )?been (?:made|taken)\b|\b(?:we['’]re|we are|I['’]m|I am) (?:still |currently )?(?:evaluating|assessing|working through|in the process of (?:evaluating|determining|assessing|deciding|finali[sz]ing)|figuring (?:that|it|this) out)\b|\b(?:haven['’]t|have not) (?:gotten|got|gone) that far\b|\b(?:it['’]?s|that['’]?s|that is|it is) (?:still )?(?:under (?:review|consideration|evaluation|discussion)|being (?:evaluated|reviewed|discussed|considered))\b|\bto be (?:determined|decided|announced|confirmed)\b|\bTBD\b`,
  },
  {
    id: 'have-to-check',
    reason: 'postpones',
    pattern: words`\b(?:I|we)(?:['’]d| would| will|['’]ll)? (?:have to|need to) (?:go back and (?:look|check)|check|look (?:it|that|this) up|look into (?:it|that|this)|verify|confirm|double-check|find out)\b|\blet me (?:check|look into (?:it|that|this)|find out)\b|\b(?:contact|call|reach out to|follow up with|get in touch with) (?:our |the )?(?:IR|investor relations)\b`,
  },
  // ignorance: does not know, does not have it at hand
  {
    id: 'do-not-know',
    reason: 'ignorance',
    pattern: words`\b(?:I|we)\s+(?:(?:really|just|honestly|simply|frankly|actually|still|truly|certainly|obviously|exactly)\s+)?(?:do not|don['’]t|didn['’]t|did not)\s+(?:(?:really|yet|actually|exactly|fully|precisely|even|quite)\s+)?(?:know|recall|remember)\b(?!\s+(?:about you|if|whether|that|you)\b|\s*,)|\b(?:I|we)(?:['’]re| are| am|['’]m) not going to know\b|\b(?:I|we)\s+(?:have|had)\s+no\s+(?:idea|clue)\b|\byour guess is as good as mine\b|\b(?:it['’]s|that['’]s) any(?:body|one)['’]s guess\b|\b(?:I|we) (?:don['’]t|do not) (?:really )?have (?:a|any) (?:strong |firm |clear )?(?:view|opinion|position) (?:on|about|yet)\b|\b(?:I['’]m|I am|we['’]re|we are) not (?:really )?familiar with\b|\b(?:I|we) (?:haven['’]t|have not) (?:yet )?(?:seen|read|reviewed) (?:it|that|the report|the study|the data|those|this)\b`,
  },
  {
    id: 'do-not-know-if',
    reason: 'ignorance',
    strength: 'hedge',
    pattern: words`\b(?:I|we)\s+(?:(?:really|just|honestly|simply|actually)\s+)?(?:do not|don['’]t)\s+(?:(?:really|yet|actually|exactly)\s+)?know (?:if|whether|that)\b(?! (?:I|we) (?:answered|have answered))`,
  },
  {
    id: 'no-number-at-hand',
    reason: 'ignorance',
    pattern: words`\b(?:I|we)\s+(?:(?:just|really|simply|actually|still|unfortunately)\s+)?(?:do not|don['’]t|did not|didn['’]t)\s+have\s+(?:(?:that|the|those|these|this|a|an|any|it|them|all|all the|a good|a great|a clear|the exact|an exact|the precise|the specific|specific|exact|precise|particular|firm|final|enough|much|real)\s+){0,2}(?:[\w-]+\s+){0,2}?(?:numbers?|figures?|data|details?|information|info|breakdown|split|estimate|answer|statistics?|quantification|granularity|level of detail|feel|sense|handle|read|basis points|percentage|amount|specifics)\b|(?:\bnot|n['’]t|\bno)\b[^.?!]{0,40}?\b(?:at my fingertips|in front of (?:me|us)|off the top of my head|(?:right )?here with (?:me|us)|with me|on hand|handy|have (?:it|that|them|those|the data|the numbers) (?:cut|broken (?:out|down)|split) (?:(?:that|this|in that) way|by \w+))\b|\b(?:I|we) (?:don['’]t|do not) think (?:I|we) (?:have|['’]ve got|know)\s+(?:(?:a|an|the|any|that|enough|all the)\s+)?(?:[\w,-]+\s+){0,3}?(?:answer|numbers?|data|details?|information|visibility|clarity|idea|sense|feel|yet)\b`,
  },
  {
    id: 'have-not-looked',
    reason: 'ignorance',
    pattern: words`\b(?:I|we) (?:(?:actually|really|just)\s+)?(?:haven['’]t|have not) (?:(?:actually|really|yet)\s+)?(?:looked (?:into|at)|analy[sz]ed|quantified|calculated|studied|modell?ed|estimated|sized)\s+(?:(?:actually|really|yet)\s+)?(?:that|this|it|those|these|the (?:effect|impact|numbers|data|math|analysis))\b|\b(?:I|we) (?:haven['’]t|have not) (?:yet )?(?:done|run|crunched) (?:that|the) (?:math|analysis|work|numbers)\b`,
  },
  {
    id: 'have-not-heard',
    reason: 'ignorance',
    pattern: words`\b(?:I|we) (?:haven['’]t|have not|hadn['’]t|have yet to) (?:yet )?(?:heard|received|gotten|got) (?:anything|back|a (?:response|reply|decision|ruling|word)|any (?:response|feedback|word|news|indication|decision)|from)\b|\b(?:I|we)(?:['’]ve| have) (?:heard|received) nothing\b`,
  },
  {
    id: 'not-clear-yet',
    reason: 'ignorance',
    strength: 'hedge',
    pattern: words`\bnot (?:really |yet |entirely |quite )?clear (?:on|about|yet)\b|\b(?:we are|we['’]re|I am|I['’]m) (?:(?:still|kind of|a bit|somewhat)\s+)?(?:uncertain|unclear) (?:on|about|of|what|how|whether)\b`,
  },
  {
    id: 'no-visibility',
    reason: 'ignorance',
    strength: 'hedge',
    pattern: words`(?:\bnot|n['’]t)\s+have (?:(?:a lot of|much|any|good|great|clear|full|enough|real)\s+)?(?:visibility|clarity|line of sight|insights?)\b|\bno (?:real |clear )?(?:visibility|clarity|line of sight|insights?)\b`,
  },
  {
    id: 'cannot-predict',
    reason: 'ignorance',
    pattern: words`${NOT_COMPARED}\b(?:hard|difficult|tough|impossible|tricky|unable|not able)\s+(?:(?:for (?:me|us)|at this (?:time|point|stage)|right now)\s+)?to\s+(?:(?:really|accurately|exactly|precisely|completely|fully)\s+)?(?:predict|quantify|estimate|forecast|project|gauge|pin down|model|handicap|give (?:you )?(?:a |an |any )?[\w-]+|pick (?:a|an|the) [\w-]+|put (?:a|an|any) [\w-]+)\b|\b(?:difficult|hard|tough) for (?:me|us) to (?:give|provide|quantify|be (?:precise|specific))\b|\b(?:can['’]t|cannot) (?:(?:really|accurately|exactly)\s+)?(?:predict|forecast|quantify|estimate)\b|\bcan['’]t see (?:that|so|too) far (?:out|ahead)\b|\bno (?:real )?way (?:of|to) (?:know(?:ing)?|tell(?:ing)?|predict(?:ing)?|estimat(?:e|ing)|quantify(?:ing)?)\b`,
  },
  {
    id: 'hard-to-say',
    reason: 'ignorance',
    strength: 'hedge',
    pattern: words`${NOT_COMPARED}\b(?:hard|difficult|tough|impossible|tricky)\s+(?:(?:for (?:me|us)|at this (?:time|point|stage)|right now)\s+)?to\s+(?:(?:really|accurately|exactly|precisely)\s+)?(?:say|tell|know|answer|judge|call|speculate)\b|\b(?:difficult|hard|tough) for (?:me|us) to (?:answer|comment)\b`,
  },
  {
    id: 'not-sure',
    reason: 'ignorance',
    strength: 'hedge',
    pattern: words`\b(?:I['’]?m|I am|we['’]re|we are) not (?:(?:really|quite|entirely|totally|exactly|100%)\s+)?(?:sure|certain)\b(?! (?:I|that I) (?:understand|understood|follow)|,? (?:I|that I)['’]?d (?:say|characterize|agree|put)| what you(?:['’]re| are))|\bI (?:can['’]t|cannot) (?:recall|remember)\b`,
  },
  {
    id: 'no-crystal-ball',
    reason: 'ignorance',
    strength: 'hedge',
    pattern: words`(?:\bno|n['’]t|\bnot)\b[^.!?]{0,20}\bcrystal ball\b|\bcan['’]t predict the future\b`,
  },
  {
    id: 'not-available-yet',
    reason: 'ignorance',
    pattern: words`\b(?:I|we)\s+(?:(?:just|really)\s+)?(?:don['’]t|do not)\s+have (?:that|it|those|them|the|this)(?: (?:numbers?|data|results|figures?|information))? yet\b|\b(?:that|the|those|this)(?: (?:numbers?|data|results|figures?|information))?(?:['’]s| is| are) not (?:yet )?available\b|\bnot (?:yet )?available (?:yet|at this (?:time|point))\b|\b(?:I|we)(?:['’]m| am|['’]re| are) not aware of (?:that|it|any)\b`,
  },
  {
    id: 'do-not-track',
    reason: 'ignorance',
    pattern: words`\b(?:I|we)\s+(?:(?:really|just|actually|simply)\s+)?(?:don['’]t|do not)\s+(?:(?:really|actually|specifically|separately)\s+)?(?:track|measure|monitor|capture|keep) (?:it|that|this|those|them|the \w+)(?: (?:that way|separately|internally|by \w+))?\b`,
  },
  {
    id: 'would-be-guessing',
    reason: 'ignorance',
    strength: 'hedge',
    pattern: words`\b(?:I|we)(?:['’]d| would) (?:just |only )?be (?:guessing|speculating)\b|(?:\bnot|n['’]t) (?:(?:want|going|like) to )?guess\b|\bhate to guess\b|\bwould be (?:pure |just )?(?:speculation|a guess)\b`,
  },
  // clarification: asks back instead of answering
  {
    id: 'what-do-you-mean',
    reason: 'clarification',
    strength: 'hedge',
    pattern: words`\bwhat (?:exactly )?do you mean\b|\b(?:could|can|would) you (?:please )?(?:repeat|rephrase|clarify|restate|say that again|be more specific|elaborate)\b|\b(?:are you asking|do you mean|did you mean)\b[^.?!]{0,80}\?|\bwhich (?:one|part|question|\w+) (?:do you mean|are you (?:asking|referring))\b|\bnot (?:totally |quite |really )?sure (?:I|that I) (?:understand|understood|follow)\b|\b(?:didn['’]t|did not) (?:quite )?(?:catch|hear|get|understand) (?:the|your|that|the last) (?:question|part|last part)\b|\b(?:not sure|don['’]t (?:understand|know)) what you(?:['’]re| are) (?:asking|getting at|referring to|looking for)\b`,
  },
  // sidestep: talks about something else, stays general, answers only part
  {
    id: 'not-my-focus',
    reason: 'sidestep',
    pattern: words`\bnot (?:my|our) (?:(?:main|top|first|real|primary|current)\s+)?(?:focus|priority|concern)\b|\b(?:I['’]?m|we['’]re|I am|we are) not (?:really )?(?:focused on|thinking about|worried about|spending time on) (?:that|this|it)\b|\bit['’]?s not about\b|\b(?:I|we)(?:['’]d| would) rather (?:focus|concentrate|talk) on\b`,
  },
  {
    id: 'without-specifics',
    reason: 'sidestep',
    pattern: words`\bwithout (?:getting|going) into (?:the |too much |any )?(?:specifics|details?|particulars|numbers)\b|\bwithout commenting on\b|\bwithout (?:naming|giving|disclosing|discussing) (?:\w+\s+){0,2}?(?:specifics|details|names|numbers|figures)\b`,
  },
  {
    id: 'all-i-can-say',
    reason: 'sidestep',
    pattern: words`\ball (?:I|we) (?:can|could|am able to|are able to) (?:say|tell you|share)\b|\b(?:I|we) can only (?:say|tell you|repeat)\b`,
  },
  {
    id: 'what-i-can-say',
    reason: 'sidestep',
    strength: 'preface',
    pattern: words`\bwhat (?:I|we) (?:can|could|will) (?:say|tell you|share(?: with)? you|share)\b(?:(?: (?:\w+ ){0,3})?is\b)?`,
  },
  {
    id: 'in-general-terms',
    reason: 'sidestep',
    strength: 'preface',
    pattern: words`\bin (?:very )?(?:general|broad) terms\b|\bat a (?:very )?(?:high|general) level\b`,
  },
];
