package id.akademikoperasi.identity.domain;

/** A NIK that breaks a rule; the message is a key of the resource bundle. */
public class InvalidNikException extends IllegalArgumentException {
    private final String messageKey;

    public InvalidNikException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
