// Voice input: a microphone button, offered only when the server has a transcription service, that
// records a spoken question with MediaRecorder, turns it into 16 kHz mono WAV inside the page and has
// Salus transcribe it. The words land in the message box for the reader to check and send. The
// browser's own speech recognition is never used: it sends the audio to the browser's vendor.
import { ChatError, transcribe } from './api.js';
import { label, labelAttr, language } from './i18n.js';
import { element, icon } from './dom.js';

const DEFAULT_MAX_SECONDS = 60;
const WAV_RATE = 16000;

/**
 * Adds the microphone button to the composer when the server offers voice input and this browser can
 * record; returns null (and adds nothing) otherwise.
 */
export function setupVoiceInput({ actions, meta, message, capabilities }) {
  if (!capabilities.voiceInput || !canRecord()) return null;
  return new VoiceInput(actions, meta, message, capabilities.voiceMaxSeconds || DEFAULT_MAX_SECONDS);
}

function canRecord() {
  return Boolean(navigator.mediaDevices?.getUserMedia && window.MediaRecorder);
}

class VoiceInput {
  #button;
  #status;
  #timer;
  #message;
  #maxSeconds;
  #state = 'idle';
  #recorder = null;
  #stream = null;
  #chunks = [];
  #cancelled = false;
  #ticker = null;
  #onKey = (event) => {
    if (event.key === 'Escape' && this.#state === 'recording') {
      event.preventDefault();
      this.#stop(true);
    }
  };

  constructor(actions, meta, message, maxSeconds) {
    this.#message = message;
    this.#maxSeconds = Math.max(2, maxSeconds);
    this.#status = element('p', 'voice-status');
    this.#status.id = 'voice-status';
    this.#status.setAttribute('role', 'status');
    this.#timer = element('span', 'voice-timer');
    this.#timer.setAttribute('aria-hidden', 'true');
    this.#timer.hidden = true;
    const line = element('div', 'voice-line');
    line.append(this.#timer, this.#status);
    meta.prepend(line);

    this.#button = element('button', 'icon-button mic-button');
    this.#button.type = 'button';
    this.#button.id = 'mic';
    labelAttr(this.#button, 'aria-label', 'voice.button');
    labelAttr(this.#button, 'title', 'voice.button');
    this.#button.setAttribute('aria-pressed', 'false');
    this.#button.setAttribute('aria-describedby', 'voice-status');
    this.#button.append(micIcon());
    this.#button.addEventListener('click', () => this.#toggle());
    actions.prepend(this.#button);
    this.#set('idle');
  }

  get button() {
    return this.#button;
  }

  /** Clears the last voice message once the question it was about has been sent. */
  clearStatus() {
    if (this.#state !== 'idle') return;
    delete this.#status.dataset.i18n;
    this.#status.textContent = '';
  }

  #toggle() {
    if (this.#state === 'idle') this.#start();
    else if (this.#state === 'recording') this.#stop(false);
  }

  async #start() {
    this.#set('starting');
    try {
      this.#stream = await navigator.mediaDevices.getUserMedia({
        audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true },
      });
    } catch (error) {
      this.#set('idle');
      this.#say(error?.name === 'NotAllowedError' || error?.name === 'SecurityError' ? 'voice.denied'
        : error?.name === 'NotFoundError' || error?.name === 'OverconstrainedError' ? 'voice.noMicrophone'
          : 'voice.failed');
      return;
    }
    this.#chunks = [];
    this.#cancelled = false;
    try {
      this.#recorder = new MediaRecorder(this.#stream);
    } catch {
      this.#release();
      this.#set('idle');
      this.#say('voice.failed');
      return;
    }
    this.#recorder.addEventListener('dataavailable', (event) => {
      if (event.data && event.data.size > 0) this.#chunks.push(event.data);
    });
    this.#recorder.addEventListener('stop', () => this.#finish());
    this.#recorder.start();
    const started = Date.now();
    this.#showTime(0);
    this.#ticker = window.setInterval(() => {
      const seconds = (Date.now() - started) / 1000;
      this.#showTime(seconds);
      if (seconds >= this.#maxSeconds - 1) this.#stop(false);
    }, 250);
    document.addEventListener('keydown', this.#onKey);
    this.#set('recording');
    this.#say('voice.recording');
  }

  #stop(cancel) {
    if (this.#state !== 'recording') return;
    this.#cancelled = cancel;
    window.clearInterval(this.#ticker);
    document.removeEventListener('keydown', this.#onKey);
    this.#set('stopping');
    this.#recorder.stop();
    this.#release();
  }

  async #finish() {
    window.clearInterval(this.#ticker);
    document.removeEventListener('keydown', this.#onKey);
    this.#release();
    this.#timer.hidden = true;
    const type = this.#recorder?.mimeType || 'audio/webm';
    const recording = new Blob(this.#chunks, { type });
    this.#chunks = [];
    this.#recorder = null;
    if (this.#cancelled) {
      this.#set('idle');
      this.#say('voice.cancelled');
      return;
    }
    this.#set('transcribing');
    this.#say('voice.transcribing');
    try {
      const audio = await toWav(recording).catch(() => recording);
      const result = await transcribe(audio, language());
      if (result.outcome === 'transcribed' && result.text) {
        this.#insert(result.text);
        this.#say('voice.review');
      } else {
        this.#say(result.outcome === 'no_speech' ? 'voice.noSpeech' : 'voice.unavailable');
      }
    } catch (error) {
      this.#say(errorKey(error));
      if (error instanceof ChatError && error.status === 404) this.#button.hidden = true;
    } finally {
      this.#set('idle');
    }
  }

  #insert(text) {
    const current = this.#message.value.trimEnd();
    this.#message.value = current ? `${current} ${text}` : text;
    this.#message.dispatchEvent(new Event('input', { bubbles: true }));
    this.#message.focus();
    const end = this.#message.value.length;
    this.#message.setSelectionRange(end, end);
  }

  #release() {
    this.#stream?.getTracks().forEach((track) => track.stop());
    this.#stream = null;
  }

  #set(state) {
    this.#state = state;
    this.#button.dataset.state = state;
    this.#button.setAttribute('aria-pressed', String(state === 'recording'));
    const busy = state !== 'idle' && state !== 'recording';
    this.#button.setAttribute('aria-disabled', String(busy));
    this.#button.closest('form')?.classList.toggle('recording', state === 'recording');
  }

  #say(key) {
    label(this.#status, key);
  }

  #showTime(seconds) {
    const whole = Math.floor(seconds);
    this.#timer.textContent = `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
    this.#timer.hidden = false;
  }
}

