package org.practica.kernel;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RefusalsTest {

    @Test
    void everyFieldIsCheckedAndAllRefusalsComeTogether() {
        Refusals refusals = new Refusals();
        assertNull(refusals.check(() -> Text.required("title", " ", 10)));
        assertEquals("ok", refusals.check(() -> Text.required("summary", "ok", 10)));
        refusals.check(() -> {
            throw new InvalidInput("audiences", "validation.required");
        });
        InvalidInput all = assertThrows(InvalidInput.class, refusals::throwIfAny);
        assertEquals("title", all.field(), "the first stands for them all");
        assertEquals(List.of("title", "audiences"), all.all().stream().map(InvalidInput::field).toList());
    }

    @Test
    void nothingRefusedThrowsNothing() {
        Refusals refusals = new Refusals();
        refusals.check(() -> Text.required("title", "A title", 10));
        assertDoesNotThrow(refusals::throwIfAny);
        assertEquals(List.of("x"), new InvalidInput("x", "k").all().stream().map(InvalidInput::field).toList());
    }

    @Test
    void aFieldAlreadyRefusedIsNotRefusedAgainButOneRulesRowsAllCount() {
        Refusals refusals = new Refusals();
        List<Integer> passed = refusals.checkEach(List.of(1, -2, 3, -4), n -> {
            if (n < 0) {
                throw new InvalidInput("requirements", n == -2 ? "requirement.hours.range" : "requirement.months.range");
            }
            return n * 10;
        });
        assertEquals(List.of(10, 30), passed, "the rows that pass, in order");
        refusals.check(() -> {
            throw new InvalidInput("requirements", "programme.requirements.none");
        });
        refusals.check(() -> {
            throw new InvalidInput("title", "validation.required");
        });
        assertTrue(refusals.any());
        InvalidInput all = assertThrows(InvalidInput.class, refusals::throwIfAny);
        assertEquals(List.of("requirement.hours.range", "requirement.months.range", "validation.required"),
                all.all().stream().map(InvalidInput::messageKey).toList());
    }

    @Test
    void aRowsRefusalCountsForTheWholeList() {
        Refusals refusals = new Refusals();
        refusals.checkEach(List.of(1, 2), n -> {
            throw new InvalidInput("answers[" + n + "].fraction", "validation.required");
        });
        refusals.check(() -> {
            throw new InvalidInput("answers", "question.answers.tooFew");
        });
        refusals.check(() -> {
            throw new InvalidInput("name", "validation.required");
        });
        InvalidInput all = assertThrows(InvalidInput.class, refusals::throwIfAny);
        assertEquals(List.of("answers[1].fraction", "answers[2].fraction", "name"), all.all().stream().map(InvalidInput::field).toList());
    }

    @Test
    void aDecidedRefusalAndAOneConditionRuleAreKeptLikeAnyRulesRefusal() {
        Refusals refusals = new Refusals();
        refusals.refuseIf(false, "title", "validation.required");
        assertFalse(refusals.any(), "a condition that does not hold refuses nothing");
        refusals.refuseIf(true, "maxAttempts", "quiz.attempts.range", 100);
        refusals.refuse(new InvalidInput("maxAttempts", "validation.required"));
        refusals.refuse(new Conflict("name", "validation.organisation.taken"));
        InvalidInput all = assertThrows(InvalidInput.class, refusals::throwIfAny);
        assertEquals(List.of("quiz.attempts.range", "validation.organisation.taken"), all.all().stream().map(InvalidInput::messageKey).toList());
        assertEquals(List.of(100), List.of(all.all().get(0).arguments()));

        Refusals lone = new Refusals();
        lone.refuse(new Conflict("name", "validation.organisation.taken"));
        assertThrows(Conflict.class, lone::throwIfAny, "a lone conflict stays a conflict");
    }
}
