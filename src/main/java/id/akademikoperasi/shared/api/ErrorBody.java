package id.akademikoperasi.shared.api;

/** The body of every API error: a stable code and a message in Bahasa Indonesia. */
public record ErrorBody(String code, String message) {
}
