package id.akademikoperasi.shared.files;

/**
 * {@code Content-Disposition} header values that keep the original name (RFC 6266, with the UTF-8 form of
 * RFC 8187/5987) and cannot be used to inject a header or a path.
 *
 * <pre>{@code
 * ContentDisposition.attachment("Laporan SHU 2025 (final).pdf");
 * // attachment; filename="Laporan SHU 2025 (final).pdf"; filename*=UTF-8''Laporan%20SHU%202025%20%28final%29.pdf
 * ContentDisposition.inline("Ringkasan–Koperasi é.pdf");
 * // inline; filename="Ringkasan_Koperasi e.pdf"; filename*=UTF-8''Ringkasan%E2%80%93Koperasi%20%C3%A9.pdf
 * }</pre>
 * The name goes through {@link FileNames#safe} first; a name with nothing usable left becomes
 * {@value #FALLBACK_NAME}. Clients that understand {@code filename*} (every current browser) use it; the
 * quoted ASCII {@code filename} is for the rest.
 */
public final class ContentDisposition {

    public static final String FALLBACK_NAME = "berkas";

    /** Shown in the browser when it can (PDF, images, video). */
    public static String inline(String name) {
        return of(true, name);
    }

    /** Always saved. */
    public static String attachment(String name) {
        return of(false, name);
    }

    public static String of(boolean inline, String name) {
        String safe = FileNames.safe(name).orElse(FALLBACK_NAME);
        return (inline ? "inline" : "attachment")
                + "; filename=\"" + FileNames.asciiFallback(safe) + "\""
                + "; filename*=UTF-8''" + FileNames.rfc5987(safe);
    }

    private ContentDisposition() {
    }
}
