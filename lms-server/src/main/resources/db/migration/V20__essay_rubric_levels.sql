-- the level a trainer chose for each criterion of an essay's rubric, in the criteria's order ("2,0,1")
ALTER TABLE attempt_answer ADD COLUMN rubric_levels VARCHAR(100) NULL;
