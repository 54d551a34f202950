package org.practica.server.web.support;

import jakarta.el.ELContext;
import jakarta.el.PropertyNotWritableException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordResolverTest {

    record Person(String displayName, int age) {
    }

    private final RecordResolver resolver = new RecordResolver();

    /** The resolver needs nothing from its context but the resolved flag. */
    private ELContext context() {
        return new ELContext() {
            @Override
            public jakarta.el.ELResolver getELResolver() {
                return resolver;
            }

            @Override
            public jakarta.el.FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public jakarta.el.VariableMapper getVariableMapper() {
                return null;
            }
        };
    }

    @Test
    void readsRecordComponents() {
        ELContext context = context();
        assertEquals("Aida", resolver.getValue(context, new Person("Aida", 40), "displayName"));
        assertTrue(context.isPropertyResolved());
        assertTrue(resolver.isReadOnly(context(), new Person("Aida", 40), "age"));
    }

    @Test
    void leavesOtherObjectsAndUnknownNamesToOtherResolvers() {
        ELContext context = context();
        assertNull(resolver.getValue(context, "not a record", "length"));
        assertFalse(context.isPropertyResolved());
        assertNull(resolver.getValue(context, new Person("Aida", 40), "missing"));
        assertFalse(context.isPropertyResolved());
    }

    @Test
    void refusesWrites() {
        assertThrows(PropertyNotWritableException.class,
                () -> resolver.setValue(context(), new Person("Aida", 40), "age", 41));
    }
}
