package org.practica.kernel;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
