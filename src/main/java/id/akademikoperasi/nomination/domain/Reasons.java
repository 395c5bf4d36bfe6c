package id.akademikoperasi.nomination.domain;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Failures as stored with a nomination: {@code [{"rule":"AGE","args":[]}, ...]}. Rule codes and facts, never
 * sentences, so the page can say them in whichever language its reader uses.
 */
public final class Reasons {

    public static String write(List<Failure> failures) {
        JsonArrayBuilder all = Json.createArrayBuilder();
        for (Failure f : failures) {
            JsonArrayBuilder args = Json.createArrayBuilder();
            f.args().forEach(args::add);
            all.add(Json.createObjectBuilder().add("rule", f.rule().name()).add("args", args));
        }
        return all.build().toString();
    }

    public static List<Failure> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            List<Failure> failures = new ArrayList<>();
            for (JsonObject o : array.getValuesAs(JsonObject.class)) {
                List<String> args = o.getJsonArray("args").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString).toList();
                failures.add(new Failure(Rule.valueOf(o.getString("rule")), args));
            }
            return failures;
        }
    }

    private Reasons() {
    }
}
