package org.salus.assistant.chat;

import org.salus.assistant.web.ApiException;

/** A chat request the API rejects, with a plain-words reason (never the user's text). */
final class BadChatRequest extends ApiException {

    BadChatRequest(int status, String title, String detail) {
        super(status, title, detail);
    }
}
