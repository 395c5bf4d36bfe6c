package id.akademikoperasi.shared.files;

import id.akademikoperasi.shared.domain.InvalidInputException;
import id.akademikoperasi.shared.domain.Problem;

import java.util.List;
import java.util.Objects;

/**
 * What {@link ContentSniffer} decided about a file: accepted as a kind (with its canonical media type and the
 * normalised extension), or refused with a message key for the user.
 *
 * <pre>{@code
 * switch (sniffer.sniff(path, "Laporan.pdf")) {
 *     case SniffResult.Accepted ok -> store(ok.kind(), ok.extension());
 *     case SniffResult.Refused no -> show(no.messageKey(), no.arguments());
 * }
 * SniffResult.Accepted ok = sniffer.sniff(path, name).orThrow();   // or let an InvalidInputException travel
 * }</pre>
 */
public sealed interface SniffResult {

    /** The problem field of the refusals thrown by {@link #orThrow()}. */
    String FIELD = "file";

    /** The accepted kind, or an {@link InvalidInputException} carrying the refusal's message key. */
    Accepted orThrow();

    record Accepted(FileKind kind, String mediaType, String extension) implements SniffResult {
        public Accepted {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(mediaType);
            Objects.requireNonNull(extension);
        }

        static Accepted as(FileKind kind, String extension) {
            return new Accepted(kind, kind.mediaType(), kind.normalisedExtension(extension));
        }

        @Override
        public Accepted orThrow() {
            return this;
        }
    }

    /** @param arguments the values the message needs ({@code files.disguised}: detected format, name's extension) */
    record Refused(String messageKey, List<Object> arguments) implements SniffResult {
        public Refused {
            if (messageKey == null || !messageKey.startsWith("files.")) {
                throw new IllegalArgumentException("a refusal needs a files.* message key");
            }
            arguments = List.copyOf(arguments);
        }

        static Refused because(String messageKey, Object... arguments) {
            return new Refused(messageKey, List.of(arguments));
        }

        public Problem problem() {
            return new Problem(FIELD, messageKey, arguments);
        }

        @Override
        public Accepted orThrow() {
            throw new InvalidInputException(problem());
        }
    }
}
