package id.akademikoperasi.shared.domain;

/** The object asked for does not exist (or the caller may not know that it does). */
public class NotFoundException extends RuntimeException {
    private final String messageKey;

    public NotFoundException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
