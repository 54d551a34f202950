package org.practica.mentoring.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.kernel.Actor;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;
import org.practica.kernel.Role;
import org.practica.mentoring.domain.relationship.MentoringRelationship;
import org.practica.mentoring.domain.relationship.RelationshipRepository;


/**
 * Who may see and look after a mentoring relationship. The pair and whoever arranged it see it;
 * admins and registrars of the mentee's organisation see it too. To anyone else it does not exist.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class RelationshipAccess {

    @Inject
    RelationshipRepository relationships;

    @Inject
    People people;

    /** The relationship if the reader may see it; otherwise it does not exist for them. */
    MentoringRelationship visible(Actor reader, long id) {
        MentoringRelationship r = relationships.find(id).orElseThrow(() -> new NotFound("relationship.notFound"));
        if (r.involves(reader.username()) || reader.username().equals(r.arrangedBy())) {
            return r;
        }
        if ((reader.has(Role.ADMIN) || reader.has(Role.REGISTRAR)) && ofMenteeOrganisation(reader, r)) {
            return r;
        }
        throw new NotFound("relationship.notFound");
    }

    /** The relationship, locked, if the person may end or re-plan it. */
    MentoringRelationship stewarded(Actor by, long id) {
        MentoringRelationship r = visible(by, id);
        if (!r.stewardedBy(by.username()) && !(by.has(Role.ADMIN) && ofMenteeOrganisation(by, r))) {
            throw new NotPermitted("relationship.notYours");
        }
        return relationships.lock(id).orElseThrow();
    }

    boolean ofMenteeOrganisation(Actor reader, MentoringRelationship r) {
        return reader.belongsTo(people.find(r.mentee()).map(People.Person::organisationId).orElse(-1L));
    }
}
