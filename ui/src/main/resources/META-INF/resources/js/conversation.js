// The list of exchanges: one question, one streamed reply each, with stop, retry and feedback.
import { ChatError, sendFeedback, streamChat } from './api.js';
import { label, labelAttr, t } from './i18n.js';
import { renderAnswer, renderSources, showCitation, spokenText } from './render.js';
import { inlineCall, isEmergency, safetyNote, showAlerts } from './safety.js';
import { element, icon, randomId } from './dom.js';
import { renderVisualisations } from './visualisations.js';
import { readAloudButton, stopReading } from './read-aloud.js';
import { renderTrace } from './trace.js';
import { sentImage } from './image.js';

export class Conversation {
  #list;
  #announcer;
  #alerts;
  #dialog;
  #onBusyChange;
  #onReply;
  #controller = null;
  #sessionId = randomId();

  constructor({ list, announcer, alerts, dialog, onBusyChange, onReply }) {
    this.#list = list;
    this.#announcer = announcer;
    this.#alerts = alerts;
    this.#dialog = dialog;
    this.#onBusyChange = onBusyChange;
    this.#onReply = onReply;
  }

  get busy() {
    return this.#controller !== null;
  }

  ask(request) {
    this.#list.append(questionItem(request.message, request.image));
    this.#answer({ ...request, sessionId: this.#sessionId });
  }

  stop() {
    this.#controller?.abort();
  }

  reset() {
    this.stop();
    stopReading();
    this.#list.replaceChildren();
    this.#announcer.textContent = '';
    this.#sessionId = randomId();
  }

