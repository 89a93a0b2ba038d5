import type { PhraseExamples } from './phrase-examples';

/** Examples and near misses of each entry of `EN_NON_ANSWER_PHRASES` (English), by entry id. */
export const EN_PHRASE_EXAMPLES: Record<string, PhraseExamples> = {
  'no-comment': {
    examples: ['No comment.', 'I have no further comment on that.', 'I have no particular comment on that unfortunate leak.'],
    counterexamples: ['There were no comments from the audience.', 'The comment section was closed.'],
  },
  'will-not-comment': {
    examples: [
      "We're not going to comment on that.",
      "I won't speculate about the outcome.",
      "I'd rather not comment on rumours.",
      'We are not in a position to comment.',
      "We'd rather not try to speculate on what that was.",
      "I don't want to get ahead of the announcement.",
      "Collectively, we don't ever comment on anything on an individual asset basis.",
      'I am not going on record saying it is a specific number.',
    ],
    counterexamples: ["I'm happy to comment on that.", 'We commented on the proposal.', 'I would comment that margins improved.'],
  },
  'do-not-think-i-can-comment': {
    examples: ["I don't think I can comment on ratios, Jay.", "I don't think in this capacity I would like to comment to that."],
    counterexamples: ['I think I can comment on that.', "I don't think we can grow that fast."],
  },
  'will-not-get-into': {
    examples: [
      "I'm not going to get into the specifics.",
      "We don't talk about individual customers.",
      'We never really go into the detail of what makes up our backlog.',
      'I prefer just not to get into geographic areas.',
      "We obviously don't speak specifically of any customers.",
      "We don't want to talk about locations that we're working on.",
      "We don't generally talk about monthly rates or anything like that.",
      "Overall, we aren't discussing actual results by months.",
    ],
    counterexamples: ["I'm happy to talk about that.", "Customers can't get into the store.", "Let's get into the details."],
  },
  'not-more-granular': {
    examples: ["I'm not going to get any more granular than that.", "I don't want to be pinned down."],
    counterexamples: ['We will get more specific next quarter.'],
  },
  'will-not-disclose': {
    examples: [
      "We don't disclose that, but it would be around 200 over.",
      "I'm not disclosing targets, to start with.",
      'We have not disclosed any pricing detail.',
      "There are many other things that I wouldn't like to publicly mention.",
      "We can't share the terms of the deal.",
      'We are not at a point that we want to disclose the next step.',
    ],
    counterexamples: ['We disclosed it in our 10-Q.', 'The amount was undisclosed.', 'We will share more next week.'],
  },
  'do-not-break-out': {
    examples: [
      "We don't break that out.",
      "We haven't broken it out.",
      'We are not breaking out specific geographies.',
      "We don't actually break that out in quantitative measure.",
      "We're not going to provide that split.",
      "We don't really report individual hospital ramp ups.",
    ],
    counterexamples: ['Let me break this out for you.', 'We broke out the numbers in the appendix.'],
  },
  'no-guidance': {
    examples: [
      "We don't give guidance on that.",
      'At this point we are not looking to provide any guidance for 2007.',
      "We don't guide on quarterly margins.",
      'It would be inappropriate for us to give you more guidance.',
      "Yes, we really haven't given any guidance on collections for the quarter.",
    ],
    counterexamples: ['We raised our guidance for the year.', 'Our guidance assumes 5% growth.'],
  },
  'cannot-give-specifics': {
    examples: [
      "I can't give you an exact number.",
      "We're not giving out any specific quarters or dates.",
      "I cannot give you the figures, but we are positive.",
      "I am not giving you any numbers, hard numbers.",
      "I can't give you specific answer regarding a specific initiative.",
      'We have tried to do that; we just cannot effectively get a good number there.',
      'As to the increase in turnover, we are not giving this at the moment.',
      "We don't give that out.",
    ],
    counterexamples: ['Let me give you the numbers.', 'We provided the details in the release.'],
  },
  'not-ready-to-say': {
    examples: [
      "I'm not ready to talk about that yet.",
      "We're not in a position to say.",
      "I'm a little uncomfortable at this point discussing specific numbers.",
      'We are not comfortable going into the specifics.',
    ],
    counterexamples: ["I'm ready to talk about that now.", 'Customers are not ready to buy yet.'],
  },
  'nothing-to-say': {
    examples: [
      "I don't have much to say right now, but I'm looking forward to learning more.",
      'We have nothing to announce today.',
      'I regretfully have no update for you.',
      "There's nothing more to report.",
    ],
    counterexamples: ['I have a lot to say about that.', 'We have nothing to hide.'],
  },
  'cannot-answer': {
    examples: [
      "I can't answer that.",
      "I can't tell you more than that.",
      "Really can't, Eric.",
      "I can't say which customer it is.",
      'And I think at this point, we cannot really say any more.',
      "So, I can't tell you exactly how it's broken out.",
      "Todd, I can't right at this time, but it is a few hundred thousand dollars.",
      "I can't speak to what competitors do.",
    ],
    counterexamples: ["I can't tell you how proud I am of the team.", "I can't wait to tell you about it.", "I can't say enough about our people."],
  },
  'process-deference': {
    examples: [
      'I just want the process to run without interference.',
      "I think it's important to let this review process happen.",
      'We cannot say much while the investigation is ongoing.',
    ],
    counterexamples: ['The review process is finished and the results are public.', 'It has been an ongoing investigation and we comply fully.'],
  },
  'inappropriate-to-say': {
    examples: ['It would be inappropriate for me to comment.', 'I am going to be a bit guarded in my response.'],
    counterexamples: ['It was appropriate to raise prices.'],
  },
  'leave-it-there': {
    examples: [
      "That's about as far as I want to go with that.",
      'I think we should just leave it at what we said.',
      'And so I will dodge that one.',
      'We should honestly refrain from putting a number out there.',
      "I don't think at this point there's anything more I can say about that.",
    ],
    counterexamples: ['We will go as far as the market lets us.', 'Leave the rest to the team.'],
  },
  'confidential': {
    examples: ["That's confidential.", "For competitive reasons we don't go there.", 'The terms are confidential.', 'Due to confidentiality agreements, we cannot name them.'],
    counterexamples: ['We protect proprietary technology with patents.'],
  },
  'not-something-we-disclose': {
    examples: ["That's not something we disclose.", "It's not a number we give out."],
    counterexamples: ['It is something we disclose every quarter.'],
  },
  'beyond-what-we-said': {
    examples: ["I can't go beyond what we've already disclosed.", "Beyond that, I can't say."],
    counterexamples: ['We did more than what we promised.'],
  },
  'ask-someone-else': {
    examples: ["You'd have to ask Ilya.", 'You should ask the board about that.', 'You need to ask them.', 'Better ask the regulator.'],
    counterexamples: ['You can ask me anything.', 'Customers ask us for better service.', 'If you talk to the suppliers, they are upbeat.'],
  },
  'question-for-someone-else': {
    examples: [
      "That's a better answer for them.",
      "That's a question for the board.",
      'That would be more appropriate for a board member to answer, but not right now.',
      'That is best answered by our auditors.',
    ],
    counterexamples: ["That's a question for another day.", "That's a good question for us to think about."],
  },
  'not-for-me-to-say': {
    examples: ["It's not for me to say.", "That's above my pay grade.", "That's outside my remit."],
    counterexamples: ['It is for me to decide, and I decided yes.', 'Some of those assets are not in our control.'],
  },
  'refer-to-documents': {
    examples: ['I would refer you to the press release.', 'I would urge you to look at those filings.'],
    counterexamples: ['We filed the 10-K last week.'],
  },
  'talk-later': {
    examples: [
      "Well, we'll talk about that later.",
      'We will update you on that in due course.',
      'We will give more details at our investor day.',
    ],
    counterexamples: ['We talked about that last year.', 'Later that year we opened a second plant.', "We'll talk to you next quarter.", 'Thanks, talk to you later.'],
  },
  'follow-up-offline': {
    examples: [
      'I would be glad to discuss it offline.',
      "We'll follow up after the call.",
      "I'll have to come back to you on that.",
      'Maybe we can deal with the answer offline.',
      "We'll be back on this.",
      "We'll take that away and come back.",
      "I'll have Mark get back to you.",
    ],
    counterexamples: ['Our offline stores grew 5%.', 'Online and offline sales both rose.', 'If I could just follow up on that.', 'So can I come back to you?'],
  },
  'too-early': {
    examples: ["It's too early to say.", 'Now is not the right time for that.', 'Not at this time.', 'It is a little bit early to say how much.'],
    counterexamples: ['We started early in the year.', 'Not yet profitable, but close: we break even in May.'],
  },
  'time-will-tell': {
    examples: ['Time will tell.', "We'll just have to wait and see.", 'That remains to be seen.', "We're still waiting for the ruling.", "It's still early stages."],
    counterexamples: ["We'll seek approval next year."],
  },
  'have-to-check': {
    examples: ["I'd have to check on that.", 'We will need to look into it.', 'Please contact our investor relations team.'],
    counterexamples: ['We check every shipment.'],
  },
  'when-there-is-news': {
    examples: ['When there is something to announce, we will certainly do that.', 'Stay tuned.', "We'll know more next quarter.", "We'll let you know when we decide."],
    counterexamples: ['There is something to celebrate today.'],
  },
  'do-not-know': {
    examples: [
      "We don't know.",
      "I don't know the spread right now.",
      'I have no idea about their ability to build it.',
      'Your guess is as good as mine.',
      "We're not going to know the outcome until January.",
      "I'm not familiar with that report.",
      "I haven't seen the study.",
    ],
    counterexamples: ["I don't know about you, but I'm thrilled.", 'They know exactly what they want.', "You've got, I don't know, close to 100 labs there."],
  },
  'do-not-know-if': {
    examples: ["I don't know if that would constitute a deal.", "I don't know that there's a blanket across the board.", 'Nobody knows that.'],
    counterexamples: ["I don't know if I answered your question.", 'We know that demand is strong.'],
  },
  'no-number-at-hand': {
    examples: [
      "I don't have that number in front of me.",
      "Again, I don't have that one at my fingertips.",
      "I don't have a great quantification of that right now.",
      "At this point we don't have an estimate for you on that number.",
      "I don't really have it cut that way, Jerry.",
    ],
    counterexamples: ['We have the numbers right here: revenue was up 10%.', 'Off the top of my head, it is about 20%.'],
  },
  'have-not-looked': {
    examples: ["No, we haven't looked into actually the effect on next year."],
    counterexamples: ['We have looked into the effect carefully.'],
  },
  'not-clear-yet': {
    examples: ['So as far as a timeline, not really clear on that.', 'We are kind of uncertain on what it is going to be.'],
    counterexamples: ['It is clear that demand is strong.'],
  },
  'no-visibility': {
    examples: ["We don't have a lot of visibility into the second half.", 'There is no visibility on pricing.'],
    counterexamples: ['We have good visibility into next year.'],
  },
  'hard-to-say': {
    examples: [
      "That's hard to say, Rick.",
      "It's just too hard to predict right now.",
      'It would be difficult for me to answer that.',
      'It is difficult for us to be precise.',
      "We're really unable to completely predict what's going to happen.",
      "So it's hard to pick an exact number.",
    ],
    counterexamples: ["It's hard to overstate how good the quarter was.", 'It was hard work.'],
  },
  'not-sure': {
    examples: ["I'm not sure the amount we spent so far.", "I don't recall what it was."],
    counterexamples: ["I'm sure we will grow.", 'We are certain about the timing.'],
  },
  'no-crystal-ball': {
    examples: ["We don't really have a crystal ball.", "I can't predict the future."],
    counterexamples: ['Our crystal ball division sold well.'],
  },
  'not-decided-yet': {
    examples: ["We haven't made a decision yet.", 'No decision has been made.', "We haven't decided."],
    counterexamples: ['We have decided to close the plant.'],
  },
  'not-available-yet': {
    examples: ["We don't have those numbers yet.", 'That data is not yet available.', "I'm not aware of that."],
    counterexamples: ['The product is available now.'],
  },
  'do-not-track': {
    examples: ["We don't track that.", "We don't really measure it that way."],
    counterexamples: ['We track it every week.'],
  },
  'would-be-guessing': {
    examples: ["I'd be guessing.", "I don't want to guess.", 'That would be pure speculation.'],
    counterexamples: ['My guess is that it will be flat.'],
  },
  'what-do-you-mean': {
    examples: ['What do you mean by that?', 'Could you repeat the question?', 'Do you mean the US business?', "Is there something more specific that you're trying to ask me?"],
    counterexamples: ['What we mean by growth is organic growth.'],
  },
  'not-my-focus': {
    examples: ["Even if it sounds like a PR pitch, it's not my focus right now.", "We're not thinking about that."],
    counterexamples: ['Our focus is on margins.'],
  },
  'without-specifics': {
    examples: [
      'Without commenting on any specific project, we believe progress is research.',
      'Without getting into specifics, the first quarter was up a bit.',
    ],
    counterexamples: ['We got into the details last quarter.'],
  },
  'all-i-can-say': {
    examples: ['All I can say is that we are pleased.', "So that's really all I could say."],
    counterexamples: ['We can say with confidence that we grew.'],
  },
  'what-i-can-say': {
    examples: ['What I can tell you is that we are pleased.', 'But what we will say is that document review has blossomed.'],
    counterexamples: ['What I would say is that margins are stable.'],
  },
  'in-general-terms': {
    examples: ['In very general terms, we are happy.', 'At a high level, things are fine.'],
    counterexamples: ['Generally, margins improved by two points.'],
  },
};
