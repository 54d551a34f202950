-- Reminder rounds (issue 20) look for confirmed sessions not signed off, and for attempts
-- waiting for an essay's grade, every few minutes: each an index range, not a table scan.
CREATE INDEX ix_session_sign_off ON supervision_session (status, confirmed_at);
CREATE INDEX ix_attempt_grading ON quiz_attempt (status, submitted_at);
