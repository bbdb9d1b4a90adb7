package langsim.output;

/**
 * HTML for reports: escaping of text and attribute values (every string from a scenario or a results file goes through
 * here; control characters other than tab, line feed and carriage return become U+FFFD, which HTML cannot carry), and
 * the one style sheet of all reports.
 */
public final class Html {
    private Html() {
    }

    public static String escape(String s) {
        if (s == null) return "";
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') b.append("&#xfffd;");
                    else b.append(c);
                }
            }
        }
        return b.toString();
    }

    /** The style sheet of every report.html (run, sweep, compare): one look for all reports. */
    public static final String CSS = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #222; background: #fff; margin: 0; }
            main { max-width: 1240px; margin: 0 auto; padding: 1.5rem; }
            h1 { font-size: 1.7rem; margin: 0 0 .3rem; } h1 .name { color: #0072B2; }
            h2 { font-size: 1.25rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem; margin-top: 2rem; }
            .description { color: #555; max-width: 60rem; }
            .answer { border-left: 6px solid #0072B2; background: #f6f6f6; padding: .6rem 1rem; font-size: 1.2rem; margin: .8rem 0; }
            .run { background: #fffbe6; border: 1px solid #eadf9c; padding: .2rem .8rem; margin: .6rem 0; } .run p { margin: .4rem 0; }
            .overrides { margin: .2rem 0 .5rem; padding-left: 1.4rem; } .overrides code { font-size: .95em; }
            .verdict { border-left: 6px solid #999; background: #f6f6f6; padding: .6rem 1rem 1rem; margin-top: 1rem; }
            .verdict h2 { border: none; margin-top: .3rem; font-size: 1.5rem; }
            .verdict-dominant { border-color: #009E73; } .verdict-foundation-layer { border-color: #0072B2; } .verdict-niche { border-color: #D55E00; }
            table { border-collapse: collapse; margin: .6rem 0; font-variant-numeric: tabular-nums; }
            th, td { border: 1px solid #ddd; padding: .3rem .6rem; text-align: right; vertical-align: top; }
            th:first-child, td:first-child { text-align: left; } thead th { background: #f0f0f0; }
            tbody th { font-weight: 600; } small { color: #777; font-weight: normal; }
            .ci { color: #666; font-size: .9em; } .note { color: #666; font-size: .9rem; }
            .swatch { display: inline-block; width: .8em; height: .8em; margin-right: .35em; border-radius: 2px; vertical-align: baseline; }
            figure { margin: 1.2rem 0 2rem; } figure img { max-width: 100%; height: auto; border: 1px solid #eee; }
            figcaption { color: #444; font-size: .92rem; max-width: 60rem; }
            pre { background: #f7f7f7; border: 1px solid #e3e3e3; padding: .7rem; overflow: auto; max-height: 40rem; font-size: .85rem; }
            details { margin: .6rem 0; } summary { cursor: pointer; font-weight: 600; }
            .not-estimable { background: #fff4e5; border-left: 4px solid #E69F00; padding: .4rem .8rem; }
            footer { margin-top: 2.5rem; color: #777; font-size: .85rem; }
            """;
}
