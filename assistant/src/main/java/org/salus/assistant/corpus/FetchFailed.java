package org.salus.assistant.corpus;

/** Why a corpus fetch stopped before publishing anything; the message is for the operator and names no user data. */
public final class FetchFailed extends Exception {

    public FetchFailed(String message) {
        super(message);
    }
}
