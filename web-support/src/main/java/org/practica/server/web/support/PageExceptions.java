package org.practica.server.web.support;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.ActionSource2;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIViewAction;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.servlet.http.HttpServletRequest;
import org.practica.kernel.InvalidInput;
import org.practica.kernel.NotFound;
import org.practica.kernel.NotPermitted;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where a page's action ends in an exception. A refusal from a domain (invalid
 * input, not found, not permitted, a conflict) is shown beside the field it names, in the form
 * whose button was pressed, or at the top of the page; the page stays as it was, with what was
 * typed. A form posted from a page whose server-side state is gone (the session timed out or was
 * renewed, the server restarted) goes back to the same page, freshly loaded, with a notice to try
 * again. Anything else goes on to the error page.
 */
public class PageExceptions extends ExceptionHandlerFactory {

    /** A page whose data must be read again when an action on it is refused. */
    public interface ReloadedAfterRefusal {
        void load();
    }

    public PageExceptions(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() { return new Handler(getWrapped().getExceptionHandler()); }

    public static final class Handler extends ExceptionHandlerWrapper {

        private static final Pattern ACTION = Pattern.compile("#\\{(\\w+)\\.\\w+(\\(.*\\))?}");

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            Iterator<ExceptionQueuedEvent> queued = getUnhandledExceptionQueuedEvents().iterator();
            while (queued.hasNext()) {
                ExceptionQueuedEventContext event = queued.next().getContext();
                Throwable thrown = event.getException();
                RuntimeException refusal = refusal(thrown);
                FacesContext faces = FacesContext.getCurrentInstance();
                if (refusal != null) {
                    queued.remove();
                    FacesFeedback.refused(formOf(event.getComponent()), refusal);
                    reloadPageOf(event.getComponent(), faces);
                    faces.renderResponse();
                } else if (cause(thrown, ViewExpiredException.class) != null) {
                    queued.remove();
                    backToThePage(faces);
                }
            }
            getWrapped().handle();
        }

        private static RuntimeException refusal(Throwable thrown) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (t instanceof InvalidInput || t instanceof NotFound || t instanceof NotPermitted) {
                    return (RuntimeException) t;
                }
            }
            return null;
        }

        private static <T extends Throwable> T cause(Throwable thrown, Class<T> type) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (type.isInstance(t)) {
                    return type.cast(t);
                }
            }
            return null;
        }

        private static String formOf(UIComponent component) {
            for (UIComponent c = component; c != null; c = c.getParent()) {
                if (c instanceof UIForm form) {
                    return form.getId();
                }
            }
            return null;
        }

        /** The bean of an action written {@code #{bean.action}}, whose page is read again when it says so. */
        private static void reloadPageOf(UIComponent component, FacesContext faces) {
            if (component instanceof UIViewAction || !(component instanceof ActionSource2 source)
                    || source.getActionExpression() == null) {
                return;   // the page's own loading was refused: there is nothing to read again
            }
            Matcher action = ACTION.matcher(source.getActionExpression().getExpressionString());
            if (!action.matches()) {
                return;
            }
            Object bean = faces.getApplication().evaluateExpressionGet(faces, "#{" + action.group(1) + "}", Object.class);
            if (bean instanceof ReloadedAfterRefusal page) {
                try {
                    page.load();
                } catch (InvalidInput | NotFound | NotPermitted alreadySaid) {
                    // the refusal on the page says it; the page shows what it still can
                }
            }
        }

        private static void backToThePage(FacesContext faces) {
            ExternalContext external = faces.getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            if (external.getSession(false) != null) {
                CarriedNotices.carry(faces, FacesFeedback.textIn(request.getLocale(), "page.expired"));
            }
            String query = request.getQueryString();
            try {
                external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
