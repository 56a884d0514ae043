-- Feedback votes counted for every instance of a cluster: counts only, no text, no session.
CREATE TABLE feedback_count (
    vote          VARCHAR(8) NOT NULL,
    mode          VARCHAR(32) NOT NULL,
    safety_action VARCHAR(32) NOT NULL,
    votes         BIGINT NOT NULL,
    PRIMARY KEY (vote, mode, safety_action)
);
