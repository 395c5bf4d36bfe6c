package id.akademikoperasi.identity.application;

import id.akademikoperasi.identity.domain.Account;
import id.akademikoperasi.identity.domain.ContactDetails;
import id.akademikoperasi.shared.domain.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/**
 * The e-mail address and phone number of a new account, checked once for registration and for staff accounts:
 * at least one given, each well-formed and not yet taken. Problems go into the form's {@link Problems}.
 *
 * <pre>{@code
 * ContactCheck.Result contact = contactCheck.check(problems, email, phone);
 * contact.email();   // normalised, or null
 * }</pre>
 */
@ApplicationScoped
public class ContactCheck {

    public record Result(String email, String phone) {
    }

    @PersistenceContext
    private EntityManager em;

    public Result check(Problems problems, String rawEmail, String rawPhone) {
        String email = blankToNull(rawEmail);
        String phone = blankToNull(rawPhone);
        if (email == null && phone == null) {
            problems.add("email", "identity.contact.required");
        }
        Optional<String> normalEmail = Optional.empty();
        Optional<String> normalPhone = Optional.empty();
        if (email != null) {
            normalEmail = ContactDetails.normaliseEmail(email);
            if (normalEmail.isEmpty()) {
                problems.add("email", email.length() > ContactDetails.EMAIL_MAX ? "identity.email.tooLong" : "identity.email.invalid");
            } else if (!em.createNamedQuery("Account.byEmail", Account.class).setParameter("email", normalEmail.get())
                    .getResultList().isEmpty()) {
                problems.add("email", "identity.email.taken");
            }
        }
        if (phone != null) {
            normalPhone = ContactDetails.normalisePhone(phone);
            if (normalPhone.isEmpty()) {
                problems.add("phone", "identity.phone.invalid");
            } else if (!em.createNamedQuery("Account.byPhone", Account.class).setParameter("phone", normalPhone.get())
                    .getResultList().isEmpty()) {
                problems.add("phone", "identity.phone.taken");
            }
        }
        return new Result(normalEmail.orElse(null), normalPhone.orElse(null));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
