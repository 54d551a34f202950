-- How many times each answer was saved: a learner's second thoughts for trainers, and the count a
-- load test compares with the saves the server acknowledged, to prove that none was lost.
ALTER TABLE attempt_answer ADD COLUMN revisions INT NOT NULL DEFAULT 0 AFTER saved_at;
