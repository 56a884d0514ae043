package org.salus.guardrails.policy;

import java.util.List;
import org.salus.guardrails.decision.Urgency;

/** What one input policy concluded about a turn; each policy returns {@link Pass} or its one kind of verdict. */
public sealed interface Verdict permits Verdict.Pass, Verdict.Flag, Verdict.Refuse, Verdict.Escalate, Verdict.Reframe {

    Pass PASS = new Pass();

    /** Nothing to say; the next policy judges. */
    record Pass() implements Verdict {
    }

    /** Records a category without deciding, e.g. a prompt-injection attempt that is otherwise judged normally. */
    record Flag(String category) implements Verdict {
    }

    /** Decline with a short localised reply ({@code textKey} in texts.yaml); nothing is retrieved. */
    record Refuse(List<String> categories, String textKey) implements Verdict {
        public Refuse {
            categories = List.copyOf(categories);
        }
    }

    /**
     * Put what to do now first ({@code leadKey} in texts.yaml). When {@code retrieve} is false the lead is the
     * whole reply.
     */
    record Escalate(Urgency urgency, List<String> categories, String leadKey, boolean retrieve, String topic)
            implements Verdict {
        public Escalate {
            categories = List.copyOf(categories);
        }
    }

    /** Answer general information but point a personal diagnosis, prescription or dose question to a clinician. */
    record Reframe(List<String> categories, String leadKey) implements Verdict {
        public Reframe {
            categories = List.copyOf(categories);
        }

        public Reframe(List<String> categories) {
            this(categories, "reframeLead");
        }
    }
}
