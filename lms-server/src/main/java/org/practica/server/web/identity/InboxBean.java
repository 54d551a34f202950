package org.practica.server.web.identity;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.identity.application.Caller;
import org.practica.identity.application.Inbox;
import org.practica.kernel.NotFound;
import org.practica.server.web.support.FacesFeedback;

import java.util.List;

/**
 * The bell in the header (how many notices are unread) and the page of notices, where opening one
 * marks it read and goes to what it is about.
 */
@Named("inbox")
@RequestScoped
public class InboxBean {

    @Inject
    Inbox inbox;

    @Inject
    Caller caller;

    private Long unread;
    private List<Inbox.NoticeView> notices;

    public long getUnread() {
        if (unread == null) {
            unread = inbox.unread(caller.get());
        }
        return unread;
    }

    public List<Inbox.NoticeView> getNotices() {
        if (notices == null) {
            notices = inbox.of(caller.get());
        }
        return notices;
    }

    /** A notice in the reader's language. */
    public String words(Inbox.NoticeView n) {
        return FacesFeedback.text(n.messageKey(), n.arguments().toArray());
    }

    public String open(long id) {
        try {
            String link = inbox.open(caller.get(), id);
            return link + (link.contains("?") ? "&" : "?") + "faces-redirect=true";
        } catch (NotFound e) {
            FacesFeedback.error(e.messageKey());
            return null;
        }
    }

    public String readAll() {
        inbox.readAll(caller.get());
        return "/notifications.xhtml?faces-redirect=true";
    }
}
