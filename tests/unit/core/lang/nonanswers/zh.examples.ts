import type { PhraseExamples } from './phrase-examples';

/** Examples and near misses of each entry of `ZH_NON_ANSWER_PHRASES` (Chinese), by entry id. */
export const ZH_PHRASE_EXAMPLES: Record<string, PhraseExamples> = {
  'wu-ke-feng-gao': {
    examples: ['无可奉告。', '对此我们不予置评。', '我对这次不幸的泄露没有特别的评论。', '我们暂不回应。'],
    counterexamples: ['他的评论很中肯。', '评论区已经关闭。'],
  },
  'bu-bian-tou-lu': {
    examples: ['这个不便透露。', '具体数字我不方便说。', '我不能告诉你。', '细节我们无法披露。'],
    counterexamples: ['我迫不及待地想告诉你。', '我很乐意谈谈这个。'],
  },
  'bu-xiang-tan': {
    examples: ['我现在不想谈这个。', '我们不打算评论。'],
    counterexamples: ['我很想谈这个。'],
  },
  'hai-mei-zhun-bei-hao': {
    examples: ['我还没准备好谈论这个。', '我们尚未做好准备。'],
    counterexamples: ['产品还没准备好上市。'],
  },
  'mei-you-ke-shuo': {
    examples: ['我现在没有太多可说的，但我期待了解更多。', '我没什么要补充的。'],
    counterexamples: ['我有很多话要说。'],
  },
  'bu-gan-rao-cheng-xu': {
    examples: ['我只是希望这个过程不受干扰地进行。', '调查还在进行，我们不便多说。', '我认为让这个审查程序走完很重要。'],
    counterexamples: ['审查已经结束，结果也公布了。'],
  },
  'ni-de-qu-wen': {
    examples: ['你得去问伊利亚。', '这个问题你得问董事会。', '这个问题由他们来回答更合适。', '去问他们吧。'],
    counterexamples: ['你可以问我任何问题。', '记者问了一个好问题。'],
  },
  'bu-shi-wo-neng-hui-da': {
    examples: ['这不是我能回答的。', '轮不到我来说。'],
    counterexamples: ['这是我能回答的。'],
  },
  'yi-hou-zai-shuo': {
    examples: ['以后再说。', '好吧，这个我们以后再谈。', '改天再聊。', '等调查结果出来以后再说。'],
    counterexamples: ['以后我们会更加努力。', '我们再次感谢大家。'],
  },
  'hai-bu-shi-shi-hou': {
    examples: ['现在还不是时候。', '现在下结论为时过早。', '现在说还太早。', '时机还不成熟。'],
    counterexamples: ['现在是最好的时候。'],
  },
  'bu-zhi-dao': {
    examples: ['我不知道。', '我们不知道。你得去问伊利亚。', '我们也不太清楚。', '结果不得而知。', '不知道。'],
    counterexamples: ['你不知道我有多高兴。', '我知道答案。', '他们不知道。'],
  },
  'shuo-bu-hao': {
    examples: ['这个很难说。', '我也说不好。', '我不太确定。', '这个不好说。'],
    counterexamples: ['这很好说。'],
  },
  'mei-you-shu-ju': {
    examples: ['我手头没有具体数据。', '目前还没有准确的数字。'],
    counterexamples: ['我们手头有足够的数据。'],
  },
  'ni-de-yi-si-shi': {
    examples: ['你指的是哪一部分？', '你的意思是董事会吗？', '能再重复一下问题吗？'],
    counterexamples: ['我的意思是，我们会继续努力。'],
  },
  'bu-shi-zhong-dian': {
    examples: ['即使这听起来像公关说辞，但这目前不是我的重点。', '我们现在没有考虑这个。'],
    counterexamples: ['这是我们的重点。'],
  },
  'bu-ping-lun-ju-ti': {
    examples: ['不评论任何具体项目，我们相信进步就是研究。', '我只能说我们很满意。'],
    counterexamples: ['我们具体评论了这个项目。'],
  },
  'bao-mi': {
    examples: ['具体条款需要保密。', '这涉及商业机密。', '出于竞争考虑，我们不公布价格。'],
    counterexamples: ['我们很重视数据安全。'],
  },
  'an-guan-li-bu-ping-lun': {
    examples: ['按照惯例，我们不评论市场传闻。', '我们一向不对传闻发表评论。', '我们不对个案发表评论。'],
    counterexamples: ['按照计划，我们下个月发布新品。'],
  },
  'bu-ti-gong-shu-zi': {
    examples: ['我们不单独披露这部分数据。', '我们不提供业绩指引。', '我们不做预测。'],
    counterexamples: ['我们提供了详细的数据。'],
  },
  'xian-bu-tan': {
    examples: ['这个我就不展开了。', '具体的我们先不谈。', '这件事先放一放。'],
    counterexamples: ['我们展开了新的合作。'],
  },
  'can-kao-gong-gao': {
    examples: ['请参考我们的公告。', '一切以公司公告为准。'],
    counterexamples: ['我们发布了年报。'],
  },
  'hai-mei-jue-ding': {
    examples: ['还没有最终确定。', '我们还在评估中。', '这有待确定。'],
    counterexamples: ['我们已经确定了方案。'],
  },
  'jing-qing-qi-dai': {
    examples: ['敬请期待。', '到时候会公布。', '有进展了我们会第一时间告诉大家。'],
    counterexamples: ['我们期待与大家合作。'],
  },
  'hui-hou-gou-tong': {
    examples: ['我们会后再跟您沟通。', '这个我们私下交流。', '我回头给你答复。'],
    counterexamples: ['线下门店增长了百分之五。'],
  },
  'xu-yao-he-shi': {
    examples: ['我需要核实一下。', '让我查一下。', '我们得确认一下。'],
    counterexamples: ['客户需要确认订单。'],
  },
  'nan-yi-yu-ce': {
    examples: ['这个很难预测。', '我们无法估计具体影响。', '我们没有水晶球。'],
    counterexamples: ['我们预测增长百分之五。'],
  },
  'ji-bu-qing': {
    examples: ['我记不清了。', '具体数字我不记得了。', '我没有印象。'],
    counterexamples: ['我清楚地记得那天。'],
  },
};
