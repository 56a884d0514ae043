package org.salus.assistant.webchat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class FeedbackControllerTest {

    private final FeedbackTally tally = new FeedbackTally();
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FeedbackController(tally))
            .addFilters(new SecurityHeadersFilter())
            .build();

    @Test
    void countsAVoteAndAnswersWithNoContent() throws Exception {
        mvc.perform(post("/api/feedback").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vote\":\"up\",\"mode\":\"instant\",\"safetyAction\":\"answer\"}"))
                .andExpect(status().isNoContent())
                .andExpect(content().string(""));
        mvc.perform(post("/api/feedback").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vote\":\"down\",\"mode\":\"instant\",\"safetyAction\":\"escalate\"}"))
                .andExpect(status().isNoContent());

        assertThat(tally.snapshot()).containsOnly(
                org.assertj.core.api.Assertions.entry("up/instant/answer", 1L),
                org.assertj.core.api.Assertions.entry("down/instant/escalate", 1L));
        assertThat(tally.count(FeedbackVote.Vote.UP)).isEqualTo(1);
    }

    @Test
    void ignoresExtraFieldsSoNoTextCanBeStored() throws Exception {
        mvc.perform(post("/api/feedback").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vote\":\"down\",\"mode\":\"instant\",\"safetyAction\":\"answer\","
                                + "\"comment\":\"my name is Ana\"}"))
                .andExpect(status().isNoContent());

        assertThat(tally.snapshot()).containsOnlyKeys("down/instant/answer");
    }

    @Test
    void rejectsAnUnknownVoteAsAProblem() throws Exception {
        mvc.perform(post("/api/feedback").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vote\":\"meh\",\"mode\":\"instant\",\"safetyAction\":\"answer\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(tally.snapshot()).isEmpty();
    }

    @Test
    void marksApiResponsesUncacheableAndSecured() throws Exception {
        mvc.perform(post("/api/feedback").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"vote\":\"up\",\"mode\":\"instant\",\"safetyAction\":\"answer\"}"))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", SecurityHeadersFilter.CONTENT_SECURITY_POLICY));
    }
}
