package app.dearme.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.support.IntegrationTest;
import app.dearme.support.TestApi;
import app.dearme.support.TestUsers;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Property-based fuzz over every JSON and multipart request body in the app's own OpenAPI document: each
 * operation gets every hostile shape (wrong types, missing and extra fields, huge strings and numbers, invalid
 * UTF-8, malformed and deeply nested JSON, multipart garbage), with values drawn from a fixed seed so a
 * failure replays exactly. The property: never a 5xx, and every error is application/problem+json; shapes that
 * cannot be valid must get a 4xx.
 */
class ApiFuzzIT extends IntegrationTest {

    private static final long SEED = 0x14_2026_12_03L;
    /** Operations that end the fuzzing session itself; they are covered by AuthBadInputIT. */
    private static final Set<String> SKIPPED = Set.of("POST /api/v1/auth/logout");

    private final Random rnd = new Random(SEED);
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;
    private JsonNode doc;
    private TestUsers.User user;

    record Op(String method, String path, String mediaType, JsonNode schema) {
        String name() {
            return method + " " + path;
        }
    }

    record Case(String kind, byte[] body, String contentType, boolean mustBe4xx) {
    }

    @Test
    void everyRequestBodyInTheOpenApiDocumentGetsA4xxProblemNeverA5xx() {
        doc = api.get("/v3/api-docs").expect(200).json();
        List<Op> ops = operations();
        assertThat(ops).as("the OpenAPI document lists the request bodies").hasSizeGreaterThan(20);
        assertThat(ops).anyMatch(o -> o.mediaType().startsWith("multipart/"));
        user = users.aUser();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Op op : ops) {
            List<Case> cases = op.mediaType().startsWith("multipart/") ? multipartCases(op) : jsonCases(op);
            for (Case c : cases) {
                TestApi.Resp r = send(op, c);
                sent++;
                String verdict = verdict(r, c);
                if (verdict != null) {
                    failures.add(op.name() + " [" + c.kind() + "] " + verdict + ": " + abbreviate(r.text()));
                }
            }
        }
        System.out.println("ApiFuzzIT: " + ops.size() + " operations, " + sent + " requests, seed " + SEED);
        assertThat(failures).as("hostile inputs that were not answered with a 4xx problem").isEmpty();
    }

    private static String verdict(TestApi.Resp r, Case c) {
        if (r.status() >= 500) {
            return "status " + r.status();
        }
        if (r.status() >= 400 && (r.contentType() == null || !r.contentType().startsWith("application/problem+json"))) {
            return "status " + r.status() + " without problem+json (" + r.contentType() + ")";
        }
        if (c.mustBe4xx() && r.status() < 400) {
            return "accepted with " + r.status();
        }
        return null;
    }

    private TestApi.Resp send(Op op, Case c) {
        String path = concretePath(op.path());
        TestApi.Call call = switch (op.method()) {
            case "POST" -> api.post(path, null);
            case "PUT" -> api.put(path, null);
            case "PATCH" -> api.patch(path, null);
            default -> api.delete(path, null);
        };
        TestApi.Resp r = call.raw(c.body(), c.contentType()).auth(user).send();
        if (r.status() == 401 && !op.path().startsWith("/api/v1/auth/")) {
            // a case may have ended the session (e.g. revoked it): log in again and go on
            JsonNode t = api.post("/api/v1/auth/login", Map.of("email", user.email(), "password", user.password()))
                    .expect(200).json();
            user = new TestUsers.User(user.id(), user.email(), user.username(), user.password(),
                    t.get("access_token").asString(), t.get("refresh_token").asString());
        }
        return r;
    }

    /** Path variables get a number of nobody's object, a negative one or a non-number. */
    private String concretePath(String template) {
        String[] choices = {"1", "987654321", "-5", "abc", "99999999999999999999"};
        return template.replaceAll("\\{[^}]+}", choices[rnd.nextInt(choices.length)]);
    }

    // ---- the operations --------------------------------------------------------------------------------

    private List<Op> operations() {
        List<Op> ops = new ArrayList<>();
        for (Map.Entry<String, JsonNode> p : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> m : p.getValue().properties()) {
                JsonNode content = m.getValue().path("requestBody").path("content");
                Op op = null;
                for (Map.Entry<String, JsonNode> ct : content.properties()) {
                    if (ct.getKey().equals("application/json") || ct.getKey().startsWith("multipart/")) {
                        op = new Op(m.getKey().toUpperCase(), p.getKey(), ct.getKey(), ct.getValue().path("schema"));
                    }
                }
                if (op != null && !SKIPPED.contains(op.name())) {
                    ops.add(op);
                }
            }
        }
        return ops;
    }

    private JsonNode resolve(JsonNode schema) {
        int guard = 0;
        while (schema.has("$ref") && guard++ < 10) {
            String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
            schema = doc.path("components").path("schemas").path(name);
        }
        if (schema.has("allOf")) {
            return resolve(schema.get("allOf").get(0));
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            return resolve((schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf")).get(0));
        }
        return schema;
    }

    // ---- JSON bodies -----------------------------------------------------------------------------------

    private List<Case> jsonCases(Op op) {
        String json = "application/json";
        List<Case> cases = new ArrayList<>();
        JsonNode schema = resolve(op.schema());
        boolean isObject = schema.has("properties");
        cases.add(new Case("extra-field", bytes(withExtraField(valid(schema, 0))), json, false));
        if (isObject) {
            ObjectNode missing = (ObjectNode) valid(schema, 0);
            List<String> required = required(schema);
            if (!required.isEmpty()) {
                missing.remove(required.get(rnd.nextInt(required.size())));
                cases.add(new Case("missing-required", bytes(missing), json, true));
            }
            cases.add(new Case("empty-object", bytes(nodes.objectNode()), json, !required.isEmpty()));
            for (String field : pick(schema, 2)) {
                ObjectNode wrong = (ObjectNode) valid(schema, 0);
                wrong.set(field, wrongType(resolve(schema.get("properties").get(field))));
                cases.add(new Case("wrong-type:" + field, bytes(wrong), json, true));
            }
            for (String field : pick(schema, 2)) {
                ObjectNode huge = (ObjectNode) valid(schema, 0);
                huge.put(field, hugeString());
                cases.add(new Case("huge-string:" + field, bytes(huge), json, false));
            }
            for (String field : pick(schema, 2)) {
                String base = new String(bytes(valid(schema, 0)), StandardCharsets.UTF_8);
                String huge = base.replaceFirst("\"" + field + "\":[^,}]*", "\"" + field + "\":" + hugeNumber());
                cases.add(new Case("huge-number:" + field, huge.getBytes(StandardCharsets.UTF_8), json, false));
            }
            for (String field : stringFields(schema)) {
                // 25–33 Hangul syllables: within any character limit of 34 or more, over byte-based ones (bcrypt's 72)
                ObjectNode wide = (ObjectNode) valid(schema, 0);
                wide.put(field, "가".repeat(25 + rnd.nextInt(9)));
                cases.add(new Case("multibyte-near-limit:" + field, bytes(wide), json, false));
            }
            ObjectNode nulls = (ObjectNode) valid(schema, 0);
            nulls.propertyNames().forEach(n -> nulls.putNull(n));
            cases.add(new Case("all-null", bytes(nulls), json, !required.isEmpty()));
            for (String field : pick(schema, 1)) {
                ObjectNode ctl = (ObjectNode) valid(schema, 0);
                ctl.put(field, "nul\u0000byte \u202e\uFEFF\uD83D" + " '; drop table users; --");
                cases.add(new Case("control-chars:" + field, bytes(ctl), json, false));
            }
        }
        cases.add(new Case("invalid-utf8", invalidUtf8(bytes(valid(schema, 0))), json, true));
        cases.add(new Case("malformed", malformed().getBytes(StandardCharsets.UTF_8), json, true));
        cases.add(new Case("top-level-type", topLevelWrong(schema).getBytes(StandardCharsets.UTF_8), json, true));
        cases.add(new Case("deep-nesting", deep().getBytes(StandardCharsets.UTF_8), json, true));
        cases.add(new Case("wrong-content-type", bytes(valid(schema, 0)), "text/plain", true));
        return cases;
    }

    private JsonNode valid(JsonNode raw, int depth) {
        JsonNode s = resolve(raw);
        String type = s.path("type").asString("");
        if (s.has("enum")) {
            JsonNode e = s.get("enum");
            return e.get(rnd.nextInt(e.size()));
        }
        if (s.has("properties") || type.equals("object")) {
            ObjectNode o = nodes.objectNode();
            if (depth < 4) {
                for (Map.Entry<String, JsonNode> p : s.path("properties").properties()) {
                    o.set(p.getKey(), valid(p.getValue(), depth + 1));
                }
            }
            return o;
        }
        return switch (type) {
            case "array" -> {
                ArrayNode a = nodes.arrayNode();
                if (depth < 4) {
                    a.add(valid(s.path("items"), depth + 1));
                }
                yield a;
            }
            case "integer" -> nodes.numberNode(1 + rnd.nextInt(5));
            case "number" -> nodes.numberNode(rnd.nextDouble());
            case "boolean" -> nodes.booleanNode(rnd.nextBoolean());
            case "string" -> nodes.stringNode(switch (s.path("format").asString("")) {
                case "date" -> "2026-12-0" + (1 + rnd.nextInt(2));
                case "date-time" -> "2026-12-01T10:00:00Z";
                case "email" -> "fuzz" + rnd.nextInt(1_000_000) + "@x.test";
                default -> s.has("pattern") ? matching(s.get("pattern").asString()) : "퍼즈 fuzz " + rnd.nextInt(1000);
            });
            default -> nodes.stringNode("x");
        };
    }

    /** A value for a {@code pattern} string, so the other fields of a case get past validation. */
    private String matching(String pattern) {
        String[] candidates = {"fuzz_" + rnd.nextInt(1_000_000), "21:30", "ko", "standard", "https://x.test/a.png", "x"};
        for (String c : candidates) {
            try {
                if (java.util.regex.Pattern.compile(pattern).matcher(c).find()) {
                    return c;
                }
            } catch (java.util.regex.PatternSyntaxException e) {
                break;
            }
        }
        return "fuzz";
    }

    private static List<String> required(JsonNode schema) {
        List<String> r = new ArrayList<>();
        schema.path("required").forEach(n -> r.add(n.asString()));
        return r;
    }

    private List<String> pick(JsonNode schema, int n) {
        List<String> names = new ArrayList<>(schema.path("properties").propertyNames());
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n && !names.isEmpty(); i++) {
            out.add(names.remove(rnd.nextInt(names.size())));
        }
        return out;
    }

    /** Every plain string property (no enum, no format): the ones a length or byte limit applies to. */
    private List<String> stringFields(JsonNode schema) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
            JsonNode s = resolve(p.getValue());
            if ("string".equals(s.path("type").asString("")) && !s.has("enum") && !s.has("format")) {
                out.add(p.getKey());
            }
        }
        return out;
    }

    private JsonNode withExtraField(JsonNode base) {
        if (base instanceof ObjectNode o) {
            o.put("zz_unknown_" + rnd.nextInt(100), "extra");
            o.set("__proto__", nodes.objectNode().put("admin", true));
        }
        return base;
    }

    /** A value whose JSON type differs from the schema's. */
    private JsonNode wrongType(JsonNode s) {
        String type = s.path("type").asString("");
        List<JsonNode> options = new ArrayList<>(List.of(nodes.arrayNode().add(1).add("x"),
                nodes.objectNode().put("nested", 1), nodes.booleanNode(true), nodes.numberNode(3.5)));
        if (!type.equals("string")) {
            options.add(nodes.stringNode("not-a-" + type));
        }
        options.removeIf(n -> (type.equals("array") && n.isArray()) || (type.equals("object") && n.isObject())
                || (type.equals("boolean") && n.isBoolean()) || (type.equals("number") && n.isNumber()));
        if (type.equals("string") && !s.has("enum") && !s.has("format")) {
            // Jackson coerces scalars into strings, so only containers are certainly wrong for a plain string
            options.removeIf(n -> !n.isContainer());
        }
        return options.get(rnd.nextInt(options.size()));
    }

    private String hugeString() {
        String[] units = {"a", "가", "😀", "<script>", "\\n"};
        String unit = units[rnd.nextInt(units.length)];
        int targetBytes = 150_000 + rnd.nextInt(150_000);
        return unit.repeat(targetBytes / unit.getBytes(StandardCharsets.UTF_8).length);
    }

    private String hugeNumber() {
        String[] numbers = {"1e400", "-1e400", "99999999999999999999999999999", "-9223372036854775809",
                "2147483648", "1.5", "-1", "0", "1" + "0".repeat(5000), "0.0000000000000000000000001"};
        return numbers[rnd.nextInt(numbers.length)];
    }

    private byte[] invalidUtf8(byte[] json) {
        byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0,
                (byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80}};
        byte[] b = bad[rnd.nextInt(bad.length)];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String s = new String(json, StandardCharsets.UTF_8);
        int quote = s.indexOf(":\"");
        if (quote < 0) {
            // no string value to poison: the whole body is the bad sequence inside a string
            out.writeBytes("\"".getBytes());
            out.writeBytes(b);
            out.writeBytes("\"".getBytes());
            return out.toByteArray();
        }
        byte[] head = s.substring(0, quote + 2).getBytes(StandardCharsets.UTF_8);
        out.writeBytes(head);
        out.writeBytes(b);
        out.writeBytes(s.substring(quote + 2).getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private String malformed() {
        String[] bodies = {"{", "{\"a\":", "{\"a\" 1}", "{'single': 'quotes'}", "{\"a\":1,}", "{\"a\":1}}", "nul",
                "{\"a\":\"unterminated}", "\u0000\u0001\u0002", "{\"a\":NaN}", "{\"a\":01}", "[1,2", "}{"};
        return bodies[rnd.nextInt(bodies.length)];
    }

    private String topLevelWrong(JsonNode schema) {
        String[] object = {"[]", "\"text\"", "42", "true", "[{\"a\":1}]"};
        String[] other = {"{\"a\":1}", "{}"};
        String[] choices = schema.has("properties") || schema.path("type").asString("").equals("object") ? object : other;
        return choices[rnd.nextInt(choices.length)];
    }

    private String deep() {
        int depth = 2_000 + rnd.nextInt(3_000);
        return rnd.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    private static byte[] bytes(JsonNode n) {
        return TestApi.toJson(n).getBytes(StandardCharsets.UTF_8);
    }

    // ---- multipart bodies ------------------------------------------------------------------------------

    private List<Case> multipartCases(Op op) {
        List<Case> cases = new ArrayList<>();
        String field = "file";
        Iterator<String> names = resolve(op.schema()).path("properties").propertyNames().iterator();
        if (names.hasNext()) {
            field = names.next();
        }
        String b = "fz" + Long.toHexString(rnd.nextLong());
        String ct = "multipart/form-data; boundary=" + b;
        byte[] garbage = new byte[1 + rnd.nextInt(4096)];
        rnd.nextBytes(garbage);
        cases.add(new Case("random-bytes", garbage, ct, true));
        cases.add(new Case("no-boundary", part(b, field, "a.json", "[]".getBytes()), "multipart/form-data", true));
        cases.add(new Case("empty-body", new byte[0], ct, true));
        cases.add(new Case("truncated", cut(part(b, field, "a.json", "[{\"date\":\"2026-01-01\"".getBytes())), ct, true));
        cases.add(new Case("wrong-part-name", part(b, "not_" + field, "a.json", "[]".getBytes()), ct, true));
        cases.add(new Case("garbage-file", part(b, field, "a.json", garbage), ct, true));
        cases.add(new Case("invalid-utf8-file", part(b, field, "a.json",
                new byte[] {'[', '{', '"', 't', (byte) 0xC3, 0x28, '"', ':', '1', '}', ']'}), ct, true));
        cases.add(new Case("zip-header-garbage", part(b, field, "a.zip",
                concat(new byte[] {'P', 'K', 3, 4}, garbage)), ct, true));
        cases.add(new Case("huge-filename", part(b, field, "가".repeat(5000) + ".json", "[]".getBytes()), ct, false));
        cases.add(new Case("wrong-types-in-file", part(b, field, "a.json",
                "[{\"date\":42,\"title\":[],\"content\":{},\"mood\":\"?\",\"is_private\":\"yes\"}]".getBytes()), ct, false));
        cases.add(new Case("json-instead", "{\"file\":\"x\"}".getBytes(), "application/json", true));
        return cases;
    }

    private static byte[] part(String boundary, String name, String filename, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private byte[] cut(byte[] b) {
        return java.util.Arrays.copyOf(b, b.length / 2 + rnd.nextInt(b.length / 4 + 1));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
