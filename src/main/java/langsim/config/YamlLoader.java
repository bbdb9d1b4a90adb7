package langsim.config;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Safe YAML loading: composes a single YAML document into a snakeyaml-engine {@link Node} tree (never constructs
 * Java objects). Rejects duplicate keys, non-core explicit tags, alias bombs, too deep nesting, oversized documents,
 * binary files and multi-document streams with one-line {@link ConfigException}s.
 */
public final class YamlLoader {
    /** Maximum number of aliases to collections (mappings/sequences) per document. */
    public static final int MAX_ALIASES_FOR_COLLECTIONS = 50;
    /** Maximum document size in code points (~3 MB). */
    public static final int MAX_CODE_POINTS = 3 * 1024 * 1024;
    /** Maximum nesting depth of mappings/sequences. */
    public static final int MAX_DEPTH = 40;
    /** Maximum number of nodes visited when walking the tree with aliases expanded. */
    public static final int MAX_EXPANDED_NODES = 1_000_000;
    private static final long MAX_FILE_BYTES = 4L * MAX_CODE_POINTS;

    private static final String YAML_TAG_PREFIX = Tag.PREFIX;
    private static final Set<String> ALLOWED_TAGS = Set.of(
            Tag.STR.getValue(), Tag.INT.getValue(), Tag.FLOAT.getValue(), Tag.BOOL.getValue(),
            Tag.NULL.getValue(), Tag.MAP.getValue(), Tag.SEQ.getValue());

    private YamlLoader() {}

    /** Parses YAML text whose root must be a mapping. {@code sourceName} is used in error messages and node marks. */
    public static Node parse(String text, String sourceName) {
        Node root = compose(text, sourceName, false);
        if (!(root instanceof MappingNode)) {
            throw ConfigException.at(root, "", "the top level must be a mapping of keys to values, got "
                    + Support.describe(root));
        }
        return root;
    }

    /** Reads and parses a UTF-8 YAML file whose root must be a mapping. The file name is the error source. */
    public static Node parseFile(Path file) {
        return parse(readText(file), file.toString());
    }

