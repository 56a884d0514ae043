package org.salus.assistant.chat;

/**
 * Sends the answer's numbered citations to the client once the answer is written; the numbers themselves are given
 * by {@link CitationNumbering} while the sentences stream, since each sentence carries its markers.
 */
final class ListCitations implements TurnStep {

    @Override
    public Result apply(Turn turn) {
        turn.listener().citations(turn.citations());
        return CONTINUE;
    }
}
