-- What a bank says about its categories (Moodle's category info and id number), kept so that a
-- bank goes back to Moodle as it came. One JSON document per bank: few, always read whole.
ALTER TABLE question_bank ADD COLUMN categories LONGTEXT NULL;