    /** Reads a file as strict UTF-8 text (used by {@link #parseFile}); errors are {@link ConfigException}s. */
    public static String readText(Path file) {
        String source = file.toString();
        byte[] bytes = InputFiles.read(file, MAX_FILE_BYTES);
        String text;
        try {
            CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            CharBuffer cb = dec.decode(ByteBuffer.wrap(bytes));
            text = cb.toString();
        } catch (CharacterCodingException e) {
            throw ConfigException.of(source, "not a UTF-8 YAML text file (invalid UTF-8 byte sequence)");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                int line = 1;
                for (int j = 0; j < i; j++) if (text.charAt(j) == '\n') line++;
                throw new ConfigException(source, "", line, 0,
                        String.format("not a UTF-8 YAML text file (control character U+%04X)", (int) c));
            }
        }
        return text;
    }

    /** Parses a single YAML document of any shape (scalar, list or mapping); empty text gives a null scalar. */
    static Node parseAny(String text, String sourceName) {
        return compose(text, sourceName, true);
    }

    static LoadSettings settings(String sourceName) {
        return LoadSettings.builder()
                .setLabel(sourceName == null ? "" : sourceName)
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES_FOR_COLLECTIONS)
                .setCodePointLimit(MAX_CODE_POINTS)
                .setSchema(new CoreSchema())
                .setParseComments(false)
                .setUseMarks(true)
                .build();
    }

    private static Node compose(String text, String sourceName, boolean allowEmpty) {
        String source = sourceName == null ? "" : sourceName;
        if (text == null) throw ConfigException.of(source, "no YAML text");
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        if (text.length() > MAX_CODE_POINTS) {
            throw ConfigException.of(source, "document is too large (limit " + MAX_CODE_POINTS + " characters)");
        }
        LoadSettings settings = settings(source);
        Node root;
        try {
            Parser parser = new GuardedParser(new ParserImpl(settings, new StreamReader(settings, text)), source);
            Composer composer = new Composer(settings, parser);
            if (!composer.hasNext()) {
                if (allowEmpty) return emptyScalar(source);
                throw ConfigException.of(source, "file is empty");
            }
            root = composer.next();
            if (composer.hasNext()) {
                Node second = composer.next();
                throw ConfigException.at(second, "", "more than one YAML document (only one is allowed; remove '---')");
            }
        } catch (ConfigException e) {
            throw e;
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
            StringBuilder msg = new StringBuilder("YAML syntax error: ");
            msg.append(e.getProblem() == null ? "invalid YAML" : e.getProblem());
            if (e.getContext() != null && !e.getContext().isBlank()) msg.append(" (").append(e.getContext()).append(')');
            throw ConfigException.at(mark, source, "", msg.toString(), e);
        } catch (ReaderException e) {
            int[] lc = lineColumn(text, e.getPosition());
            throw new ConfigException(source, "", lc[0], lc[1], String.format(
                    "not a YAML text: special character U+%04X is not allowed", e.getCodePoint()), e);
        } catch (YamlEngineException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (m.startsWith("Number of aliases")) {
                m = "too many aliases to lists/mappings (more than " + MAX_ALIASES_FOR_COLLECTIONS
                        + "; alias expansion bombs are rejected)";
            } else {
                m = "invalid YAML: " + m;
            }
            throw new ConfigException(source, "", 0, 0, m, e);
        } catch (StackOverflowError e) {
            throw ConfigException.of(source, "nesting too deep (more than " + MAX_DEPTH + " levels)");
        }
        boolean emptyDocument = Support.isNull(root) && ((ScalarNode) root).getValue().isEmpty();
        if (emptyDocument && !allowEmpty) throw ConfigException.of(source, "file is empty");
        new TreeCheck(source).walk(root, "", 0);
        return root;
    }

    /** 1-based line and column of code point index {@code cp} in {@code text}; {0, 0} if out of range. */
    private static int[] lineColumn(String text, int cp) {
        if (cp < 0) return new int[] {0, 0};
        int line = 1;
        int col = 1;
        int i = 0;
        int n = 0;
        while (i < text.length() && n < cp) {
            int c = text.codePointAt(i);
            if (c == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
            i += Character.charCount(c);
            n++;
        }
        return n == cp ? new int[] {line, col} : new int[] {0, 0};
    }

    private static Node emptyScalar(String source) {
        return new ScalarNode(Tag.NULL, true, "", org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN,
                Optional.empty(), Optional.empty());
    }

    static String displayTag(String tag) {
        return tag.startsWith(YAML_TAG_PREFIX) ? "!!" + tag.substring(YAML_TAG_PREFIX.length()) : tag;
    }

    static boolean allowedTag(String tag) {
        return ALLOWED_TAGS.contains(tag);
    }

    /**
     * Parser decorator enforcing the nesting depth while events stream by, before the recursive composer could
     * overflow its stack. Tags are checked on the composed tree, where the field path is known.
     */
    private static final class GuardedParser implements Parser {
        private final Parser delegate;
        private final String source;
        private int depth;

        GuardedParser(Parser delegate, String source) {
            this.delegate = delegate;
            this.source = source;
        }

        @Override public boolean checkEvent(Event.ID id) { return delegate.checkEvent(id); }
        @Override public Event peekEvent() { return delegate.peekEvent(); }
        @Override public boolean hasNext() { return delegate.hasNext(); }

        @Override
        public Event next() {
            Event e = delegate.next();
            switch (e.getEventId()) {
                case MappingStart:
                case SequenceStart:
                    if (++depth > MAX_DEPTH) {
                        throw ConfigException.at(e.getStartMark(), source, "",
                                "nesting too deep (more than " + MAX_DEPTH + " levels)", null);
                    }
                    break;
                case MappingEnd:
                case SequenceEnd:
                    depth--;
                    break;
                default:
                    break;
            }
            return e;
        }
    }

    /** Post-composition checks: duplicate keys, non-scalar keys, recursion, tags, valid text, expanded size. */
    private static final class TreeCheck {
        private final String source;
        private final Map<Node, Boolean> onStack = new IdentityHashMap<>();
        private long visited;

        TreeCheck(String source) {
            this.source = source;
        }

        void walk(Node node, String path, int depth) {
            if (++visited > MAX_EXPANDED_NODES) {
                throw ConfigException.at(node, path, "document is too large after alias expansion");
            }
            if (depth > MAX_DEPTH) {
                throw ConfigException.at(node, path, "nesting too deep (more than " + MAX_DEPTH + " levels)");
            }
            if (!allowedTag(node.getTag().getValue())) {
                throw ConfigException.at(node, path, "tag '" + displayTag(node.getTag().getValue())
                        + "' is not allowed (only !!str, !!int, !!float, !!bool, !!null, !!map, !!seq)");
            }
            if (node instanceof ScalarNode) {
                checkText(node, path, ((ScalarNode) node).getValue(), "");
                return;
            }
            if (onStack.put(node, Boolean.TRUE) != null) {
                throw ConfigException.at(node, path, "recursive alias (a node that contains itself) is not allowed");
            }
            if (node instanceof SequenceNode) {
                List<Node> items = ((SequenceNode) node).getValue();
                for (int i = 0; i < items.size(); i++) walk(items.get(i), Support.index(path, i), depth + 1);
            } else if (node instanceof MappingNode) {
                Map<String, Node> seen = new LinkedHashMap<>();
                for (NodeTuple t : ((MappingNode) node).getValue()) {
                    Node k = t.getKeyNode();
                    if (!(k instanceof ScalarNode)) {
                        throw ConfigException.at(k, path, "mapping keys must be plain scalars, got "
                                + Support.describe(k));
                    }
                    String key = ((ScalarNode) k).getValue();
                    if (!allowedTag(k.getTag().getValue())) {
                        throw ConfigException.at(k, path, "tag '" + displayTag(k.getTag().getValue())
                                + "' is not allowed for key '" + Support.abbreviate(key) + "'");
                    }
                    checkText(k, path, key, "key: ");
                    Node first = seen.putIfAbsent(key, k);
                    if (first != null) {
                        String where = first.getStartMark().map(m -> " (first defined at line " + (m.getLine() + 1)
                                + ")").orElse("");
                        throw ConfigException.at(k, Support.join(path, key), "duplicate key '"
                                + Support.abbreviate(key) + "'" + where);
                    }
                    walk(t.getValueNode(), Support.join(path, key), depth + 1);
                }
            }
            onStack.remove(node);
        }

        /** Keys are reported at their mapping's path: a path holding the invalid text would not print. */
        private static void checkText(Node node, String path, String text, String what) {
            String problem = Text.problem(text);
            if (problem != null) throw ConfigException.at(node, path, what + problem);
        }
    }
}
