package id.akademikoperasi.testsupport.incontainer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import java.util.function.Supplier;

/**
 * A JTA transaction around a piece of an in-container test, the way an application service would have one:
 * committed when the work returns, rolled back when it throws.
 *
 * <pre>{@code
 * long seq = transactions.inNew(() -> auditLog.record("a.b", null, "x:1", Map.of()).seq());
 * }</pre>
 */
@ApplicationScoped
public class Transactions {

    @Transactional(TxType.REQUIRES_NEW)
    public <T> T inNew(Supplier<T> work) {
        return work.get();
    }
}
