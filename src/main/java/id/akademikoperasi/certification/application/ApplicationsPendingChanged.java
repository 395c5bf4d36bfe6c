package id.akademikoperasi.certification.application;

/**
 * An application entered the officers' queue ({@code +1}: submitted) or left it ({@code -1}: approved with a
 * certificate, rejected, withdrawn). Asking the member for information keeps it pending. Fired inside the changing
 * transaction.
 */
public record ApplicationsPendingChanged(String regionCode, String schemeCode, int delta) {
}
