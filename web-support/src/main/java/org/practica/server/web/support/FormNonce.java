package org.practica.server.web.support;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.html.HtmlOutputText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * Gives every form the Content-Security-Policy nonce of its view as a hidden field. PrimeFaces
 * checks on each postback that the nonce comes back, and its script adds it to forms; but the
 * light pages and the sign-in page load no script, and a postback without it made PrimeFaces
 * throw (four FFDC incidents for every mistyped password) or refuse the second postback of a view.
 */
public class FormNonce implements SystemEventListener {

    static final String ID = "cspNonce";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIForm;
    }

    @Override
    public void processEvent(SystemEvent event) {
        UIComponent form = (UIComponent) event.getSource();
        for (UIComponent child : form.getChildren()) {
            if (ID.equals(child.getId())) {
                return;   // the view was built again for a postback
            }
        }
        FacesContext context = FacesContext.getCurrentInstance();
        HtmlOutputText field = new HtmlOutputText();
        field.setId(ID);
        field.setEscape(false);
        field.setValueExpression("value", context.getApplication().getExpressionFactory()
                .createValueExpression(context.getELContext(), "#{cspNonce.hiddenField}", String.class));
        form.getChildren().add(0, field);
    }
}
