package org.salus.assistant.modes;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The short visible account of what a mode did (sub-questions, agents and their votes), for the web chat to fold. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ModeTrace(String mode, List<SubQuestion> subQuestions, List<AgentVote> agents, PromptTokens promptTokens,
                        boolean budgetExceeded, List<String> steps) {

    public ModeTrace {
        subQuestions = List.copyOf(subQuestions);
        agents = List.copyOf(agents);
        steps = List.copyOf(steps);
    }

    /** One part of the question, whether the vetted sources cover it, and what the self-check removed. */
    public record SubQuestion(String text, String status, int sentences, int removed) {}

    /**
     * One agent: its strategy, whether it finished, how many claims it proposed, how many of them a second agent
     * also made (kept), and its own time.
     */
    public record AgentVote(String name, String strategy, String status, int proposed, int kept, long ms) {}

    /** Estimated prompt tokens of the compressed evidence against a naive prompt of the top five chunks. */
    public record PromptTokens(int compressed, int naiveTop5) {}
}
