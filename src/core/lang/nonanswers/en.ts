import type { NonAnswerPhrase } from './types';

/**
 * English non-answer phrases, from interviews and from earnings calls ("we don't break that
 * out", "I don't have that number in front of me", "we'll follow up after the call").
 * Apostrophes may be straight or curly (`['’]`); `n't` is matched without a leading `\b`
 * because it sits inside its word ("don't").
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
    pattern:
      /(?:\bnot|n['’]t|\bnever|\bcannot|\bunable to|\brather not|\bprefer not to)\s+(?:(?:really|specifically|publicly|further|yet|now|directly|officially|actually|ever|generally|typically|usually|normally|going to|gonna|able to|want to|like to|intend to|plan to|in a position to|at liberty to|prepared to|willing to|try to|even)\s+){0,3}(?:comment|speculate|elaborate|get ahead of|pre-?empt|go there|go(?:ing)? on (?:the )?record|answer (?:that|this|it|the question|your question))\b|\b(?:I|we) (?:haven['’]t|have not) (?:\w+ )?(?:said|talked about|commented on) (?:that|it|this|anything) (?:publicly|externally|yet)\b/i,
  },
  {
    id: 'do-not-think-i-can-comment',
    reason: 'declines',
    pattern:
      /\b(?:I|we) (?:don['’]t|do not) think\b[^.!?]{0,30}?\b(?:I|we) (?:can|could|should|want to|would like to|would want to|will be able to) (?:really )?(?:comment|speculate|disclose|say|get into|go into|give|provide|share|answer)\b/i,
  },
  {
    id: 'will-not-get-into',
    reason: 'declines',
    pattern:
      /(?:\bnot|n['’]t|\bnever|\bcannot|\bunable to|\brather not|\bprefer (?:just )?not to)\s+(?:(?:really|specifically|publicly|further|yet|now|directly|just|actually|usually|normally|typically|generally|ever|going to|gonna|able to|want to|like to|intend to|plan to|in a position to|at liberty to|prepared to|willing to|comfortable)\s+){0,3}(?:get(?:ting)? into|go(?:ing)? into|discuss(?:ing)?|talk(?:ing)? about|speak(?:ing)? (?:specifically )?(?:about|of|to))\s+(?:(?:any|such|much|a lot of|too much|individual|specific|monthly|quarterly|weekly|actual|geographic|details?|specifics|particulars)\b|(?:that|this|it|those|them)(?=\s*[.,;:!?—–-]|\s*$|\s+(?:now|today|here|yet|right|at|publicly|in|on|too|further|but|and|with|because|until|for|any)\b)|(?:\w+\s+){0,2}?(?:specifics|details?|particulars|numbers|figures|names|customers|locations|pricing|terms|contracts|negotiations|results|rates|metrics|data|margins|areas)\b)/i,
  },
  {
    id: 'not-more-granular',
    reason: 'declines',
    pattern:
      /(?:\bnot|n['’]t)\s+(?:going to |gonna |want to |able to )?(?:get|go|be) (?:any |much )?(?:more|too|overly) (?:granular|specific|detailed|precise)\b|(?:\bnot|n['’]t)\s+(?:want to |like to )?be pinned down\b/i,
  },
  {
    id: 'will-not-disclose',
    reason: 'declines',
    pattern:
      /(?:\bnot|n['’]t|\bnever|\bcannot|\bunable to)\s+(?:(?:yet|really|actually|publicly|specifically|typically|normally|usually|generally|going to|able to|allowed to|like to|want to|in a position to)\s+){0,2}(?:disclos(?:e|ed|ing)|reveal(?:ed|ing)?|divulg(?:e|ed|ing)|publicly mention|mention (?:the|their|any|our) (?:names?|customers?|clients?)|name (?:names|the customer|the client|them|it)|share (?:that|those|this|the (?:name|number|details?|terms))|announced (?:anything|that|it|any)|elucidate)\b|\bnot (?:yet )?at (?:a|the) (?:point|stage) (?:where|that) (?:we|I) (?:want to|can|could) (?:disclose|announce|share|say|talk)\b/i,
  },
  {
    id: 'do-not-break-out',
    reason: 'declines',
    pattern:
      /(?:\bnot|n['’]t|\bnever)\s+(?:(?:actually|really|yet|specifically|separately|publicly|going to|typically|normally|usually|even)\s+){0,2}(?:break(?:ing)?|broken|split(?:ting)?|segment(?:ing)?)\s*(?:(?:that|it|this|those|them|these|the \w+|our \w+|\w+ \w+|\w+)\s+)?(?:out|down)\b|\bnot (?:going to )?(?:provid|giv|disclos|report)(?:e|es|ed|ing)? (?:that |this |a |the |any )?(?:split|breakdown|break-?out)\b|(?:\bnot|n['’]t)\s+(?:(?:really|actually|generally|usually)\s+)?report (?:\w+ ){0,2}?(?:individual(?:ly)?|separately|separate|by (?:month|quarter|region|segment|customer|product))\b/i,
  },
  {
    id: 'no-guidance',
    reason: 'declines',
    pattern:
      /(?:\bnot|n['’]t|\bnever|\bno longer)\s+(?:\w+\s+){0,3}?(?:giv(?:e|ing)|given|provid(?:e|ing)|issu(?:e|ing)|offer(?:ing)?|updat(?:e|ing)|disclos(?:e|ed))\s+(?:\w+\s+){0,3}?(?:guidance|forecasts?|outlook|projections?|targets?)\b|(?:\bnot|n['’]t|\bnever)\s+(?:\w+\s+)?guid(?:e|ing)(?: (?:on|to|for|beyond|that|this|it|specifically|at this)\b|(?=\s*[.,;]))|\b(?:no|n['’]t have (?:any )?) guidance (?:for|on|yet|at this)\b|\b(?:inappropriate|premature) for (?:me|us) to (?:give|provide) (?:\w+ ){0,2}(?:guidance|forecasts?|outlook)\b/i,
  },
  {
    id: 'cannot-give-specifics',
    reason: 'declines',
    pattern:
      /(?:\bnot|n['’]t|\bnever|\bcannot|\bunable to)\s+(?:(?:really|actually|effectively|yet|going to|able to|want to|like to|prepared to|comfortable|in a position to|exactly|specifically|just)\s+){0,2}(?:giv(?:e|ing)|provid(?:e|ing)|shar(?:e|ing)|offer(?:ing)?|quantify(?:ing)?|put(?:ting)?|get(?:ting)?|discuss(?:ing)?|go(?:ing)? into|get(?:ting)? into|talk(?:ing)? about|comment(?:ing)? on|say)\s+(?:(?:you|out|a|an|any|the|that|those|these|this|our|more|much|further|additional|individual|exact|precise|specific|hard|real|good|firm)\s+){0,3}(?:specifics?|details?|numbers?|figures?|splits?|breakdowns?|granularity|particulars|colou?r|amounts?|dates?|names?|percentages?|estimates?|quarters|targets?|answers?|information|metrics?|level of detail|data|statistics|ranges?|forecasts?|projections?)\b|(?:\bnot|n['’]t)\s+(?:\w+\s+)?(?:giving|give|disclosing|sharing|providing) (?:this|that|those|it) (?:at the moment|at this (?:time|point|stage)|right now|today|yet)\b|(?:\bnot|n['’]t)\s+(?:(?:really|actually|typically|usually|normally|generally)\s+)?(?:give|provide|disclose|share|report|publish) (?:that|those|them)(?=\s*[.,;!]| (?:out|publicly|separately|externally|anymore|any more|number|numbers|figure|figures|information|data|detail|level)\b)/i,
  },
  {
    id: 'not-ready-to-say',
    reason: 'declines',
    pattern:
      /\bnot (?:(?:yet|quite|really)\s+)?(?:ready|prepared|comfortable|in a position)\s+(?:yet\s+)?to\s+(?:(?:really|publicly|fully)\s+)?(?:talk|say|comment|discuss|share|disclose|announce|give|go into|get into|speak|answer|reveal|name)\b|\b(?:un|not )comfortable (?:at this point )?(?:discussing|going into|getting into|giving|sharing|talking about|commenting|disclosing)\b/i,
  },
  {
    id: 'nothing-to-say',
    reason: 'declines',
    pattern:
      /\b(?:I|we)(?:['’]ve| have)? (?:got )?(?:nothing|not much|little|nothing more|nothing further|nothing else)(?: more| further| else| new)? to (?:say|add|share|report|tell you|announce)\b|\b(?:I|we) (?:do not|don['’]t) have (?:much|anything|a lot|any more|anything more|anything further|anything new) (?:\w+ )?to (?:say|add|share|report|tell you|announce)\b|\b(?:have )?no (?:update|news|new information|further information)(?: for you| to share| to report| at this (?:time|point))\b|\bthere['’]?s nothing (?:more |new |else |further )?(?:to (?:report|add|say|announce)|(?:I|we) can (?:add|say))\b/i,
  },
  {
    id: 'cannot-answer',
    reason: 'declines',
    pattern:
      /\b(?:can['’]t|cannot|can not|couldn['’]t|could not|unable to|not able to)\s+(?:really\s+|just\s+)?(?:answer (?:that|this|it|the question|your question)|tell you (?:that|this|more|much|anything|what|which|who|when|where|exactly|precisely)\b(?! a )|say (?:more|much|anything|any ?more|which|who|what|when)|share (?:more|much|anything|that|it)|offer (?:more|much|anything))|\b(?:really|just|simply) can['’]t\b(?=[,.!]|\s+say\b)|\bcan['’]t (?:right )?(?:at this (?:time|point)|right now)\b|\b(?:can['’]t|cannot) answer(?=\s*[.,;!?])|\b(?:I|we) (?:can['’]t|cannot) (?:really )?speak (?:to|for|on|about) (?:that|this|it|what|how|them|him|her|others|competitors|other companies)\b|\bI wish I (?:could (?:tell|say|answer|give)|knew)\b/i,
  },
  {
    id: 'process-deference',
    reason: 'declines',
    pattern:
      /\blet (?:the|that|this) (?:\w+ )?(?:process|review|investigation|inquiry|audit|litigation) (?:play out|run its course|take its course|unfold|proceed|happen|run|work)\b|\b(?:while|as long as|until) (?:the|that|this) (?:\w+ )?(?:review|investigation|inquiry|process|litigation|audit|case) is (?:still )?(?:ongoing|pending|under way|underway|going on|running|in progress|not (?:finished|complete|completed|concluded|over))\b|\bwithout (?:any )?(?:interference|interfering)\b/i,
  },
  {
    id: 'inappropriate-to-say',
    reason: 'declines',
    pattern:
      /\b(?:inappropriate|not appropriate|not prudent|imprudent|not wise) (?:for (?:me|us) )?(?:at this (?:time|point|stage) )?to (?:comment|speculate|say|give|provide|discuss|get into|go into|talk|share|disclose)\b|\b(?:be|being) (?:a (?:bit|little) )?guarded\b/i,
  },
  {
    id: 'leave-it-there',
    reason: 'declines',
    pattern:
      /\b(?:as far as|all) (?:I|we) (?:want|can|would like|am going|are going|['’]m going|['’]re going) to go\b|\bleave it (?:at|there|with) (?:that|what we (?:have )?said)\b|\bleave it there\b|\bdodge (?:that|this) (?:one|question)\b|\brefrain from (?:\w+ing)\b|\banything (?:more|else|further) (?:that )?(?:I|we) can (?:say|add|share|tell you)\b|\b(?:I|we)(?:['’]ll| will| must| have to| would| respectfully)? decline to\b/i,
  },
  {
    id: 'confidential',
    reason: 'declines',
    pattern:
      /\b(?:for|due to|because of) (?:\w+ )?competitive reasons\b|\b(?:that|this|it|those|these|the terms)(?:['’]s| is| are| remain)? (?:\w+ )?(?:confidential|proprietary|competitively sensitive)\b|\b(?:confidentiality|non-disclosure) (?:agreements?|obligations|reasons|clauses?)\b/i,
  },
  {
    id: 'not-something-we-disclose',
    reason: 'declines',
    pattern:
      /\bnot (?:something|a number|a figure|information|data|a metric|one) (?:that )?(?:we|I) (?:\w+ )?(?:disclose|discuss|talk about|comment on|give out|break out|provide|share|report|publish|release)\b/i,
  },
  {
    id: 'beyond-what-we-said',
    reason: 'declines',
    pattern:
      /\b(?:beyond|other than|more than|besides|outside (?:of )?) what (?:we|I)(?:['’]ve| have)? (?:already |previously )?(?:said|disclosed|guided(?: to)?|provided|stated|published|given|announced|put out)\b|\bbeyond (?:that|this),? (?:I|we) (?:can['’]t|cannot|won['’]t|wouldn['’]t|don['’]t)\b/i,
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
    pattern:
      /\b(?:that|this|it)(?:['’]s| is| would be|['’]d be| will be)? (?:really |probably |more )?(?:a |an )?(?:question|one|topic) (?:better )?(?:for|to ask|(?:directed|addressed|put) (?:to|at)) (?!me\b|us\b|you\b|another (?:day|time)\b|later\b)(?:him|her|them|the \w+|a \w+|[A-Z][\w.'’-]*)\b|\bbetter (?:answer|question) for (?:them|him|her|the \w+|[A-Z][\w.'’-]*)\b|\b(?:better|best) (?:answered|addressed|asked|directed|placed to answer|positioned to answer) (?:by|to|of)\b|\b(?:more appropriate|better|best) (?:for|if) (?:them|him|her|the board|the company|a board member|someone else|(?:a|the) \w+ (?:member|members)) (?:to )?(?:answer|say|address|comment|explain|answered)\b|\b(?:for|up to) (?:them|him|her|the board|the company|the regulators?) to (?:answer|say|comment|explain)\b/i,
  },
  {
    id: 'not-for-me-to-say',
    reason: 'redirects',
    pattern:
      /\bnot (?:for me|my place|up to me) to (?:say|answer|comment|judge|speculate|decide)\b|\b(?:outside|beyond|not in|not within) (?:my|our) (?:remit|purview|area|responsibility|competence|lane)\b|\babove my pay ?grade\b|\bthat['’]?s not my (?:area|department|call|decision|business)\b/i,
  },
  {
    id: 'refer-to-documents',
    reason: 'redirects',
    pattern:
      /\b(?:I['’]d|I would|let me|we['’]d|we would|I['’]ll|I will) (?:(?:just|simply)\s+)?(?:refer|direct|point|urge) you to (?:look at )?(?:the|our|those) (?:\w+ )?(?:press release|filings?|10-?K|10-?Q|website|presentation|slides?|supplement|proxy|annual report|disclosures?)\b/i,
  },
  // postpones: later, another time
  {
    id: 'talk-later',
    reason: 'postpones',
    pattern:
      /\b(?:talk|speak|say (?:more|something)|share (?:more|that|it)|get into (?:that|it|this)|go into (?:that|it|this)|(?:come|get) back (?:to|on) (?:that|this|it)|return to (?:that|this|it)|cover (?:that|this|it)|update (?:you|everyone|the market)|give (?:you )?(?:more )?(?:details|an update|more colou?r)|announce (?:that|more)|discuss (?:that|this|it)|address (?:that|this|it)|provide (?:more|an update|updates|guidance|details|colou?r))(?: (?:about|on) (?:that|this|it))?(?: (?!to\b)\w+){0,3}? (?:later|at a later (?:date|stage|point|time)|another time|some other time|next time|in due course|when the time (?:is right|comes)|down the road|at (?:our|the) (?:investor|capital markets|analyst) day|on (?:the|our) next (?:call|quarter)|next quarter|in the coming (?:weeks|months)|when we (?:report|announce|release)|in due time|as we get (?:closer|further into))\b|\b(?:we['’]ll|we will|we can|let['’]s|I['’]ll) (?:\w+ )?(?:talk|discuss|speak|chat) about (?:that|this|it) later\b/i,
  },
  {
    id: 'follow-up-offline',
    reason: 'postpones',
    pattern:
      /(?<!\bonline (?:and|or|to|vs\.?|versus) )\boff-?line\b(?! (?:stores?|sales|retail|channels?|business(?:es)?|world|marketing|shops?|media|mode|version|customers?|players?|merchants?|payments?)\b)|\b(?:after|following|outside (?:of )?) (?:the|this|today['’]s) call\b|\bget back to you\b|\bcome back to you (?:on|with|about)\b|\b(?:have to|will|['’]ll|need to) come back to you\b|\bcome back (?:to you )?with (?:the|that|those|an?) (?:exact )?(?:number|numbers|answer|details|figures?)\b|\b(?:we|I)(?:['’]ll| will| can| could| would be happy to) follow up (?:with you|on that|on this|separately|later)\b|\b(?:we|I)(?:['’]ll| will) be back (?:to you )?on (?:this|that|these)\b|\btake (?:that|this|it)(?: question)? away\b|\b(?:have|get) (?:someone|somebody|him|her|\w+) (?:get back to|follow up with|call|contact|reach out to) you\b|\b(?:discuss|talk about|go through|cover) (?:that|it|this|the details) (?:one-on-one|one on one|individually)\b/i,
  },
  {
    id: 'too-early',
    reason: 'postpones',
    strength: 'preface',
    pattern:
      /\b(?:too |a (?:little )?bit |a little |still |very )?(?:early|soon) to (?:say|tell|comment|speculate|know|judge|call|talk|quantify)\b|\b(?:too early|too soon|premature)\b|\bnot the right (?:time|moment)\b|^\s*not (?:at this (?:time|point|stage)|right now|yet)\s*[.!]?\s*$/i,
  },
  {
    id: 'time-will-tell',
    reason: 'postpones',
    strength: 'preface',
    pattern:
      /\btime will tell\b|\b(?:we['’]re|we are|I['’]m|I am) (?:still )?(?:waiting|awaiting) (?:for|on)\b|\b(?:we['’]d|I['’]d|we would|I would) (?:rather|prefer to) wait\b|\blet['’]s wait\b|\b(?:still|very) early stages?\b|\bwe['’]ll (?:just )?have to (?:wait and see|see|let it play out)\b|\bremains to be seen\b|\bwe['’]ll see\b/i,
  },
  {
    id: 'have-to-check',
    reason: 'postpones',
    pattern:
      /\b(?:I|we)(?:['’]d| would| will|['’]ll)? (?:have to|need to) (?:go back and )?(?:check|look (?:it|that|this) up|look into (?:it|that|this)|verify|confirm|double-check)\b|\b(?:contact|call|reach out to|follow up with|get in touch with) (?:our |the )?(?:IR|investor relations)\b/i,
  },
  {
    id: 'when-there-is-news',
    reason: 'postpones',
    pattern:
      /\bwhen (?:there is|there['’]s|we have) (?:something|anything|more|news) (?:\w+ )?to (?:announce|say|report|share|tell)\b|\bstay tuned\b|\b(?:we['’]ll|we will|I['’]ll|I will) have more to (?:say|share|report|tell you)\b|\b(?:we['’]ll|we will|I['’]ll|I will) let (?:you|everyone|the market) know (?:when|as soon as|once|if|in)\b|\b(?:we|you)['’]ll (?:know|hear|learn) (?:more|better) (?:\w+ ){0,3}?(?:later|next|soon|when|once|after|in)\b/i,
  },
  // ignorance: does not know
  {
    id: 'do-not-know',
    reason: 'ignorance',
    pattern:
      /\b(?:I|we)\s+(?:(?:really|just|honestly|simply|frankly|actually|still|truly|certainly|obviously|exactly)\s+)?(?:do not|don['’]t|didn['’]t|did not)\s+(?:(?:really|yet|actually|exactly|fully|precisely|even|quite)\s+)?know\b(?!\s+(?:about you|if|whether|that|you)\b|\s*,)|\b(?:I|we)(?:['’]re| are| am|['’]m) not going to know\b|\b(?:I|we) (?:won['’]t|will not) know\b|\b(?:I|we)\s+(?:have|had)\s+no\s+(?:idea|clue)\b|\byour guess is as good as mine\b|\b(?:it['’]s|that['’]s) anybody['’]s guess\b|\b(?:I['’]m|I am|we['’]re|we are) not (?:really )?familiar with\b|\b(?:I|we) (?:haven['’]t|have not) (?:yet )?(?:seen|read|reviewed) (?:it|that|the report|the study|the data|those|this)\b/i,
  },
  {
    id: 'do-not-know-if',
    reason: 'ignorance',
    strength: 'hedge',
    pattern: /\b(?:I|we)\s+(?:(?:really|just|honestly|simply|actually)\s+)?(?:do not|don['’]t)\s+(?:(?:really|yet|actually|exactly)\s+)?know (?:if|whether|that)\b(?! (?:I|we) (?:answered|have answered))|\b(?:nobody|no one|who) knows\b/i,
  },
  {
    id: 'no-number-at-hand',
    reason: 'ignorance',
    pattern:
      /\b(?:I|we)\s+(?:(?:just|really|simply|actually|still)\s+)?(?:do not|don['’]t|did not|didn['’]t)\s+have\s+(?:(?:that|the|those|these|this|a|an|any|it|them|all|all the|a good|a great|the exact|an exact|the precise|the specific|specific|exact|particular)\s+){0,2}(?:\w+\s+){0,2}?(?:number|numbers|figure|figures|data|details?|information|info|breakdown|split|estimate|answer|statistics?|quantification|feel|basis points|percentage|amount|handle)\b|(?:\bnot|n['’]t|\bno)\b[^.?!]{0,40}?\b(?:at my fingertips|in front of me|off the top of my head|(?:right )?here with me|on hand|handy)\b|\b(?:at this point|yet|currently|right now) (?:we )?(?:do not|don['’]t) have an? (?:estimate|number|figure)\b|(?:\bnot|n['’]t)\s+(?:really\s+)?have (?:it|that|the data|the numbers) (?:cut|broken (?:out|down)|split) (?:that|this|in that) way\b/i,
  },
  {
    id: 'have-not-looked',
    reason: 'ignorance',
    pattern:
      /\b(?:I|we) (?:(?:actually|really|just)\s+)?(?:haven['’]t|have not) (?:(?:actually|really|yet)\s+)?(?:looked (?:into|at)|analy[sz]ed|quantified|calculated|studied|modell?ed)\s+(?:(?:actually|really|yet)\s+)?(?:that|this|it|those|these|the (?:effect|impact|numbers|data|math|analysis))\b|\b(?:I|we) (?:haven['’]t|have not) (?:yet )?done (?:that|the) (?:math|analysis|work)\b/i,
  },
  {
    id: 'not-clear-yet',
    reason: 'ignorance',
    strength: 'hedge',
    pattern:
      /\bnot (?:really |yet |entirely |quite )?clear (?:on|about|yet)\b|\b(?:we are|we['’]re|I am|I['’]m) (?:(?:still|kind of|a bit|somewhat)\s+)?(?:uncertain|unclear) (?:on|about|of|what|how|whether)\b/i,
  },
  {
    id: 'no-visibility',
    reason: 'ignorance',
    strength: 'hedge',
    pattern: /(?:\bnot|n['’]t)\s+have (?:(?:a lot of|much|any|good|great|clear|full)\s+)?visibility\b|\bno (?:real |clear )?visibility\b/i,
  },
  {
    id: 'hard-to-say',
    reason: 'ignorance',
    strength: 'hedge',
    pattern:
      /\b(?:hard|difficult|tough|impossible|tricky)\s+(?:(?:for (?:me|us)|at this (?:time|point|stage)|right now)\s+)?to\s+(?:(?:really|accurately|exactly|precisely)\s+)?(?:say|tell|predict|know|answer|quantify|estimate|forecast|project|gauge|judge|call|pin down|speculate|give (?:you )?(?:a|an|any)?\s*\w+|pick (?:a|an|the)\s*\w+|put (?:a|an) \w+)\b|\b(?:difficult|hard|tough) for (?:me|us) to (?:answer|comment|give|provide|quantify|be (?:precise|specific))\b|\b(?:unable|not able) to (?:(?:really|completely|fully|accurately)\s+)?(?:predict|forecast|say|tell|quantify|estimate)\b|\b(?:can['’]t|cannot) (?:(?:really|accurately|exactly)\s+)?(?:predict|forecast|quantify|estimate)\b/i,
  },
  {
    id: 'not-sure',
    reason: 'ignorance',
    strength: 'hedge',
    pattern:
      /\b(?:I['’]?m|I am|we['’]re|we are) not (?:(?:really|quite|entirely|totally|exactly|100%)\s+)?(?:sure|certain)\b(?! (?:I|that I) (?:understand|understood|follow))|\bI (?:don['’]t|do not|can['’]t|cannot) (?:recall|remember)\b/i,
  },
  {
    id: 'no-crystal-ball',
    reason: 'ignorance',
    strength: 'hedge',
    pattern: /(?:\bno|n['’]t|\bnot)\b[^.!?]{0,20}\bcrystal ball\b|\bcan['’]t predict the future\b|\bno (?:magic stick|magic wand) to say\b/i,
  },
  {
    id: 'not-decided-yet',
    reason: 'postpones',
    pattern:
      /\b(?:I|we)(?: haven['’]t| have not|['’]ve not) (?:yet )?(?:made (?:a|any|that|the) (?:final )?decisions?|decided|finali[sz]ed|determined|settled on)\b|\bno (?:final )?decision has (?:yet )?been (?:made|taken)\b/i,
  },
  {
    id: 'not-available-yet',
    reason: 'ignorance',
    pattern:
      /\b(?:I|we)\s+(?:(?:just|really)\s+)?(?:don['’]t|do not)\s+have (?:that|it|those|them|the|this)(?: (?:numbers?|data|results|figures?|information))? yet\b|\b(?:that|the|those|this)(?: (?:numbers?|data|results|figures?|information))?(?:['’]s| is| are) not (?:yet )?available\b|\bnot (?:yet )?available (?:yet|at this (?:time|point))\b|\b(?:I|we)(?:['’]m| am|['’]re| are) not aware of (?:that|it|any)\b/i,
  },
  {
    id: 'do-not-track',
    reason: 'ignorance',
    pattern:
      /\b(?:I|we)\s+(?:(?:really|just|actually|simply)\s+)?(?:don['’]t|do not)\s+(?:(?:really|actually|specifically|separately)\s+)?(?:track|measure|monitor|capture|keep) (?:it|that|this|those|them|the \w+)(?: (?:that way|separately|internally|by \w+))?\b/i,
  },
  {
    id: 'would-be-guessing',
    reason: 'ignorance',
    strength: 'hedge',
    pattern:
      /\b(?:I|we)(?:['’]d| would) (?:just |only )?be (?:guessing|speculating)\b|(?:\bnot|n['’]t) (?:(?:want|going|like) to )?guess\b|\bhate to guess\b|\bwould be (?:pure |just )?(?:speculation|a guess)\b/i,
  },
  // clarification: asks back instead of answering
  {
    id: 'what-do-you-mean',
    reason: 'clarification',
    strength: 'hedge',
    pattern:
      /\bwhat (?:exactly )?do you mean\b|\b(?:could|can|would) you (?:please )?(?:repeat|rephrase|clarify|restate|say that again|be more specific|elaborate)\b|\b(?:are you asking|do you mean|did you mean)\b[^.?!]{0,80}\?|\bwhich (?:one|part|question|\w+) (?:do you mean|are you (?:asking|referring))\b|\bnot (?:totally |quite |really )?sure (?:I|that I) (?:understand|understood|follow)\b|\bsomething more specific (?:that )?you['’]re (?:trying to )?ask/i,
  },
  // sidestep: talks about something else, stays general, answers only part
  {
    id: 'not-my-focus',
    reason: 'sidestep',
    pattern:
      /\bnot (?:my|our) (?:(?:main|top|first|real|primary|current)\s+)?(?:focus|priority|concern)\b|\b(?:I['’]?m|we['’]re|I am|we are) not (?:really )?(?:focused on|thinking about|worried about|spending time on) (?:that|this|it)\b|\bit['’]?s not about\b/i,
  },
  {
    id: 'without-specifics',
    reason: 'sidestep',
    pattern:
      /\bwithout (?:getting|going) into (?:the |too much |any )?(?:specifics|details?|particulars|numbers)\b|\bwithout commenting on\b|\bwithout (?:naming|giving|disclosing|discussing) (?:\w+\s+){0,2}?(?:specifics|details|names|numbers|figures)\b|\bwe haven['’]t got into the specifics\b/i,
  },
  {
    id: 'all-i-can-say',
    reason: 'sidestep',
    pattern: /\ball (?:I|we) (?:can|could|am able to|are able to) (?:say|tell you|share)\b|\b(?:I|we) can only (?:say|tell you|repeat)\b/i,
  },
  {
    id: 'what-i-can-say',
    reason: 'sidestep',
    strength: 'preface',
    pattern: /\bwhat (?:I|we) (?:can|could|will) (?:say|tell you|share(?: with)? you|share)\b(?:(?: (?:\w+ ){0,3})?is\b)?/i,
  },
  {
    id: 'in-general-terms',
    reason: 'sidestep',
    strength: 'preface',
    pattern: /\bin (?:very )?(?:general|broad) terms\b|\bat a (?:very )?(?:high|general) level\b/i,
  },
];
