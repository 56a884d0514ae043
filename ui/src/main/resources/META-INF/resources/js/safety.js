// Makes escalations unmistakable: an emergency or a crisis puts a banner with tap-to-call
// numbers at the top of the page before anything else; refusals and reframes get a calm label.
import { label } from './i18n.js';
import { element } from './dom.js';

const CALL_WORDS = /(?:call|dial|phone|ring|llam[ea]|llamar|marque|marca|telefonee)\D{0,40}?(\+?\d[\d\s-]{1,14}\d|\d{2,3})\b/i;

export function isEmergency(safety) {
  return safety?.action === 'escalate' && safety?.urgency === 'emergency';
}

export function isCrisis(safety) {
  return Array.isArray(safety?.categories) && safety.categories.includes('self_harm_crisis');
}

/** The number to call: the reply's own field, else the first number the answer asks to call. */
export function emergencyNumber(safety, answer) {
  if (safety?.emergencyNumber) return String(safety.emergencyNumber);
  const lead = String(answer || '').split(/(?<=[.!?])\s/)[0] || '';
  const match = CALL_WORDS.exec(lead);
  return match ? match[1].replace(/[\s-]/g, '') : null;
}

/** Shows (or refreshes) the banners for one reply's safety verdict. */
export function showAlerts(region, safety, answer) {
  const emergency = isEmergency(safety);
  const crisis = isCrisis(safety);
  if (!emergency && !crisis) return false;
  region.replaceChildren();
  if (emergency) region.append(emergencyBanner(emergencyNumber(safety, answer)));
  if (crisis) region.append(crisisBanner(safety?.crisisLines || []));
  region.hidden = false;
  return true;
}

export function clearAlerts(region) {
  region.replaceChildren();
  region.hidden = true;
}

/** An empty announced banner of one kind ("emergency" or "crisis") holding just its heading. */
function bannerOf(kind) {
  const section = element('section', `alert alert-${kind}`);
  section.setAttribute('role', 'alert');
  section.setAttribute('aria-labelledby', `alert-${kind}-title`);
  const title = label(element('h2', 'alert-title'), `alert.${kind}.title`);
  title.id = `alert-${kind}-title`;
  section.append(title);
  return section;
}

function emergencyBanner(number) {
  const banner = bannerOf('emergency');
  banner.append(number
    ? label(element('p', 'alert-body'), 'alert.emergency.body', { number })
    : label(element('p', 'alert-body'), 'alert.emergency.bodyNoNumber'));
  if (number) banner.append(callLink(number, 'alert.emergency.call', 'call-button'));
  return banner;
}

function crisisBanner(lines) {
  const banner = bannerOf('crisis');
  const usable = lines.filter((line) => line && (line.number || line.text));
  banner.append(label(element('p', 'alert-body'), usable.length ? 'alert.crisis.body' : 'alert.crisis.bodyNoLines'));
  if (usable.length) {
    const list = element('ul', 'crisis-lines');
    for (const line of usable) {
      const item = element('li', 'crisis-line');
      if (line.name) {
        const name = element('span', 'crisis-name');
        name.textContent = line.name;
        item.append(name);
      }
      if (line.number) item.append(callLink(line.number, 'alert.crisis.call', 'call-button call-button-small'));
      if (line.text) {
        const text = element('span', 'crisis-text');
        text.textContent = line.text;
        item.append(text);
      }
      list.append(item);
    }
    banner.append(list);
  }
  return banner;
}

function callLink(number, key, className) {
  const link = label(element('a', className), key, { number });
  link.href = `tel:${String(number).replace(/[^\d+]/g, '')}`;
  return link;
}

/** The call link placed first inside an emergency reply, so the number sits beside the answer too. */
export function inlineCall(safety, answer) {
  if (!isEmergency(safety)) return null;
  const number = emergencyNumber(safety, answer);
  if (!number) return null;
  return callLink(number, 'alert.emergency.call', 'call-button call-inline');
}

/** A quiet label for replies that are not plain answers, or null when none is needed. */
export function safetyNote(safety) {
  const key = {
    refuse: 'safety.refuse',
    reframe: 'safety.reframe',
  }[safety?.action] || {
    urgent: 'safety.urgent',
    routine: 'safety.routine',
  }[safety?.urgency];
  if (!key || isEmergency(safety)) return null;
  return label(element('p', `safety-note safety-${safety.action}`), key);
}
