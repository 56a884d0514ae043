package org.salus.assistant.modes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.salus.assistant.rag.AnswerSentence;
import org.salus.assistant.rag.Draft;
import org.salus.assistant.rag.Evidence;
import org.salus.assistant.rag.Question;
import org.salus.assistant.rag.RagPipeline;
import org.salus.kb.search.ScoredPassage;

/**
 * Contemplating mode: the agents work at once, each on its own virtual thread, and the {@link Judge} keeps the claims
 * two or more of them make. Agents still running when the time budget ends are interrupted and left out, and none of
 * them calls the LLM once the time or token {@link Budget} is spent; with fewer than two finished, the best verified
 * draft so far is returned with a note.
 */
final class ContemplatingMode {

    private final List<Agent> agents;
    private final RagPipeline pipeline;
    private final Duration budget;
    private final long tokenBudget;
    private final RankFusion fusion;
    private final Judge judge;

    /** {@code tokenBudget}: the prompt tokens all agents' LLM calls may spend together in one turn. */
    ContemplatingMode(List<Agent> agents, RagPipeline pipeline, Duration budget, long tokenBudget, RankFusion fusion,
                      Judge judge) {
        this.agents = List.copyOf(agents);
        this.pipeline = pipeline;
        this.budget = budget;
        this.tokenBudget = tokenBudget;
        this.fusion = fusion;
        this.judge = judge;
    }

    /**
     * The passages the agents read, best first: each agent's own ranking (from the one shared search, as in
     * {@link #run}) fused by reciprocal rank, so passages several strategies rank high come first, the way the
     * {@link Judge} favours claims several agents make. An agent that fails is left out, as in {@link #run}.
     */
    List<ScoredPassage> ranking(Question question) {
        SharedRetrieval retrieval = new SharedRetrieval(pipeline);
        List<List<ScoredPassage>> lists = new ArrayList<>();
        for (Agent agent : agents) {
            try {
                lists.add(agent.rank(question, retrieval));
            } catch (RuntimeException e) {
                // Left out, as a failed agent is left out of the answer.
            }
        }
        return fusion.reciprocal(lists);
    }

    ModeResult run(Question question, Consumer<AnswerSentence> onSentence) {
        long start = System.nanoTime();
        Budget spending = Budget.of(budget, tokenBudget);
        long deadline = spending.deadline();
        Map<String, Long> timings = new LinkedHashMap<>();
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        List<Future<Timed>> running = new ArrayList<>();
        SharedRetrieval retrieval = new SharedRetrieval(pipeline);
        for (Agent agent : agents) {
            running.add(threads.submit(() -> {
                long t = System.nanoTime();
                Agent.Work work = agent.work(question, retrieval, spending);
                return new Timed(work, Stopwatch.ms(t));
            }));
        }
        threads.shutdown();
        List<Judge.Ballot> ballots = new ArrayList<>();
        List<ModeTrace.AgentVote> votes = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, Agent.Work> works = new LinkedHashMap<>();
        boolean exceeded = false;
        long slowest = 0;
        for (int i = 0; i < agents.size(); i++) {
            Agent agent = agents.get(i);
            String status;
            long ms = -1;
            try {
                Timed done = running.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                works.put(agent.name(), done.work());
                done.work().draft().notes().forEach(n -> notes.add(agent.name() + ": " + n));
                ballots.add(new Judge.Ballot(agent.name(), done.work().evidence(), done.work().draft().sentences()));
                ms = done.ms();
                slowest = Math.max(slowest, ms);
                status = "finished";
                timings.put("agent." + agent.name(), ms);
            } catch (TimeoutException e) {
                running.get(i).cancel(true);
                exceeded = true;
                status = "timed out";
            } catch (ExecutionException e) {
                status = "failed (" + e.getCause().getClass().getSimpleName() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                status = "interrupted";
            }
            votes.add(new ModeTrace.AgentVote(agent.name(), agent.strategy(), status, 0, 0, ms));
        }
        threads.shutdownNow();
        long agentsDone = System.nanoTime();
        timings.put("agents.wall", (agentsDone - start) / 1_000_000);
        timings.put("agents.slowest", slowest);
        String language = question.language();
        List<AnswerSentence> sentences;
        Evidence evidence;
        Draft sample = works.values().stream().map(Agent.Work::draft).filter(d -> !d.isEmpty()).findFirst()
                .orElse(new Draft(List.of(), "extractive", "salus-extractive-1", List.of()));
        if (ballots.size() >= Judge.MIN_VOTES) {
            Judge.Verdict verdict = judge.judge(ballots, language);
            sentences = verdict.sentences();
            evidence = verdict.evidence();
            votes = votes.stream().map(v -> withCounts(v, ballots, verdict)).toList();
            if (!verdict.disagreements().isEmpty()) {
                Map<String, Long> byAgent = verdict.disagreements().stream()
                        .collect(Collectors.groupingBy(a -> a, LinkedHashMap::new, Collectors.counting()));
                notes.add("the agents disagreed on " + verdict.disagreements().size()
                        + " statement(s), made by one agent only and left out (" + byAgent.entrySet().stream()
                        .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")) + ")");
            }
            if (sentences.isEmpty() && !sample.isEmpty()) {
                notes.add("no statement was supported by at least " + Judge.MIN_VOTES + " agents");
            }
        } else {
            MergedEvidence merged = new MergedEvidence();
            Agent.Work best = works.values().stream().filter(w -> !w.draft().isEmpty()).findFirst().orElse(null);
            sentences = best == null ? List.of()
                    : best.draft().sentences().stream().map(s -> merged.renumber(s, best.evidence(), "")).toList();
            evidence = merged.evidence();
            notes.add("fewer than " + Judge.MIN_VOTES + " agents finished" + (exceeded ? " within the time budget" : "")
                    + "; this is the best supported draft so far, not cross-checked");
        }
        timings.put("judge", Stopwatch.ms(agentsDone));
        sentences.forEach(onSentence);
        int compressed = 0;
        int naive = 0;
        for (Agent.Work w : works.values()) {
            compressed += w.tokens().compressed();
            naive += w.tokens().naiveTop5();
        }
        timings.put("contemplating", Stopwatch.ms(start));
        ModeTrace trace = new ModeTrace("contemplating", List.of(), votes,
                works.isEmpty() ? null : new ModeTrace.PromptTokens(compressed / works.size(), naive / works.size()), exceeded,
                List.of(agents.size() + " agents in parallel on virtual threads",
                        "judge kept claims made by at least " + Judge.MIN_VOTES + " agents"));
        Draft draft = new Draft(sentences, sample.provider(), sample.model(), notes);
        return new ModeResult(new RagPipeline.Answer(question, evidence, draft, evidence.relevant(), timings), trace);
    }

    private static ModeTrace.AgentVote withCounts(ModeTrace.AgentVote v, List<Judge.Ballot> ballots, Judge.Verdict verdict) {
        int proposed = ballots.stream().filter(b -> b.agent().equals(v.name())).mapToInt(b -> b.sentences().size()).sum();
        return new ModeTrace.AgentVote(v.name(), v.strategy(), v.status(), proposed,
                verdict.kept().getOrDefault(v.name(), 0), v.ms());
    }

    private record Timed(Agent.Work work, long ms) {}
}
