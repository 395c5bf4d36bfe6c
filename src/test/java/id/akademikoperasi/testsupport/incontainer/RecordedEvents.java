package id.akademikoperasi.testsupport.incontainer;

import id.akademikoperasi.certification.application.CertificateRevoked;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps the domain events a test wants to see fired. */
@ApplicationScoped
public class RecordedEvents {

    private final List<CertificateRevoked> revoked = new CopyOnWriteArrayList<>();

    void on(@Observes CertificateRevoked event) {
        revoked.add(event);
    }

    public List<CertificateRevoked> revoked() {
        return List.copyOf(revoked);
    }
}
