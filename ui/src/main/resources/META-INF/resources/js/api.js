// The HTTP calls the page makes, all to its own origin: capabilities, the streamed chat,
// transcription of a spoken question and content-free feedback.
import { SseParser } from './sse.js';

const DEFAULT_CAPABILITIES = Object.freeze({
  modes: { instant: true, thinking: false, contemplating: false },
  languages: ['en', 'es'],
  maxMessageChars: 4000,
  voiceInput: false,
  imageInput: false,
  maxImageBytes: 5 * 1024 * 1024,
  privacyUrl: null,
});

/** A failed request, in terms the page can explain: network trouble or an HTTP status. */
export class ChatError extends Error {
  constructor(kind, status = 0, problem = null) {
    super(kind === 'network' ? 'network error' : `HTTP ${status}`);
    this.kind = kind;
    this.status = status;
    this.problem = problem;
  }
}

export async function fetchCapabilities() {
  try {
    const response = await fetch('/api/capabilities', { headers: { Accept: 'application/json' } });
    if (!response.ok) return { ...DEFAULT_CAPABILITIES };
    const body = await response.json();
    return {
      ...DEFAULT_CAPABILITIES,
      ...body,
      modes: { ...DEFAULT_CAPABILITIES.modes, ...(body.modes || {}) },
    };
  } catch {
    return { ...DEFAULT_CAPABILITIES };
  }
}

/**
 * Sends one recording for transcription; resolves with {text, outcome, message}. Failures are ChatErrors, so a
 * problem reply's status (404 not configured, 413 too long, 415 not audio, 429 busy) can be explained.
 */
export async function transcribe(audio, lang) {
  let response;
  try {
    response = await fetch(`/api/transcribe?language=${encodeURIComponent(lang)}`, {
      method: 'POST',
      headers: { 'Content-Type': audio.type || 'application/octet-stream', Accept: 'application/json' },
      body: audio,
    });
  } catch {
    throw new ChatError('network');
  }
  if (!response.ok) throw new ChatError('http', response.status, await readProblem(response));
  try {
    return await response.json();
  } catch {
    throw new ChatError('incomplete');
  }
}

/**
 * Posts a question and reports the streamed reply through handlers
 * {onMeta, onDelta, onCitations, onDone}; resolves with the final reply object.
 */
export async function streamChat(request, handlers, signal) {
  let response;
  try {
    response = await fetch('/api/chat/stream', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
      body: JSON.stringify(request),
      signal,
    });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ChatError('network');
  }
  if (!response.ok) throw new ChatError('http', response.status, await readProblem(response));

  const type = response.headers.get('Content-Type') || '';
  if (type.includes('application/json')) {
    const reply = await response.json();
    handlers.onMeta?.(reply);
    handlers.onDelta?.(reply.answer || '');
    handlers.onCitations?.(reply.citations || []);
    handlers.onDone?.(reply);
    return reply;
  }
  return readEventStream(response, handlers);
}

async function readEventStream(response, handlers) {
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const parser = new SseParser();
  let reply = null;
  const dispatch = (event) => {
    const data = safeJson(event.data);
    if (data === undefined) return;
    switch (event.event) {
      case 'meta': handlers.onMeta?.(data); break;
      case 'delta': handlers.onDelta?.(typeof data === 'string' ? data : data.text || ''); break;
      case 'citations': handlers.onCitations?.(Array.isArray(data) ? data : data.citations || []); break;
      case 'done': reply = data; handlers.onDone?.(data); break;
      case 'error': throw new ChatError('http', data.status || 500, data);
      default: break;
    }
  };
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      parser.push(value).forEach(dispatch);
    }
  } catch (error) {
    if (error.name === 'AbortError' || error instanceof ChatError) throw error;
    throw new ChatError('network');
  }
  parser.flush().forEach(dispatch);
  if (!reply) throw new ChatError('incomplete');
  return reply;
}

async function readProblem(response) {
  try {
    const type = response.headers.get('Content-Type') || '';
    return type.includes('json') ? await response.json() : null;
  } catch {
    return null;
  }
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Sends one vote; it carries no message text and no message id. Failures are ignored. */
export async function sendFeedback(vote, mode, safetyAction) {
  try {
    await fetch('/api/feedback', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ vote, mode, safetyAction }),
      keepalive: true,
    });
  } catch {
    // A lost vote is not worth troubling the reader about.
  }
}
