-- Whether an attempt left open has been looked at for its quiz's closing reminder: set once,
-- under the attempt's row lock, so no learner hears twice, whatever restarts or servers.
ALTER TABLE quiz_attempt ADD COLUMN closing_told BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX ix_quiz_attempt_closing ON quiz_attempt (status, closing_told, deadline);
