package org.practica.server.web.support;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.Renderer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders every {@code h:outputFormat} through {@link Messages#format}, so the patterns a page
 * fills in follow the same plural and number rules as the rest of the interface ("1 hour",
 * "2 часа", "5 часов", "1,5"), where Faces' own renderer uses java.text and English-only choices. Registered for
 * the standard family and type in this jar's faces-config.xml.
 */
public class FormattedMessageRenderer extends Renderer {

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context, UIComponent component) {
        // the parameters are read in encodeEnd, not rendered
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent component) throws IOException {
        if (!component.isRendered()) {
            return;
        }
        Map<String, Object> attributes = component.getAttributes();
        Object value = attributes.get("value");
        if (value == null) {
            return;
        }
        List<Object> arguments = new ArrayList<>();
        for (UIComponent child : component.getChildren()) {
            if (child instanceof UIParameter parameter && parameter.isRendered() && !parameter.isDisable()) {
                arguments.add(parameter.getValue());
            }
        }
        String text = arguments.isEmpty() ? value.toString()
                : Messages.format(value.toString(), context.getViewRoot().getLocale(), arguments.toArray());
        ResponseWriter writer = context.getResponseWriter();
        String styleClass = (String) attributes.get("styleClass");
        boolean wrapped = styleClass != null || !component.getId().startsWith(UIViewRoot.UNIQUE_ID_PREFIX);
        if (wrapped) {
            writer.startElement("span", component);
            writer.writeAttribute("id", component.getClientId(context), "id");
            if (styleClass != null) {
                writer.writeAttribute("class", styleClass, "styleClass");
            }
        }
        if (Boolean.FALSE.equals(attributes.get("escape"))) {
            writer.write(text);
        } else {
            writer.writeText(text, component, "value");
        }
        if (wrapped) {
            writer.endElement("span");
        }
    }
}
