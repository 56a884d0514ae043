package org.salus.assistant.modes;

import org.salus.assistant.rag.TermOverlap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.salus.assistant.rag.AnswerSentence;
import org.salus.assistant.rag.Evidence;
import org.salus.assistant.rag.Terms;

/**
 * Merges the agents' verified drafts claim by claim: a claim (sentence) stays only when at least two agents make it,
 * each citing a passage; claims made by one agent alone are dropped and reported as disagreements.
 */
final class Judge {

    static final int MIN_VOTES = 2;

    private final double sameClaim;

    /** {@code sameClaim}: the term overlap at which two agents' sentences citing one document make the same claim. */
    Judge(double sameClaim) {
        this.sameClaim = sameClaim;
    }

    /** One agent's finished work, by agent name. */
    record Ballot(String agent, Evidence evidence, List<AnswerSentence> sentences) {}

    /** The kept sentences (numbered over {@code evidence}), votes kept per agent, and the dropped claims' makers. */
    record Verdict(List<AnswerSentence> sentences, Evidence evidence, Map<String, Integer> kept,
                   List<String> disagreements) {}

    Verdict judge(List<Ballot> ballots, String language) {
        List<Claim> claims = new ArrayList<>();
        for (Ballot ballot : ballots) {
            for (AnswerSentence s : ballot.sentences()) {
                if (s.citations().isEmpty()) {
                    continue;
                }
                Set<String> terms = Terms.of(s.text(), language);
                Set<String> cited = new LinkedHashSet<>();
                s.citations().forEach(n -> cited.add(ballot.evidence().get(n).passage().docId()));
                Claim claim = claims.stream().filter(c -> c.same(terms, cited, sameClaim)).findFirst().orElse(null);
                if (claim == null) {
                    claim = new Claim(s, ballot, terms, cited, new LinkedHashSet<>());
                    claims.add(claim);
                }
                claim.agents().add(ballot.agent());
            }
        }
        MergedEvidence merged = new MergedEvidence();
        List<AnswerSentence> kept = new ArrayList<>();
        Map<String, Integer> votes = new LinkedHashMap<>();
        ballots.forEach(b -> votes.put(b.agent(), 0));
        List<String> disagreements = new ArrayList<>();
        for (Claim c : claims) {
            if (c.agents().size() >= MIN_VOTES) {
                kept.add(merged.renumber(c.sentence(), c.ballot().evidence(), ""));
                c.agents().forEach(a -> votes.merge(a, 1, Integer::sum));
            } else {
                disagreements.add(c.agents().iterator().next());
            }
        }
        return new Verdict(kept, merged.evidence(), votes, disagreements);
    }

    private record Claim(AnswerSentence sentence, Ballot ballot, Set<String> terms, Set<String> documents,
                         Set<String> agents) {
        boolean same(Set<String> otherTerms, Set<String> otherDocuments, double threshold) {
            return otherDocuments.stream().anyMatch(documents::contains) && TermOverlap.jaccard(terms, otherTerms) >= threshold;
        }
    }
}
