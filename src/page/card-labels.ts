import type { CardLabels } from './ContextCard';

/** The context card's words per UI language. */
export const CARD_LABELS: Record<'en' | 'de' | 'zh', CardLabels> = {
  en: {
    close: 'Close',
    kinds: { person: 'Person', organisation: 'Organisation', term: 'Term', event: 'Event' },
    wikipedia: 'Wikipedia',
    lookUp: 'Look up on Wikipedia',
    notInKnowledge: 'Not in Interview Lens’s knowledge base.',
    keyDates: 'Key dates',
  },
  de: {
    close: 'Schließen',
    kinds: { person: 'Person', organisation: 'Organisation', term: 'Begriff', event: 'Ereignis' },
    wikipedia: 'Wikipedia',
    lookUp: 'In der Wikipedia suchen',
    notInKnowledge: 'Nicht in der Wissensbasis von Interview Lens.',
    keyDates: 'Wichtige Daten',
  },
  zh: {
    close: '关闭',
    kinds: { person: '人物', organisation: '机构', term: '术语', event: '事件' },
    wikipedia: '维基百科',
    lookUp: '在维基百科中查找',
    notInKnowledge: 'Interview Lens 的知识库中没有此条目。',
    keyDates: '关键日期',
  },
};

/** The accessible name of a mark over a mention. */
export const MARK_LABEL: Record<'en' | 'de' | 'zh', (name: string) => string> = {
  en: (name) => `About ${name}`,
  de: (name) => `Über ${name}`,
  zh: (name) => `关于${name}`,
};
