package org.practica.mentoring.domain.relationship;

import java.util.List;
import java.util.Optional;

public interface RelationshipRepository {

    Optional<MentoringRelationship> find(long id);

    /** Locks the relationship until the transaction ends: sessions of one pair are logged one at a time. */
    Optional<MentoringRelationship> lock(long id);

    /** Relationships the person is in, as supervisor or mentee, newest first. */
    List<MentoringRelationship> involving(String username);

    /** Relationships whose mentee is one of these people, newest first. */
    List<MentoringRelationship> ofMentees(List<String> mentees);

    void add(MentoringRelationship relationship);
}
