package id.akademikoperasi.testsupport;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * For tests that run outside the container ({@code @RunAsClient}): an HTTP client that keeps its cookies like a
 * browser and does not follow redirects, and direct reads of the integration-test database.
 */
public final class ClientSide {

    /** A client with its own cookie jar (log it in with {@link HttpLogin}); redirects are left to the test. */
    public static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public static HttpResponse<byte[]> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The first column of every row of a query on the integration-test database. */
    public static List<String> column(String sql, Object... parameters) throws Exception {
        String url = "jdbc:mariadb://127.0.0.1:" + System.getProperty("ak.it.db.port") + "/akademi_it";
        try (Connection db = DriverManager.getConnection(url, "root", "");
             PreparedStatement q = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    values.add(r.getString(1));
                }
            }
            return values;
        }
    }

    private ClientSide() {
    }
}
