package id.akademikoperasi.shared.domain;

/** The caller may not do this, or may not see this object. The web layer answers 403 with a message. */
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
