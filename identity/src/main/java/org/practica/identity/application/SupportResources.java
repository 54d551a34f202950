package org.practica.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.practica.identity.audit.AuditTrail;
import org.practica.identity.domain.Organisation;
import org.practica.identity.domain.UserAccountRepository;
import org.practica.identity.domain.Username;
import org.practica.kernel.MultilingualText;

import java.util.Map;
import java.util.Optional;

/**
 * What each organisation offers its people when a lesson about trauma is hard going: helplines, a
 * supervisor to call, a place to go. Its administrators (or a platform administrator) write it in
 * any content languages; a learner meets it beside a content note and when taking a break, in their
 * own language where there is one.
 */
@ApplicationScoped
public class SupportResources {

    @Inject
    UserAccountRepository accounts;

    @Inject
    AuditTrail audit;

    @Inject
    AdministeredOrganisations administered;

    /** The support offered to a person, as one text in a language; empty when their organisation offers none. */
    public record Offer(String language, String text) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Offer> forPerson(String username, String language) {
        return Username.ifValid(username).flatMap(accounts::find)
                .flatMap(account -> account.organisation().supportResources())
                .map(texts -> offer(texts, language));
    }

    /** Every language version an organisation's administrator has written, to edit them. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, String> of(String actor, long organisationId) {
        return reached(actor, organisationId).supportResources().map(MultilingualText::versions).orElse(Map.of());
    }

    @Transactional
    public Map<String, String> offer(String actor, long organisationId, Map<String, String> texts) {
        Organisation organisation = reached(actor, organisationId);
        organisation.offerSupport(texts);
        // which languages changed, never the text: it may name people to call
        audit.record(actor, "organisation.support", "organisation:" + organisationId,
                String.join(",", organisation.supportResources().map(t -> t.versions().keySet()).orElse(java.util.Set.of())));
        return organisation.supportResources().map(MultilingualText::versions).orElse(Map.of());
    }

    private static Offer offer(MultilingualText texts, String language) {
        String shown = texts.languageFor(language);
        return new Offer(shown, texts.in(shown));
    }

    private Organisation reached(String actor, long organisationId) {
        return administered.reached(actor, organisationId);
    }
}