function errorKey(error) {
  if (!(error instanceof ChatError) || error.kind === 'network') return 'error.network';
  switch (error.status) {
    case 404: return 'voice.notConfigured';
    case 413: return 'voice.tooLong';
    case 429: return 'voice.busy';
    case 400:
    case 415: return 'voice.unreadable';
    default: return 'voice.failed';
  }
}

/**
 * Decodes a recording in the page and re-encodes it as 16 kHz mono 16-bit WAV, which every
 * OpenAI-compatible transcription server reads (whisper.cpp's without ffmpeg included).
 */
export async function toWav(blob) {
  const decoded = await new OfflineAudioContext(1, 1, WAV_RATE).decodeAudioData(await blob.arrayBuffer());
  return new Blob([wavBytes(mono(decoded), decoded.sampleRate)], { type: 'audio/wav' });
}

function mono(buffer) {
  if (buffer.numberOfChannels === 1) return buffer.getChannelData(0);
  const mixed = new Float32Array(buffer.length);
  for (let channel = 0; channel < buffer.numberOfChannels; channel++) {
    const data = buffer.getChannelData(channel);
    for (let i = 0; i < data.length; i++) mixed[i] += data[i] / buffer.numberOfChannels;
  }
  return mixed;
}

function wavBytes(samples, rate) {
  const view = new DataView(new ArrayBuffer(44 + samples.length * 2));
  const text = (offset, value) => [...value].forEach((c, i) => view.setUint8(offset + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  samples.forEach((sample, i) => {
    const clamped = Math.max(-1, Math.min(1, sample));
    view.setInt16(44 + i * 2, clamped < 0 ? clamped * 0x8000 : clamped * 0x7fff, true);
  });
  return view.buffer;
}

function micIcon() {
  return icon('M12 3a3 3 0 0 0-3 3v6a3 3 0 0 0 6 0V6a3 3 0 0 0-3-3z', 'M5 11a7 7 0 0 0 14 0', 'M12 18v3');
}
