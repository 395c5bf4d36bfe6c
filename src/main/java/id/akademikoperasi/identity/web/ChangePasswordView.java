package id.akademikoperasi.identity.web;

import id.akademikoperasi.identity.application.CurrentUser;
import id.akademikoperasi.identity.application.PasswordService;
import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.web.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.Map;

/** A person changes their own password. */
@Named
@RequestScoped
public class ChangePasswordView {

    private static final Map<String, String> FIELDS = Map.of("currentPassword", "password:current",
            "newPassword", "password:next", "passwordConfirmation", "password:confirmation");

    @Inject
    private PasswordService passwords;

    @Inject
    private CurrentUser currentUser;

    private String current;
    private String next;
    private String confirmation;

    public void submit() {
        try {
            passwords.change(currentUser.require(), current, next, confirmation);
            Messages.info("identity.password.changed");
        } catch (InvalidInputException e) {
            Messages.show(e, FIELDS);
        }
    }

    public String getCurrent() { return current; }
    public void setCurrent(String current) { this.current = current; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}
