package org.salus.assistant.chat;

import java.util.Optional;
import org.salus.assistant.i18n.LocalisedText;
import org.salus.assistant.reply.ModelInfo;
import org.salus.assistant.tools.HealthTools;
import org.salus.assistant.tools.ToolAnswer;
import org.salus.guardrails.decision.Action;

/**
 * Answers from structured health data (nutrition, exercises) when a tool can and the guardrails let the message be
 * answered as asked; a turn about an image is answered from the corpus instead.
 */
final class AnswerWithTools implements TurnStep {

    private final HealthTools tools;
    private final LocalisedText texts;

    AnswerWithTools(HealthTools tools, LocalisedText texts) {
        this.tools = tools;
        this.texts = texts;
    }

    @Override
    public Result apply(Turn turn) {
        Optional<ToolAnswer> tool = turn.image() == null && turn.decision().action() == Action.ANSWER
                ? tools.answer(turn.asked().message(), turn.language()) : Optional.empty();
        if (tool.isEmpty()) {
            return CONTINUE;
        }
        ToolAnswer answer = tool.get();
        turn.draft().paragraph(answer.text());
        turn.draft().notes(answer.notes());
        turn.answered(answer.citations(), new ModelInfo("tools", answer.tool()), answer.visualisations(),
                answer.demo(), null, texts.get(turn.language(), "demo-content"));
        return CONTINUE;
    }
}
