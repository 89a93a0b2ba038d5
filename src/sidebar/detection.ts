import type { DetectionEvidence } from '../core/types';
import type { Strings } from './strings';

/**
 * Why the page is or is not read as an interview, in the UI's words: the analysis gives a code
 * and the numbers its reason quotes (`detection.reason` is English, for the CLI), and the
 * sidebar words them in the reader's language. Pure, so every code is tested.
 */

/** What the sidebar reads of a detection. */
export type DetectionCause = Pick<DetectionEvidence, 'code' | 'params' | 'turns' | 'questions'>;

/** The reason of a detection as one sentence in the UI's language. */
export function detectionText(detection: DetectionCause, t: Strings): string {
  const param = (name: string) => detection.params?.[name] ?? 0;
  switch (detection.code) {
    case 'interview':
      return t('why_interview');
    case 'assumed':
      return t('assumedNote');
    case 'not-promising':
      return t('why_not_promising');
    case 'faq-title':
      return t('why_faq_title');
    case 'no-turns':
      return t('why_no_turns');
    case 'few-questions':
      return t.plural('why_few_questions', param('questions'), param('needed'));
    case 'few-answers':
      return t.plural('why_few_answers', param('answers'), param('needed'));
    case 'faq-labels':
      return t('why_faq_labels', param('firstPerson'));
    case 'impersonal':
      return t('why_impersonal', param('firstPerson'), param('secondPerson'));
    case 'templated':
      return t('why_templated');
    case 'masked-users':
      return t('why_masked_users');
    case 'few-alternations':
      return t.plural('why_few_alternations', param('alternations'), param('needed'));
    case 'excerpt':
      return t('why_excerpt', param('coverage'));
    case 'failed':
      return t('why_failed');
  }
}

/**
 * True when reading the page as an interview anyway could find one: its segmentation found
 * turns, and answers among them as far as the detection's counts tell. Where it found none (no
 * labels, nothing set apart), or the analysis failed, there is nothing to offer. A page the
 * precheck turned down was never segmented, so the offer stands.
 */
export function canReadAnyway(detection: DetectionCause): boolean {
  switch (detection.code) {
    case 'interview':
    case 'assumed':
    case 'no-turns':
    case 'failed':
      return false;
    case 'not-promising':
      return true;
    case 'few-answers':
      return (detection.params?.answers ?? 0) > 0;
    case 'few-questions':
      // Turns beyond the questions are answers, or remarks: then the reader's call finds none and says so.
      return detection.turns > detection.questions;
    default:
      return detection.turns > 0;
  }
}
