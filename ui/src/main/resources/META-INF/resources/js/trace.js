// The folded account of how a reply was made (the reply's `trace`): the sub-questions a Thinking
// answer examined, the Contemplating agents and their votes, and the time each stage took.
// A native <details> element, so it opens with the keyboard and screen readers hear its state.
import { label } from './i18n.js';
import { element } from './dom.js';

const SUB_STATUS = {
  'answered': 'trace.sub.answered',
  'not covered by the vetted sources': 'trace.sub.uncovered',
  'answered in an earlier section': 'trace.sub.repeated',
  'not examined (time budget)': 'trace.sub.budget',
};
const AGENTS = ['lexical', 'semantic', 'lay-terms', 'reviewer'];
const STAGES = [
  'transform', 'safety', 'retrieve', 'aggregate', 'compose', 'verify',
  'thinking.plan', 'thinking.transform', 'thinking.retrieve', 'thinking.compose', 'thinking.self-check', 'thinking',
  'agents.wall', 'agents.slowest', 'judge', 'contemplating', 'total',
];

/** Replaces the container's content with the folded trace, or empties it when the reply has none. */
export function renderTrace(container, trace, timings) {
  container.replaceChildren();
  if (!trace || !trace.mode) return;
  const details = element('details', 'trace');
  const summary = element('summary', 'trace-summary');
  summary.append(label(element('span'), 'trace.summary'), ' · ', label(element('span'), `mode.${modeKey(trace.mode)}`));
  const body = element('div', 'trace-body');
  const subs = trace.subQuestions || [];
  if (subs.length) body.append(section('trace.subQuestions', subs.map(subQuestion), 'ol', 'trace-subquestions'));
  const agents = trace.agents || [];
  if (agents.length) body.append(section('trace.agents', agents.map(agent), 'ul', 'trace-agents'));
  const tokens = trace.promptTokens;
  if (tokens && tokens.naiveTop5 > 0) {
    body.append(label(element('p', 'trace-tokens'), 'trace.tokens',
      { compressed: tokens.compressed, naive: tokens.naiveTop5 }));
  }
  if (trace.budgetExceeded) body.append(label(element('p', 'trace-budget'), 'trace.budget'));
  const stages = STAGES.filter((stage) => timings && Number.isFinite(timings[stage]));
  if (stages.length) {
    body.append(section('trace.timings', stages.map((stage) => timing(stage, timings[stage])), 'ul', 'trace-timings'));
  }
  details.append(summary, body);
  container.append(details);
}

function modeKey(mode) {
  return ['instant', 'thinking', 'contemplating'].includes(mode) ? mode : 'instant';
}

function section(headingKey, items, listTag, className) {
  const wrapper = element('div', 'trace-section');
  const list = element(listTag, className);
  list.append(...items);
  wrapper.append(label(element('h4', 'trace-heading'), headingKey), list);
  return wrapper;
}

function subQuestion(sub) {
  const item = element('li', 'trace-subquestion');
  const text = element('span', 'trace-question');
  text.textContent = sub.text || '';
  const key = SUB_STATUS[sub.status];
  const status = key
    ? label(element('span', 'trace-status'), key, { kept: sub.sentences ?? 0, removed: sub.removed ?? 0 })
    : plain(element('span', 'trace-status'), sub.status);
  item.append(text, ' ', status);
  return item;
}

function agent(vote) {
  const item = element('li', 'trace-agent');
  const known = AGENTS.includes(vote.name);
  const name = known ? label(element('strong'), `trace.agent.${vote.name}`) : plain(element('strong'), vote.name);
  const strategy = known
    ? label(element('span', 'trace-strategy'), `trace.strategy.${vote.name}`)
    : plain(element('span', 'trace-strategy'), vote.strategy);
  item.append(name, ': ', strategy, ' ', agentStatus(vote));
  return item;
}

function agentStatus(vote) {
  const span = element('span', 'trace-status');
  const status = String(vote.status || '');
  if (status === 'finished') return label(span, 'trace.agentFinished', { proposed: vote.proposed, kept: vote.kept, ms: vote.ms });
  if (status === 'timed out') return label(span, 'trace.agentTimedOut');
  if (status.startsWith('failed')) return label(span, 'trace.agentFailed');
  return plain(span, status);
}

function timing(stage, ms) {
  const item = element('li', 'trace-timing');
  item.append(label(element('span', 'trace-stage'), `trace.stage.${stage}`), ': ',
    label(element('span', 'trace-ms'), 'trace.ms', { ms }));
  return item;
}

/** Server text with no translation (an agent or status this page does not know): shown as it came. */
function plain(node, text) {
  node.textContent = String(text ?? '');
  return node;
}
