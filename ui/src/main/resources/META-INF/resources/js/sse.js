// Incremental parser for a text/event-stream body read through fetch (EventSource cannot POST).

export class SseParser {
  #buffer = '';

  /** Feeds decoded text and returns the events completed by it as {event, data} objects. */
  push(text) {
    this.#buffer += text;
    const events = [];
    let boundary;
    while ((boundary = this.#nextBoundary()) !== null) {
      const block = this.#buffer.slice(0, boundary.index);
      this.#buffer = this.#buffer.slice(boundary.index + boundary.length);
      const event = parseBlock(block);
      if (event) events.push(event);
    }
    return events;
  }

  /** Returns the event left in the buffer when the stream ends without a trailing blank line. */
  flush() {
    const event = parseBlock(this.#buffer);
    this.#buffer = '';
    return event ? [event] : [];
  }

  #nextBoundary() {
    const match = /\r\n\r\n|\n\n|\r\r/.exec(this.#buffer);
    return match ? { index: match.index, length: match[0].length } : null;
  }
}

function parseBlock(block) {
  let event = 'message';
  const data = [];
  for (const line of block.split(/\r\n|\n|\r/)) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }
  return data.length ? { event, data: data.join('\n') } : null;
}
