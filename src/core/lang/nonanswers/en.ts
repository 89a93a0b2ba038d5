import type { NonAnswerLanguage } from './types';

/**
 * English: phrases from interviews and earnings calls, written as word patterns
 * (`src/core/word-pattern.ts`). Most are built from the fragments, so each covers a way of
 * speaking rather than a sentence: a negation, a few softeners, a verb of telling ("comment",
 * "disclose", "give ... the numbers"); a promise to say more later; a missing number ("I don't
 * have that in front of me"). Contractions are spelt out by the tokenizer ("don't" is
 * `do not`, "I'm" `i am`), so one spelling covers both.
 */
export const EN_NON_ANSWERS: NonAnswerLanguage = {
  fragments: {
    // A negation, the polite ones included ("I'd rather not").
    NEG: '(not !(to mention) | never | unable to | (rather | prefer just?) not to? | no longer)',
    // Up to three adverbs or modal phrases between a negation and its verb: "not really going to".
    SOFT:
      '(really | actually | specifically | publicly | necessarily | typically | normally | usually | generally | historically | traditionally | ever | yet | just | even | further | directly | officially | separately | currently | obviously | particularly | exactly | precisely | explicitly | going to | able to | want to | like to | intend to | plan to | in a position to | at liberty to | prepared to | willing to | allowed to | permitted to | free to | try to | trying to | looking to | planning to | expecting to | ready to | need to | have to | care to | be | feel | comfortable | to){0,3}',
    // Verbs that refuse by themselves after a negation: "we don't comment", "I won't speculate".
    REFUSE:
      '(comment | comments | commenting | speculate | speculating | elaborate | elaborating | disclose | disclosed | disclosing | divulge | divulging | reveal | revealed | revealing | quantify | quantified | quantifying | (guide | guided | guiding) !(by | through | us | you | them | the) | specify | specifying | go there | going there | go down that (path | road) | (get | getting) ahead of | preempt | pre empt | front run | go on the? record | (be | get) (drawn | pinned down) | name names | answer (that | this | it | the question | your question | specifically))',
    // Verbs of giving information, which refuse only with an object: "we don't give that out".
    SHARE:
      '(give out? | given out? | giving out? | gave | provide | provided | providing | share | shared | sharing | offer | offered | offering | release | released | releasing | publish | published | report | reported | reporting | (talk | talked | talking) _? about | discuss | discussed | discussing | (get | getting | go | going | got | gotten | went | gone) into | (speak | speaking) _? (to | about | on | of) | mention | mentioned | name | named | naming | announce | announced | announcing | detail | detailed | go through | going through | update | updated | updating | confirm | confirmed | confirming | forecast | forecasting | predict | predicting | project | projecting | put out | put)',
    // What a speaker declines to give or says they lack: numbers, details, guidance, names.
    INFO:
      '(specifics | detail | details | particulars | number | numbers | figure | figures | breakdown | breakdowns | break out | break outs | breakout | breakouts | split | splits | granularity | color | colour | guidance | forecast | forecasts | projection | projections | outlook | target | targets | estimate | estimates | metric | metrics | data | statistics | stats | name | names | customer | customers | client | clients | terms | pricing | date | dates | timeline | timelines | time frame | timeframe | percentage | percentages | range | ranges | information | answer | answers | update | updates | level of detail | quantification)',
    INFO_OBJECT:
      '(you | us | them | out | any | a | an | the | that | those | these | this | our | their | its | more | much | further | additional | such | exact | precise | specific | individual | particular | detailed | hard | firm | real | good | explicit | formal | quarterly | monthly | annual | yearly | separate | granular | too much | a lot of){0,3} _{0,2} @INFO',
    SPECIFIC_OBJECT:
      '(any | the | our | their | those | these)? (individual | specific | particular | single | monthly | weekly | quarterly | regional | geographic | country by country | customer specific | intra quarter) _',
    WH_OBJECT: '(what | which | who | whom | where | how much | how many)',
    IT_OBJECT:
      '(that | this | it | those | them | these) (out | down | separately | publicly | externally)? ($ | now | today | here | yet | either | anymore | any more | at (this | the | that) | right now | on (this | the | a) call | in (this | that | the | any) (forum | setting | call | context | detail | way) | until | before | in advance | publicly | because | but | and | so | since | as | for (competitive | obvious | now) | by _ | individually | specifically | beyond)',
    OBJECT: '(you | us)? (@INFO_OBJECT | @SPECIFIC_OBJECT | @WH_OBJECT | @IT_OBJECT)',
    // When a speaker promises to say more: "next quarter", "at our investor day", "in due course".
    LATER:
      '(later | at a later (date | stage | point | time) | another time | some other time | next time | in due (course | time) | when the time (is right | comes) | down the road | at (our | the) (upcoming | next)? (investor | capital markets | analyst | strategy) (day | meeting | event) | on (the | our) (next | upcoming | year end | q1 | q2 | q3 | q4 | (first | second | third | fourth) quarter) (quarterly | earnings)? call | (on | at | with) (our | the) (next | year end | fourth quarter) (call | results | report) | next quarter | in the coming (weeks | months | quarters) | when we (report | announce | release | have (more | something) | get (there | closer) | finalize | finalise) | as we get (closer | further into | more visibility) | over time | at the (appropriate | right) time | when (it is)? appropriate | once the (deal | transaction | acquisition | review) (closes | is (closed | completed | complete)))',
    // A first-person subject, with an optional auxiliary.
    I_WE: '(i | we) (will | would | have | are | am | can | could | should | shall)?',
    // The end of a clause right after a verb: "we're not at liberty to discuss."
    CLAUSE_END: '($ | at this (time | point | stage) | right now | today | yet | publicly)',
  },
  phrases: [
    // declines: won't or can't talk about it
    {
      id: 'no-comment',
      reason: 'declines',
      pattern: 'no (further | additional | specific | particular | real | other | more)? (comment | comments) !(from | by | section | box)',
    },
    {
      id: 'will-not-comment',
      reason: 'declines',
      pattern:
        '@NEG @SOFT @REFUSE | (i | we) have not _? (said | talked about | commented on | spoken about) (that | it | this | anything) (publicly | externally | yet) | let (me | us) not @REFUSE | let\'s not @REFUSE',
    },
    {
      id: 'will-not-give-details',
      reason: 'declines',
      pattern:
        '@NEG @SOFT @SHARE (@OBJECT | @CLAUSE_END) | (not going to | (do | does | would) not (want | like | care) to | will not | rather not | prefer just? not to) (really | specifically | publicly | further | too much | necessarily)? ((get | getting | go | going) into | (talk | talking) _? about | discuss | discussing | (speak | speaking) _? (to | about))',
    },
    {
      id: 'do-not-think-i-can-comment',
      reason: 'declines',
      pattern:
        '(i | we) do not think _{0,6} (i | we) (can | could | should | want to | would like to | would want to | will be able to | are able to | am able to | would | will | need to) really? (@REFUSE | @SHARE @OBJECT | say | give | provide | share)',
    },
    {
      id: 'do-not-break-out',
      reason: 'declines',
      pattern:
        '@NEG @SOFT (break | breaks | breaking | broke | broken | split | splits | splitting | carve | carves | carved | carving | single | singles | singled | singling | call | calls | called | calling) _{0,2} (out | down) | @NEG @SOFT (be | get | go) (any | much | too | overly)? (more | too | overly | very) (specific | granular | precise | detailed | explicit)',
    },
    {
      id: 'not-something-we-disclose',
      reason: 'declines',
      pattern:
        'not (something | a number | a figure | a metric | information | data | an area | a topic | a subject | one | the kind of thing | the type of thing | a level of detail | a practice) that? (we | i) (have | are | am | would | will | do)? _{0,3} (disclose | disclosed | discuss | discussed | talk about | talked about | comment on | commented on | get into | go into | give out | given out | give | given | break out | broken out | provide | provided | share | shared | report | reported | publish | published | release | released | guide to | guided to | guide on | quantify | quantified | speculate on | speculate about | track | tracked | measure | measured)',
    },
    {
      id: 'policy-not-to',
      reason: 'declines',
      pattern:
        '(policy | practice | custom | habit) is? (not to | never to | to not | of not) | as a (matter of)? (policy | practice | rule) [,]? @I_WE (do not | never | will not | can not | not) | not in the business of (giving | providing | making | forecasting | predicting | guessing | speculating | projecting) | no (formal | specific | official | explicit | updated | further)? guidance (for | on | yet | at this)',
    },
    {
      id: 'rather-not',
      reason: 'declines',
      pattern:
        '(i | we) would (rather | prefer) not to? ($ | say | get | go | comment | speculate | talk | discuss | answer | share | disclose | give | put | guess) | (hesitant | reluctant | loath | loathe | wary | hesitate | decline | declined | declining | would hate) to (give | put | provide | comment | speculate | get | go | talk | share | disclose | quantify | guess | predict | forecast | commit to | discuss | answer) | (refrain | refrained | refraining | (stay | steer | shy | staying | steering) (away | clear)) (from | of) (giving | putting | providing | commenting | speculating | getting | going | talking | sharing | disclosing | quantifying | guessing | predicting | forecasting | committing to | discussing | answering | guidance | specifics | details | numbers | that | this | it) | keep (that | it | those | them | this | our cards | things) (close to (the | our) (vest | chest) | to ourselves | private | confidential | internal) | close to the (vest | chest) | pass on (that | this | the question | answering) | be (a (bit | little))? guarded',
    },
    {
      id: 'inappropriate-to-say',
      reason: 'declines',
      pattern:
        '(not be? (appropriate | prudent | wise | fair | proper | helpful | productive | useful | responsible) | irresponsible | inappropriate | imprudent | unwise) (for (me | us | anyone))? (at this (time | point | stage | juncture) | right now | today | yet)? to (comment | speculate | say | give | provide | discuss | get into | go into | talk | share | disclose | guess | predict | forecast | quantify | put | offer | project | estimate | answer | update | speak | address)',
    },
    {
      id: 'confidential',
      reason: 'declines',
      pattern:
        'for obvious? (competitive | commercial | confidentiality | legal) reasons | (due to | because of) _? (competitive | confidentiality) (reasons | concerns | agreement | agreements) | (that | this | it | those | these | the terms | the details | the price | the amount) (is | are | remain | remains)? _? (confidential | proprietary | commercially sensitive | competitively sensitive) | (that\'s | it\'s) _? (confidential | proprietary | commercially sensitive | competitively sensitive) | (confidentiality | non disclosure) (agreement | agreements | obligations | reasons | clause | clauses) | under (a | an)? (nda | non disclosure) | out of respect for (our | the | their) (customer | customers | client | clients | partner | partners | process | counterparty | counterparties) | (we are | i am) in (a | the | our) quiet period | (restricted | limited | constrained) (in | on | as to) (what | how much) (we | i) can (say | disclose | share | tell you | talk about | comment on)',
    },
    {
      id: 'cannot-say',
      reason: 'declines',
      pattern:
        '(can not | could not | unable to | not able to | not in a position to | not at liberty to | will not | not going to) (really | just | honestly | yet | necessarily)? (say | confirm | share) (more | much | anything | any more | exactly | specifically | precisely | for (sure | certain) | at this (time | point | stage) | right now | today | yet | on (that | this) | about (that | this) | $) | (can not | could not | unable to | not able to | not in a position to | not at liberty to | will not | not going to) (really | just)? tell (you | us) (that | it | this | more | much | anything | any more | exactly | specifically | at this (time | point) | right now | yet | $) | (will not | not going to | not at liberty to | not in a position to) (say | tell you) (which | who | what | when | where | whether | if | how many | how much) | (can not | will not | not going to) confirm (that | it | this) | can not (right now | right? at this (time | point | stage)) | (really | just | simply | unfortunately [,]? (i | we) | i am afraid (i | we)) can not (right now | right? at this (time | point | stage))? ($ | say | comment | answer | tell | share | give | but) | can not help you (there | with that | on that) | neither confirm nor deny | can not really? speak (to | for | on | about) (that | this | it | what | how | them | him | her | others | competitors | other companies) | i wish i (could (tell | say | answer | give) | knew)',
    },
    {
      id: 'not-ready-to-say',
      reason: 'declines',
      pattern:
        '(not (yet | quite | really)? (ready | prepared | comfortable | in a position) | (a little? bit? )? uncomfortable | not yet? at (a | the) (point | stage) (where | that) (we | i) would? (want | can | could | are able | am able)) (yet | at this (point | time | stage) | right now)? to? (really | publicly | fully)? (talk | talking | say | saying | comment | commenting | discuss | discussing | share | sharing | disclose | disclosing | announce | announcing | give | giving | go into | going into | get into | getting into | speak | speaking | answer | answering | reveal | revealing | name | naming | quantify | quantifying | provide | providing | commit | committing | put | putting)',
    },
    {
      id: 'nothing-to-say',
      reason: 'declines',
      pattern:
        '(i | we) have? got? (nothing | not much | little) (more | further | else | new)? to (say | add | share | report | tell you | announce) | (i | we) do not have (much | anything | a lot | any more) (more | further | new)? _? to (say | add | share | report | tell you | announce) | have? no (update | news | new information | further information) (for you | to share | to report | at this (time | point)) | there\'s nothing (more | new | else | further)? (to (report | add | say | announce) | (i | we) can (add | say))',
    },
    {
      id: 'leave-it-there',
      reason: 'declines',
      pattern:
        'leave it (there | (at | with) (that | what (we | i) have? already? (said | disclosed | announced | put out | given))) | (as far as | (that\'s | that is) (about | really | pretty much)? (all | as far as | as much as) | (anything | not much | little | nothing) (more | else | further)? that?) (i | we) (would | will | am | are | can)? (going to | want to | able to | would like to | like to)? (go | say | share | tell you | disclose | comment) !(back | into | to) | (not much | little | nothing) (more | else | further)? that? (i | we) can add | not (going to | want to)? go any? (further | beyond (that | this)) | dodge (that | this) (one | question)',
    },
    {
      id: 'beyond-what-we-said',
      reason: 'declines',
      pattern:
        'beyond (that | this | what (we | i) have? (already | previously)? (said | disclosed | announced | guided to? | provided | shared | put out | given | stated | published)) [,]? (i | we) (am | are)? (can not | will not | would not | do not | not) | not (going to | want to | able to)? (say | add | share | give | go | comment) (anything | much | any)? (more | further)? (than | beyond) what (we | i) have? (already | previously)? (said | disclosed | announced | guided | provided | shared | stated | published | given)',
    },
    {
      id: 'process-deference',
      reason: 'declines',
      pattern:
        'let (the | that | this) _? (process | review | investigation | inquiry | audit | litigation) (play out | run its course | take its course | unfold | proceed | happen | run | work) | (while | as long as | until) (the | that | this) _? (review | investigation | inquiry | process | litigation | audit | case) is still? (ongoing | pending | under way | underway | going on | running | in progress | not (finished | complete | completed | concluded | over)) | without any? (interference | interfering)',
    },
    // redirects: ask someone else
    {
      id: 'ask-someone-else',
      reason: 'redirects',
      pattern:
        '(you (would | will | should | might | may | could | must)? (have to | need to | want to | better | might want to | really need to | probably need to) | you (would | should | might | must | better) | better) (really | probably | just | go)? (ask | check with | talk to | speak to | speak with | direct (that | this | the question | your question) to | put (that | this | the question) to) !(me | us | you | yourself | yourselves | questions | a question | the question | them about) _',
    },
    {
      id: 'question-for-someone-else',
      reason: 'redirects',
      pattern:
        '(that | this | it | that\'s | it\'s) (is | would be | will be)? (really | probably | more)? (a | an)? (question | one | topic) better? (for | to ask | (directed | addressed | put) (to | at)) !(me | us | you | later | sure | now | today | example | instance | all | everyone | everybody | anyone | another (day | time) | the (future | record | ages | long term)) _ | better (answer | question) for (them | him | her | the _) | (better | best) (answered | addressed | asked | directed | placed to answer | positioned to answer) (by | to | of) | (more appropriate | better | best) (for | if) (them | him | her | the board | the company | a board member | someone else | (a | the) _ (member | members)) to? (answer | say | address | comment | explain | answered) | (for | up to) (them | him | her | the board | the company | the regulator | the regulators) to (answer | say | comment | explain)',
    },
    {
      id: 'not-for-me-to-say',
      reason: 'redirects',
      pattern:
        'not (for me | my place | up to me | for us | up to us) to (say | answer | comment | judge | speculate | decide) | (outside | beyond | not in | not within) (my | our) (remit | purview | area of responsibility | competence | lane) | not the (right | best) person to (ask | answer | say | comment) | above my (pay grade | paygrade) | (that\'s | that is) not my (area | department | call | decision | business)',
    },
    {
      id: 'refer-to-documents',
      reason: 'redirects',
      pattern:
        '(i | we | let me) (would | will)? (just | simply | again)? (refer | direct | point | urge | encourage) you back? to (look at | see | read | review | check | go back to)? (the | our | those | that | this) _{0,2} (press release | release | filing | filings | 10 k | 10k | 10 q | 10q | 8 k | 8k | website | presentation | slide | slides | deck | supplement | proxy | annual report | disclosure | disclosures | prospectus | transcript | materials)',
    },
    // postpones: later, another time, after the call
    {
      id: 'talk-later',
      reason: 'postpones',
      pattern:
        '(@I_WE | let\'s) ((be? (able | happy | glad | pleased) to) | certainly | definitely | probably | hopefully | happily | also | obviously | then | have to | try to | need to | going to | like to | want to | prefer to){0,2} ((talk | speak | chat) more? (about | on) (that | this | it | those | these) | say (more | something) | share (more | that | it | those | details | the details) | (get | go) into (that | it | this | more) | (come | get) back (to | on) (that | this | it) | return to (that | this | it) | cover (that | this | it) | update (you | everyone | the market | investors | that) | give you? (more | further | additional)? (details | an update | updates | color | colour | guidance | specifics) | announce (that | more | it) | discuss (that | this | it) | address (that | this | it) | provide (more | an update | updates | guidance | details | color | colour | further | additional) | disclose (more | that | it) | report on? (that | it | more) | have more (to say | detail | details | color | colour | information | on that)) _{0,8} @LATER | (@I_WE | let\'s) ((be? (able | happy | glad | pleased) to) | certainly | definitely | probably | hopefully | happily | also | then | like to){0,2} (talk | speak | chat) more? (at | with you)? (another time | some other time | later) | (more (on | about) (that | this) | more details? | details | more) (to come | later | in due course) | (i | we) (will | would)? (have to | like to | prefer to)? defer on? (that | this | the question | answering | commenting)',
    },
    {
      id: 'follow-up-offline',
      reason: 'postpones',
      pattern:
        '(take | taking | discuss | discussing | talk | talking | follow | following | handle | continue | deal | chat | speak | connect | get | give | send) _{0,4} (offline | off line) | (after | following | outside of?) (the | this | today\'s) call | get back to you | (i | we | let me | let us | let\'s) (will | can | could | would | should | may | might)? (have to | need to | want to | try to | be happy to | be glad to | certainly | definitely | probably | just)? (come | circle) back (to you)? (on | with | about) | (have to | will | need to | can) (come | circle) back to you | (we | i) (will | can | could | would be happy to | would be glad to) (follow up | touch base | connect) (with you | on that | on this | separately | later | offline | after) | take (that | this | it) question? away | (have | get) (someone | somebody | him | her | _) (get back to | follow up with | call | contact | reach out to) you | (discuss | talk about | go through | cover | walk you through) (that | it | this | the details) (one on one | individually | separately) | (chat | talk | speak | catch up | connect) _? (separately | at? another time | some other time | afterwards)',
    },
    {
      id: 'when-there-is-news',
      reason: 'postpones',
      pattern:
        'when (there is | there\'s | we have) (something | anything | more | news) _? to (announce | say | report | share | tell) | stay tuned | you will just? (have to | need to) wait (for | until | and see) | @I_WE (have more to (say | share | report | tell you) | let (you | everyone | the market) know (when | as soon as | once | if | in)) | (we | you) will (know | hear | learn) (more | better) _{0,3} (later | next | soon | when | once | after | in)',
    },
    {
      id: 'too-early',
      reason: 'postpones',
      strength: 'preface',
      pattern:
        '(too | a little? bit | a little | still | very)? (early | soon) to (say | tell | comment | speculate | know | judge | call | talk | quantify | predict | estimate | give) | too early | too soon | premature | early days | not the right (time | moment) | not (at this (time | point | stage) | right now | yet) [.]? $',
    },
    {
      id: 'time-will-tell',
      reason: 'postpones',
      strength: 'preface',
      pattern:
        'time will tell | (we are | i am) still? (waiting | awaiting) (for | on) | (we | i) would (rather | prefer to) wait | let\'s wait | (still | very) early (stage | stages) | we will just? have to (wait and see | see | let it play out) | remains to be seen | (jury\'s | jury is) still? out | we will see',
    },
    {
      id: 'not-decided-yet',
      reason: 'postpones',
      strength: 'preface',
      pattern:
        '(i | we) (have not | have yet to) yet? (made (a | any | that | the) final? (decision | decisions) | decided | determined | finalized | finalised | settled on | concluded) | no final? (decision | decisions) (has | have) yet? been (made | taken) | (we are | i am) (still | currently)? (evaluating | assessing | working through | in the process of (evaluating | determining | assessing | deciding | finalizing | finalising) | figuring (that | it | this) out) | have not (gotten | got | gone) that far | (it\'s | that\'s | that is | it is) still? (under (review | consideration | evaluation | discussion) | being (evaluated | reviewed | discussed | considered)) | to be (determined | decided | announced | confirmed) | tbd',
    },
    {
      id: 'have-to-check',
      reason: 'postpones',
      pattern:
        '(i | we) (would | will)? (have to | need to) (go back and (look | check) | check | look (it | that | this) up | look into (it | that | this) | verify | confirm | double check | find out) | let me (check | look into (it | that | this) | find out) | (contact | call | reach out to | follow up with | get in touch with) (our | the)? (ir | investor relations)',
    },
    // ignorance: does not know, does not have it at hand
    {
      id: 'do-not-know',
      reason: 'ignorance',
      pattern:
        '(i | we) (really | just | honestly | simply | frankly | actually | still | truly | certainly | obviously | exactly)? (do | did) not (really | yet | actually | exactly | fully | precisely | even | quite)? (know !(about you | if | whether | that | you | what | how | why | when | where | who | which | [,]) | (recall | remember) !(if | whether | that | you | [,])) | (i | we) (are | am) not going to know | (i | we) (have | had) no (idea | clue) | your guess is as good as mine | (it\'s | that\'s) (anybody\'s | anyone\'s) guess | (i | we) do not really? have (a | any) (strong | firm | clear)? (view | opinion | position) (on | about | yet) | (i am | we are) not really? familiar with | (i | we) have not yet? (seen | read | reviewed) (it | that | the report | the study | the data | those | this)',
    },
    {
      id: 'do-not-know-if',
      reason: 'ignorance',
      strength: 'hedge',
      pattern:
        '(i | we) (really | just | honestly | simply | actually)? do not (really | yet | actually | exactly)? know (if | whether | that | what | how | why | when | where | who | which) !((i | we) (answered | have answered))',
    },
    {
      id: 'no-number-at-hand',
      reason: 'ignorance',
      strength: 'unable',
      // "with me" only after what is not at hand: "they weren't sure what to do with me" is no limit.
      pattern:
        '(i | we) (just | really | simply | actually | still | unfortunately)? (do | did) not have (it | that | them | those | the (numbers | data | figures)) with (me | us) | (i | we) (just | really | simply | actually | still | unfortunately)? (do | did) not have (that | the | those | these | this | a | an | any | it | them | all | all the | a good | a great | a clear | the exact | an exact | the precise | the specific | specific | exact | precise | particular | firm | final | enough | much | real){0,2} _{0,2} (number | numbers | figure | figures | data | detail | details | information | info | breakdown | split | estimate | answer | statistic | statistics | quantification | granularity | level of detail | feel | sense | handle | read | basis points | percentage | amount | specifics) | (not | no) _{0,6} (at my fingertips | in front of (me | us) | off the top of my head | right? here with (me | us) | on hand | handy | have (it | that | them | those | the data | the numbers) (cut | broken (out | down) | split) ((that | this | in that) way | by _)) | (i | we) do not think (i | we) (have | have got | know) (a | an | the | any | that | enough | all the)? (_ | [,]){0,4} (answer | number | numbers | data | detail | details | information | visibility | clarity | idea | sense | feel | yet)',
    },
    {
      id: 'have-not-looked',
      reason: 'ignorance',
      strength: 'unable',
      pattern:
        '(i | we) (actually | really | just)? have not (actually | really | yet)? (looked (into | at) | analyzed | analysed | quantified | calculated | studied | modeled | modelled | estimated | sized) (actually | really | yet)? (that | this | it | those | these | the (effect | impact | numbers | data | math | analysis)) | (i | we) have not yet? (done | run | crunched) (that | the) (math | analysis | work | numbers)',
    },
    {
      id: 'have-not-heard',
      reason: 'ignorance',
      pattern:
        '(i | we) (have not | had not | have yet to) yet? (heard | received | gotten | got) (anything | back | a (response | reply | decision | ruling | word) | any (response | feedback | word | news | indication | decision) | from) | (i | we) have (heard | received) nothing',
    },
    {
      id: 'not-clear-yet',
      reason: 'ignorance',
      strength: 'hedge',
      pattern:
        'not (really | yet | entirely | quite)? clear (on | about | yet) | (we are | i am) (still | kind of | a bit | somewhat)? (uncertain | unclear) (on | about | of | what | how | whether)',
    },
    {
      id: 'no-visibility',
      reason: 'ignorance',
      strength: 'hedge',
      pattern:
        'not have (a lot of | much | any | good | great | clear | full | enough | real)? (visibility | clarity | line of sight | insight | insights) | no (real | clear)? (visibility | clarity | line of sight | insight | insights)',
    },
    {
      id: 'cannot-predict',
      reason: 'ignorance',
      pattern:
        '(hard | difficult | tough | impossible | tricky | unable | not able) (for (me | us) | at this (time | point | stage) | right now)? to (really | accurately | exactly | precisely | completely | fully)? (predict | quantify | estimate | forecast | project | gauge | pin down | model | handicap | give you? (a | an | any)? _ | pick (a | an | the) _ | put (a | an | any) _) | (difficult | hard | tough) for (me | us) to (give | provide | quantify | be (precise | specific)) | can not (really | accurately | exactly)? (predict | forecast | quantify | estimate) | can not see (that | so | too) far (out | ahead) | no real? way (of | to) (know | knowing | tell | telling | predict | predicting | estimate | estimating | quantify | quantifying)',
    },
    {
      id: 'hard-to-say',
      reason: 'ignorance',
      strength: 'hedge',
      pattern:
        '(hard | difficult | tough | impossible | tricky) (for (me | us) | at this (time | point | stage) | right now)? to (really | accurately | exactly | precisely)? (say | tell | know | answer | judge | call | speculate) | (difficult | hard | tough) for (me | us) to (answer | comment) | (can not | could not) (really | honestly)? (say | tell) (how | whether | if | what | who | which | when | why | where)',
    },
    {
      id: 'not-sure',
      reason: 'ignorance',
      strength: 'hedge',
      pattern:
        '(i | we) (am | are) not (really | quite | entirely | totally | exactly | 100)? (sure | certain) !((i | that i) (understand | understood | follow) | [,]? (i | that i) would (say | characterize | agree | put) | what you are) | i can not (recall | remember)',
    },
    {
      id: 'no-crystal-ball',
      reason: 'ignorance',
      strength: 'hedge',
      pattern: '(no | not) _{0,4} crystal ball | can not predict the future',
    },
    {
      id: 'not-available-yet',
      reason: 'ignorance',
      strength: 'unable',
      pattern:
        '(i | we) (just | really)? do not have (that | it | those | them | the | this) (number | numbers | data | results | figure | figures | information)? yet | (that | the | those | this) (number | numbers | data | results | figure | figures | information)? (is | are | that\'s) not yet? available | not yet? available (yet | at this (time | point)) | (i | we) (am | are) not aware of (that | it | any)',
    },
    {
      id: 'do-not-track',
      reason: 'ignorance',
      strength: 'unable',
      pattern:
        '(i | we) (really | just | actually | simply)? do not (really | actually | specifically | separately)? (track | measure | monitor | capture | keep) (it | that | this | those | them | the _)',
    },
    {
      id: 'would-be-guessing',
      reason: 'ignorance',
      strength: 'hedge',
      pattern:
        '(i | we) would (just | only)? be (guessing | speculating) | not (want to | going to | like to)? guess | hate to guess | would be (pure | just)? (speculation | a guess)',
    },
    // clarification: asks back instead of answering
    {
      id: 'what-do-you-mean',
      reason: 'clarification',
      strength: 'hedge',
      pattern:
        'what exactly? do you mean | (could | can | would) you please? (repeat | rephrase | clarify | restate | say that again | be more specific | elaborate) | (are you asking | do you mean | did you mean) _{0,15} [?] | which (one | part | question | _) (do you mean | are you (asking | referring)) | not (totally | quite | really)? sure (i | that i) (understand | understood | follow) | (did not) quite? (catch | hear | get | understand) (the | your | that | the last) (question | part | last part) | (not sure | do not (understand | know)) what you are (asking | getting at | referring to | looking for)',
    },
    // sidestep: talks about something else, stays general, answers only part
    {
      id: 'not-my-focus',
      reason: 'sidestep',
      pattern:
        'not (my | our) (main | top | first | real | primary | current)? (focus | priority | concern) | (i am | we are) not really? (focused on | thinking about | worried about | spending time on) (that | this | it) | it\'s not about | (i | we) would rather (focus | concentrate | talk) on',
    },
    {
      id: 'without-specifics',
      reason: 'sidestep',
      pattern:
        'without (getting | going) into (the | too much | any)? (specifics | detail | details | particulars | numbers) | without commenting on | without (naming | giving | disclosing | discussing) _{0,2} (specifics | details | names | numbers | figures)',
    },
    {
      id: 'all-i-can-say',
      reason: 'sidestep',
      pattern: 'all (i | we) (can | could | am able to | are able to) (say | tell you | share) | (i | we) can only (say | tell you | repeat)',
    },
    {
      id: 'what-i-can-say',
      reason: 'sidestep',
      strength: 'preface',
      pattern: 'what (i | we) (can | could | will) (say | tell you | share with? you | share)',
    },
    {
      id: 'in-general-terms',
      reason: 'sidestep',
      strength: 'preface',
      pattern: 'in very? (general | broad) terms | at a very? (high | general) level',
    },
  ],
  notOwn: [
    // reported: "he said no comment"
    '(he | she | they | it | the (board | company | spokesman | spokeswoman | spokesperson | ceo | minister | government) | !(i | we | you | as | so) _) (also | only | just | then | simply | once | reportedly | later | has | had)? (said | says | told _? | replied | answered | responded | wrote | tweeted | stated | claimed | insisted | would only say) [,]? that?',
    // a negating frame: "it's not that I can't say", "I'd never say no comment"
    '((it | that) (is | was) | it\'s | that\'s) not (that | because) _{0,6} | not because _{0,6} | i (am | would | will)? not saying _{0,6} | i (would)? never say _{0,6} | i never said _{0,6} | i will not say _{0,6} | instead of saying _{0,6} | rather than just? saying _{0,6} | not (just | simply) saying _{0,6}',
    // a comparative, which ranks rather than declines: "the most difficult to predict"
    '(more | most | less | least | as)',
    // another subject: "customers don't know", "they won't comment"
    '(you | he | she | they | people | customers | clients | investors | analysts | competitors | consumers | others | the (board | market | customer | customers | government | regulator | regulators | competition | consumer | bank | banks)) (really | just | still | simply | probably | certainly | obviously | also | even | may | might | often | usually){0,2}',
  ],
  question: {
    why: 'why | how come | what (made | makes | led | leads | caused | causes) (you | him | her | them | the _) | for what reason | (what\'s | what is | what was) the reason',
    what: '(^ | and | so | but | then | also | tell me | know | ask) (what | which | who | whom | whose | where | when | how)',
    yesNo: null,
  },
  answer: {
    yesNo:
      '(well | oh | so | look | um | uh)? [,]? (yes | yeah | yep | no | nope | absolutely | definitely | certainly | of course | not at all | correct | right | sure | indeed | exactly | absolutely not | definitely not | certainly not | not really) ($ | _)',
    reason: 'because | since | due to | owing to | the reason | that\'s why | so that | given that | thanks to',
    notAskingBack: 'why not [?] | how are you',
  },
  stopWords:
    'the a an and or but of to in on at for with by from as is are was were be been being it its this that these those there here i we you he she they me us him her them my our your his their what which who whom when where why how not no do does did have has had will would can could should may might must shall so if then than too very just also about into over more most some any all one such only own same other well really think know going get got lot yeah yes okay',
};