  async #answer(request, takeFocus = false) {
    const reply = new ReplyView(request, (citation, opener) => showCitation(this.#dialog, citation, opener));
    this.#list.append(reply.item);
    reply.item.scrollIntoView({ block: 'nearest' });
    if (takeFocus) reply.item.focus();
    const controller = new AbortController();
    this.#controller = controller;
    this.#onBusyChange(true);
    this.#announce(t('message.announceStart'));
    let alerted = false;
    try {
      const final = await streamChat(request, {
        onMeta: (meta) => {
          reply.meta(meta);
          alerted = showAlerts(this.#alerts, meta.safety, '');
          if (alerted) window.scrollTo({ top: 0 });
        },
        onDelta: (text) => {
          const follow = !alerted && nearBottom();
          reply.delta(text);
          if (follow) window.requestAnimationFrame(() => reply.item.scrollIntoView({ block: 'end' }));
        },
        onCitations: (citations) => reply.citations(citations),
        onDone: () => {},
      }, controller.signal);
      alerted = showAlerts(this.#alerts, final.safety, final.answer) || alerted;
      reply.done(final);
      this.#onReply(final);
      if (alerted) window.scrollTo({ top: 0 });
      else reply.item.scrollIntoView({ block: 'nearest' });
      this.#announce(t('message.announceDone', { text: spokenText(final.answer) }));
    } catch (error) {
      if (error.name === 'AbortError') {
        reply.stopped();
        this.#announce(t('message.stoppedAnnounce'));
      } else {
        const key = errorKey(error, request);
        reply.failed(key, () => {
          reply.item.remove();
          this.#answer(request, true);
        });
        reply.item.scrollIntoView({ block: 'nearest' });
        this.#announce(t(key));
      }
    } finally {
      this.#controller = null;
      this.#onBusyChange(false);
    }
  }

  #announce(text) {
    this.#announcer.textContent = '';
    window.setTimeout(() => { this.#announcer.textContent = text; }, 50);
  }
}

/** One assistant reply as it streams in, then as its final, cited form. */
class ReplyView {
  #request;
  #openCitation;
  #text = '';
  #citations = [];
  #pending = false;
  #finished = false;
  #safety = null;

  constructor(request, openCitation) {
    this.#request = request;
    this.#openCitation = openCitation;
    this.item = element('li', 'message message-assistant');
    this.item.tabIndex = -1;
    this.item.dataset.state = 'waiting';
    this.item.dataset.deltas = '0';
    this.item.append(label(element('h3', 'visually-hidden'), 'message.salus'));
    this.notes = element('div', 'message-notes');
    this.answer = element('div', 'answer');
    this.answer.setAttribute('aria-busy', 'true');
    this.status = label(element('p', 'message-status'), 'message.answering');
    this.sources = element('div', 'sources');
    this.visuals = element('div', 'visualisations');
    this.trace = element('div', 'trace-area');
    this.footer = element('div', 'message-footer');
    this.item.append(this.notes, this.answer, this.status, this.visuals, this.sources, this.trace, this.footer);
  }

  meta(meta) {
    this.#safety = meta.safety || null;
    this.#showSafety();
  }

  delta(text) {
    this.#text += text;
    this.item.dataset.state = 'streaming';
    this.item.dataset.deltas = String(Number(this.item.dataset.deltas) + 1);
    if (this.#pending) return;
    this.#pending = true;
    window.requestAnimationFrame(() => {
      this.#pending = false;
      if (this.#finished) return;
      this.answer.textContent = this.#text;
      this.answer.classList.add('streaming');
    });
  }

  citations(citations) {
    this.#citations = citations;
  }

  done(reply) {
    this.#text = reply.answer || this.#text;
    this.#citations = reply.citations || this.#citations;
    this.#safety = reply.safety || this.#safety;
    this.#finished = true;
    this.item.dataset.state = 'done';
    this.#showSafety();
    const call = inlineCall(this.#safety, this.#text);
    if (call) this.notes.prepend(call);
    this.answer.classList.remove('streaming');
    this.answer.removeAttribute('aria-busy');
    if (reply.language) this.answer.lang = reply.language;
    renderAnswer(this.answer, this.#text, this.#citations, this.#openCitation);
    renderSources(this.sources, this.#citations, this.#openCitation);
    renderVisualisations(this.visuals, reply.visualisations);
    renderTrace(this.trace, reply.trace, reply.timingsMs);
    this.status.remove();
    this.footer.replaceChildren(
      readAloudButton({ answer: this.#text, safety: this.#safety }, reply.language || this.#request.language),
      feedbackControls(reply.mode || this.#request.mode, this.#safety?.action || 'answer'),
    );
  }

  stopped() {
    this.#finished = true;
    this.item.dataset.state = 'stopped';
    this.answer.removeAttribute('aria-busy');
    this.answer.classList.remove('streaming');
    renderAnswer(this.answer, this.#text, this.#citations, this.#openCitation);
    label(this.status, 'message.stopped').classList.add('message-stopped');
  }

  failed(key, retry) {
    this.#finished = true;
    this.item.dataset.state = 'error';
    this.item.classList.add('message-error');
    this.answer.removeAttribute('aria-busy');
    this.answer.replaceChildren(label(element('p', 'error-text'), key));
    const button = label(element('button', 'secondary-button retry-button'), 'error.retry');
    button.type = 'button';
    button.addEventListener('click', retry);
    this.status.remove();
    this.footer.replaceChildren(button);
  }

  #showSafety() {
    this.item.classList.toggle('message-emergency', isEmergency(this.#safety));
    const note = safetyNote(this.#safety);
    this.notes.replaceChildren(...(note ? [note] : []));
  }
}

function nearBottom() {
  return window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 240;
}

function questionItem(text, image) {
  const item = element('li', 'message message-user');
  item.append(label(element('h3', 'visually-hidden'), 'message.you'));
  if (text) {
    const body = element('p', 'question');
    body.textContent = text;
    item.append(body);
  }
  if (image) item.append(sentImage(image));
  return item;
}

function feedbackControls(mode, safetyAction) {
  const group = element('div', 'feedback');
  group.setAttribute('role', 'group');
  const question = label(element('span', 'feedback-question'), 'feedback.question');
  question.id = `feedback-${randomId()}`;
  group.setAttribute('aria-labelledby', question.id);
  const thanks = element('p', 'feedback-thanks');
  thanks.setAttribute('role', 'status');
  const buttons = ['up', 'down'].map((vote) => {
    const button = element('button', `icon-button vote vote-${vote}`);
    button.type = 'button';
    button.dataset.vote = vote;
    labelAttr(button, 'aria-label', `feedback.${vote}`);
    labelAttr(button, 'title', `feedback.${vote}`);
    button.setAttribute('aria-pressed', 'false');
    button.append(thumbIcon(vote));
    button.addEventListener('click', () => {
      if (group.dataset.voted) return;
      group.dataset.voted = vote;
      button.setAttribute('aria-pressed', 'true');
      for (const other of group.querySelectorAll('.vote')) other.setAttribute('aria-disabled', 'true');
      label(thanks, 'feedback.thanks');
      sendFeedback(vote, mode, safetyAction);
    });
    return button;
  });
  group.append(question, ...buttons, thanks);
  return group;
}

function thumbIcon(vote) {
  const svg = icon('M7 11v9H4v-9h3zm2 9h8.2a2 2 0 0 0 2-1.6l1.3-6.4A2 2 0 0 0 18.5 9.6H14l.7-3.6A2 2 0 0 0 12.8 3.6L9 10.6V20z');
  if (vote === 'down') svg.classList.add('flip');
  return svg;
}

function errorKey(error, request) {
  if (!(error instanceof ChatError) || error.kind === 'network') return 'error.network';
  if (error.kind === 'incomplete') return 'message.cutOff';
  if (request.image && [400, 413, 415].includes(error.status)) return 'error.image';
  if (error.status === 413) return 'error.tooLong';
  if (error.status === 429) return 'error.tooMany';
  if (error.status >= 400 && error.status < 500) return 'error.badRequest';
  return 'error.server';
}

