package org.practica.server.web.identity;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.practica.identity.application.Caller;
import org.practica.identity.application.MailSettings;
import org.practica.kernel.InvalidInput;
import org.practica.server.web.support.FacesFeedback;
import org.practica.server.web.support.FieldRefusal;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How the person hears of each kind of notice (notification-settings.xhtml). */
@Named("noticeSettings")
@ViewScoped
public class NoticeSettingsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MailSettings settings;

    @Inject
    transient Caller caller;

    private Map<String, String> choices;
    private List<String> switchable;
    private List<String> fixed;
    private boolean mailable;
    private final FieldRefusal refusal = new FieldRefusal();

    public void load() {
        if (choices != null) {
            return;
        }
        MailSettings.Settings mine = settings.of(caller.get());
        mailable = mine.mailable();
        choices = new LinkedHashMap<>();
        mine.choices().forEach(c -> choices.put(c.kind().name(), c.delivery().name()));
        switchable = mine.choices().stream().filter(MailSettings.Choice::switchable).map(c -> c.kind().name()).toList();
        fixed = mine.choices().stream().filter(c -> !c.switchable()).map(c -> c.kind().name()).toList();
    }

    public String save() {
        try {
            Map<String, String> changed = new LinkedHashMap<>();
            switchable.forEach(k -> changed.put(k, choices.get(k)));
            settings.choose(caller.get(), changed);
            FacesFeedback.infoAfterRedirect("notices.settings.saved");
            return "/notification-settings.xhtml?faces-redirect=true";
        } catch (InvalidInput e) {
            refusal.refuse(e);
            return null;
        }
    }

    public String error(String kind) {
        return refusal.atField(kind);
    }

    public Map<String, String> getChoices() {
        return choices;
    }

    public List<String> getSwitchable() {
        return switchable;
    }

    public List<String> getFixed() {
        return fixed;
    }

    public boolean isMailable() {
        return mailable;
    }
}
