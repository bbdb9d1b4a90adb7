package langsim.cli;

/** The worker threads of a command: {@code --threads N} if given (at least 1), else every core. */
final class ThreadCount {
    private ThreadCount() {
    }

    static int of(Integer requested) {
        int n = requested == null ? Runtime.getRuntime().availableProcessors() : requested;
        if (n < 1) throw new BadInputException("--threads must be at least 1, got " + n);
        return n;
    }
}
