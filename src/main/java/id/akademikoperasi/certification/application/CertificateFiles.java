package id.akademikoperasi.certification.application;

import id.akademikoperasi.certification.domain.Certificate;
import id.akademikoperasi.certification.domain.VerificationCode;
import id.akademikoperasi.shared.domain.NotFoundException;
import id.akademikoperasi.shared.infrastructure.StructuredLog;
import id.akademikoperasi.shared.security.Actor;
import id.akademikoperasi.shared.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;

/**
 * A certificate as its printable document, for the people who may hold a copy: the holder, a DKUMPP officer of
 * the certificate's region, a system administrator. Anyone else is told it does not exist, exactly as for a
 * number that was never issued, so the ids cannot be walked to learn who is certified.
 *
 * <pre>{@code
 * PrintedCertificate printed = files.printable(actor, 42, "https://akademi.example");
 * printed.verifyUrl();   // "https://akademi.example/v/7KQ2M9XH4TB3N8PA"
 * }</pre>
 * A revoked or expired certificate is still given to its holder (their record of what happened); the document
 * says so itself.
 */
@ApplicationScoped
public class CertificateFiles {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** @throws NotFoundException when there is no such certificate or the actor may not read it */
    public PrintedCertificate printable(Actor actor, long certificateId, String publicBase) {
        Certificate certificate = em.find(Certificate.class, certificateId);
        if (certificate == null || !mayRead(actor, certificate)) {
            throw new NotFoundException("certification.pdf.notFound");
        }
        StructuredLog.event("certification.certificatePrinted", "by", actor.accountId(), "certificate", certificateId);
        return PrintedCertificate.of(certificate, clock.instant(),
                VerificationCode.url(publicBase, certificate.verificationCode()));
    }

    static boolean mayRead(Actor actor, Certificate certificate) {
        // can() counts SYSADMIN everywhere
        return certificate.accountId() == actor.accountId() || actor.can(Role.VERIFIER, certificate.regionCode());
    }
}
