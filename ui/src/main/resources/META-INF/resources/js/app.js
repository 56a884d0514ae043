// Wires the page together: capabilities, language, the composer and the conversation.
import { fetchCapabilities } from './api.js';
import { LANGUAGES, language, setLanguage, t, label } from './i18n.js';
import { Conversation } from './conversation.js';
import { clearAlerts } from './safety.js';
import { setupVoiceInput } from './voice-input.js';
import { ImageAttachment } from './image.js';

const $ = (selector) => document.querySelector(selector);
const COUNTDOWN_FROM = 0.8;

const elements = {
  form: $('#composer'),
  message: $('#message'),
  send: $('#send'),
  stop: $('#stop'),
  charCount: $('#char-count'),
  language: $('#language'),
  newChat: $('#new-chat'),
  intro: $('#intro'),
  alerts: $('#alerts'),
  privacy: $('#privacy-link'),
  corpus: $('#corpus-status'),
  dialog: $('#citation-dialog'),
};

let capabilities;
let conversation;
let voice;
let attachment;

async function start() {
  capabilities = await fetchCapabilities();
  await setLanguage(initialLanguage());
  elements.language.value = language();
  attachment = new ImageAttachment({
    button: $('#attach'),
    input: $('#image-input'),
    chip: $('#image-chip'),
    preview: $('#image-preview'),
    name: $('#image-name'),
    remove: $('#image-remove'),
    status: $('#image-status'),
    maxBytes: capabilities.maxImageBytes,
  });
  applyCapabilities();
  conversation = new Conversation({
    list: $('#conversation'),
    announcer: $('#announcer'),
    alerts: elements.alerts,
    dialog: elements.dialog,
    onBusyChange: setBusy,
    onReply: (reply) => {
      if (reply.demoContent || (reply.citations || []).some((c) => c.reviewStatus === 'demo')) showDemoNotice();
    },
  });
  bindEvents();
  voice = setupVoiceInput({
    actions: elements.form.querySelector('.composer-actions'),
    meta: elements.form.querySelector('.composer-meta'),
    message: elements.message,
    capabilities,
  });
  updateCount();
  document.body.classList.add('ready');
}

function initialLanguage() {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  const stored = readPreference('salus.language');
  const browser = (navigator.language || 'en').slice(0, 2).toLowerCase();
  return [fromUrl, stored, browser].find((lang) => LANGUAGES.includes(lang)) || 'en';
}

function applyCapabilities() {
  for (const input of document.querySelectorAll('input[name="mode"]')) {
    const available = capabilities.modes[input.value] === true;
    input.disabled = !available;
    const note = document.querySelector(`[data-mode-note="${input.value}"]`);
    if (available) {
      note.replaceChildren();
      delete note.dataset.i18n;
    } else {
      label(note, 'mode.unavailable');
    }
  }
  const checked = document.querySelector('input[name="mode"]:checked');
  if (!checked || checked.disabled) {
    const first = document.querySelector('input[name="mode"]:not(:disabled)');
    if (first) first.checked = true;
  }
  const offered = (capabilities.languages || LANGUAGES).filter((lang) => LANGUAGES.includes(lang));
  for (const option of elements.language.options) option.disabled = !offered.includes(option.value);
  if (capabilities.privacyUrl) {
    elements.privacy.href = capabilities.privacyUrl;
    elements.privacy.hidden = false;
  }
  if (capabilities.corpus?.status === 'demo') showDemoNotice();
  if (capabilities.imageInput) attachment.enable();
}

function showDemoNotice() {
  label(elements.corpus, 'corpus.demo');
  elements.corpus.hidden = false;
}

function bindEvents() {
  elements.form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  elements.message.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      submit();
    }
  });
  elements.message.addEventListener('input', updateCount);
  elements.stop.addEventListener('click', () => {
    conversation.stop();
    elements.message.focus();
  });
  elements.language.addEventListener('change', async () => {
    await setLanguage(elements.language.value);
    writePreference('salus.language', language());
    updateCount();
  });
  elements.newChat.addEventListener('click', () => {
    conversation.reset();
    clearAlerts(elements.alerts);
    elements.intro.hidden = false;
    elements.message.value = '';
    attachment.clear();
    updateCount();
    elements.message.focus();
  });
  for (const suggestion of document.querySelectorAll('.suggestion')) {
    suggestion.addEventListener('click', () => {
      elements.message.value = suggestion.textContent;
      submit();
    });
  }
  elements.dialog.addEventListener('close', () => elements.dialog.returnFocusTo?.focus());
  $('#citation-close').addEventListener('click', () => elements.dialog.close());
  elements.dialog.addEventListener('click', (event) => {
    if (event.target === elements.dialog) elements.dialog.close();
  });
}

function submit() {
  const text = elements.message.value.trim();
  const image = attachment.dataUrl;
  if (conversation.busy) return;
  if (!text && !image) {
    label(elements.charCount, capabilities.imageInput ? 'composer.emptyOrPhoto' : 'composer.empty');
    elements.message.focus();
    return;
  }
  if (text.length > capabilities.maxMessageChars) {
    updateCount();
    elements.message.focus();
    return;
  }
  elements.intro.hidden = true;
  elements.message.value = '';
  voice?.clearStatus();
  attachment.clear();
  updateCount();
  conversation.ask({
    message: text,
    mode: document.querySelector('input[name="mode"]:checked')?.value || 'instant',
    language: language(),
    ...(image ? { image } : {}),
  });
}

function updateCount() {
  const max = capabilities.maxMessageChars;
  const length = elements.message.value.length;
  const remaining = max - length;
  elements.charCount.classList.toggle('over', remaining < 0);
  elements.message.setAttribute('aria-invalid', String(remaining < 0));
  if (remaining < 0) {
    label(elements.charCount, 'composer.over', { count: -remaining });
  } else if (length >= max * COUNTDOWN_FROM) {
    label(elements.charCount, 'composer.remaining', { count: remaining });
  } else {
    delete elements.charCount.dataset.i18n;
    elements.charCount.textContent = '';
  }
}

function setBusy(busy) {
  elements.send.disabled = busy;
  elements.stop.hidden = !busy;
  elements.form.classList.toggle('busy', busy);
}

function readPreference(key) {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

function writePreference(key, value) {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Private browsing may forbid storage; the choice then lasts for this page only.
  }
}

start().catch(() => {
  document.body.classList.add('ready');
  elements.charCount.textContent = t('error.server');
});
