package id.akademikoperasi.catalog.infrastructure.markdown;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** One renderer for the application: it is immutable and thread-safe, and building its parser is not free. */
@jakarta.enterprise.context.ApplicationScoped
public class MarkdownRendererProducer {

    @Produces
    @Singleton
    MarkdownRenderer renderer() {
        return new MarkdownRenderer();
    }
}
