package langsim.cli;

/** A user error outside scenario files (e.g. an output path that is a file): exit code 2, one line. */
final class BadInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
        super(message);
    }
}
