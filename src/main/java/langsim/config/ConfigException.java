package langsim.config;

import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A configuration error located in a source (file name or command-line argument), at a dotted field path and
 * (when known) a 1-based line and column. {@link #getMessage()} is always exactly one line:
 * {@code <source>:<line>:<column>: <path>: <message>}; the position is omitted when unknown and the path when empty.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final String path;
    private final int line;
    private final int column;
    private final String problem;

    /** @param line 1-based line, 0 if unknown; @param column 1-based column, 0 if unknown */
    public ConfigException(String source, String path, int line, int column, String problem) {
        this(source, path, line, column, problem, null);
    }

    public ConfigException(String source, String path, int line, int column, String problem, Throwable cause) {
        super(format(source, path, line, column, problem), cause);
        this.source = source == null ? "" : oneLine(source);
        this.path = path == null ? "" : oneLine(path);
        this.line = Math.max(0, line);
        this.column = line > 0 ? Math.max(0, column) : 0;
        this.problem = problem == null ? "" : oneLine(problem);
    }

    /** Error located at the start mark of {@code node} (source = mark name, 1-based line/column; unknown if absent). */
    public ConfigException(Node node, String path, String problem) {
        this(markName(node), path, markLine(node), markColumn(node), problem, null);
    }

    private static String markName(Node n) {
        return n == null ? "" : n.getStartMark().map(Mark::getName).orElse("");
    }

    private static int markLine(Node n) {
        return n == null ? 0 : n.getStartMark().map(m -> m.getLine() >= 0 ? m.getLine() + 1 : 0).orElse(0);
    }

    private static int markColumn(Node n) {
        return n == null ? 0 : n.getStartMark().map(m -> m.getLine() >= 0 && m.getColumn() >= 0
                ? m.getColumn() + 1 : 0).orElse(0);
    }

    /** Error for a whole source (no position, no path). */
    public static ConfigException of(String source, String problem) {
        return new ConfigException(source, "", 0, 0, problem);
    }

    /** Error located at the start mark of {@code node} (source = the mark's name; line/column converted to 1-based). */
    public static ConfigException at(Node node, String path, String problem) {
        return at(node, path, problem, null);
    }

    public static ConfigException at(Node node, String path, String problem, Throwable cause) {
        Optional<Mark> mark = node == null ? Optional.empty() : node.getStartMark();
        return at(mark, "", path, problem, cause);
    }

    /** Error at a mark; {@code fallbackSource} is used when the mark is absent. */
    public static ConfigException at(Optional<Mark> mark, String fallbackSource, String path, String problem,
                                     Throwable cause) {
        if (mark != null && mark.isPresent()) {
            Mark m = mark.get();
            int line = m.getLine() >= 0 ? m.getLine() + 1 : 0;
            int col = m.getLine() >= 0 && m.getColumn() >= 0 ? m.getColumn() + 1 : 0;
            return new ConfigException(m.getName(), path, line, col, problem, cause);
        }
        return new ConfigException(fallbackSource, path, 0, 0, problem, cause);
    }

    /** The file name or argument (e.g. {@code --set a.b=1}) the error comes from; may be empty. */
    public String source() { return source; }

    /** Dotted field path such as {@code layers.application.initial_share.Go} or {@code events[2].year}; may be empty. */
    public String path() { return path; }

    /** 1-based line, 0 if unknown. */
    public int line() { return line; }

    /** 1-based column, 0 if unknown. */
    public int column() { return column; }

    /** The bare problem description, without source, position and path. */
    public String problem() { return problem; }

    static String format(String source, String path, int line, int column, String problem) {
        StringBuilder sb = new StringBuilder();
        String src = source == null ? "" : oneLine(source);
        sb.append(src);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(Math.max(column, 0));
        }
        if (sb.length() > 0) sb.append(": ");
        if (path != null && !path.isEmpty()) sb.append(oneLine(path)).append(": ");
        sb.append(problem == null ? "" : oneLine(problem));
        return sb.toString();
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
    }
}
