package id.akademikoperasi.certification.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.RequestDispatcher;

/**
 * Forms on the verification page post back to the short address the page was opened at ({@code /v/{code}}),
 * not to {@code /verify.xhtml}: the language switch then reloads the same certificate instead of an empty form.
 */
public class VerificationViewHandler extends ViewHandlerWrapper {

    public VerificationViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        if (VerificationPageServlet.VIEW.equals(viewId)
                && context.getExternalContext().getRequestMap().get(RequestDispatcher.FORWARD_REQUEST_URI) instanceof String uri) {
            return uri;
        }
        return super.getActionURL(context, viewId);
    }
}
