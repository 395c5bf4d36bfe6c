package id.akademikoperasi.catalog.infrastructure.pkg;

import id.akademikoperasi.catalog.domain.Bilingual;
import id.akademikoperasi.catalog.domain.Category;
import id.akademikoperasi.catalog.domain.ExamSettings;
import id.akademikoperasi.catalog.domain.LessonQuiz;
import id.akademikoperasi.catalog.domain.Level;
import id.akademikoperasi.catalog.domain.ReviewPolicy;

import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads {@code course.yml} through snakeyaml-engine's node tree rather than into maps: every node keeps the
 * line it came from, so each problem can name it — a typo in a key, a number written as text, a missing file.
 * Every problem is collected; the manifest is returned only as far as it could be read.
 */
final class ManifestReader {

    static final String FILE = PackagePaths.MANIFEST;

    private static final List<String> TOP_KEYS = List.of("code", "title", "summary", "category", "level",
            "estimatedMinutes", "leadsTo", "modules", "questionBanks", "finalExam");
    private static final List<String> TEXT_KEYS = List.of("id", "en");
    private static final List<String> MODULE_KEYS = List.of("title", "lessons");
    private static final List<String> LESSON_KEYS = List.of("file", "title", "minutes", "quiz");
    private static final List<String> QUIZ_KEYS = List.of("bank", "questionCount", "passMark", "category");
    private static final List<String> BANK_KEYS = List.of("file");
    private static final List<String> EXAM_KEYS = List.of("title", "bank", "questionCount", "passMark",
            "timeLimitMinutes", "maxAttempts", "waitMinutes", "reviewPolicy", "category");

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9-]{2,19}");
    private static final Pattern SCHEME = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 2000;
    static final int MAX_PATH = 200;
    static final int MIN_MODULES = 1;
    static final int MAX_MODULES = 20;
    static final int MIN_LESSONS = 1;
    static final int MAX_LESSONS = 30;

    record Manifest(String code, Bilingual title, Bilingual summary, Category category,
                    Level level, Integer estimatedMinutes, List<String> leadsTo, List<ModuleDraft> modules,
                    List<String> banks, ExamSettings finalExam) {
    }

    record ModuleDraft(Bilingual title, List<LessonDraft> lessons) {
    }

    /** {@code path} is null when the file cannot be read (bad path, not Markdown, listed twice, missing). */
    record LessonDraft(String path, Bilingual title, Integer minutes, LessonQuiz quiz) {
    }

    private final PackageProblems problems;
    private final Set<String> files;
    /** The line of the key a value belongs to: a missing key is reported there, not at the value's first line. */
    private final Map<Node, Integer> keyLines = new IdentityHashMap<>();

    /**
     * @param files the paths of the package's files, to check that what the manifest lists is there
     */
    ManifestReader(PackageProblems problems, Set<String> files) {
        this.problems = problems;
        this.files = files;
    }

    /** The manifest as far as it could be read; complete when no problem was added. Null when it is not YAML. */
    Manifest read(String yaml) {
        Node root;
        try {
            LoadSettings settings = LoadSettings.builder()
                    .setLabel(FILE)
                    .setUseMarks(true)
                    .setAllowDuplicateKeys(true)          // reported below, with both lines, instead of aborting
                    .setMaxAliasesForCollections(50)      // no "billion laughs"
                    .setCodePointLimit(8 * 1024 * 1024)
                    .build();
            Composer composer = new Composer(settings, new ParserImpl(settings, new StreamReader(settings, yaml)));
            Optional<Node> single = composer.getSingleNode();
            if (single.isEmpty()) {
                problem(1, "catalog.package.manifest.empty");
                return null;
            }
            root = single.get();
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(0);
            problem(line, "catalog.package.manifest.syntax", Objects.toString(e.getProblem(), String.valueOf(e.getContext())));
            return null;
        } catch (YamlEngineException e) {
            problem(0, "catalog.package.manifest.syntax", String.valueOf(e.getMessage()));
            return null;
        }
        if (!(root instanceof MappingNode)) {
            problem(line(root), "catalog.package.manifest.notMapping");
            return null;
        }
        Map<String, NodeTuple> top = fields(root, "", TOP_KEYS);

        String code = text(required(top, "code", root, ""), "code", MAX_TITLE);
        if (code != null && !CODE.matcher(code).matches()) {
            problem(line(top.get("code").getValueNode()), "catalog.package.manifest.codeShape", code);
            code = null;
        }
        Bilingual title = bilingual(required(top, "title", root, ""), "title", MAX_TITLE);
        Bilingual summary = bilingual(required(top, "summary", root, ""), "summary", MAX_SUMMARY);
        Category category = choice(required(top, "category", root, ""), "category", Category.class);
        Level level = choice(required(top, "level", root, ""), "level", Level.class);
        Integer estimatedMinutes = integer(required(top, "estimatedMinutes", root, ""), "estimatedMinutes", 1, 6000);
        List<String> leadsTo = leadsTo(optional(top, "leadsTo"));
        // banks first: lessons may name one for their quiz
        List<String> banks = banks(optional(top, "questionBanks"));
        List<ModuleDraft> modules = modules(required(top, "modules", root, ""), keyLine(top, "modules"), banks);
        ExamSettings exam = finalExam(optional(top, "finalExam"), banks);
        return new Manifest(code, title, summary, category, level, estimatedMinutes, leadsTo, modules, banks, exam);
    }

    private List<String> leadsTo(Node node) {
        List<String> schemes = new ArrayList<>();
        List<Node> items = sequence(node, "leadsTo");
        if (items == null) {
            return schemes;
        }
        for (Node item : items) {
            String scheme = text(item, "leadsTo", MAX_TITLE);
            if (scheme == null) {
                continue;
            }
            if (!SCHEME.matcher(scheme).matches()) {
                problem(line(item), "catalog.package.manifest.schemeShape", scheme);
            } else if (schemes.contains(scheme)) {
                problem(line(item), "catalog.package.manifest.duplicateScheme", scheme);
            } else {
                schemes.add(scheme);
            }
        }
        return schemes;
    }

    /** @param keyLine the line of {@code modules:}; a block list's own node starts at its first item */
    private List<ModuleDraft> modules(Node node, int keyLine, List<String> banks) {
        List<ModuleDraft> modules = new ArrayList<>();
        List<Node> items = sequence(node, "modules");
        if (items == null) {
            return modules;
        }
        if (items.size() < MIN_MODULES || items.size() > MAX_MODULES) {
            problem(keyLine, "catalog.package.manifest.moduleCount", MIN_MODULES, MAX_MODULES, items.size());
        }
        Map<String, Integer> lessonLines = new HashMap<>();
        int lessonCount = 0;
        for (Node item : items) {
            if (!isMapping(item, "modules")) {
                continue;
            }
            Map<String, NodeTuple> fields = fields(item, "modules", MODULE_KEYS);
            Bilingual title = bilingual(required(fields, "title", item, "modules"), "modules.title", MAX_TITLE);
            Node lessonsNode = required(fields, "lessons", item, "modules");
            List<Node> lessonItems = sequence(lessonsNode, "modules.lessons");
            List<LessonDraft> lessons = new ArrayList<>();
            if (lessonItems != null && lessonItems.isEmpty()) {
                problem(keyLine(fields, "lessons"), "catalog.package.manifest.moduleWithoutLessons");
            }
            for (Node lessonItem : lessonItems == null ? List.<Node>of() : lessonItems) {
                lessonCount++;
                if (isMapping(lessonItem, "modules.lessons")) {
                    lessons.add(lesson(lessonItem, lessonLines, banks));
                }
            }
            modules.add(new ModuleDraft(title, lessons));
        }
        if (lessonCount > MAX_LESSONS) {
            problem(keyLine, "catalog.package.manifest.lessonCount", MIN_LESSONS, MAX_LESSONS, lessonCount);
        }
        return modules;
    }

    private LessonDraft lesson(Node item, Map<String, Integer> lessonLines, List<String> banks) {
        String path = "modules.lessons";
        Map<String, NodeTuple> fields = fields(item, path, LESSON_KEYS);
        Node fileNode = required(fields, "file", item, path);
        String file = text(fileNode, path + ".file", MAX_PATH);
        if (file != null) {
            int line = line(fileNode);
            if (!PackagePaths.isValid(file)) {
                problem(line, "catalog.package.manifest.badPath", file);
                file = null;
            } else if (!file.endsWith(".md")) {
                problem(line, "catalog.package.manifest.lessonNotMarkdown", file);
                file = null;
            } else if (lessonLines.containsKey(file)) {
                problem(line, "catalog.package.manifest.duplicateLesson", file, String.valueOf(lessonLines.get(file)));
                file = null;
            } else {
                lessonLines.put(file, line);
                if (!files.contains(file)) {
                    problem(line, "catalog.package.manifest.lessonMissing", file);
                    file = null;
                }
            }
        }
        Bilingual title = bilingual(required(fields, "title", item, path), path + ".title", MAX_TITLE);
        Integer minutes = integer(required(fields, "minutes", item, path), path + ".minutes", 1, 600);
        Node quizNode = optional(fields, "quiz");
        LessonQuiz quiz = quizNode == null || isNull(quizNode) || !isMapping(quizNode, path + ".quiz") ? null
                : lessonQuiz(quizNode, banks);
        return new LessonDraft(file, title, minutes, quiz);
    }

    /** A lesson's own short quiz: a listed bank, how many questions, the pass mark and optionally a category. */
    private LessonQuiz lessonQuiz(Node node, List<String> banks) {
        String path = "modules.lessons.quiz";
        Map<String, NodeTuple> fields = fields(node, path, QUIZ_KEYS);
        Node bankNode = required(fields, "bank", node, path);
        String bank = text(bankNode, path + ".bank", MAX_PATH);
        if (bank != null && !banks.contains(bank)) {
            problem(line(bankNode), "catalog.package.manifest.examBankNotListed", bank);
            bank = null;
        }
        Integer questionCount = integer(required(fields, "questionCount", node, path), path + ".questionCount", 1,
                LessonQuiz.MAX_QUESTIONS);
        Integer passMark = integer(required(fields, "passMark", node, path), path + ".passMark", 1, 100);
        Node categoryNode = optional(fields, "category");
        String category = categoryNode == null || isNull(categoryNode) ? null
                : text(categoryNode, path + ".category", ExamSettings.MAX_CATEGORY);
        if (bank == null || questionCount == null || passMark == null) {
            return null;
        }
        return new LessonQuiz(bank, questionCount, passMark, category);
    }

    private List<String> banks(Node node) {
        List<String> banks = new ArrayList<>();
        Map<String, Integer> bankLines = new HashMap<>();
        List<Node> items = sequence(node, "questionBanks");
        for (Node item : items == null ? List.<Node>of() : items) {
            Node fileNode = item;
            if (item instanceof MappingNode) {
                Map<String, NodeTuple> fields = fields(item, "questionBanks", BANK_KEYS);
                fileNode = required(fields, "file", item, "questionBanks");
            }
            String file = text(fileNode, "questionBanks.file", MAX_PATH);
            if (file == null) {
                continue;
            }
            int line = line(fileNode);
            if (!PackagePaths.isValid(file)) {
                problem(line, "catalog.package.manifest.badPath", file);
            } else if (PackagePaths.bankFormat(file) == null) {
                problem(line, "catalog.package.manifest.bankType", file);
            } else if (bankLines.containsKey(file)) {
                problem(line, "catalog.package.manifest.duplicateBank", file, String.valueOf(bankLines.get(file)));
            } else {
                bankLines.put(file, line);
                banks.add(file);
                if (!files.contains(file)) {
                    problem(line, "catalog.package.manifest.bankMissing", file);
                }
            }
        }
        return banks;
    }

    private ExamSettings finalExam(Node node, List<String> banks) {
        if (node == null || isNull(node) || !isMapping(node, "finalExam")) {
            return null;
        }
        String path = "finalExam";
        Map<String, NodeTuple> fields = fields(node, path, EXAM_KEYS);
        Bilingual title = bilingual(required(fields, "title", node, path), path + ".title", MAX_TITLE);
        Node bankNode = required(fields, "bank", node, path);
        String bank = text(bankNode, path + ".bank", MAX_PATH);
        if (bank != null && !banks.contains(bank)) {
            problem(line(bankNode), "catalog.package.manifest.examBankNotListed", bank);
            bank = null;
        }
        Integer questionCount = integer(required(fields, "questionCount", node, path), path + ".questionCount", 1, 500);
        Integer passMark = integer(required(fields, "passMark", node, path), path + ".passMark", 1, 100);
        Integer timeLimit = integer(required(fields, "timeLimitMinutes", node, path), path + ".timeLimitMinutes", 1, 600);
        Integer maxAttempts = integer(required(fields, "maxAttempts", node, path), path + ".maxAttempts", 1, 20);
        Integer waitMinutes = integer(required(fields, "waitMinutes", node, path), path + ".waitMinutes", 0, 10_080);
        // both optional: an exam written before they existed keeps its behaviour and draws from the whole bank
        Node reviewNode = optional(fields, "reviewPolicy");
        ReviewPolicy review = reviewNode == null || isNull(reviewNode) ? ReviewPolicy.DEFAULT
                : choice(reviewNode, path + ".reviewPolicy", ReviewPolicy.class);
        Node categoryNode = optional(fields, "category");
        String category = categoryNode == null || isNull(categoryNode) ? null
                : text(categoryNode, path + ".category", ExamSettings.MAX_CATEGORY);
        boolean categoryUnreadable = categoryNode != null && !isNull(categoryNode) && category == null;
        if (title == null || bank == null || questionCount == null || passMark == null || timeLimit == null
                || maxAttempts == null || waitMinutes == null || review == null || categoryUnreadable) {
            return null;
        }
        return new ExamSettings(title, bank, questionCount, passMark, timeLimit, maxAttempts, waitMinutes, review,
                category);
    }

    // --- the node types, each reporting its own problems ------------------------------------------------------

    /** The keys of a mapping; unknown and repeated keys are reported and left out. */
    private Map<String, NodeTuple> fields(Node mapping, String path, List<String> allowed) {
        Map<String, NodeTuple> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) mapping).getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = keyNode instanceof ScalarNode scalar ? scalar.getValue() : "?";
            if (!allowed.contains(key)) {
                String suggestion = closest(key, allowed);
                if (suggestion != null) {
                    problem(line(keyNode), "catalog.package.manifest.unknownKeySuggestion", key, suggestion);
                } else {
                    problem(line(keyNode), "catalog.package.manifest.unknownKey", key, String.join(", ", allowed));
                }
            } else if (fields.containsKey(key)) {
                problem(line(keyNode), "catalog.package.manifest.duplicateKey", qualified(path, key),
                        String.valueOf(line(fields.get(key).getKeyNode())));
            } else {
                fields.put(key, tuple);
            }
        }
        return fields;
    }

    private Node required(Map<String, NodeTuple> fields, String key, Node parent, String path) {
        NodeTuple tuple = fields.get(key);
        if (tuple == null) {
            problem(keyLines.getOrDefault(parent, line(parent)), "catalog.package.manifest.missingKey", qualified(path, key));
            return null;
        }
        return value(tuple);
    }

    private Node value(NodeTuple tuple) {
        keyLines.put(tuple.getValueNode(), line(tuple.getKeyNode()));
        return tuple.getValueNode();
    }

    private static int keyLine(Map<String, NodeTuple> fields, String key) {
        NodeTuple tuple = fields.get(key);
        return tuple == null ? 0 : line(tuple.getKeyNode());
    }

    private Node optional(Map<String, NodeTuple> fields, String key) {
        NodeTuple tuple = fields.get(key);
        return tuple == null ? null : value(tuple);
    }

    private boolean isMapping(Node node, String path) {
        if (node instanceof MappingNode) {
            return true;
        }
        problem(line(node), "catalog.package.manifest.expectedMap", path);
        return false;
    }

    /** The items of a list; an empty value counts as an empty list. Null after a problem or when absent. */
    private List<Node> sequence(Node node, String path) {
        if (node == null) {
            return null;
        }
        if (isNull(node)) {
            return List.of();
        }
        if (!(node instanceof SequenceNode sequence)) {
            problem(line(node), "catalog.package.manifest.expectedList", path);
            return null;
        }
        return sequence.getValue();
    }

    private String text(Node node, String path, int maxLength) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            problem(line(node), "catalog.package.manifest.expectedText", path);
            return null;
        }
        String value = isNull(node) ? "" : scalar.getValue().strip();
        if (value.isEmpty()) {
            problem(line(node), "catalog.package.manifest.emptyValue", path);
            return null;
        }
        int length = value.codePointCount(0, value.length());
        if (length > maxLength) {
            problem(line(node), "catalog.package.manifest.tooLong", path, maxLength, length);
            return null;
        }
        return value;
    }

    /**
     * {@code {id: …, en: …}}; English may be left out. A plain text is taken as the Indonesian text, which is
     * what a trainer writing only Indonesian naturally types.
     */
    private Bilingual bilingual(Node node, String path, int maxLength) {
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode) {
            String id = text(node, path, maxLength);
            return id == null ? null : new Bilingual(id, null);
        }
        if (!isMapping(node, path)) {
            return null;
        }
        Map<String, NodeTuple> fields = fields(node, path, TEXT_KEYS);
        String id = text(required(fields, "id", node, path), path + ".id", maxLength);
        Node enNode = optional(fields, "en");
        String en = enNode == null || isNull(enNode) ? null : text(enNode, path + ".en", maxLength);
        return id == null ? null : new Bilingual(id, en);
    }

    private Integer integer(Node node, String path, int min, int max) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            problem(line(node), "catalog.package.manifest.expectedNumber", path, node instanceof SequenceNode ? "[…]" : "{…}");
            return null;
        }
        String value = isNull(node) ? "" : scalar.getValue().strip();
        if (value.isEmpty()) {
            problem(line(node), "catalog.package.manifest.emptyValue", path);
            return null;
        }
        if (!INTEGER.matcher(value).matches()) {
            problem(line(node), "catalog.package.manifest.expectedNumber", path, value);
            return null;
        }
        String digits = value.startsWith("+") ? value.substring(1) : value;
        long number = digits.replace("-", "").length() > 12
                ? (digits.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE)
                : Long.parseLong(digits);
        if (number < min || number > max) {
            problem(line(node), "catalog.package.manifest.outOfRange", path, min, max, value);
            return null;
        }
        return (int) number;
    }

    /** An enum constant; upper/lower case does not matter. */
    private <E extends Enum<E>> E choice(Node node, String path, Class<E> type) {
        String value = text(node, path, MAX_TITLE);
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        problem(line(node), "catalog.package.manifest.unknownValue", path, value, allowed);
        return null;
    }

    /** An empty value: nothing after the colon, {@code ~} or {@code null}. */
    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.isPlain() && Tag.NULL.equals(scalar.getTag());
    }

    private static int line(Node node) {
        return node.getStartMark().map(Mark::getLine).map(line -> line + 1).orElse(0);
    }

    private static String qualified(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The allowed key a typo most likely meant ({@code titel} → {@code title}), or null. */
    static String closest(String key, List<String> allowed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            int distance = distance(key.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        int tolerated = Math.min(2, Math.max(1, key.length() / 3));
        return bestDistance <= tolerated ? best : null;
    }

    /** Edit distance counting a swap of two neighbouring letters as one edit ({@code titel} → {@code title}). */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    private void problem(int line, String messageKey, Object... arguments) {
        problems.add(FILE, line, messageKey, arguments);
    }
}
