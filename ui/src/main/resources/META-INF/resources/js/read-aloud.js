// Read aloud: speaks an answer with the browser's own speech synthesis, using only voices that run on
// this device (a network voice would send the answer's text to a vendor); without one, no button is
// shown. An emergency or crisis reply is read starting with what to do now, and citation markers such
// as [1] are never read.
import { label, language, t } from './i18n.js';
import { element, icon } from './dom.js';
import { emergencyNumber, isCrisis, isEmergency } from './safety.js';

const MARKER = /\s*\[\d{1,3}(?:\s*,\s*\d{1,3})*\]/g;
const LIST_ITEM = /^\s*(?:[-*•]|\d{1,2}[.)])\s+/;
const SENTENCE_END = /[.!?…:;]$/;

let reading = null;

/**
 * What is read for one reply, in order, as [{text, lang}]: the emergency or crisis instructions first
 * (in the page's language, as the banner shows them), then the answer sentence by sentence without
 * citation markers. Numbers to call are read digit by digit.
 */
export function spokenParts(reply, replyLanguage) {
  const safety = reply?.safety;
  const answer = String(reply?.answer || '');
  const pageLanguage = language();
  const parts = [];
  const add = (text, lang) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean) parts.push({ text: clean, lang });
  };
  const number = isEmergency(safety) ? emergencyNumber(safety, answer) : null;
  if (isEmergency(safety)) {
    add(sentence(t('alert.emergency.title')), pageLanguage);
    add(number ? t('alert.emergency.body', { number: digits(number) }) : t('alert.emergency.bodyNoNumber'), pageLanguage);
  }
  if (isCrisis(safety)) {
    const lines = (safety.crisisLines || []).filter((line) => line && (line.number || line.text));
    add(sentence(t('alert.crisis.title')), pageLanguage);
    add(t(lines.length ? 'alert.crisis.body' : 'alert.crisis.bodyNoLines'), pageLanguage);
    for (const line of lines) {
      add(sentence([line.name, line.number && digits(line.number), line.text].filter(Boolean).join(', ')), pageLanguage);
    }
  }
  let text = plain(answer);
  if (number) text = text.replace(new RegExp(`(?<!\\d)${escaped(number)}(?!\\d)`, 'g'), digits(number));
  for (const piece of text.split(/(?<=[.!?…])\s+/)) add(piece, replyLanguage);
  return parts;
}

/** A "Read aloud" / "Stop reading" button for one reply; hidden while this device has no voice for its language. */
export function readAloudButton(reply, replyLanguage) {
  const button = element('button', 'quiet-button read-aloud');
  button.type = 'button';
  button.dataset.lang = replyLanguage;
  button.append(speakerIcon(), label(element('span', 'read-aloud-label'), 'readAloud.start'));
  button.hidden = !localVoice(replyLanguage);
  button.addEventListener('click', () => {
    if (reading === button) stopReading();
    else read(button, reply, replyLanguage);
  });
  return button;
}

/** Stops whatever is being read, if anything. */
export function stopReading() {
  if (!reading) return;
  const button = reading;
  reading = null;
  window.speechSynthesis.cancel();
  showIdle(button);
}

function read(button, reply, replyLanguage) {
  stopReading();
  const utterances = [];
  for (const part of spokenParts(reply, replyLanguage)) {
    const voice = localVoice(part.lang) || localVoice(replyLanguage);
    if (!voice) continue;
    const utterance = new SpeechSynthesisUtterance(part.text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.onerror = () => finished(button);
    utterances.push(utterance);
  }
  if (!utterances.length) return;
  utterances[utterances.length - 1].onend = () => finished(button);
  reading = button;
  label(button.querySelector('.read-aloud-label'), 'readAloud.stop');
  button.classList.add('reading');
  for (const utterance of utterances) window.speechSynthesis.speak(utterance);
}

function finished(button) {
  if (reading !== button) return;
  reading = null;
  showIdle(button);
}

function showIdle(button) {
  label(button.querySelector('.read-aloud-label'), 'readAloud.start');
  button.classList.remove('reading');
}

/** The device's own voice for a language (default voice first), never a network one. */
function localVoice(lang) {
  if (!('speechSynthesis' in window) || typeof window.SpeechSynthesisUtterance !== 'function') return null;
  const voices = window.speechSynthesis.getVoices()
    .filter((voice) => voice.localService && String(voice.lang).toLowerCase().replace('_', '-').startsWith(lang));
  return voices.find((voice) => voice.default) || voices[0] || null;
}

/** Voices often load after the page: show or hide the buttons already on it once they do. */
function refreshButtons() {
  for (const button of document.querySelectorAll('.read-aloud')) {
    button.hidden = !localVoice(button.dataset.lang);
    if (button.hidden && reading === button) stopReading();
  }
}

function plain(answer) {
  return answer.replace(MARKER, '').split('\n')
    .map((line) => line.replace(LIST_ITEM, '').trim())
    .filter(Boolean)
    .map(sentence)
    .join(' ');
}

function sentence(text) {
  const trimmed = String(text).trim();
  return !trimmed || SENTENCE_END.test(trimmed) ? trimmed : `${trimmed}.`;
}

function escaped(text) {
  return String(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function digits(number) {
  return String(number).replace(/\s+/g, '').split('').join(' ');
}

function speakerIcon() {
  return icon('M4 9v6h4l5 4V5L8 9H4z', 'M16.5 8.5a5 5 0 0 1 0 7', 'M19 6a8.5 8.5 0 0 1 0 12');
}

if ('speechSynthesis' in window) {
  window.speechSynthesis.addEventListener?.('voiceschanged', refreshButtons);
  window.speechSynthesis.getVoices();
  window.addEventListener('pagehide', stopReading);
}
