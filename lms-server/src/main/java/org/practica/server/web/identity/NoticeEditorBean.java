package org.practica.server.web.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.identity.application.PrivacyNotices;
import org.practica.server.web.support.FacesFeedback;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * A platform administrator's page for the privacy notice and terms (admin/notice.xhtml): the
 * current version's texts to start from, and publishing the next version, which everyone is then
 * asked to accept.
 */
@Named("noticeEditor")
@ViewScoped
public class NoticeEditorBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PrivacyNotices notices;

    private Integer current;
    private final HashMap<String, String> privacy = new HashMap<>();
    private final HashMap<String, String> terms = new HashMap<>();

    public void load() {
        notices.current().ifPresent(n -> {
            current = n.version();
            if (privacy.isEmpty() && terms.isEmpty()) {
                privacy.putAll(n.privacy());
                terms.putAll(n.terms());
            }
        });
    }

    public String publish() {
        PrivacyNotices.NoticeView published = notices.publish(FacesFeedback.signedIn(), privacy, terms);
        FacesFeedback.infoAfterRedirect("notice.published", published.version());
        return "/admin/notice.xhtml?faces-redirect=true";
    }

    public Integer getCurrent() { return current; }
    public int getNext() { return current == null ? 1 : current + 1; }
    public Map<String, String> getPrivacy() { return privacy; }
    public Map<String, String> getTerms() { return terms; }
}
