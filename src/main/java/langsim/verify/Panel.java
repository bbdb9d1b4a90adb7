package langsim.verify;

import java.util.List;

/** One panel of the verify chart. */
record Panel(String title, String xLabel, String yLabel, List<Series> series) {
}
