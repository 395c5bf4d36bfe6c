package id.akademikoperasi.testsupport;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Logs an HTTP client (with a cookie handler) in through the login form, as a browser would. */
public final class HttpLogin {

    public static void logIn(HttpClient http, URL base, String login, String password) throws Exception {
        String root = base.toString().replaceAll("/$", "");
        String page = http.send(HttpRequest.newBuilder(URI.create(root + "/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!m.find()) {
            throw new AssertionError("the login page has no form: " + page);
        }
        String form = "login=login&login%3Ausername=" + enc(login) + "&login%3Apassword=" + enc(password)
                + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(m.group(1));
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(root + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 302) {
            throw new AssertionError("login of " + login + " answered " + response.statusCode() + " instead of a redirect home");
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpLogin() {
    }
}
