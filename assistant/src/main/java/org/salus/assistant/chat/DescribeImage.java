package org.salus.assistant.chat;

/**
 * What was read from the turn's image, said before any answer so the reader can check it; a turn whose image held
 * nothing known and came without a question ends here.
 */
final class DescribeImage implements TurnStep {

    @Override
    public Result apply(Turn turn) {
        ImageTurn image = turn.image();
        if (image == null) {
            return CONTINUE;
        }
        turn.draft().paragraph(image.preface());
        turn.draft().notes(image.notes());
        return image.asks() ? CONTINUE : TurnStep.finish(turn);
    }
}
