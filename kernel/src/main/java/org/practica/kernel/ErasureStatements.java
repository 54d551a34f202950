package org.practica.kernel;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * The statements a module's erasure is made of, on the tables it owns. Table and column names
 * come from the module's code, never from input; values are always parameters.
 */
public final class ErasureStatements {

    private final EntityManager em;
    private final ErasedPerson person;
    private int changed;

    public ErasureStatements(EntityManager em, ErasedPerson person) {
        this.em = em;
        this.person = person;
    }

    /** Where the column holds the person's username, it now holds their pseudonym. */
    public ErasureStatements rename(String table, String column) {
        changed += em.createNativeQuery("UPDATE " + table + " SET " + column + " = ? WHERE " + column + " = ?")
                .setParameter(1, person.pseudonym()).setParameter(2, person.username()).executeUpdate();
        return this;
    }

    /**
     * In the rows the condition picks (its {@code ?} parameters given after it), every form of the
     * person's name in the column becomes their pseudonym; the rest of the text stays.
     */
    public ErasureStatements mask(String table, String column, String condition, Object... parameters) {
        for (String name : person.namesToMask()) {
            Query q = em.createNativeQuery("UPDATE " + table + " SET " + column + " = REGEXP_REPLACE(" + column + ", ?, ?) WHERE "
                    + column + " LIKE ? AND (" + condition + ")");
            q.setParameter(1, "(?i)(?<![\\p{L}\\p{N}])\\Q" + name.replace("\\E", "") + "\\E(?![\\p{L}\\p{N}])");
            q.setParameter(2, person.pseudonym());
            q.setParameter(3, "%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            for (int i = 0; i < parameters.length; i++) {
                q.setParameter(i + 4, parameters[i]);
            }
            changed += q.executeUpdate();
        }
        return this;
    }

    /** Runs a statement of the module's own (removing what the person wrote); its parameters after it. */
    public ErasureStatements run(String sql, Object... parameters) {
        Query q = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            q.setParameter(i + 1, parameters[i]);
        }
        changed += q.executeUpdate();
        return this;
    }

    /** How many rows the statements changed. */
    public int changed() {
        return changed;
    }
}
