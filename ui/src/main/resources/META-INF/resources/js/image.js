// Attaching a photo of a medicine label or lab report to the next question: the browser checks its type and
// size, redraws it (turned upright, at most MAX_SIDE pixels, without the camera's metadata such as location),
// shows it in a removable chip and hands over its data URL. Nothing is uploaded until the question is sent.
import { label, t } from './i18n.js';

const TYPES = ['image/jpeg', 'image/png'];
const MAX_SIDE = 2400;
const JPEG_QUALITY = 0.92;

export class ImageAttachment {
  #button;
  #input;
  #chip;
  #preview;
  #name;
  #remove;
  #status;
  #maxBytes;
  #dataUrl = null;

  constructor({ button, input, chip, preview, name, remove, status, maxBytes }) {
    this.#button = button;
    this.#input = input;
    this.#chip = chip;
    this.#preview = preview;
    this.#name = name;
    this.#remove = remove;
    this.#status = status;
    this.#maxBytes = maxBytes;
    button.addEventListener('click', () => input.click());
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.value = '';
      if (file) this.#choose(file);
    });
    remove.addEventListener('click', () => {
      this.clear();
      this.#button.focus();
    });
  }

  /** Shows the attach button; the page calls this only when the server reads images. */
  enable() {
    this.#button.hidden = false;
  }

  /** The chosen photo as a data URL, or null. */
  get dataUrl() {
    return this.#dataUrl;
  }

  clear() {
    this.#dataUrl = null;
    this.#preview.removeAttribute('src');
    this.#name.textContent = '';
    this.#chip.hidden = true;
    this.#say(null);
  }

  async #choose(file) {
    if (!TYPES.includes(file.type)) {
      this.#say('image.wrongType');
      return;
    }
    let dataUrl;
    try {
      const canvas = await redraw(file);
      dataUrl = file.type === 'image/png' ? canvas.toDataURL('image/png') : canvas.toDataURL('image/jpeg', JPEG_QUALITY);
      // A large screenshot can be far smaller as a JPEG, which reads just as well.
      if (decodedBytes(dataUrl) > this.#maxBytes) dataUrl = canvas.toDataURL('image/jpeg', JPEG_QUALITY);
    } catch {
      this.#say('image.unreadable');
      return;
    }
    if (decodedBytes(dataUrl) > this.#maxBytes) {
      this.#say('image.tooLarge', { size: megabytes(this.#maxBytes) });
      return;
    }
    this.#dataUrl = dataUrl;
    this.#preview.src = dataUrl;
    this.#name.textContent = file.name;
    this.#chip.hidden = false;
    this.#say('image.attached', { name: file.name });
  }

  #say(key, args) {
    if (!key) {
      delete this.#status.dataset.i18n;
      this.#status.textContent = '';
      return;
    }
    label(this.#status, key, args);
  }
}

/** The photo drawn upright onto a white canvas, shrunk to at most MAX_SIDE pixels on its longer side. */
async function redraw(file) {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  return canvas;
}

function decodedBytes(dataUrl) {
  const base64 = dataUrl.slice(dataUrl.indexOf(',') + 1);
  return Math.floor((base64.length * 3) / 4);
}

function megabytes(bytes) {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** A small picture of a sent photo for the reader's own message. */
export function sentImage(dataUrl) {
  const image = document.createElement('img');
  image.className = 'question-image';
  image.src = dataUrl;
  image.alt = t('image.sent');
  image.dataset.i18nAttr = 'alt:image.sent';
  return image;
}
