package corpussearch.opensearch;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Prints the index settings that rebuild corpus-search's analysis chain from OpenSearch's built-in
 * filters ({@link BuiltInAnalysis}), ready as the body of {@code PUT /index} (add the mappings):
 *
 * <pre>scripts/opensearch-analysis-settings.sh [--prefix P]</pre>
 *
 * {@code --prefix} puts P before every analyzer and filter name, so that the built-in form can sit
 * beside the plugin's analyzers of the same names in one cluster (the parity check does).
 */
public final class BuiltInAnalysisSettings {

  private BuiltInAnalysisSettings() {}

  /** Writes the settings to standard output; exit status 2 on bad arguments. */
  public static void main(String[] args) {
    String prefix = "";
    if (args.length == 2 && args[0].equals("--prefix") && args[1].matches("[a-z0-9_]*")) {
      prefix = args[1];
    } else if (args.length != 0) {
      System.err.println("usage: opensearch-analysis-settings.sh [--prefix P]   (P: lower-case letters, digits, _)");
      System.exit(2);
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(Json.write(BuiltInAnalysis.ordered("settings", BuiltInAnalysis.ordered("analysis", BuiltInAnalysis.analysis(prefix)))));
  }
}
